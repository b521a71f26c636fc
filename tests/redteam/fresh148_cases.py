"""A hundred-and-forty-eighth independent "fresh" batch of red-team cases for the share gate: names and impossible
facts, a sweep.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. Two halves, each category going both ways:

* medicine names as clinicians write them. A medicine of concern hidden under a UK brand, a misspelt brand, a salt
  name or abbreviation ("MST", "SR", "XL", "m/r", "Sod val"), a combination product, or a name with its strength
  run together, in capitals or with trailing punctuation, added unassessed to the postnatal record with nothing of
  concern: must refuse. The same kinds of name on a medicine its assessment covers, and harmless medicines whose
  names look like worrying ones (Epimax beside Epimaz, Nystan beside Nytol, Piriteze beside Piriton, Nurofen beside
  Nurofen Plus), each with the clinician's reason it raises no concern: must pass;

  - ``brands``: medicines of concern under their UK brands;
  - ``misspelt``: brands with a letter dropped, doubled or swapped, or spelt by sound;
  - ``abbrev``: salt names, abbreviations and release suffixes;
  - ``combos``: combination products, with the harmless combinations beside them;
  - ``runon``: strengths run into the name, capitals, trailing punctuation;
  - ``lookalike``: harmless medicines named like worrying ones, against the worrying ones;

* impossible facts, each with a near miss on the boundary:

  - ``calendar``: days that do not exist in conclusions (31 April, 31 June, 29 February 2027), a weekday its date
    does not fall on, a baby's check dated before the birth, an event reported after the attestation or planned
    before the writing, against 30 April, 31 March, the real weekday and the day-14 visit on its day;
  - ``recdates``: record dates: an assessment before conception, attestation in the future or before the
    assessment, an EDD more than 42 weeks from the LMP, a future delivery or lawful basis, against the same
    fields on the boundary;
  - ``routes``: a patch by mouth, tablets intravenously, eye drops swallowed, a depot daily, a methadone patch in
    a conclusion, against real routes (m/r tablets swallowed whole, a patch on the skin, drops in the eye);
  - ``doses``: doses far over the daily maximum or in the wrong unit (micrograms for mg, grams for mg), against a
    dose at the maximum and the same dose in another unit;
  - ``counts``: counts that cannot fit their span (40 scores in 72 hours at 4-hourly, eight days a week, eight
    weekly levels from 36 weeks), against the counts that fit;
  - ``disguise``: about a fifth, names and texts from above in look-alike letters, zero-width characters, soft
    hyphens, bidi marks and full width; the verdict equals the plain one.

Must-pass conclusions are complete: each names its medicine, says what it means for this baby and what named
professionals do and when, and answers the class's concerns. Medicines named here are real (brands from
../shared/reference/codes/codelists-more/brand-names.csv and the BNF); no clinical code is invented (renamed
medicines lose their code, added ones have none). ``test_fresh_records.py`` runs them; the cases the gate gets
wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh148_cases`` for the counts per
category.
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
    edit,
    gp_prescriber,
    medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F148CASES: list[Case] = []

CATEGORIES = (
    "brands",
    "misspelt",
    "abbrev",
    "combos",
    "runon",
    "lookalike",
    "calendar",
    "recdates",
    "routes",
    "doses",
    "counts",
    "disguise",
)

BR, MS, AB, CB, RN, LK, CA, RD, RT, DS, CT, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F148CASES.append(Case(f"f148-{name}", category, expect, base, mutate, why))


Make = Callable[[str], Mutation]
Disguise = Callable[[str], str]


def cyr(text: str) -> str:
    return homoglyphs(text, "aeopc")


def greek(text: str) -> str:
    return homoglyphs(text, "oivx", variant=1)


def zwsp(text: str) -> str:
    return inside_words(text, "\u200b", every=3)


def zwj(text: str) -> str:
    return inside_words(text, "\u200d", every=2)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


def bidi(text: str) -> str:
    return " ".join(f"\u2066{word}\u2069" for word in text.split(" "))


def fw(text: str) -> str:
    return full_width(text)


def case(
    name: str,
    category: str,
    expect: Expect,
    base: str,
    make: Make,
    text: str,
    why: str,
    disguise: Disguise | None = None,
) -> None:
    add(name, category, expect, base, make(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, make(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


# ------------------------------------------------------------------------------------------------ makers


def unassessed(dose: str, *, base_started: str = "2026-04-04") -> Make:
    """A medicine of the mother's added to the postnatal record (nothing of concern, breastfed), unassessed."""

    def make(name: str) -> Mutation:
        return add_medicine(medicine("med-extra", name, dose, base_started, gp_prescriber(RIVERSIDE)))

    return make


def classified(dose: str, reason: str) -> Make:
    """A harmless medicine added to the postnatal record with the clinician's reason it raises no concern."""

    def make(name: str) -> Mutation:
        return add_medicine(medicine("med-extra", name, dose, "2026-04-04", gp_prescriber(RIVERSIDE),
                                     not_of_concern_reason=reason))

    return make


def renamed(mid: str, dose: str | None = None) -> Make:
    """An assessed medicine written under another name; its code is dropped (a brand or a slip has no VMP code)."""

    def make(name: str) -> Mutation:
        def mutate(doc: Record) -> None:
            for med in doc["medicines"]:
                if med["id"] == mid:
                    med["name"] = name
                    med.pop("code", None)
                    if dose is not None:
                        med["dose"] = dose
                    return
            raise KeyError(mid)

        return edit(mutate)

    return make


