"""A seventy-ninth independent "fresh" batch of red-team cases for the share gate: names, ninth sweep, plus
impossible facts.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. It covers:

* ``brands``: UK brands from codelists-more/brand-names.csv that earlier corpora rarely used, unassessed but
  given the clinician's "not of concern" reason (a medicine of concern is assessed whatever the reason says),
  and the record's own medicines relisted under a rare brand, assessed and named;
* ``misspellings``: every class misspelt, glued to its strength, spaced or hyphenated differently, as a
  combination product, each given a plausible "not of concern" reason: still a medicine of concern;
* ``near-misses``: a DIFFERENT real harmless medicine whose name is close to one of concern (Pregaday,
  Tranexamic acid, Diltiazem cream, Valaciclovir, Hydralazine...), classified by the clinician, or a common
  postnatal medicine; a name of concern inside a longer word ("codeine-free");
* ``unlisted-named``: a conclusion naming, as hers or his, a medicine of concern the list does not hold, and
  the near misses that rule it out, stop it or advise against it;
* ``partner-meds``: the partner's sedating medicines under brands and misspellings, and his harmless ones;
* ``dates``: assessment before conception (with the margin's boundary), attestation in the future or before
  the assessments, delivery and consent in the future, EDD against gestation either side of 14 days, dates
  written in a conclusion that no calendar has, medicine started in the future, a mother's age;
* ``routes``: MESH mailbox ids, MLLP host and port, FHIR URLs, manual routes and ODS codes, both ways;
* ``attribution``: registers that fit or do not fit the role, impossible numbers, one number under two names;
* ``identities``: shared NHS numbers, amendments with and without a reason, the lawful basis's justification;
* ``disguise``: about one record in seven, names and texts from above in look-alike letters, zero-width
  characters, soft hyphens, bidi isolates and full width; the verdict is the plain one's.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh79_cases`` for the
counts per category.
"""

from __future__ import annotations

from collections import Counter
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
    overall_dose,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F79CASES: list[Case] = []