def at(path: str, pre: Mutation | None = None) -> Make:
    def make(text: str) -> Mutation:
        return set_(path, text) if pre is None else chain(pre, set_(path, text))

    return make


METH_C = at("assessments#asm-methadone.conclusion")
SERT_C = at("assessments#asm-sertraline.conclusion")
M_O = at("overall_conclusion.text")
LITH_C = at("assessments#asm-lithium.conclusion")
L_O = at("overall_conclusion.text")
VALP_C = at("assessments#asm-valproate.conclusion")
DZP_C = at("assessments#asm-diazepam-pregabalin.conclusion")
F_O = at("overall_conclusion.text")
QUET_C = at("assessments#asm-partner-quetiapine.conclusion")
CIT_C = at("assessments#asm-citalopram.conclusion")


def ok(name: str, category: str, base: str, make: Make, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, PASS, base, make, text, why, disguise)


def bad(name: str, category: str, base: str, make: Make, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, REFUSE, base, make, text, why, disguise)


# ============================================================================================================ brands
# Unassessed in the postnatal record (breastfed baby): each hides a medicine of concern under its UK brand.

bad("br-zomorph", BR, N, unassessed("10 mg twice a day"), "Zomorph 10mg modified-release capsules",
    "morphine under its brand, unassessed", cyr)
bad("br-longtec", BR, N, unassessed("10 mg every 12 hours"), "Longtec 10mg prolonged-release tablets",
    "oxycodone under a UK brand, unassessed", zwsp)
bad("br-keppra", BR, N, unassessed("500 mg twice a day"), "Keppra 500mg tablets",
    "levetiracetam (an antiepileptic) under its brand, unassessed", shy)
bad("br-zonegran", BR, N, unassessed("100 mg twice a day"), "Zonegran 100mg hard capsules",
    "zonisamide, an antiepileptic, under its brand, unassessed")
bad("br-mysoline", BR, N, unassessed("250 mg twice a day"), "Mysoline 250mg tablets",
    "primidone (issue 9's uncovered antiepileptic) under its brand, unassessed")
bad("br-maxtrex", BR, N, unassessed("10 mg once a week on Mondays"), "Maxtrex 2.5mg tablets",
    "methotrexate (a teratogen) under its brand, unassessed")
bad("br-palexia", BR, N, unassessed("50 mg every 6 hours when needed"), "Palexia 50mg tablets",
    "tapentadol (an opioid) under its brand, unassessed", greek)
# Near misses: the brand on a medicine its assessment covers; the conclusions name the ingredient.
ok("br-physeptone-assessed", BR, M, renamed("med-methadone"), "Physeptone 1mg/ml oral solution",
   "methadone brand, assessed; conclusions say methadone")
ok("br-lustral-assessed", BR, M, renamed("med-sertraline"), "Lustral 50mg tablets",
   "sertraline brand, assessed", cyr)
ok("br-camcolit-assessed", BR, L,
   lambda t: chain(renamed("med-lithium", "800 mg at night; brand prescribing (Camcolit)")(t), set_(
       "overall_conclusion.text",
       "Continue lithium (Camcolit) 800 mg at night; the perinatal psychiatrist takes levels monthly, weekly from "
       "36 weeks and within 24 hours of birth. The paediatrician reviews the baby after birth. Rebecca will bottle "
       "feed, as lithium passes into breast milk. The perinatal mental health team sees her within a week of the "
       "birth because of the high relapse risk.")),
   "Camcolit 400mg modified-release tablets", "lithium brand, assessed; the overall conclusion names the brand")
ok("br-episenta-assessed", BR, V, renamed("med-valproate"), "Episenta 500mg prolonged-release capsules",
   "valproate brand, assessed")
ok("br-alzain-assessed", BR, F, renamed("med-pregabalin"), "Alzain 75mg capsules",
   "pregabalin brand, assessed jointly with diazepam", zwsp)
ok("br-seroquel-assessed", BR, P, renamed("med-partner-quetiapine"), "Seroquel 100mg tablets",
   "the father's quetiapine under its brand, assessed")
ok("br-cipramil-assessed", BR, C, renamed("med-citalopram"), "Cipramil 20mg tablets",
   "citalopram brand, assessed")

ok("br-valium-in-conclusion", BR, F, DZP_C,
   "Valium 5 mg tds and pregabalin 150 mg bd carry on for now; the GP begins a slow Valium reduction at the 6-week "
   "review, and neither is stopped suddenly. Both sedate Kayleigh, so she never sleeps with the baby on a bed, sofa "
   "or armchair or feeds lying down, and the foster carer does every night feed. The foster carer and health "
   "visitor look for late withdrawal signs up to day 8.",
   "diazepam named by its best-known brand in the conclusion")
ok("br-priadel-only-overall", BR, L, L_O,
   "Continue Priadel 800 mg at night, with levels monthly, weekly from 36 weeks and within 24 hours of birth, taken "
   "by the perinatal psychiatrist. The paediatrician reviews the baby after birth for floppiness and thyroid "
   "problems. Rebecca will bottle feed, as it passes into breast milk. The perinatal mental health team sees her "
   "within a week of the birth because of the high relapse risk.",
   "lithium named only by its brand in the overall conclusion")

# ============================================================================================================ misspelt
bad("ms-lustrall", MS, N, unassessed("50 mg once daily"), "Lustrall 50mg tablets",
    "sertraline brand with a doubled letter, unassessed")
bad("ms-priadle", MS, N, unassessed("800 mg at night"), "Priadle 400mg modified-release tablets",
    "lithium brand with two letters swapped, unassessed", cyr)
bad("ms-tegretal", MS, N, unassessed("200 mg twice a day"), "Tegretal 200mg tablets",
    "carbamazepine brand by sound, unassessed", zwj)
bad("ms-fenergan", MS, N, unassessed("25 mg at night"), "Fenergan 25mg tablets",
    "Phenergan spelt by sound, ph as f, unassessed")
bad("ms-kwetiapine", MS, N, unassessed("25 mg at night"), "Kwetiapine 25mg tablets",
    "quetiapine spelt by sound, unassessed")
ok("ms-lustrall-assessed", MS, M, renamed("med-sertraline"), "Lustrall 50mg tablets",
   "misspelt brand on the assessed sertraline; conclusions spell sertraline right")
ok("ms-priadle-assessed", MS, L, renamed("med-lithium", "800 mg at night; brand prescribing (Priadel)"),
   "Priadle 400mg modified-release tablets", "misspelt lithium brand, assessed", shy)
ok("ms-seroquell-assessed", MS, P, renamed("med-partner-quetiapine"), "Seroquell 100mg tablets",
   "misspelt brand of the father's assessed quetiapine")
ok("ms-epilem-assessed", MS, V, renamed("med-valproate"), "Epilem Chrono 500 prolonged-release tablets",
   "misspelt valproate brand, assessed")
ok("ms-pregabaline-assessed", MS, F, renamed("med-pregabalin"), "Pregabaline 75mg capsules",
   "French spelling of pregabalin, assessed")
ok("ms-citalopran-assessed", MS, C, renamed("med-citalopram"), "Citalopran 20mg tablets",
   "last letter slipped, assessed", greek)

# ============================================================================================================ abbrev
bad("ab-mst", AB, N, unassessed("10 mg bd"), "MST 10mg m/r tabs",
    "MST alone, as GPs write morphine sulfate m/r, unassessed")
bad("ab-oxycodone-mr", AB, N, unassessed("10 mg 12-hourly"), "Oxycodone HCl 10mg m/r tabs",
    "salt name and m/r, unassessed", fw)
bad("ab-sod-val", AB, N, unassessed("200 mg bd"), "Sod val 200mg e/c tabs",
    "sodium valproate as 'Sod val', unassessed", zwsp)
ok("ab-li-carb-mr-assessed", AB, L, renamed("med-lithium", "800 mg nocte; brand prescribing (Priadel)"),
   "Li carb 400mg m/r tabs (Priadel)", "lithium carbonate abbreviated, assessed", cyr)
ok("ab-sod-val-ec-assessed", AB, V, renamed("med-valproate"), "Sod val 500mg e/c tabs",
   "sodium valproate abbreviated, assessed; conclusions say valproate")
ok("ab-methadone-os-sf-assessed", AB, M, renamed("med-methadone"), "Methadone HCl 1mg/ml o/s SF",
   "methadone with salt and 'o/s SF', assessed")
ok("ab-pregab-assessed", AB, F, renamed("med-pregabalin"), "Pregab 75mg caps",
   "pregabalin cut short, the conclusion names it in full")
ok("ab-quetiapine-xl-assessed", AB, P,
   renamed("med-partner-quetiapine", "300 mg (three tablets) at night"), "Quetiapine 100mg m/r tabs",
   "the father's quetiapine as m/r tabs, assessed")
ok("ab-sertraline-hcl-assessed", AB, M, renamed("med-sertraline"), "Sertraline HCl 50mg tabs",
   "sertraline with its salt, assessed", greek)

# ============================================================================================================ combos
bad("cb-solpadeine-max", CB, N, unassessed("Two tablets up to four times a day"), "Solpadeine Max tablets",
    "codeine with paracetamol under a pharmacy brand, unassessed", cyr)
bad("cb-nurofen-plus", CB, N, unassessed("Two tablets three times a day"), "Nurofen Plus tablets",
    "ibuprofen with codeine, unassessed")
bad("cb-panadol-ultra", CB, N, unassessed("Two tablets up to four times a day"), "Panadol Ultra tablets",
    "co-codamol under a Panadol name, unassessed")
bad("cb-night-nurse", CB, N, unassessed("20 ml at bedtime"), "Night Nurse oral liquid",
    "paracetamol with promethazine (a sedating antihistamine) and dextromethorphan, unassessed")
bad("cb-remedine", CB, N, unassessed("Two tablets qds"), "Remedine 20mg/500mg tablets",
    "Remedeine (co-dydramol) with a letter dropped, unassessed")
bad("cb-paramol", CB, N, unassessed("Two tablets qds prn"), "Paramol 7.46mg/500mg tablets",
    "co-dydramol brand, unassessed", zwj)
classify_combo = (
    "Paracetamol with caffeine for headaches; no codeine or other opioid in it, compatible with breastfeeding "
    "and no sedation of the mother or the baby."
)
ok("cb-solpadeine-headache-classified", CB, N,
   classified("Two tablets up to four times a day when needed", classify_combo), "Solpadeine Headache tablets",
   "paracetamol and caffeine only; the codeine product is Solpadeine Max")
ok("cb-panadol-extra-classified", CB, N,
   classified("Two tablets up to four times a day when needed", classify_combo), "Panadol Extra tablets",
   "paracetamol and caffeine only; the codeine product is Panadol Ultra", shy)
ok("cb-co-amoxiclav-classified", CB, N,
   classified("One tablet three times a day for seven days",
              "Antibiotic for a wound infection after the caesarean section; compatible with breastfeeding, the "
              "baby may have looser stools, and it does not sedate the mother."),
   "Co-amoxiclav 500mg/125mg tablets", "a co- combination that is an antibiotic, not co-codamol")