CATEGORIES = (
    "brands",
    "misspellings",
    "near-misses",
    "unlisted-named",
    "partner-meds",
    "dates",
    "routes",
    "attribution",
    "identities",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    assert category in CATEGORIES, category
    F79CASES.append(Case(f"f79-{name}", category, expect, base, mutate, why, **kw))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    add(name, category, REFUSE, base, mutate, why, **kw)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    add(name, category, PASS, base, mutate, why, **kw)


def meth(text: str) -> Mutation:
    return set_("assessments#asm-methadone.conclusion", text)


def sert(text: str) -> Mutation:
    return set_("assessments#asm-sertraline.conclusion", text)


def cit(text: str) -> Mutation:
    return set_("assessments#asm-citalopram.conclusion", text)


def lith(text: str) -> Mutation:
    return set_("assessments#asm-lithium.conclusion", text)


def valp(text: str) -> Mutation:
    return set_("assessments#asm-valproate.conclusion", text)


def dzp(text: str) -> Mutation:
    return set_("assessments#asm-diazepam-pregabalin.conclusion", text)


def quet(text: str) -> Mutation:
    return set_("assessments#asm-partner-quetiapine.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


def isolate_words(text: str) -> str:
    return " ".join(f"\u2066{word}\u2069" for word in text.split(" "))


def soft_hyphens(text: str) -> str:
    return inside_words(text, "\u00ad", every=3)


RIVERSIDE = {"ods_code": "Y90001", "name": "Riverside Surgery"}
CASTLE_STREET = {"ods_code": "Y90003", "name": "Castle Street Surgery"}
ELM_PARK = {"ods_code": "Y90005", "name": "Elm Park Surgery"}


def her_med(
    ident: str,
    name: str,
    dose: str,
    reason: str | None = None,
    *,
    org: dict[str, str] | None = None,
    started: str = "2026-04-03",
) -> Mutation:
    """A medicine of the mother's, uncoded, prescribed by her practice, optionally classified."""
    med: dict[str, Any] = {
        "id": ident,
        "name": name,
        "dose": dose,
        "started": started,
        "prescriber": {"kind": "gp-practice", "organisation": org or RIVERSIDE},
    }
    if reason is not None:
        med["not_of_concern_reason"] = reason
    return add_medicine(med)


def postnatal(ident: str, name: str, dose: str, reason: str | None = None) -> Mutation:
    """Added to the postnatal record that has no assessments (breastfeeding mother, baby born 2026-04-02)."""
    return her_med(ident, name, dose, reason)


def antenatal(ident: str, name: str, dose: str, reason: str | None = None) -> Mutation:
    """Added to the antenatal citalopram record (32 weeks, breastfeeding planned)."""
    return her_med(ident, name, dose, reason, org=CASTLE_STREET, started="2025-09-01")


def his_med(ident: str, name: str, dose: str, reason: str | None = None) -> Mutation:
    med: dict[str, Any] = {
        "id": ident,
        "name": name,
        "dose": dose,
        "taken_by": "partner",
        "started": "2024-06-01",
        "prescriber": {"kind": "other-organisation", "organisation": ELM_PARK},
    }
    if reason is not None:
        med["not_of_concern_reason"] = reason
    return add_medicine(med)


# ------------------------------------------------------------------------------------------------------------
# brands: a medicine of concern under a rarely used UK brand, given a plausible-sounding "not of concern" reason
# in the postnatal record with no assessments (breastfeeding). A reason does not excuse a medicine of concern
# from its assessment (MA101), so each must be refused.
BR = "brands"

_BRAND_BAD = [
    (
        "cyclimorph",
        "Cyclimorph 10 injection",
        "10 mg as directed by the pain team",
        "Given by the pain team for a short spell after her caesarean; she is managing and it was not changed.",
    ),
    (
        "nubain",
        "Nubain 10mg/ml injection",
        "10 mg when needed for severe pain",
        "An injection for pain she has on the ward only when needed; she is otherwise well and coping at home.",
    ),
    (
        "dilantin",
        "Dilantin Infatabs 50mg",
        "100 mg twice a day",
        "Long-standing epilepsy treatment that keeps her seizure free; the neurologist reviewed it last year.",
    ),
    (
        "epimaz-retard",
        "Epimaz Retard 400mg tablets",
        "400 mg twice a day",
        "Her long-standing epilepsy tablet; seizure free for six years and reviewed by neurology annually.",
    ),
    (
        "teril",
        "Teril Retard 200mg tablets",
        "200 mg twice a day",
        "Taken for trigeminal neuralgia since 2021; the pain is controlled and the dose has not changed.",
    ),
    (
        "orap",
        "Orap 4mg tablets",
        "4 mg once daily",
        "Prescribed by the tic clinic years ago; she has taken it without trouble and it is well tolerated.",
    ),
    (
        "anquil",
        "Anquil 250microgram tablets",
        "250 micrograms once daily",
        "A specialist medicine started by her psychiatrist long ago; she has been stable on it since then.",
    ),
    (
        "venlablue",
        "Venlablue XL 75mg tablets",
        "75 mg once daily",
        "For anxiety; she feels well on it, it was continued through pregnancy and she wants to keep taking it.",
    ),
    (
        "dolocodon",
        "Dolocodon PR 10mg tablets",
        "10 mg twice a day",
        "For chronic back pain since a car accident; she takes it regularly and reports good pain control.",
    ),
    (
        "oxylan",
        "Oxylan 5mg capsules",
        "5 mg up to four times a day when needed",
        "Short supply for pain after the birth; she expects to need it for only a few more days at home.",
    ),
    (
        "zamadol-melt",
        "Zamadol Melt 50mg orodispersible tablets",
        "50 mg up to four times a day",
        "Used for her pelvic girdle pain which continues after the birth; helps her to walk and manage stairs.",
    ),
    (
        "atarax",
        "Atarax 25mg tablets",
        "25 mg at night",
        "For itchy skin at night after the birth; it helps her sleep and the itch is settling day by day.",
    ),
    (
        "codis",
        "Codis 500 soluble tablets",
        "two tablets up to four times a day",
        "For headaches; she has used it for many years and her midwife knows she takes it when needed.",
    ),
    (
        "zipamol-plus",
        "Zipamol Plus tablets",
        "two tablets up to four times a day",
        "For period-type pains after the birth; she takes it with food and it works well for her.",
    ),
    (
        "allegron",
        "Allegron 25mg tablets",
        "25 mg at night",
        "Low dose taken for years to prevent her migraines; she has very few headaches now and sleeps well.",
    ),
    (
        "arkolamyl",
        "Arkolamyl 5mg tablets",
        "5 mg at night",
        "Started by the crisis team last year; she is well, sleeping and attending all her appointments.",
    ),
    (
        "ationdo",
        "Ationdo SR 50mg tablets",
        "50 mg twice a day",
        "For chronic pain under the pain clinic; she has taken it for a year at a stable dose.",
    ),
    (
        "brintellix",
        "Brintellix 10mg tablets",
        "10 mg once daily",
        "For low mood; she has been well on it and her health visitor says she is bonding well with the baby.",
    ),
]
for key, name, dose, reason in _BRAND_BAD:
    bad(
        f"br-{key}-with-reason",
        BR,
        N,
        postnatal(f"med-{key}", name, dose, reason),
        f"{name.split()[0]} is a medicine of concern: a reason does not replace its assessment (MA101)",
    )

# Antenatal teratogens under rare brands, given a reason (C, 32 weeks).
_BRAND_TERATOGEN = [
    (
        "staril",
        "Staril 10mg tablets",
        "10 mg once daily",
        "For her blood pressure; well controlled and checked at every antenatal visit by the midwife.",
    ),
    (
        "ifirmasta",
        "Ifirmasta 150mg tablets",
        "150 mg once daily",
        "For high blood pressure since 2023; her readings at clinic have been normal throughout.",
    ),
    (
        "metoject",
        "Metoject PEN 15mg solution for injection",
        "15 mg once a week",
        "For her psoriatic arthritis, which is well controlled; the rheumatologist reviews her every six months.",
    ),
    (
        "arzip",
        "Arzip 500mg tablets",
        "1 g twice a day",
        "For lupus nephritis under the renal team; she has been in remission on this dose since 2024.",
    ),
    (
        "ceptava",
        "Ceptava 360mg gastro-resistant tablets",
        "720 mg twice a day",
        "For her kidney transplant; the transplant team manages it and her kidney function is stable.",
    ),
    (
        "belvo",
        "Belvo 500mg modified-release tablets",
        "500 mg twice a day",
        "For bipolar disorder; she has been well on it and her psychiatrist wants no change in pregnancy.",
    ),
    (
        "convulex",
        "Convulex 300mg gastro-resistant capsules",
        "300 mg twice a day",
        "For epilepsy; she has had no seizures for four years and the epilepsy nurse reviews her each year.",
    ),
]
for key, name, dose, reason in _BRAND_TERATOGEN:
    bad(
        f"br-{key}-antenatal-reason",
        BR,
        C,
        antenatal(f"med-{key}", name, dose, reason),
        f"{name.split()[0]} is a teratogen taken in pregnancy: it must be assessed (MA101)",
    )

# Brands of concern that brand-names.csv does not carry, with a reason (N, postnatal, breastfeeding).
bad(
    "br-night-nurse-with-reason",
    BR,
    N,
    postnatal(
        "med-night-nurse",
        "Night Nurse capsules",
        "two capsules at bedtime",
        "Bought at the pharmacy for a cold this week; she will stop it once the cold clears.",
    ),
    "Night Nurse holds promethazine, a sedating antihistamine: co-sleeping and a breastfed baby (MA101)",
)
bad(
    "br-sleepeaze-with-reason",
    BR,
    N,
    postnatal(
        "med-sleepeaze",
        "Boots Sleepeaze 50mg tablets",
        "one tablet at night",
        "A sleep aid from the chemist she takes on nights when the baby settles early.",
    ),
    "Sleepeaze is diphenhydramine, a sedating antihistamine (MA101)",
)
bad(
    "br-veganin-with-reason",
    BR,
    N,
    postnatal(
        "med-veganin",
        "Veganin tablets",
        "two tablets up to four times a day",
        "Her usual headache tablets for years; she uses them only when the headache is bad.",
    ),
    "Veganin holds codeine: an opioid in a breastfeeding mother (MA101)",
)

# The record's own medicines relisted under a rarely used brand, uncoded; the assessment covering them and its
# conclusion name the ingredient. Must pass (MA118 may warn).
ok(
    "br-lithium-as-liskonum",
    BR,
    L,
    # The base's overall conclusion restated the old dose: a self-contradiction the case did not intend. (Its
    # Priadel brand, stale beside the Liskonum line, goes with it.)
    chain(
        set_("medicines#med-lithium.name", "Liskonum 450mg modified-release tablets"),
        set_("medicines#med-lithium.dose", "900 mg at night; brand prescribing (Liskonum)"),
        overall_dose("lithium (Priadel) 800 mg at night", "lithium 900 mg at night"),
    ),
    "Liskonum is lithium carbonate: the conclusions name lithium",
)
ok(
    "br-lithium-as-camcolit",
    BR,
    L,
    set_("medicines#med-lithium.name", "Camcolit 400 modified-release tablets"),
    "Camcolit is lithium carbonate",
)
ok(
    "br-valproate-as-dyzantil",
    BR,
    V,
    chain(
        delete("medicines#med-valproate.code"),
        set_("medicines#med-valproate.name", "Dyzantil 500mg prolonged-release tablets"),
    ),
    "Dyzantil is sodium valproate; the conclusions name valproate",
)
ok(
    "br-valproate-as-syonell",
    BR,
    V,
    chain(
        delete("medicines#med-valproate.code"),
        set_("medicines#med-valproate.name", "Syonell 500mg gastro-resistant tablets"),
    ),
    "Syonell is sodium valproate",
)
ok(
    "br-diazepam-as-tensium",
    BR,
    F,
    chain(delete("medicines#med-diazepam.code"), set_("medicines#med-diazepam.name", "Tensium 5mg tablets")),
    "Tensium is diazepam",
)
ok(
    "br-pregabalin-as-lecaent",
    BR,
    F,
    chain(delete("medicines#med-pregabalin.code"), set_("medicines#med-pregabalin.name", "Lecaent 75mg capsules")),
    "Lecaent is pregabalin",
)
ok(
    "br-methadone-as-metharose",
    BR,
    M,
    chain(
        delete("medicines#med-methadone.code"),
        set_("medicines#med-methadone.name", "Metharose 1mg/ml oral solution sugar free"),
    ),
    "Metharose is methadone",
)
ok(
    "br-citalopram-as-cipramil",
    BR,
    C,
    chain(delete("medicines#med-citalopram.code"), set_("medicines#med-citalopram.name", "Cipramil 20mg tablets")),
    "Cipramil is citalopram",
)
ok(
    "br-dzp-conclusion-by-brands",
    BR,
    F,
    dzp(
        "Valclair is not what she takes: her Tensium, that is diazepam 5 mg tds, and pregabalin 150 mg bd both "
        "continue for now with a slow diazepam taper from the six-week review. Together they make her drowsy, so "
        "she must not sleep with the baby on a bed or sofa or feed lying down; the foster carer does the night "
        "feeds and watches the baby for late withdrawal signs until day 8."
    ),
    "a brand and its ingredient side by side; the other diazepam brand is ruled out",
)

# ------------------------------------------------------------------------------------------------------------
# misspellings: each class misspelt, glued, spaced, hyphenated or combined, with a plausible reason (N, postnatal).
MS = "misspellings"

_MISSPELT = [
    (
        "metadone",
        "Metadone 1mg/ml oral solution",
        "40 mg daily supervised",
        "From the drug service; she is stable and collects it daily from the chemist on the high street.",
    ),
    (
        "buprenorphin",
        "Buprenorphin 8mg sublingual tablets",
        "8 mg daily supervised",
        "From the drug service for opiate dependence; stable and engaged, reviewed by her keyworker monthly.",
    ),
    (
        "espranor-glued",
        "Espranor8mg oral lyophilisates",
        "8 mg daily",
        "Drug service prescription; she has been stable and drug free on top for over a year now.",
    ),
    (
        "diazepem",
        "Diazepem 2mg tablets",
        "2 mg three times a day when needed",
        "For anxiety attacks; she uses it only on bad days and has a small supply at home.",
    ),
    (
        "lorazepan",
        "Lorazepan 1mg tablets",
        "1 mg at night when needed",
        "For panic at night; she takes it rarely and it has helped her through the last weeks.",
    ),
    (
        "clonazepan",
        "Clonazepan 500microgram tablets",
        "500 micrograms at night",
        "Long-term from neurology for a sleep disorder; well tolerated and unchanged for years.",
    ),
    (
        "pregablin",
        "Pregablin 75mg caps",
        "75 mg twice a day",
        "For nerve pain in her leg; it helps her walk and she has been on the same dose since 2024.",
    ),
    (
        "gabapentine",
        "Gabapentine 300mg capsules",
        "300 mg three times a day",
        "For sciatica; she finds it helps and takes it regularly, with no side effects noted.",
    ),
    (
        "mirtazepine",
        "Mirtazepine 15mg tablets",
        "15 mg at night",
        "For low mood and poor sleep after the birth; she started it two weeks ago and feels a little better.",
    ),
    (
        "venlafaxin",
        "Venlafaxin 75mg MR capsules",
        "75 mg once daily",
        "For depression, well controlled; she wishes to continue and has support from her family.",
    ),
    (
        "amitryptiline",
        "Amitryptiline 10mg tablets",
        "10 mg at night",
        "Low dose for tension headaches; taken for years and she reports it helps her sleep too.",
    ),
    (
        "quetiapene",
        "Quetiapene 25mg tablets",
        "25 mg at night",
        "Small dose to help her sleep, started by her previous GP; she takes it most nights.",
    ),
    (
        "lithium-carbonat",
        "Lithium carbonat 400mg MR tablets",
        "800 mg at night",
        "For bipolar disorder; levels are checked by the hospital and she has been well for years.",
    ),
    (
        "lamotrigene",
        "Lamotrigene 100mg tablets",
        "100 mg twice a day",
        "For epilepsy, well controlled; she has had no seizures in pregnancy and the dose is unchanged.",
    ),
    (
        "carbamazapine",
        "Carbamazapine 200mg tablets",
        "200 mg twice a day",
        "For epilepsy since childhood; stable, with no seizures and no recent change in dose.",
    ),
    (
        "phenobarbitone",
        "Phenobarbitone 30mg tablets",
        "60 mg at night",
        "Old epilepsy treatment she has taken since her teens; seizure free and she will not change it.",
    ),
    (
        "primidon",
        "Primidon 250mg tablets",
        "250 mg twice a day",
        "For essential tremor; it steadies her hands so she can feed and change the baby safely.",
    ),
    (
        "promethazene",
        "Promethazene 25mg tablets",
        "25 mg at night when needed",
        "For hay fever at night, bought from the pharmacy; she uses it only now and then.",
    ),
    (
        "hydroxizine",
        "Hydroxizine 25mg tablets",
        "25 mg at night",
        "For itch at night from eczema; she has used it before and it works well for her.",
    ),
    (
        "cocodamol-glued",
        "Co-codamol30/500 tablets",
        "two tablets four times a day",
        "For perineal pain after the birth; she will use it for a week or so and then stop.",
    ),
    (
        "co-codamol-spaced",
        "Co codamol 30/500 effervescent tablets",
        "two tablets four times a day",
        "For pain after her caesarean; she takes it regularly for now and it controls the pain.",
    ),
    (
        "tramadol-paracetamol",
        "Tramadol/paracetamol 37.5mg/325mg tablets",
        "two tablets up to three times a day",
        "For back pain after the epidural; short course from the maternity unit.",
    ),
    (
        "zopiclone-glued",
        "Zopiclone7.5mg tablets",
        "7.5 mg at night",
        "For poor sleep; she takes it most nights and says it helps a great deal.",
    ),
    (
        "isotretinion",
        "Isotretinion 20mg capsules",
        "20 mg once daily",
        "For acne from the dermatologist; her skin is much better and she is keen to finish the course.",
    ),
    (
        "warfarine",
        "Warfarine 3mg tablets",
        "as directed by the INR clinic",
        "For a clot in her leg in 2025; the anticoagulation clinic checks her INR and is happy.",
    ),
    (
        "methotrexat",
        "Methotrexat 2.5mg tablets",
        "15 mg once a week on Mondays",
        "For rheumatoid arthritis; she has been well controlled on it under the rheumatology clinic.",
    ),
]
for key, name, dose, reason in _MISSPELT:
    bad(
        f"ms-{key}-with-reason",
        MS,
        N,
        postnatal(f"med-{key}", name, dose, reason),
        f"'{name}' is a medicine of concern as clinicians write it: a reason does not replace its assessment",
    )

# The record's own medicines misspelt in its list, still assessed and named: must pass.
ok(
    "ms-own-sertraline-misspelt",
    MS,
    M,
    set_("medicines#med-sertraline.name", "Sertaline 50mg tablets"),
    "coded, misspelt in the list; the assessment covers it and names sertraline",
)
ok(
    "ms-own-diazepam-glued",
    MS,
    F,
    chain(delete("medicines#med-diazepam.code"), set_("medicines#med-diazepam.name", "Diazepam5mg tabs")),
    "diazepam glued to its strength, uncoded; assessed and named",
)
ok(
    "ms-own-pregabalin-hyphen",
    MS,
    F,
    chain(delete("medicines#med-pregabalin.code"), set_("medicines#med-pregabalin.name", "Pre-gabalin 75 mg caps")),
    "a stray hyphen inside the name, uncoded; assessed and named",
)
ok(
    "ms-own-quetiapine-spaced",
    MS,
    P,
    chain(
        delete("medicines#med-partner-quetiapine.code"),
        set_("medicines#med-partner-quetiapine.name", "Quetia pine 100mg tablets"),
    ),
    "a space inside the name, uncoded; assessed and named",
)
ok(
    "ms-own-methadone-caps",
    MS,
    M,
    chain(delete("medicines#med-methadone.code"), set_("medicines#med-methadone.name", "METHADONE 1MG/ML ORAL SOLN")),
    "capitals and shorthand, uncoded; assessed and named",
)
ok(
    "ms-own-valproate-abbrev",
    MS,
    V,
    chain(delete("medicines#med-valproate.code"), set_("medicines#med-valproate.name", "Sod. valproate 500mg EC tabs")),
    "'Sod.' valproate shorthand, uncoded; assessed and named",
)

# ------------------------------------------------------------------------------------------------------------
# near-misses: a different real harmless medicine close to a name of concern, classified (N, postnatal).
NM = "near-misses"

_NEAR = [
    (
        "pregaday",
        "Pregaday tablets",
        "one tablet daily",
        "Iron and folic acid supplement for anaemia after the birth; not a medicine of concern and compatible "
        "with breastfeeding.",
    ),
    (
        "tranexamic",
        "Tranexamic acid 500mg tablets",
        "1 g three times a day for 4 days",
        "Short course for heavy bleeding after the birth; no sedation, safe with breastfeeding, no concern for the "
        "baby.",
    ),
    (
        "diltiazem-cream",
        "Diltiazem 2% cream",
        "apply twice a day for 6 weeks",
        "Cream for an anal fissure after the birth; applied to the skin only, no effect on the baby or breast milk.",
    ),
    (
        "valaciclovir",
        "Valaciclovir 500mg tablets",
        "500 mg twice a day for 5 days",
        "Antiviral for a cold sore outbreak; compatible with breastfeeding and no sedation, no concern for the baby.",
    ),
    (
        "hydralazine",
        "Hydralazine 25mg tablets",
        "25 mg three times a day",
        "For raised blood pressure after pre-eclampsia; compatible with breastfeeding and causes no drowsiness.",
    ),
    (
        "clotrimazole",
        "Clotrimazole 1% cream",
        "apply twice a day",
        "Antifungal cream for thrush of the nipple; rinse before feeds, no effect on the baby and not sedating.",
    ),
    (
        "diclofenac",
        "Diclofenac 50mg gastro-resistant tablets",
        "50 mg three times a day with food for 5 days",
        "Anti-inflammatory for perineal pain; tiny amounts in breast milk, no sedation, no concern for the baby.",
    ),
    (
        "carbocisteine",
        "Carbocisteine 375mg capsules",
        "750 mg three times a day",
        "Mucus thinner for a chest infection after the birth; not sedating and no concern for the breastfed baby.",
    ),
    (
        "prednisolone",
        "Prednisolone 5mg tablets",
        "30 mg once daily for 5 days",
        "Short steroid course for asthma; compatible with breastfeeding at this dose, no sedation, no concern.",
    ),
    (
        "buscopan",
        "Buscopan 10mg tablets",
        "10 mg three times a day when needed",
        "For abdominal cramps; hardly absorbed, not sedating and raises no concern for the baby or feeding.",
    ),
    (
        "simple-linctus",
        "Simple Linctus (codeine-free) 5ml",
        "5 ml four times a day",
        "A soothing syrup with no codeine or other active drug in it; no sedation, no concern for the baby.",
    ),
    (
        "methyldopa",
        "Methyldopa 250mg tablets",
        "250 mg three times a day",
        "For blood pressure, started in pregnancy; the GP will switch it at the 2-week check as it can lower mood "
        "after birth; no concern for the baby.",
    ),
    (
        "labetalol",
        "Labetalol 100mg tablets",
        "100 mg twice a day",
        "For blood pressure after pre-eclampsia; compatible with breastfeeding, midwife checks the baby's feeding.",
    ),
    (
        "nicotine-patch",
        "Nicotine 15mg/16 hours transdermal patches",
        "one patch during the day",
        "Nicotine replacement to help her stop smoking; far safer for the baby than smoking, remove at night.",
    ),
    (
        "cetirizine",
        "Cetirizine 10mg tablets",
        "10 mg once daily",
        "Non-sedating antihistamine for hay fever; compatible with breastfeeding, no drowsiness.",
    ),
    (
        "loratadine",
        "Loratadine 10mg tablets",
        "10 mg once daily",
        "Non-sedating antihistamine for hay fever; compatible with breastfeeding and no effect on safe sleep.",
    ),
]
for key, name, dose, reason in _NEAR:
    ok(
        f"nm-{key}-classified",
        NM,
        N,
        postnatal(f"med-{key}", name, dose, reason),
        f"{name.split()[0]} is a different, harmless medicine, classified by the clinician",
    )

# Common postnatal medicines with no reason: the curated no-concern list.
_COMMON = [
    ("ibuprofen", "Ibuprofen 400mg tablets", "400 mg three times a day with food"),
    ("ferrous-fumarate", "Ferrous fumarate 210mg tablets", "one tablet twice a day"),
    ("senna", "Senna 7.5mg tablets", "two tablets at night"),
]
for key, name, dose in _COMMON:
    ok(
        f"nm-common-{key}",
        NM,
        N,
        postnatal(f"med-{key}", name, dose),
        f"{name.split()[0]} is among the commonest postnatal medicines and raises no concern",
    )

bad(
    "nm-tramadol-not-tranexamic",
    NM,
    N,
    postnatal(
        "med-tramadol",
        "Tramadol 50mg capsules",
        "50 mg four times a day",
        "For pain after the birth; short course and she will stop it soon.",
    ),
    "the real opioid next to the near miss above: it must be assessed (MA101)",
)
bad(
    "nm-pregabalin-not-pregaday",
    NM,
    N,
    postnatal(
        "med-pregabalin-x",
        "Pregabalin 25mg capsules",
        "25 mg twice a day",
        "For anxiety; low dose, she is well and it was continued after the birth.",
    ),
    "the real gabapentinoid next to Pregaday: it must be assessed",
)
bad(
    "nm-hydroxyzine-not-hydralazine",
    NM,
    N,
    postnatal(
        "med-hydroxyzine",
        "Hydroxyzine 25mg tablets",
        "25 mg at night",
        "For itch at night after the birth; it is settling and she will stop soon.",
    ),
    "the sedating antihistamine next to hydralazine: it must be assessed",
)
bad(
    "nm-codeine-linctus",
    NM,
    N,
    postnatal(
        "med-codeine-linctus",
        "Codeine linctus 15mg/5ml",
        "5 ml four times a day",
        "For a dry cough after a cold; short course only, she will stop when it settles.",
    ),
    "codeine linctus, not the codeine-free one: it must be assessed",
)
bad(
    "nm-unrecognised-no-reason",
    NM,
    N,
    postnatal("med-kalms", "Kalms Night One-A-Night tablets", "one tablet at night"),
    "a herbal sleep remedy (valerian) nobody classified: unrecognised, no reason (MA117)",
)
bad(
    "nm-unrecognised-hollow-reason",
    NM,
    N,
    postnatal("med-qv", "Quinoderm cream", "apply at night", "Fine."),
    "an unrecognised medicine with a one-word reason (MA117)",
)

# ------------------------------------------------------------------------------------------------------------
# unlisted-named (MA120): a conclusion names a medicine of concern, as hers or his, that the list lacks.
UN = "unlisted-named"

bad(
    "un-meth-oxylan-alongside",
    UN,
    M,
    meth(
        "Methadone 60 mg daily continues through pregnancy; she also takes Oxylan 5 mg twice a day from a friend's "
        "prescription for her back. The baby is observed for 72 hours for withdrawal, breastfeeding is "
        "supported and there is no co-sleeping after her dose."
    ),
    "an oxycodone brand she takes, not on the list (MA120)",
)
bad(
    "un-overall-lunox",
    UN,
    M,
    overall(
        "Methadone 60 mg and sertraline 100 mg continue. She takes Lunox Sleep Aid most nights, bought at the "
        "pharmacy. The baby is observed for 72 hours for withdrawal on the postnatal ward; no co-sleeping; "
        "breastfeeding is supported; the health visitor and social worker see the cot before discharge."
    ),
    "a diphenhydramine sleep aid she takes, not listed (MA120)",
)
bad(
    "un-lith-orap-continues",
    UN,
    L,
    lith(
        "Lithium (Priadel) 800 mg and Orap 2 mg both continue; lithium levels monthly, weekly from 36 weeks and "
        "within 24 hours of the birth. The baby has a paediatric review after birth and is bottle fed."
    ),
    "pimozide continuing, not listed (MA120)",
)
bad(
    "un-cit-nobligan-hers",
    UN,
    C,
    cit(
        "Citalopram 20 mg continues with her Nobligan retard 100 mg for back pain; the midwife watches the baby for "
        "48 hours after birth for adaptation symptoms and breastfeeding is supported."
    ),
    "a tramadol brand she takes, not listed (MA120)",
)
bad(
    "un-quet-his-atarax",
    UN,
    P,
    quet(
        "Daniel takes his quetiapine 300 mg and his Atarax 25 mg at night, which together make him very hard to "
        "wake: no night feeds by him and no bed or sofa sharing with the baby; Chloe does the nights and the "
        "health visitor keeps checking the crib."
    ),
    "the partner's hydroxyzine, not listed (MA120)",
)
bad(
    "un-valp-misspelt-lamotrigin",
    UN,
    V,
    valp(
        "Valproate 500 mg twice a day continues with her lamotrigin 50 mg until the urgent neurology review, "
        "because a sudden stop risks seizures; the baby has an early fetal medicine scan and folic acid 5 mg "
        "continues."
    ),
    "a misspelt antiepileptic she takes, not listed (MA120)",
)
ok(
    "un-sert-switched-from-venlablue",
    UN,
    M,
    sert(
        "She was switched from Venlablue to sertraline in 2025 because of raised blood pressure. Sertraline 100 mg "
        "now continues, as a relapse of depression is the bigger risk to her and the baby; the maternity team "
        "watches the baby for adaptation symptoms for 48 hours after birth."
    ),
    "the brand she was switched from is not one she takes",
)
ok(
    "un-meth-no-zipamol",
    UN,
    M,
    meth(
        "Methadone 60 mg daily continues through pregnancy and labour; she must not take Zipamol Plus or any other "
        "codeine painkiller on top. The baby is observed for 72 hours for withdrawal, breastfeeding is supported "
        "and she must not co-sleep after her dose."
    ),
    "a codeine brand advised against",
)
ok(
    "un-overall-dolocodon-stopped",
    UN,
    M,
    overall(
        "Her Dolocodon PR was stopped at booking. Methadone 60 mg and sertraline 100 mg continue unchanged; the "
        "baby is observed for withdrawal on the postnatal ward for 72 hours; breastfeeding is supported; no "
        "co-sleeping after her methadone dose; the health visitor sees the cot before discharge."
    ),
    "an oxycodone brand stopped",
)
ok(
    "un-lith-orap-tried-stopped",
    UN,
    L,
    lith(
        "Orap was tried in 2019 and stopped after a month. Lithium (Priadel) 800 mg continues with levels every "
        "4 weeks, weekly from 36 weeks and within 24 hours of birth. The baby has a paediatric review after birth "
        "and is bottle fed, because lithium passes into breast milk."
    ),
    "a medicine tried and stopped years ago",
)
ok(
    "un-quet-denies-zimovane",
    UN,
    P,
    quet(
        "Daniel denies taking any Zimovane now. His quetiapine 300 mg at night leaves him too sedated to wake for "
        "the baby, so he does no night feeds and never shares a bed, sofa or armchair with the baby; Chloe does "
        "the nights and the health visitor checks the crib each visit."
    ),
    "a hypnotic he denies taking",
)
ok(
    "un-valp-not-convulex",
    UN,
    V,
    valp(
        "Valproate 500 mg twice a day continues until the urgent neurology review this week; she must not stop "
        "it suddenly, and switching her to Convulex would change nothing for the baby. The baby has an early fetal "
        "medicine scan for the first-trimester exposure; folic acid 5 mg continues."
    ),
    "another valproate brand weighed and rejected",
)

ok(
    "un-quet-not-since",
    UN,
    P,
    quet(
        "Daniel has not taken Zimovane since 2023. His quetiapine 300 mg at night still leaves him too sedated to "
        "wake for the baby: no night feeds by him and no bed, sofa or armchair sharing; Chloe does the nights and "
        "the health visitor checks the crib at each visit."
    ),
    "a hypnotic he has not taken for years",
)
ok(
    "un-meth-was-on-until-booking",
    UN,
    M,
    meth(
        "She was on Oxylan until booking and is now on methadone 60 mg daily only, which continues through "
        "pregnancy. The baby is observed on the ward for 72 hours for withdrawal, breastfeeding is encouraged, and "
        "she must not share a bed or sofa with the baby after her dose."
    ),
    "an oxycodone brand she took until booking, no longer",
)
ok(
    "un-lith-no-longer-atarax",
    UN,
    L,
    lith(
        "She no longer takes Atarax for itch. Lithium (Priadel) 800 mg continues with levels every 4 weeks, weekly "
        "from 36 weeks and within 24 hours of birth; the paediatrician reviews the baby after birth for "
        "floppiness and thyroid problems, and she bottle feeds."
    ),
    "a sedating antihistamine she no longer takes",
)
ok(
    "un-cit-previously-venlablue",
    UN,
    C,
    cit(
        "Previously prescribed Venlablue, which did not suit her; citalopram 20 mg now continues, the midwife watches "
        "the baby for 48 hours after birth for poor feeding, jitteriness or breathing problems, and breastfeeding "
        "is supported."
    ),
    "a brand previously prescribed, not now",
)
bad(
    "un-cit-still-takes-venlablue",
    UN,
    C,
    cit(
        "She still takes Venlablue 75 mg alongside citalopram 20 mg; the midwife watches the baby for 48 hours after "
        "birth for adaptation symptoms and breastfeeding is supported."
    ),
    "a venlafaxine brand she still takes, not listed (MA120)",
)
ok(
    "un-overall-lunox-stopped-in-pregnancy",
    UN,
    M,
    overall(
        "She stopped buying Lunox Sleep Aid when she found out she was pregnant. Methadone 60 mg and sertraline "
        "100 mg continue; the baby has 72 hours of withdrawal observation on the ward and the midwife watches "
        "for SSRI adaptation; no co-sleeping; breastfeeding supported; the health visitor sees the cot."
    ),
    "an over-the-counter sleep aid she stopped",
)

ok(
    "un-meth-came-off-oxylan",
    UN,
    M,
    meth(
        "She came off Oxylan at booking and takes methadone 60 mg daily only, which continues through pregnancy; "
        "the baby has 72 hours of withdrawal scoring on the postnatal ward, breastfeeding is encouraged and there "
        "is no bed or sofa sharing after her dose."
    ),
    "an oxycodone brand she came off",
)
ok(
    "un-lith-discontinued-orap",
    UN,
    L,
    lith(
        "Her psychiatrist discontinued Orap in 2019. Lithium (Priadel) 800 mg continues with levels every 4 weeks, "
        "weekly from 36 weeks and within 24 hours of birth; the baby is reviewed by the paediatrician after birth, "
        "and she bottle feeds as lithium passes into breast milk."
    ),
    "a medicine discontinued years ago",
)
ok(
    "un-cit-used-to-take-venlablue",
    UN,
    C,
    cit(
        "She used to take Venlablue before this pregnancy. Citalopram 20 mg continues now; the midwife watches the "
        "baby for 48 hours after birth for jitteriness, poor feeding and fast breathing, and breastfeeding is "
        "encouraged."
    ),
    "a brand she used to take",
)
ok(
    "un-quet-weaned-off-zimovane",
    UN,
    P,
    quet(
        "Daniel was weaned off Zimovane in 2024. His quetiapine 300 mg at night leaves him hard to rouse for hours, "
        "so Chloe does the night feeds, he never shares a bed, sofa or armchair with the baby, and the health "
        "visitor checks the crib at every visit."
    ),
    "a hypnotic he was weaned off",
)
ok(
    "un-overall-lunox-no-more",
    UN,
    M,
    overall(
        "She does not take Lunox Sleep Aid any more. Methadone 60 mg and sertraline 100 mg continue; the baby "
        "has 72 hours of withdrawal observation and the midwife watches for SSRI adaptation signs; no "
        "co-sleeping; breastfeeding supported; the health visitor sees the cot before discharge."
    ),
    "a sleep aid she does not take any more",
)
bad(
    "un-meth-back-on-oxylan",
    UN,
    M,
    meth(
        "She is back on Oxylan 5 mg for her back as well as methadone 60 mg daily, which continues; the baby is "
        "observed for 72 hours for withdrawal, breastfeeding is supported and there is no co-sleeping."
    ),
    "an oxycodone brand she is back on, not listed (MA120)",
)
bad(
    "un-cit-restarted-venlablue",
    UN,
    C,
    cit(
        "She restarted Venlablue 75 mg last month alongside citalopram 20 mg; the midwife watches the baby for 48 "
        "hours after birth for adaptation symptoms and breastfeeding is supported."
    ),
    "a venlafaxine brand restarted, not listed (MA120)",
)

ok(
    "un-meth-never-taken-oxylan",
    UN,
    M,
    meth(
        "She has never taken Oxylan, whatever the old referral letter says. Methadone 60 mg daily continues through "
        "pregnancy; the baby is scored for withdrawal on the ward for 72 hours, she is encouraged to breastfeed, "
        "and the cot is used for every sleep, never her bed after a dose."
    ),
    "a brand she never took",
)
ok(
    "un-quet-no-longer-prescribed",
    UN,
    P,
    quet(
        "Zimovane is no longer prescribed for Daniel. His quetiapine 300 mg at night still makes him hard to wake, "
        "so he does no night feeds and never sleeps beside the baby on a bed or sofa; Chloe covers the nights and "
        "the health visitor keeps checking the crib."
    ),
    "a hypnotic no longer prescribed for him",
)
ok(
    "un-lith-off-atarax-since",
    UN,
    L,
    lith(
        "Off Atarax since March, when the itch cleared. Lithium (Priadel) 800 mg continues with levels every 4 weeks, "
        "weekly from 36 weeks and within 24 hours of the birth; the baby sees the paediatrician after birth and is "
        "bottle fed."
    ),
    "shorthand: off a sedating antihistamine since March",
)
ok(
    "un-overall-no-lunox-since-scan",
    UN,
    M,
    overall(
        "She has not had any Lunox Sleep Aid since the 20-week scan. Methadone 60 mg and sertraline 100 mg "
        "continue; the baby is observed for 72 hours for withdrawal and SSRI adaptation; she must not co-sleep; "
        "breastfeeding is supported; the health visitor sees the sleeping place before discharge."
    ),
    "a sleep aid not taken since the 20-week scan",
)

ok(
    "un-cit-screen-negative",
    UN,
    C,
    cit(
        "Urine drug screen at booking was negative for methadone, buprenorphine and benzodiazepines. Citalopram 20 mg "
        "continues; the midwife watches the baby for 48 hours after birth for adaptation symptoms, and breastfeeding "
        "is supported."
    ),
    "medicines named in a negative drug screen are not ones she takes",
)
ok(
    "un-cit-screened-none",
    UN,
    C,
    cit(
        "Asked about pregabalin, gabapentin, diazepam and codeine bought online or from friends: none taken. "
        "Citalopram 20 mg continues; the midwife watches the baby for 48 hours after birth and breastfeeding is "
        "supported."
    ),
    "a screening list answered 'none taken'",
)
ok(
    "un-quet-grandmother-zopiclone",
    UN,
    P,
    quet(
        "Chloe's mother, who stays over to help, takes zopiclone at night, so she must not have the baby in her bed "
        "either. Daniel's quetiapine 300 mg leaves him too sedated to wake: no night feeds by him and no bed or sofa "
        "sharing; Chloe does the nights in the crib beside her and the health visitor checks each visit."
    ),
    "a grandmother's hypnotic: neither parent's, so not the list's; the plan still covers it",
)
ok(
    "un-meth-sister-methadone-locked",
    UN,
    C,
    cit(
        "Her sister, who lives with her, is on a methadone programme and keeps her doses in a locked box, which the "
        "midwife has seen. Citalopram 20 mg continues; the baby is watched for 48 hours after birth for adaptation "
        "symptoms, and breastfeeding is supported."
    ),
    "a sister's methadone, locked away: not the mother's or partner's",
)
bad(
    "un-cit-screen-positive",
    UN,
    C,
    cit(
        "Urine drug screen at booking was positive for buprenorphine, which she says she takes most days from a "
        "friend. Citalopram 20 mg continues; the midwife watches the baby for 48 hours after birth and breastfeeding "
        "is supported."
    ),
    "buprenorphine she takes most days, not on the list (MA120)",
)

ok(
    "un-meth-not-on-oxylan",
    UN,
    M,
    meth(
        "She is not on Oxylan or any other painkiller now. Methadone 60 mg daily continues through pregnancy; the "
        "baby is scored for withdrawal on the postnatal ward for 72 hours, breastfeeding is encouraged, and she "
        "must not share a bed or sofa with the baby after her dose."
    ),
    "present negation: she is not on it",
)
ok(
    "un-lith-atarax-shorthand-nil",
    UN,
    L,
    lith(
        "OTC meds: Atarax - nil since Jan. Lithium (Priadel) 800 mg continues, levels 4-weekly then weekly from "
        "36/40 and within 24 h of delivery; paeds r/v of baby after birth for floppiness and thyroid; bottle "
        "feeding."
    ),
    "shorthand 'nil since Jan'",
)

ok(
    "un-cit-denies-list-street-valium",
    UN,
    C,
    cit(
        "Denies heroin, crack or street Valium. Citalopram 20 mg continues; the midwife watches the baby for 48 hours "
        "after birth for jitteriness and poor feeding, and breastfeeding is supported."
    ),
    "a denial over a list, the brand last in it",
)
ok(
    "un-quet-question-not-for-a-year",
    UN,
    P,
    quet(
        "Zimovane? Not for over a year. Daniel's quetiapine 300 mg at night is the risk: he is too drowsy after his "
        "dose to wake for the baby, so Chloe does the night feeds, he never shares a bed or sofa with the baby, and "
        "the health visitor checks the crib each visit."
    ),
    "a question answered in the negative",
)
ok(
    "un-meth-takes-no-oxylan",
    UN,
    M,
    meth(
        "She takes no Oxylan or other opioid besides methadone, 60 mg daily, which continues through pregnancy; the "
        "baby is observed on the ward for 72 hours for withdrawal, breastfeeding is encouraged and no co-sleeping "
        "after her dose."
    ),
    "'takes no' names a medicine she does not take",
)

# ------------------------------------------------------------------------------------------------------------
# partner-meds (P base: postnatal, the father lives with them)
PM = "partner-meds"

bad(
    "pm-zimovane-ls",
    PM,
    P,
    his_med("med-partner-zimovane", "Zimovane LS 3.75mg tablets", "3.75 mg at night"),
    "the father's hypnotic at night, unassessed (MA101)",
)
bad(
    "pm-espranor",
    PM,
    P,
    his_med("med-partner-espranor", "Espranor 8mg oral lyophilisates", "16 mg daily"),
    "the father's opioid substitution, unassessed: sedation and a risk of the baby swallowing it",
)
bad(
    "pm-zamadol-misspelt",
    PM,
    P,
    his_med("med-partner-tramadol", "Tramadl 50mg capsules", "100 mg four times a day"),
    "the father's misspelt tramadol, unassessed",
)
bad(
    "pm-codis-with-reason",
    PM,
    P,
    his_med(
        "med-partner-codis",
        "Codis 500 soluble tablets",
        "two tablets four times a day",
        "He takes it for his knee; it does not affect the mother or the baby at all.",
    ),
    "a sedating codeine product of his, excused with a reason that ignores co-sleeping (MA101)",
)
bad(
    "pm-gabapentin-glued",
    PM,
    P,
    his_med("med-partner-gabapentin", "Gabapentin300mg caps", "300 mg three times a day"),
    "the father's gabapentin glued to its strength, unassessed",
)
bad(
    "pm-diphenhydramine-brand",
    PM,
    P,
    his_med("med-partner-nytol", "Numark Night Time Sleep Aid 50mg tablets", "50 mg at night"),
    "the father's sedating antihistamine sleep aid, unassessed",
)
ok(
    "pm-atorvastatin-classified",
    PM,
    P,
    his_med(
        "med-partner-atorvastatin",
        "Atorvastatin 20mg tablets",
        "20 mg at night",
        "A cholesterol tablet of the father's; it does not sedate him and cannot reach the baby.",
    ),
    "the father's harmless statin, classified",
)
ok(
    "pm-cetirizine-classified",
    PM,
    P,
    his_med(
        "med-partner-cetirizine",
        "Cetirizine 10mg tablets",
        "10 mg once daily",
        "Non-sedating antihistamine for his hay fever; he stays alert and can care for the baby.",
    ),
    "the father's non-sedating antihistamine, classified",
)
ok(
    "pm-ifirmasta",
    PM,
    P,
    his_med("med-partner-irbesartan", "Ifirmasta 150mg tablets", "150 mg once daily"),
    "an ARB is a concern only through the womb; his needs no assessment",
)
ok(
    "pm-salbutamol-classified",
    PM,
    P,
    his_med(
        "med-partner-salbutamol",
        "Salbutamol 100micrograms/dose inhaler",
        "two puffs when needed",
        "His reliever inhaler for asthma; it does not make him drowsy and does not reach the baby.",
    ),
    "the father's inhaler, classified",
)

# ------------------------------------------------------------------------------------------------------------
# dates
DT = "dates"

bad(
    "dt-valp-assessed-before-conception",
    DT,
    V,
    set_("assessments#asm-valproate.date", "2026-03-05"),
    "pregnancy began about 2026-03-25; an assessment 20 days before, past the 14-day margin (MA212)",
)
ok(
    "dt-valp-assessed-within-margin",
    DT,
    V,
    chain(set_("assessments#asm-valproate.date", "2026-03-16"), set_("overall_conclusion.date", "2026-05-20")),
    "nine days before the pregnancy's start: inside the 14-day margin",
)
bad(
    "dt-m-overall-before-conception",
    DT,
    M,
    set_("overall_conclusion.date", "2025-06-30"),
    "the overall conclusion dated before this pregnancy began (MA212)",
)
bad(
    "dt-m-attested-future",
    DT,
    M,
    set_("attestation.at", "2027-01-04T10:00:00+00:00"),
    "attestation a month after today (MA211)",
)
bad(
    "dt-m-attested-before-assessments",
    DT,
    M,
    set_("attestation.at", "2026-03-01T16:40:00+00:00"),
    "attested the day before the assessments it attests (MA211)",
)
ok(
    "dt-m-attested-same-day-morning",
    DT,
    M,
    set_("attestation.at", "2026-03-02T08:05:00+00:00"),
    "attested on the assessments' own day, at any hour",
)
bad("dt-p-delivery-future", DT, P, set_("pregnancy.delivery_date", "2026-12-18"), "a baby born after today (MA012)")
bad(
    "dt-p-consent-future", DT, P, set_("lawful_basis.recorded_on", "2026-12-24"), "consent recorded after today (MA403)"
)
ok(
    "dt-p-consent-day-before",
    DT,
    P,
    set_("lawful_basis.recorded_on", "2026-05-27"),
    "consent taken the day before the record was signed",
)
bad(
    "dt-m-edd-16-days-off",
    DT,
    M,
    set_("pregnancy.gestation", {"weeks": 27, "days": 1, "on": "2026-03-02"}),
    "27+1 on 2026-03-02 implies 2026-05-31, 16 days after the agreed EDD (MA011)",
)
ok(
    "dt-m-edd-13-days-off",
    DT,
    M,
    set_("pregnancy.gestation", {"weeks": 27, "days": 4, "on": "2026-03-02"}),
    "27+4 implies 2026-05-28: 13 days apart, within the 14-day tolerance",
)
bad(
    "dt-c-edd-20-weeks-off",
    DT,
    C,
    set_("pregnancy.gestation", {"weeks": 12, "days": 1, "on": "2026-02-10"}),
    "12+1 when the EDD implies 32+1 (MA011)",
)
bad(
    "dt-lith-31-april",
    DT,
    L,
    lith(
        "Dr Osei saw her on 31/04/2026: lithium (Priadel) 800 mg continues with levels monthly, weekly from 36 "
        "weeks and within 24 hours of birth; the baby has a paediatric review after birth and is bottle fed."
    ),
    "April has 30 days (MA017)",
)
ok(
    "dt-lith-30-april",
    DT,
    L,
    lith(
        "Dr Osei saw her on 30/04/2026 and agreed: lithium (Priadel) 800 mg continues, with levels monthly, weekly "
        "from 36 weeks and within 24 hours of birth; the baby has a paediatric review after birth and is bottle "
        "fed."
    ),
    "30 April exists and is before attestation",
)
bad(
    "dt-meth-29-feb-2026",
    DT,
    M,
    meth(
        "Her methadone was last titrated on 29 February 2026 and 60 mg daily now continues; the baby is observed "
        "for 72 hours for withdrawal, breastfeeding is supported and no co-sleeping after her dose."
    ),
    "2026 is not a leap year (MA017)",
)
ok(
    "dt-meth-28-feb-2026",
    DT,
    M,
    meth(
        "Her methadone was last reviewed by the drug service on 28 February 2026 and 60 mg daily continues; the "
        "baby is observed for 72 hours for withdrawal, breastfeeding is supported and no co-sleeping after her "
        "dose."
    ),
    "28 February 2026 exists and is before attestation",
)
bad(
    "dt-v-valproate-started-future",
    DT,
    V,
    set_("medicines#med-valproate.last_changed", "2027-02-01"),
    "a dose change after today (MA010)",
)
bad("dt-n-mother-nine", DT, N, set_("mother.birth_date", "2017-03-09"), "a mother aged nine (MA014)")
ok("dt-n-mother-sixteen", DT, N, set_("mother.birth_date", "2009-11-30"), "a sixteen-year-old mother: young, but real")
bad(
    "dt-p-attested-before-delivery",
    DT,
    P,
    chain(set_("pregnancy.delivery_date", "2026-05-29")),
    "a postnatal record signed the day before the baby was born (MA013)",
)

bad(
    "dt-valp-assessed-15-days-early",
    DT,
    V,
    set_("assessments#asm-valproate.date", "2026-03-10"),
    "15 days before the pregnancy's start (2026-03-25), past the 14-day margin (MA212)",
)
ok(
    "dt-valp-assessed-14-days-early",
    DT,
    V,
    set_("assessments#asm-valproate.date", "2026-03-11"),
    "exactly 14 days before the pregnancy's start: on the margin",
)
ok(
    "dt-m-edd-14-days-off",
    DT,
    M,
    set_("pregnancy.gestation", {"weeks": 27, "days": 3, "on": "2026-03-02"}),
    "27+3 implies 2026-05-29: exactly 14 days apart, on the tolerance",
)
bad(
    "dt-m-edd-15-days-off",
    DT,
    M,
    set_("pregnancy.gestation", {"weeks": 27, "days": 2, "on": "2026-03-02"}),
    "27+2 implies 2026-05-30: 15 days apart, one past the tolerance (MA011)",
)
bad(
    "dt-dzp-31-june",
    DT,
    F,
    dzp(
        "Diazepam and pregabalin continue; the GP starts a diazepam taper at the review on 31 June 2026. She must "
        "not co-sleep or feed lying down; the foster carer does the night feeds and watches for late withdrawal."
    ),
    "June has 30 days (MA017)",
)
ok(
    "dt-dzp-30-june",
    DT,
    F,
    dzp(
        "Diazepam and pregabalin continue; the GP starts a slow diazepam taper at the review booked for 30 June "
        "2026. She must not co-sleep or feed lying down; the foster carer does the night feeds and watches for late "
        "withdrawal signs until day 8."
    ),
    "a plan for 30 June, after attestation",
)
ok(
    "dt-n-attested-today",
    DT,
    N,
    chain(set_("attestation.at", "2026-12-03T09:00:00+00:00"), set_("updated", "2026-12-03T09:05:00+00:00")),
    "a record signed and updated on the day it is checked",
)
bad(
    "dt-n-attested-tomorrow",
    DT,
    N,
    chain(set_("attestation.at", "2026-12-04T09:00:00+00:00"), set_("updated", "2026-12-04T09:05:00+00:00")),
    "signed the day after it is checked (MA211/MA010)",
)

# ------------------------------------------------------------------------------------------------------------
# routes
RT = "routes"
M_SW = "recipients#rcp-sw.route"
V_MLLP = "recipients#rcp-maternity.route"
L_FHIR = "recipients#rcp-maternity.route.base_url"
F_FC = "recipients#rcp-foster-carer.route.description"

bad(
    "rt-mesh-email",
    RT,
    M,
    set_(f"{M_SW}.mailbox", "hampton.childrens@nhs.net"),
    "an email address is not a MESH mailbox id (MA307)",
)
bad("rt-mesh-na", RT, M, set_(f"{M_SW}.mailbox", "N/A"), "no mailbox (MA307)")
ok("rt-mesh-other-valid", RT, M, set_(f"{M_SW}.mailbox", "X26HC014"), "another well-formed mailbox id")
bad("rt-mllp-port-zero", RT, V, set_(f"{V_MLLP}.port", 0), "port 0 cannot be connected to (MA308)")
bad(
    "rt-mllp-host-with-scheme",
    RT,
    V,
    set_(f"{V_MLLP}.host", "http://maternity-interface.castleford.example"),
    "a URL where a host name belongs (MA308)",
)
bad(
    "rt-mllp-host-with-port",
    RT,
    V,
    set_(f"{V_MLLP}.host", "maternity-interface.castleford.example:2575"),
    "the port glued into the host (MA308)",
)
bad(
    "rt-mllp-host-space",
    RT,
    V,
    set_(f"{V_MLLP}.host", "maternity interface.castleford.example"),
    "a space in a host name (MA308)",
)
ok("rt-mllp-port-6661", RT, V, set_(f"{V_MLLP}.port", 6661), "another ordinary MLLP port")
bad(
    "rt-fhir-http",
    RT,
    L,
    set_(L_FHIR, "http://maternity.northgate.example/fhir/R4"),
    "plain http for patient data (MA308)",
)
bad("rt-fhir-no-host", RT, L, set_(L_FHIR, "https:///fhir/R4"), "https with no host (MA308)", parse_reject_ok=True)
bad(
    "rt-fhir-ftp",
    RT,
    L,
    set_(L_FHIR, "ftp://maternity.northgate.example/fhir"),
    "not an https URL (MA308)",
    parse_reject_ok=True,
)
ok(
    "rt-fhir-trailing-slash",
    RT,
    L,
    set_(L_FHIR, "https://maternity.northgate.example/fhir/R4/"),
    "a trailing slash on the base URL",
)
ok("rt-fhir-root", RT, L, set_(L_FHIR, "https://fhir.northgate.example"), "a server at the root of its host")
bad("rt-manual-email-only", RT, F, set_(F_FC, "Email"), "one word is no instruction (MA309)")
bad("rt-manual-tbc", RT, F, set_(F_FC, "To be confirmed."), "no route yet (MA309)")
ok(
    "rt-manual-letter-and-call",
    RT,
    F,
    set_(
        F_FC,
        "Letter handed to Sandra Hollis, the foster carer, by the ward midwife at discharge on 2026-06-12; "
        "the health visitor talks it through with her at the new birth visit.",
    ),
    "a hand-over with who, when and how",
)
bad(
    "rt-ods-lower", RT, M, set_("recipients#rcp-sw.organisation.ods_code", "y90300"), "ODS codes are upper case (MA310)"
)
bad("rt-ods-space", RT, M, set_("recipients#rcp-sw.organisation.ods_code", "Y90 300"), "a space in an ODS code")
bad("rt-ods-long", RT, M, set_("recipients#rcp-sw.organisation.ods_code", "Y903000001"), "too long for ODS")
ok(
    "rt-ods-trust-three",
    RT,
    M,
    set_("recipients#rcp-maternity.organisation.ods_code", "RXR"),
    "a three-character NHS trust code",
)
ok(
    "rt-ods-trust-site",
    RT,
    M,
    set_("recipients#rcp-maternity.organisation.ods_code", "RXR01"),
    "a five-character trust site code",
)

# ------------------------------------------------------------------------------------------------------------
# attribution
AT = "attribution"
P_AUTH = "assessments#asm-partner-quetiapine.author"
N_ATT = "attestation.by"

bad(
    "at-hv-with-gmc",
    AT,
    P,
    set_(f"{P_AUTH}.registration", {"body": "GMC", "number": "7089012"}),
    "a health visitor is on the NMC register, not the GMC (MA207)",
)
bad(
    "at-gp-with-nmc",
    AT,
    M,
    set_("attestation.by.registration", {"body": "NMC", "number": "09B2345C"}),
    "a GP on the NMC register (MA207)",
)
bad(
    "at-pharmacist-with-nmc",
    AT,
    N,
    set_(f"{N_ATT}.registration", {"body": "NMC", "number": "09B2345C"}),
    "a clinical pharmacist on the NMC register (MA207)",
)
ok(
    "at-pharmacist-other-gphc",
    AT,
    N,
    set_(f"{N_ATT}.registration", {"body": "GPhC", "number": "2211409"}),
    "another well-formed GPhC number",
)
bad(
    "at-gmc-all-zeros",
    AT,
    M,
    set_("attestation.by.registration.number", "0000000"),
    "all zeros cannot be a GMC number (MA208)",
)
bad("at-nmc-all-zeros", AT, P, set_(f"{P_AUTH}.registration.number", "00A0000A"), "an NMC pin of zeros (MA208)")
bad(
    "at-lith-two-names-one-number",
    AT,
    L,
    set_("assessments#asm-lithium.author.registration.number", "7067890"),
    "Dr Osei assessing under Dr Campbell's GMC number (MA209)",
)
ok(
    "at-hv-other-nmc-pin",
    AT,
    P,
    set_(f"{P_AUTH}.registration.number", "15H0734E"),
    "another well-formed NMC pin for the health visitor",
)
ok(
    "at-midwife-author-nmc",
    AT,
    P,
    chain(
        set_(f"{P_AUTH}.role", "community-midwife"),
        set_(f"{P_AUTH}.organisation", {"ods_code": "Y90410", "name": "Millbrook General Community Midwives"}),
    ),
    "a community midwife on the NMC register assessing the father's medicine",
)
bad(
    "at-midwife-author-gphc",
    AT,
    P,
    chain(
        set_(f"{P_AUTH}.role", "community-midwife"),
        set_(f"{P_AUTH}.registration", {"body": "GPhC", "number": "2211409"}),
    ),
    "a midwife on the pharmacists' register (MA207)",
)
ok(
    "at-pharmacist-attests-gphc-other",
    AT,
    N,
    set_(f"{N_ATT}.name", {"given": ["Bethany", "Anne"], "family": "Cole"}),
    "the same pharmacist with her middle name: one person, one number",
)
bad(
    "at-hv-author-no-registration",
    AT,
    P,
    delete(f"{P_AUTH}.registration"),
    "an assessing health visitor with no registration (MA203)",
)

# ------------------------------------------------------------------------------------------------------------
# identities
ID = "identities"

bad(
    "id-partner-mothers-nhs",
    ID,
    P,
    set_("partner.nhs_number", "9990004145"),
    "the father recorded under the mother's NHS number (MA007)",
)
ok(
    "id-partner-other-valid-nhs",
    ID,
    P,
    set_("partner.nhs_number", "9990004307"),
    "a different valid NHS number for the father",
)
bad(
    "id-mother-bad-check-digit",
    ID,
    M,
    set_("mother.nhs_number", "9990001112"),
    "a check digit that does not fit (MA003)",
)
bad("id-amended-no-reason", ID, C, delete("amendment_reason"), "an amended record that says nothing of what changed")
bad(
    "id-amended-hollow-reason",
    ID,
    C,
    set_("amendment_reason", "Amended as required."),
    "a reason that says nothing (MA008)",
)
ok(
    "id-amended-real-reason",
    ID,
    C,
    set_(
        "amendment_reason",
        "Version 1 missed the health visiting service; it is added as a recipient so the health "
        "visitor has the plan before the birth. The assessment itself is unchanged.",
    ),
    "a real account of the change",
)
ok(
    "id-amended-typo-corrected",
    ID,
    C,
    set_(
        "amendment_reason",
        "Corrected a typing error: the citalopram dose read 200 mg instead of 20 mg; the plan is unchanged.",
    ),
    "a corrected dose typo, with what was wrong",
)
bad("id-amended-updated", ID, C, set_("amendment_reason", "Updated."), "a reason of one word (MA008)")
bad("id-amended-first-version", ID, C, set_("version", 1), "'amended' at version 1 is a contradiction (MA009)")
bad(
    "id-justification-yes",
    ID,
    F,
    set_("lawful_basis.justification", "Yes."),
    "sharing without consent justified by 'Yes.' (MA402)",
)
bad(
    "id-justification-see-notes",
    ID,
    F,
    set_("lawful_basis.justification", "See consultation notes."),
    "sharing without consent justified by a pointer (MA402)",
)
ok(
    "id-justification-plain",
    ID,
    F,
    set_(
        "lawful_basis.justification",
        "Kayleigh declined; shared anyway because the foster carer must know that "
        "diazepam and pregabalin sedate her before any contact visit with the baby.",
    ),
    "a short, real reason for sharing without consent",
)
bad(
    "id-partner-mothers-nhs-spaced",
    ID,
    P,
    set_("partner.nhs_number", "999 000 4145"),
    "the mother's NHS number written with spaces under the father (MA007)",
    parse_reject_ok=True,
)
bad(
    "id-partner-mothers-nhs-full-width",
    ID,
    P,
    set_("partner.nhs_number", full_width("9990004145")),
    "the mother's NHS number in full-width digits under the father (MA007)",
    parse_reject_ok=True,
)
ok(
    "id-same-gp-with-and-without-prefix",
    ID,
    L,
    set_(
        "assessments#asm-lithium.author",
        {
            "name": {"given": ["Ruth"], "family": "Campbell"},
            "role": "general-practitioner",
            "registration": {"body": "GMC", "number": "7067890"},
            "organisation": {"ods_code": "Y90004", "name": "Northgate Health Centre"},
        },
    ),
    "the attesting GP also assessed, written once without 'Dr': one person, one number",
)

# ------------------------------------------------------------------------------------------------------------
# disguise: a fifth of the names and texts above, disguised; verdict equals the plain one.
DG = "disguise"

for key, name, dose, reason in _BRAND_BAD[:8]:
    bad(
        f"dg-br-{key}-cyr",
        DG,
        N,
        postnatal(f"med-{key}", homoglyphs(name, "aeoc"), dose, reason),
        f"{name.split()[0]} in look-alike letters, with a reason: must be assessed",
    )
for key, name, dose, reason in _MISSPELT[:6]:
    bad(
        f"dg-ms-{key}-zw",
        DG,
        N,
        postnatal(f"med-{key}", inside_words(name, "\u200b", every=2), dose, reason),
        f"'{name}' with zero-width spaces, with a reason: must be assessed",
    )
for key, name, dose, reason in _MISSPELT[8:11]:
    bad(
        f"dg-ms-{key}-shy",
        DG,
        N,
        postnatal(f"med-{key}", soft_hyphens(name), dose, reason),
        f"'{name}' with soft hyphens, with a reason: must be assessed",
    )
for key, name, dose, reason in _NEAR[:5]:
    ok(
        f"dg-nm-{key}-fw",
        DG,
        N,
        postnatal(f"med-{key}", full_width(name), dose, reason),
        f"{name.split()[0]} in full width: still the harmless medicine",
    )
for key, name, dose, reason in _NEAR[6:9]:
    ok(
        f"dg-nm-{key}-iso",
        DG,
        N,
        postnatal(f"med-{key}", isolate_words(name), dose, reason),
        f"{name.split()[0]} in bidi isolates: still the harmless medicine",
    )
bad(
    "dg-pm-zimovane-cyr",
    DG,
    P,
    his_med("med-partner-zimovane", homoglyphs("Zimovane LS 3.75mg tablets", "aeoi"), "3.75 mg at night"),
    "the father's hypnotic in look-alikes, unassessed",
)
bad(
    "dg-un-oxylan-fw",
    DG,
    M,
    meth(
        full_width(
            "Methadone 60 mg daily continues; she also takes Oxylan 5 mg twice a day for her back. The baby "
            "is observed for 72 hours for withdrawal and breastfeeding is supported; no co-sleeping."
        )
    ),
    "an unlisted oxycodone brand she takes, full width (MA120)",
)
ok(
    "dg-un-no-zipamol-shy",
    DG,
    M,
    meth(
        soft_hyphens(
            "Methadone 60 mg continues into labour and after; she is told to avoid Zipamol Plus and every "
            "other codeine painkiller. The baby is observed for 72 hours for withdrawal, breastfeeding is "
            "encouraged and she must not co-sleep after her dose."
        )
    ),
    "a codeine brand advised against, soft hyphens",
)
ok(
    "dg-br-lithium-liskonum-cyr",
    DG,
    L,
    set_("medicines#med-lithium.name", homoglyphs("Liskonum 450mg modified-release tablets", "aeo")),
    "Liskonum in look-alikes: still lithium, assessed (a mixed-script word may warn)",
)

ok(
    "dg-un-previously-venlablue-fw",
    DG,
    C,
    cit(
        full_width(
            "Previously prescribed Venlablue, which gave her headaches; citalopram 20 mg now continues, the "
            "midwife watches the baby for 48 hours after birth for adaptation symptoms, and breastfeeding is "
            "supported."
        )
    ),
    "a brand previously prescribed, full width",
)
ok(
    "dg-un-not-since-zimovane-cyr",
    DG,
    P,
    quet(
        homoglyphs(
            "Daniel has not taken Zimovane since the spring. His quetiapine 300 mg at night leaves him too "
            "drowsy to wake for the baby, so no night feeds by him and no shared bed or sofa; Chloe does the "
            "nights and the health visitor checks the crib.",
            "aeo",
        )
    ),
    "a hypnotic not taken since the spring, look-alikes",
)
bad(
    "dg-br-night-nurse-zw",
    DG,
    N,
    postnatal(
        "med-night-nurse",
        inside_words("Night Nurse capsules", "\u200d", every=2),
        "two capsules at bedtime",
        "Bought at the pharmacy for a cold; she will stop it once the cold clears up.",
    ),
    "Night Nurse with zero-width joiners, with a reason: must be assessed",
)
bad(
    "dg-un-back-on-oxylan-iso",
    DG,
    M,
    meth(
        isolate_words(
            "She is back on Oxylan 5 mg twice a day for her back, with methadone 60 mg daily, which "
            "continues; the baby is observed 72 hours for withdrawal, breastfeeding is supported and no "
            "co-sleeping after her dose."
        )
    ),
    "an unlisted oxycodone brand she is back on, bidi isolates (MA120)",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F79CASES)
    for category in CATEGORIES:
        print(f"{category:16} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':16} refuse {sum(c.expect == REFUSE for c in F79CASES):3}  pass {sum(c.expect == PASS for c in F79CASES):3}"
    )