ok("cb-nurofen-classified", CB, N,
   classified("400 mg three times a day with food when needed",
              "Ibuprofen after the birth for perineal pain; compatible with breastfeeding and does not sedate the "
              "mother."),
   "Nurofen 200mg tablets", "ibuprofen alone after the birth; Nurofen Plus is the codeine one")

P_O_TAIL = (
    "raise no concern. Daniel's quetiapine 300 mg at night sedates him heavily: he does no night feeds and never "
    "shares a bed, sofa or armchair with the baby, who sleeps in the crib beside Chloe. The health visitor checks "
    "the crib at every visit until 8 weeks."
)
bad("cb-solpadeine-max-in-overall", CB, P, at("overall_conclusion.text"),
    "Chloe's paracetamol, and the Solpadeine Max she buys for headaches, " + P_O_TAIL,
    "codeine (Solpadeine Max) named in the overall conclusion but not on the medicine list")
ok("cb-solpadeine-headache-in-overall", CB, P, at("overall_conclusion.text"),
   "Chloe's paracetamol, and the Solpadeine Headache she buys for headaches, " + P_O_TAIL,
   "Solpadeine Headache is paracetamol and caffeine: no medicine of concern left off the list")

# ============================================================================================================ runon
bad("rn-sertraline50mg", RN, N, unassessed("50 mg once daily"), "sertraline50mg",
    "strength run into the name, unassessed")
bad("rn-diazepam-caps-stop", RN, N, unassessed("2 mg tds"), "DIAZEPAM2MG TABS.",
    "capitals, strength run in, a trailing stop", cyr)
bad("rn-zopiclone-run", RN, N, unassessed("7.5 mg at night"), "zopiclone7.5mg",
    "decimal strength run into the name", fw)
ok("rn-sertraline-caps-assessed", RN, M, renamed("med-sertraline"), "SERTRALINE50MG TABLETS",
   "capitals and strength run in, assessed")
ok("rn-diazepam-stop-assessed", RN, F, renamed("med-diazepam"), "diazepam5mg tablets.",
   "run in with a trailing stop, assessed", zwsp)
ok("rn-quetiapine-caps-assessed", RN, P, renamed("med-partner-quetiapine"), "QUETIAPINE 100MG TABS.",
   "capitals and trailing stop, assessed")
ok("rn-lithium-caps-assessed", RN, L, renamed("med-lithium"), "LITHIUM CARBONATE 400MG M/R TABS (PRIADEL).",
   "capitals and m/r, assessed")

# ============================================================================================================ lookalike
bad("lk-epimaz", LK, N, unassessed("200 mg twice a day"), "Epimaz 200mg tablets",
    "carbamazepine under a brand one letter from the emollient Epimax, unassessed")
bad("lk-nytol", LK, N, unassessed("One tablet at night when needed"), "Nytol One-A-Night 50mg tablets",
    "diphenhydramine, a sedating antihistamine, unassessed")
bad("lk-piriton", LK, N, unassessed("4 mg at night"), "Piriton 4mg tablets",
    "chlorphenamine, sedating, unassessed", greek)
bad("lk-lorazepam", LK, N, unassessed("1 mg at night"), "Lorazepam 1mg tablets",
    "a benzodiazepine, unassessed")
ok("lk-epimax-classified", LK, N,
   classified("Apply to dry skin twice a day",
              "Emollient ointment for eczema on her hands; it acts on the skin and is compatible with "
              "breastfeeding if kept off the nipple."),
   "Epimax ointment", "an emollient one letter from Epimaz (carbamazepine)", cyr)
ok("lk-nystan-classified", LK, N,
   classified("1 ml four times a day after feeds",
              "Nystatin for oral thrush; barely absorbed from the gut and compatible with breastfeeding; the "
              "baby's thrush is treated by the GP at the same time."),
   "Nystan 100,000 units/ml oral suspension", "nystatin, a letter from Nytol")
ok("lk-piriteze-classified", LK, N,
   classified("10 mg once daily for hay fever",
              "Cetirizine, a non-sedating antihistamine at the usual dose; compatible with breastfeeding and does "
              "not make her drowsy at night."),
   "Piriteze Allergy 10mg tablets", "cetirizine under a name like Piriton")
ok("lk-oxybutynin-classified", LK, N,
   classified("2.5 mg twice a day",
              "Bladder medicine for urge incontinence after the birth; low dose, little passes into breast milk, "
              "the midwife watches her milk supply."),
   "Oxybutynin 2.5mg tablets", "oxybutynin beside oxycodone", zwsp)
ok("lk-valaciclovir-classified", LK, N,
   classified("500 mg twice a day for five days",
              "Antiviral for a cold sore outbreak; compatible with breastfeeding, and she keeps the sore covered "
              "and does not kiss the baby until it heals."),
   "Valaciclovir 500mg tablets", "valaciclovir beside Valium and valproate")
ok("lk-proctosedyl-classified", LK, N,
   classified("Apply twice a day and after each bowel motion",
              "Ointment for piles after the birth; acts locally, nothing sedating in it despite the name, and "
              "compatible with breastfeeding."),
   "Proctosedyl ointment", "a haemorrhoid ointment whose name holds 'sedyl'")

# ============================================================================================================ calendar
METH = (
    "Methadone 60 mg (60 ml) once daily carries on unchanged, as a cut now would risk a return to heroin. On the "
    "postnatal ward the midwives score the baby for withdrawal for at least 72 hours, and the health visitor "
    "checks for late signs at home up to day 8. Breastfeeding is encouraged. Methadone leaves Jodie drowsy for "
    "some hours after the dose, so the baby never sleeps in her bed or on the sofa; the health visitor checks the "
    "cot at the first visit."
)
LITH = (
    "Lithium (Priadel) 800 mg at night carries on, because her risk of a relapse after the birth is high. The "
    "perinatal psychiatrist arranges levels monthly, weekly from 36 weeks and within 24 hours of birth. The "
    "paediatrician examines the baby after birth for floppiness, poor feeding and thyroid problems. Lithium passes "
    "into breast milk, so Rebecca bottle feeds, as planned."
)
VALP = (
    "Sodium valproate 500 mg bd continues unchanged until the neurologist sees her, since stopping suddenly risks "
    "seizures. The baby was exposed in the first trimester: the GP has sent urgent referrals to neurology and to "
    "fetal medicine for an early scan and the detailed anomaly scan. Folic acid 5 mg daily started today. If she "
    "breastfeeds, the midwife supports it."
)
DZP = (
    "Diazepam 5 mg tds and pregabalin 150 mg bd carry on for now; the GP begins a slow diazepam reduction at the "
    "6-week review, and neither is stopped suddenly. Both sedate Kayleigh, so she never sleeps with the baby on a "
    "bed, sofa or armchair or feeds lying down, and the foster carer does every night feed. The foster carer and "
    "health visitor look for late withdrawal signs up to day 8."
)
CIT = (
    "Citalopram 20 mg once daily continues, because each past attempt to stop brought her depression back within "
    "weeks. The midwife watches the baby for 48 hours after birth for jitteriness, poor feeding and fast "
    "breathing, and breastfeeding is supported."
)
QUET = (
    "Daniel takes quetiapine 300 mg at night and is very hard to wake for hours after it. He does no night feeds "
    "and never lies down with the baby on a bed, sofa or armchair; Chloe does the night feeds and the baby sleeps "
    "in the crib beside her. The health visitor checks this at each visit until 8 weeks."
)

bad("ca-meth-31-april", CA, M, METH_C,
    METH + " The drug service keyworker will review her dose on 31 April 2026.",
    "a review on a day April does not have", shy)
ok("ca-meth-30-april", CA, M, METH_C,
   METH + " The drug service keyworker will review her dose on 30 April 2026.",
   "the last day of April, a real date", shy)
bad("ca-meth-31-04-numbers", CA, M, METH_C,
    METH + " Pre-birth planning meeting with maternity and the social worker booked for 31/04/2026.",
    "31 April in numbers")
ok("ca-meth-31-03-numbers", CA, M, METH_C,
   METH + " Pre-birth planning meeting with maternity and the social worker booked for 31/03/2026.",
   "31 March in numbers: a real day")
bad("ca-lith-31-june", CA, L, LITH_C,
    LITH + " The perinatal psychiatrist sees her in clinic on 31 June 2026 to agree the birth plan.",
    "31 June does not exist", cyr)
ok("ca-lith-30-june", CA, L, LITH_C,
   LITH + " The perinatal psychiatrist sees her in clinic on 30 June 2026 to agree the birth plan.",
   "30 June is a real day")
bad("ca-lith-wrong-weekday", CA, L, LITH_C,
    LITH + " The perinatal psychiatrist sees her on Friday 30 June 2026 to agree the birth plan.",
    "30 June 2026 is a Tuesday, not a Friday")
ok("ca-lith-right-weekday", CA, L, LITH_C,
   LITH + " The perinatal psychiatrist sees her on Tuesday 30 June 2026 to agree the birth plan.",
   "the weekday is right")
bad("ca-valp-29-feb-2027", CA, V, VALP_C,
    VALP + " Neurology follow-up after the birth is booked for 29 February 2027.",
    "2027 is not a leap year")
ok("ca-valp-28-feb-2027", CA, V, VALP_C,
   VALP + " Neurology follow-up after the birth is booked for 28 February 2027.",
   "28 February 2027 is real")
bad("ca-dzp-6-week-before-birth", CA, F, DZP_C,
    DZP + " The baby's 6-week check at the placement is on 1 June 2026.",
    "the baby's 6-week check dated a week before the delivery (8 June 2026)")
ok("ca-dzp-6-week-on-time", CA, F, DZP_C,
   DZP + " The baby's 6-week check at the placement is booked for 20 July 2026.",
   "six weeks after the delivery on 8 June 2026")
bad("ca-dzp-day14-before-birth", CA, F, F_O,
    "Diazepam and pregabalin both continue for now, with the GP reducing the diazepam slowly from the 6-week "
    "review. Both sedate Kayleigh: no bed, sofa or armchair sharing and no feeding lying down; the foster carer "
    "does the night feeds. The foster carer and health visitor watch for late withdrawal until day 8, and the "
    "health visitor's day-14 visit to the placement is on 5 June 2026. The social worker holds this plan.",
    "the day-14 visit dated before the birth", zwsp)
ok("ca-dzp-day14-on-day", CA, F, F_O,
   "Diazepam and pregabalin both continue for now, with the GP reducing the diazepam slowly from the 6-week "
   "review. Both sedate Kayleigh: no bed, sofa or armchair sharing and no feeding lying down; the foster carer "
   "does the night feeds. The foster carer and health visitor watch for late withdrawal until day 8, and the "
   "health visitor's day-14 visit to the placement is on 22 June 2026. The social worker holds this plan.",
   "day 14 after 8 June 2026", zwsp)
bad("ca-dzp-report-after-attestation", CA, F, DZP_C,
    DZP + " The health visitor checked the cot at the placement on 2026-06-20.",
    "a check reported done six days after the record was attested (14 June)")
ok("ca-dzp-report-before-assessment", CA, F, DZP_C,
   DZP + " The health visitor checked the cot at the placement on 2026-06-11.",
   "a check reported done the day before the assessment")
bad("ca-cit-plan-before-writing", CA, C, CIT_C,
    CIT + " The GP will review Megan's mood on 2026-01-20, and again at the 6-week check.",
    "a review planned for a day three weeks before the assessment (10 February)")
ok("ca-cit-plan-after-writing", CA, C, CIT_C,
   CIT + " The GP will review Megan's mood on 2026-03-10, and again at the 6-week check.",
   "a review planned four weeks on")

bad("ca-dzp-baby-in-cot-before-birth", CA, F, at("safeguarding.sleeping_arrangements"),
    "Cot in the foster carer's bedroom; the baby was seen asleep in it by the health visitor on 2026-06-01.",
    "the baby seen in its cot a week before it was born (8 June 2026)")
ok("ca-dzp-baby-in-cot-after-birth", CA, F, at("safeguarding.sleeping_arrangements"),
   "Cot in the foster carer's bedroom; the baby was seen asleep in it by the health visitor on 2026-06-11.",
   "the baby seen in its cot three days after the birth")

# ============================================================================================================ recdates
bad("rd-lith-before-conception", RD, L,
    lambda d: chain(set_("assessments#asm-lithium.date", d), set_("overall_conclusion.date", d)), "2025-10-01",
    "assessed seven weeks before the pregnancy began (EDD 2026-08-26: from 2025-11-19)")
ok("rd-lith-early-pregnancy", RD, L,
   lambda d: chain(set_("assessments#asm-lithium.date", d), set_("overall_conclusion.date", d)), "2025-12-10",
   "assessed three weeks into the pregnancy, after the last dose change")
bad("rd-meth-attested-future", RD, M, at("attestation.at"), "2026-12-20T09:00:00+00:00",
    "attested after today (3 December 2026)")
ok("rd-meth-attested-next-day", RD, M, at("attestation.at"), "2026-03-03T09:00:00+00:00",
   "attested the day after the assessments (a stale update time only warns)")
bad("rd-meth-attested-before-assessment", RD, M, at("attestation.at"), "2026-02-27T09:00:00+00:00",
    "attested three days before the assessments it attests")
ok("rd-meth-attested-same-morning", RD, M, at("attestation.at"), "2026-03-02T08:30:00+00:00",
   "attested on the day of the assessments")
bad("rd-valp-edd-43-weeks-from-lmp", RD, V, at("pregnancy.edd"), "2027-01-20",
    "an LMP EDD 301 days from the LMP the gestation gives (21 days off)")
ok("rd-valp-edd-41-weeks-from-lmp", RD, V, at("pregnancy.edd"), "2027-01-08",
   "an EDD 9 days from the gestation's: within the 14-day tolerance")
bad("rd-dzp-delivery-future", RD, F, at("pregnancy.delivery_date"), "2026-12-20",
    "a delivery after today and after the attestation")
ok("rd-dzp-delivery-day-of-assessment", RD, F, at("pregnancy.delivery_date"), "2026-06-12",
   "delivered the morning of the assessment; the day-8 plan still stands")
bad("rd-meth-sertraline-changed-future", RD, M, at("medicines#med-sertraline.last_changed"), "2026-12-25",
    "a dose change dated after today")
ok("rd-meth-sertraline-changed-day-before", RD, M, at("medicines#med-sertraline.last_changed"), "2026-03-01",
   "a dose change the day before the assessment")
bad("rd-quet-lawful-basis-future", RD, P, at("lawful_basis.recorded_on"), "2026-12-24",
    "consent recorded after today")
ok("rd-quet-lawful-basis-after-birth", RD, P, at("lawful_basis.recorded_on"), "2026-05-20",
   "consent recorded two days after the birth, before the assessment")
bad("rd-cit-gestation-after-attestation", RD, C, at("pregnancy.gestation.on"), "2026-02-20",
    "a gestation measured after the record was attested (12 February)")
ok("rd-cit-gestation-day-before", RD, C,
   lambda d: chain(set_("pregnancy.gestation.on", d), set_("pregnancy.gestation.days", 0)), "2026-02-09",
   "the gestation measured the day before, as the scan gives it")

def stopped_on(stopped: str) -> Make:
    """A harmless medicine added to the postnatal record, started 4 April 2026 and stopped on the given day."""

    def make(reason: str) -> Mutation:
        return add_medicine(medicine("med-extra", "Flucloxacillin 500mg capsules", "500 mg four times a day",
                                     "2026-04-04", gp_prescriber(RIVERSIDE), stopped=stopped,
                                     not_of_concern_reason=reason))

    return make


FLUCLOX_REASON = (
    "Antibiotic for mastitis, a seven-day course; compatible with breastfeeding, the baby may have looser stools."
)
bad("rd-fluclox-stopped-before-started", RD, N, stopped_on("2026-03-28"), FLUCLOX_REASON,
    "a course stopped a week before it was started")
ok("rd-fluclox-stopped-after-course", RD, N, stopped_on("2026-04-10"), FLUCLOX_REASON,
   "a seven-day course stopped after it was started")

# ============================================================================================================ routes
PARA_REASON = (
    "Paracetamol for pain after the birth at the usual dose; compatible with breastfeeding and no effect on the "
    "baby."
)
bad("rt-meth-oral-solution-iv", RT, M, at("medicines#med-methadone.dose"), "60 mg (60 ml) IV once daily",
    "an oral solution given intravenously")
ok("rt-meth-oral-solution-by-mouth", RT, M, at("medicines#med-methadone.dose"),
   "60 mg (60 ml) by mouth once daily, supervised consumption", "the oral solution by mouth", cyr)
bad("rt-sert-tablets-im", RT, M, at("medicines#med-sertraline.dose"), "100 mg intramuscularly once daily",
    "tablets injected into muscle")
ok("rt-sert-tablets-po", RT, M, at("medicines#med-sertraline.dose"), "Two tablets (100 mg) PO once daily",
   "tablets by mouth")
bad("rt-nicotine-patch-orally", RT, N,
    classified("One patch orally each morning",
               "Nicotine replacement to help her stay off cigarettes; safer for the baby than smoking and "
               "compatible with breastfeeding."),
    "Nicotine 21mg/24hours transdermal patches", "a patch swallowed")
ok("rt-nicotine-patch-skin", RT, N,
   classified("One patch applied to the skin each morning, removed at bedtime",
              "Nicotine replacement to help her stay off cigarettes; safer for the baby than smoking and "
              "compatible with breastfeeding."),
   "Nicotine 15mg/16hours transdermal patches", "a patch on the skin")
bad("rt-chloramphenicol-drops-by-mouth", RT, N,
    classified("Two drops by mouth four times a day",
               "Antibiotic eye drops for conjunctivitis; the amount absorbed is tiny and it is compatible with "
               "breastfeeding."),
    "Chloramphenicol 0.5% eye drops", "eye drops swallowed", zwj)
ok("rt-chloramphenicol-drops-eye", RT, N,
   classified("One drop into each eye four times a day for five days",
              "Antibiotic eye drops for conjunctivitis; the amount absorbed is tiny and it is compatible with "
              "breastfeeding."),
   "Chloramphenicol 0.5% eye drops", "eye drops in the eye")
bad("rt-paracetamol-tablets-iv", RT, N, at("medicines#med-paracetamol.dose"), "1 g IV up to four times a day",
    "paracetamol tablets given intravenously")
ok("rt-paracetamol-infusion-iv", RT, N,
   classified("1 g IV every 6 hours while on the ward", PARA_REASON),
   "Paracetamol 10mg/ml solution for infusion", "the infusion product given intravenously")
bad("rt-depo-provera-daily", RT, N,
    classified("150 mg by deep intramuscular injection every day",
               "Contraception after the birth; progestogen only, compatible with breastfeeding, started at six "
               "weeks."),
    "Depo-Provera 150mg/1ml suspension for injection", "a three-monthly depot given daily")
ok("rt-depo-provera-13-weeks", RT, N,
   classified("150 mg by deep intramuscular injection every 13 weeks",
              "Contraception after the birth; progestogen only, compatible with breastfeeding, started at six "
              "weeks."),
   "Depo-Provera 150mg/1ml suspension for injection", "a depot every 13 weeks")
bad("rt-lith-mr-crushed-iv", RT, L, at("medicines#med-lithium.dose"), "800 mg intravenously at night",
    "modified-release tablets injected")
ok("rt-lith-mr-swallowed", RT, L, at("medicines#med-lithium.dose"),
   "800 mg by mouth at night, swallowed whole; brand prescribing (Priadel)", "m/r tablets swallowed whole",
   greek)
bad("rt-meth-patch-in-conclusion", RT, M, METH_C,
    METH.replace("Methadone 60 mg (60 ml) once daily carries on", "The methadone patch continues"),
    "the conclusion gives the oral solution as a patch")
bad("rt-dzp-tablets-nebulised", RT, F, at("medicines#med-diazepam.dose"), "5 mg nebulised three times a day",
    "tablets nebulised")
ok("rt-dzp-tablets-by-mouth", RT, F, at("medicines#med-diazepam.dose"), "5 mg by mouth three times a day",
   "tablets by mouth")

# ============================================================================================================ doses
bad("ds-paracetamol-8g", DS, N, at("medicines#med-paracetamol.dose"), "2 g four times a day when needed for pain",
    "8 g a day, twice the adult maximum of paracetamol")
ok("ds-paracetamol-4g", DS, N, at("medicines#med-paracetamol.dose"),
   "1 g every 6 hours when needed, no more than 4 g in 24 hours", "exactly the daily maximum", fw)
bad("ds-paracetamol-ceiling-6g", DS, N, at("medicines#med-paracetamol.dose"),
    "1 g when needed, no more than 6 g in 24 hours", "a ceiling over the daily maximum")
ok("ds-paracetamol-ceiling-3g", DS, N, at("medicines#med-paracetamol.dose"),
   "1 g when needed, no more than 3 g in 24 hours", "a lower ceiling")
bad("ds-sert-1000mg", DS, M, at("medicines#med-sertraline.dose"), "1000 mg once daily",
    "five times sertraline's licensed daily maximum of 200 mg")
ok("ds-sert-200mg", DS, M,
   lambda t: chain(set_("medicines#med-sertraline.dose", t), set_("medicines#med-sertraline.last_changed",
                                                                    "2026-02-20")),
   "Four tablets (200 mg) once daily", "sertraline at its licensed maximum, changed before the assessment")
bad("ds-dzp-500mg", DS, F, at("medicines#med-diazepam.dose"), "500 mg three times a day",
    "a gram and a half of diazepam a day, fifty times the maximum")
bad("ds-meth-line-grams", DS, M, at("medicines#med-methadone.dose"), "60 g (60 ml) once daily, supervised",
    "60 grams of methadone in 60 ml of a 1 mg/ml solution: grams for milligrams on the dose line")
bad("ds-lith-line-micrograms", DS, L, at("medicines#med-lithium.dose"),
    "800 micrograms at night; brand prescribing (Priadel)",
    "micrograms of lithium from 400 mg tablets: the wrong unit on the dose line")
ok("ds-lith-line-two-tablets", DS, L, at("medicines#med-lithium.dose"),
   "Two tablets (800 mg) at night; brand prescribing (Priadel)", "the same dose as two 400 mg tablets")
bad("ds-sert-line-micrograms", DS, M, at("medicines#med-sertraline.dose"), "Two tablets (100 micrograms) once daily",
    "two 50 mg tablets cannot be 100 micrograms")
bad("ds-sert-line-until-31-april", DS, M, at("medicines#med-sertraline.dose"),
    "Two tablets (100 mg) once daily until 31 April 2026, then GP review",
    "the dose line runs to a day April does not have")
ok("ds-sert-line-until-30-april", DS, M, at("medicines#med-sertraline.dose"),
   "Two tablets (100 mg) once daily until 30 April 2026, then GP review", "a real last day of April")
bad("ds-sert-line-tablets-a-week", DS, M, at("medicines#med-sertraline.dose"),
    "Two tablets (100 mg) once daily, 28 tablets a week",
    "two a day is 14 tablets a week, not 28")
ok("ds-sert-line-14-a-week", DS, M, at("medicines#med-sertraline.dose"),
   "Two tablets (100 mg) once daily, 14 tablets a week, dispensed weekly", "two a day, 14 a week")
bad("ds-meth-micrograms", DS, M, METH_C, METH.replace("60 mg (60 ml)", "60 micrograms"),
    "micrograms for milligrams in the conclusion beside a 60 mg line", cyr)
ok("ds-meth-ml", DS, M, METH_C, METH.replace("60 mg (60 ml)", "60 ml (60 mg)"),
   "the same dose as volume and mass")
bad("ds-cit-grams", DS, C, CIT_C, CIT.replace("20 mg", "20 g"),
    "grams for milligrams beside a 20 mg line")
ok("ds-lith-grams", DS, L, LITH_C, LITH.replace("800 mg", "0.8 g"),
   "800 mg written as 0.8 g: the same dose")
bad("ds-quet-micrograms", DS, P, QUET_C, QUET.replace("300 mg", "300 micrograms"),
    "the father's quetiapine in micrograms beside a 300 mg line")
ok("ds-quet-three-tablets", DS, P, QUET_C, QUET.replace("300 mg", "300 mg (three 100 mg tablets)"),
   "the same dose as tablets of the strength")

# ============================================================================================================ counts
bad("ct-meth-40-scores", CT, M, METH_C,
    METH.replace("for at least 72 hours", "every 4 hours for 72 hours, 40 scores in all"),
    "4-hourly for 72 hours is 18 scores, not 40", zwsp)
ok("ct-meth-18-scores", CT, M, METH_C,
   METH.replace("for at least 72 hours", "every 4 hours for 72 hours, 18 scores in all"),
   "4-hourly for 72 hours: 18 scores", zwsp)
bad("ct-meth-twelve-a-day", CT, M, METH_C,
    METH.replace("for at least 72 hours", "every 4 hours, twelve times a day, for 72 hours"),
    "every 4 hours is six times a day")
ok("ct-meth-six-a-day", CT, M, METH_C,
   METH.replace("for at least 72 hours", "every 4 hours, six times a day, for 72 hours"),
   "every 4 hours, six times a day")
bad("ct-lith-eight-weekly", CT, L, LITH_C,
    LITH.replace("weekly from 36 weeks", "weekly from 36 weeks (eight weekly levels in all)"),
    "only four to six weeks remain after 36 weeks")
ok("ct-lith-four-weekly", CT, L, LITH_C,
   LITH.replace("weekly from 36 weeks", "weekly from 36 weeks (four weekly levels before the EDD)"),
   "36, 37, 38 and 39 weeks")
bad("ct-dzp-eight-days-a-week", CT, F, DZP_C,
    DZP + " The health visitor phones the foster carer 8 days a week until day 8.",
    "eight days a week")
ok("ct-dzp-seven-days-a-week", CT, F, DZP_C,
   DZP + " The health visitor phones the foster carer 7 days a week until day 8.",
   "every day of the week")
bad("ct-cit-48-hours-five-days", CT, C, CIT_C,
    CIT.replace("for 48 hours after birth", "for 48 hours after birth, that is for five days,"),
    "48 hours restated as five days", greek)
ok("ct-cit-48-hours-two-days", CT, C, CIT_C,
   CIT.replace("for 48 hours after birth", "for 48 hours after birth, that is for two days,"),
   "48 hours restated as two days")
bad("ct-quet-25-hours", CT, P, QUET_C,
    QUET.replace("and is very hard to wake for hours after it",
                 "and is very hard to wake for 25 hours a day"),
    "25 hours in a day")
ok("ct-quet-12-hours", CT, P, QUET_C,
   QUET.replace("and is very hard to wake for hours after it",
                "and is very hard to wake for about 12 hours after it"),
   "twelve hours after the dose")
bad("ct-dzp-last-contact-day-2", CT, F, DZP_C,
    DZP.replace("look for late withdrawal signs up to day 8",
                "look for late withdrawal signs up to day 8, the last contact on day 2"),
    "a watch to day 8 whose last contact is day 2")


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F148CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F148CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F148CASES):3}"
    )
