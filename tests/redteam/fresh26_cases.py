"""A twenty-sixth independent "fresh" batch of red-team cases for the share gate: medicine names as clinicians
write them, third sweep.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the rule catalogue (docs/rules.md), README.md, the examples and the reference code lists, not from
the gate's code or its word lists. A seeded random draw (random.Random(26)) of brands from
codelists-more/brand-names.csv and of ingredients from the code lists (opioids and opioid substitution,
antiepileptics, teratogens and their pregnancy prevention, sedating antihistamines, antipsychotics, tricyclic
and other antidepressants), none used by an earlier batch, is written as clinicians write it:

* ``brands``: the brand with strength and form ("Trileptal 300mg tabs", "Palladone 1.3mg caps");
* ``misspellings``: one transposition, a doubled or dropped letter, a spelling by sound ("Fenytoin");
* ``salts-and-forms``: salt names and pharmacy forms ("Asenapine (as maleate) 5mg SL tabs");
* ``split-joined``: a name split by a space or hyphen, or run into its strength ("Oxcarbazepine300mg");
* ``abbreviations``: the short forms UK clinicians use ("Sod val 500mg e/c", "Levomeprom", "Morph sulph MR");
* ``near-miss-real``: real medicines of no concern one or two letters from one of concern (loperamide /
  lofepramine, Avamys / Avomine, Sytron / Sycrest, Pregnacare / pregabalin), each with the clinician's
  classification; and the medicine of concern carrying the look-alike's harmless reason (refused);
* ``unlisted-in-conclusion``: a conclusion naming a medicine of concern she takes that the list lacks, beside
  conclusions naming one she stopped or must avoid, and English words close to a brand ("moral", "optimal");
* ``disguise``: look-alike letters, zero-width characters, soft hyphens, full-width forms and combining marks
  inside these names.

Refuse: the medicine of concern so written, unassessed and carrying a plausible but wrong reason it raises no
concern (MA101; MA117 cannot be met by a reason for a medicine of concern), or named in a conclusion but missing
from the list (MA120). Pass: the same medicine so written and properly assessed, its conclusion complete for
every concern of its class, and the near misses of no concern with their reason.

Medicines named here are real; no clinical code is used or invented (uncoded medicines of concern draw only the
MA118 warning). ``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there
(strict xfail). Run ``python -m tests.redteam.fresh26_cases`` for the counts per category.
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

F26CASES: list[Case] = []

CATEGORIES = (
    "brands",
    "misspellings",
    "salts-and-forms",
    "split-joined",
    "abbreviations",
    "near-miss-real",
    "unlisted-in-conclusion",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F26CASES.append(Case(f"f26-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def extra(
    name: str, dose: str, reason: str | None, *, started: str = "2026-04-04", taken_by: str | None = None
) -> Mutation:
    """One more medicine, uncoded and unassessed, with the clinician's reason if given."""
    more: dict[str, object] = {}
    if reason:
        more["not_of_concern_reason"] = reason
    if taken_by:
        more["taken_by"] = taken_by
    return add_medicine(medicine("med-f26", name, dose, started, gp_prescriber(RIVERSIDE), **more))


def combining(text: str, mark: str = "\u0323") -> str:
    """A combining dot below after every vowel."""
    return "".join(ch + mark if ch in "aeiou" else ch for ch in text)


# Plausible, wrong reasons; none makes a medicine of concern safe to leave unassessed.
R_PAIN = "Only a few days for pain after the caesarean section; she will stop it before the midwife discharges her."
R_MOOD = "Taken for years for her mood and anxiety; she is well on it and does not want to change anything now."
R_SPEC = "Started and reviewed by the hospital consultant, who holds the prescribing and monitoring."
R_SLEEP = "Over the counter, a tablet on the odd night when she cannot get to sleep."
R_BP = "Her blood pressure tablet; the obstetric team know about it and check her pressure at every visit."
R_SKIN = "For severe hand eczema; the dermatologist prescribes it and the practice only records it."
R_SEIZ = "For her epilepsy, seizure-free for years; the neurologist is happy for her to stay on it."
R_SICK = "For travel sickness on the long drive to her mother's; only taken on the day of the journey."

# ============================================================================================================
# Unassessed medicines of concern as clinicians write them: (name, case name, base, listed name, dose, reason,
# what it is). The postnatal breastfeeding record (N) for sedating and withdrawal classes, the antenatal record
# (M) for teratogens and antiepileptics.

_UNASSESSED: dict[str, list[tuple[str, str, str, str, str, str]]] = {
    "brands": [
        ("effentora", N, "Effentora 100mcg buccal tabs", "100 micrograms when needed", R_PAIN, "fentanyl"),
        ("palladone", N, "Palladone 1.3mg caps", "1.3 mg four-hourly when needed", R_PAIN, "hydromorphone"),
        ("morcap", N, "Morcap SR 20mg caps", "20 mg twice a day", R_PAIN, "morphine MR"),
        ("ationdo", N, "Ationdo SR 50mg tabs", "50 mg twice a day", R_PAIN, "tapentadol"),
        ("zalasta", N, "Zalasta 5mg tabs", "5 mg at night", R_SLEEP, "olanzapine"),
        ("nozinan", N, "Nozinan 25mg tabs", "6.25 mg at night", R_SLEEP, "levomepromazine"),
        ("anafranil", N, "Anafranil 25mg caps", "75 mg at night", R_MOOD, "clomipramine"),
        ("edronax", N, "Edronax 4mg tabs", "4 mg twice a day", R_MOOD, "reboxetine"),
        ("vencarm", N, "Vencarm XL 75mg caps", "150 mg once daily", R_MOOD, "venlafaxine"),
        ("ziz", N, "Ziz 25mg tabs", "25 mg at night", R_SLEEP, "promethazine"),
        ("palfium", N, "Palfium 5mg tabs", "5 mg when needed", R_PAIN, "dextromoramide"),
        ("trileptal", M, "Trileptal 300mg tabs", "300 mg twice a day", R_SEIZ, "oxcarbazepine"),
        ("epanutin", M, "Epanutin 100mg caps", "300 mg at night", R_SEIZ, "phenytoin"),
        ("lisopress", M, "Lisopress 10mg tabs", "10 mg once daily", R_BP, "lisinopril (ACE inhibitor)"),
        ("micardis", M, "Micardis 40mg tabs", "40 mg once daily", R_BP, "telmisartan (angiotensin II blocker)"),
        ("toctino", M, "Toctino 30mg caps", "30 mg once daily", R_SKIN, "alitretinoin (pregnancy prevention)"),
        ("convulex", M, "Convulex 300mg GR caps", "300 mg twice a day", R_SEIZ, "valproic acid"),
    ],
    "misspellings": [
        ("clomipramime", N, "Clomipramime 25mg caps", "50 mg at night", R_MOOD, "clomipramine, one letter"),
        ("hydromorphon", N, "Hydromorphon 2.6mg caps", "2.6 mg when needed", R_PAIN, "hydromorphone, dropped e"),
        (
            "oxcarbamazepine",
            M,
            "Oxcarbamazepine 300mg tabs",
            "600 mg twice a day",
            R_SEIZ,
            "oxcarbazepine with the carbamazepine 'ma' added, a common slip",
        ),
        ("lofepramin", N, "Lofepramin 70mg tabs", "70 mg twice a day", R_MOOD, "lofepramine, dropped e"),
        ("zuclopentixol", N, "Zuclopentixol 10mg tabs", "10 mg at night", R_SPEC, "zuclopenthixol, dropped h"),
        ("tapendatol", N, "Tapendatol 50mg tabs", "50 mg four-hourly when needed", R_PAIN, "tapentadol, swapped"),
        ("fenytoin", M, "Fenytoin 100mg caps", "300 mg at night", R_SEIZ, "phenytoin spelt by sound"),
        ("reboxatine", N, "Reboxatine 4mg tabs", "4 mg twice a day", R_MOOD, "reboxetine, one vowel"),
        ("asennapine", N, "Asennapine 5mg SL tabs", "5 mg twice a day", R_SPEC, "asenapine, doubled n"),
        ("lisinipril", M, "Lisinipril 10mg tabs", "10 mg once daily", R_BP, "lisinopril, one vowel"),
        ("telmisartin", M, "Telmisartin 40mg tabs", "40 mg once daily", R_BP, "telmisartan, one vowel"),
        ("pethedine", N, "Pethedine 50mg tabs", "50 mg when needed", R_PAIN, "pethidine, one vowel"),
        ("levomepromazene", N, "Levomepromazene 25mg tabs", "12.5 mg at night", R_SLEEP, "levomepromazine"),
        ("klomipramine", N, "Klomipramine 10mg caps", "30 mg at night", R_MOOD, "clomipramine by sound"),
    ],
    "salts-and-forms": [
        (
            "hydromorphone-hcl",
            N,
            "Hydromorphone hydrochloride 1.3mg caps",
            "1.3 mg four-hourly",
            R_PAIN,
            "hydromorphone as its salt",
        ),
        ("pethidine-hcl", N, "Pethidine hydrochloride 50mg tabs", "50 mg when needed", R_PAIN, "pethidine"),
        ("phenytoin-sodium", M, "Phenytoin sodium 100mg caps", "300 mg at night", R_SEIZ, "phenytoin"),
        (
            "zuclopenthixol-dihcl",
            N,
            "Zuclopenthixol dihydrochloride 2mg tabs",
            "4 mg at night",
            R_SPEC,
            "zuclopenthixol",
        ),
        ("asenapine-maleate", N, "Asenapine (as maleate) 10mg SL tabs", "10 mg twice a day", R_SPEC, "asenapine"),
        ("reboxetine-mesilate", N, "Reboxetine (as mesilate) 4mg tabs", "4 mg twice a day", R_MOOD, "reboxetine"),
        ("lofepramine-hcl", N, "Lofepramine (as hydrochloride) 70mg tabs", "140 mg at night", R_MOOD, "lofepramine"),
        ("lisinopril-dihydrate", M, "Lisinopril (as dihydrate) 5mg tabs", "5 mg once daily", R_BP, "lisinopril"),
        (
            "oxcarbazepine-susp",
            M,
            "Oxcarbazepine 60mg/ml oral suspension",
            "10 ml twice a day",
            R_SEIZ,
            "oxcarbazepine as a liquid",
        ),
        ("alitretinoin-soft-caps", M, "Alitretinoin 10mg soft caps", "10 mg once daily", R_SKIN, "alitretinoin"),
        (
            "tapentadol-hcl-mr",
            N,
            "Tapentadol (as hydrochloride) 50mg m/r tabs",
            "50 mg twice a day",
            R_PAIN,
            "tapentadol",
        ),
        (
            "dextromoramide-tartrate",
            N,
            "Dextromoramide (as tartrate) 5mg tabs",
            "5 mg when needed",
            R_PAIN,
            "dextromoramide",
        ),
    ],
    "split-joined": [
        ("clomi-space-pramine", N, "Clomi pramine 25mg caps", "75 mg at night", R_MOOD, "split by a space"),
        ("hydro-hyphen-morphone", N, "Hydro-morphone 1.3mg caps", "1.3 mg when needed", R_PAIN, "split by a hyphen"),
        ("oxcarbazepine-glued", M, "Oxcarbazepine300mg tabs", "300 mg twice a day", R_SEIZ, "run into its strength"),
        ("zuclopenthixol-glued", N, "Zuclopenthixol10mg tabs", "10 mg at night", R_SPEC, "run into its strength"),
        ("dextro-moramide", N, "Dextro-moramide 5mg tabs", "5 mg when needed", R_PAIN, "split by a hyphen"),
        ("lisino-pril", M, "Lisino-pril 10mg tabs", "10 mg once daily", R_BP, "split by a hyphen"),
        ("lofe-space-pramine", N, "Lofe pramine 70mg tabs", "70 mg twice a day", R_MOOD, "split by a space"),
        ("reboxetine-glued", N, "REBOXETINE4MG TABS", "4 mg twice a day", R_MOOD, "upper case, run together"),
        ("pheny-space-toin", M, "Pheny toin 100mg caps", "300 mg at night", R_SEIZ, "split by a space"),
        ("tel-space-misartan", M, "Tel misartan 40mg tabs", "40 mg once daily", R_BP, "split by a space"),
    ],
    "abbreviations": [
        ("sod-val", M, "Sod val 500mg e/c tabs", "500 mg bd", R_SEIZ, "sodium valproate as UK notes shorten it"),
        ("morph-sulph-mr", N, "Morph sulph MR 10mg tabs", "10 mg bd", R_PAIN, "morphine sulfate modified-release"),
        ("levomeprom", N, "Levomeprom 6mg tabs", "6 mg nocte", R_SLEEP, "levomepromazine, palliative shorthand"),
        ("li-citrate", N, "Li citrate 520mg/5ml liquid", "5 ml bd", R_SPEC, "lithium citrate, 'Li' for lithium"),
        ("hydromorph-mr", N, "Hydromorph MR 4mg caps", "4 mg bd", R_PAIN, "hydromorphone, shortened"),
    ],
}

for _category, _rows in _UNASSESSED.items():
    for _n, _base, _name, _dose, _reason, _what in _rows:
        bad(
            f"unassessed-{_n}",
            _category,
            _base,
            extra(_name, _dose, _reason),
            f"'{_name}' is {_what}: a medicine of concern, unassessed, with a reason that does not make it safe "
            "(MA101)",
        )

bad(
    "unassessed-partner-clopixol",
    "brands",
    P,
    extra("Clopixol 10mg tabs", "20 mg at night", R_SPEC, started="2025-06-01", taken_by="partner"),
    "the father's zuclopenthixol (Clopixol), sedating at night, unassessed for co-sleeping (MA101)",
)
bad(
    "unassessed-partner-sycrest",
    "brands",
    P,
    extra("Sycrest 5mg SL tabs", "5 mg twice a day", R_SPEC, started="2025-06-01", taken_by="partner"),
    "the father's asenapine (Sycrest), sedating, unassessed for co-sleeping and night care (MA101)",
)
bad(
    "unassessed-partner-avomine-misspelt",
    "misspellings",
    P,
    extra("Avomin 25mg tabs", "25 mg at night", R_SLEEP, started="2026-05-20", taken_by="partner"),
    "the father's promethazine teoclate (Avomine, dropped e) at night, unassessed for co-sleeping (MA101)",
)
bad(
    "unassessed-partner-clomipramine-split",
    "split-joined",
    P,
    extra("Clomi-pramine 50mg caps", "100 mg at night", R_MOOD, started="2025-01-10", taken_by="partner"),
    "the father's clomipramine split by a hyphen, sedating, unassessed (MA101)",
)
bad(
    "unassessed-partner-zuclo-abbrev",
    "abbreviations",
    P,
    extra("Zuclopenth 10mg tabs", "20 mg nocte", R_SPEC, started="2025-01-10", taken_by="partner"),
    "the father's zuclopenthixol shortened, sedating at night, unassessed (MA101)",
)
bad(
    "unassessed-partner-promethazine-teoclate",
    "salts-and-forms",
    P,
    extra("Promethazine teoclate 25mg tabs", "25 mg at night", R_SLEEP, started="2026-05-20", taken_by="partner"),
    "the father's promethazine by its salt, sedating at night, unassessed (MA101)",
)

# ============================================================================================================
# Assessed: the same kinds of names, properly assessed and concluded on (must pass).


def _rename(mid: str, name: str) -> Mutation:
    """The medicine renamed as written, its dm+d code (if any) dropped: only the name can be read."""

    def drop_code(doc: Record) -> None:
        for med in doc["medicines"]:
            if med["id"] == mid:
                med.pop("code", None)

    return chain(set_(f"medicines#{mid}.name", name), drop_code)


def _partner(name: str, dose: str, drug: str, said: str, overall_said: str) -> Mutation:
    """The father's sedating medicine swapped for another, assessed for co-sleeping and the baby's night care.

    ``drug`` is how the item names it, ``said`` how his assessment's conclusion names it, ``overall_said`` how the
    overall conclusion does."""
    return chain(
        _rename("med-partner-quetiapine", name),
        set_("medicines#med-partner-quetiapine.dose", dose),
        set_(
            "assessments#asm-partner-quetiapine.impact_on_mother.parenting_capacity",
            f"The father takes {drug} at night and is very hard to wake for several hours after his dose. He is "
            "well and shares the baby's care in the daytime.",
        ),
        set_(
            "assessments#asm-partner-quetiapine.conclusion",
            f"The father's {said} at night leaves him heavily sedated and hard to rouse: he must not share a bed, "
            "sofa or armchair with the baby or do a night feed after his dose. The mother does the night feeds, "
            "the baby sleeps in its own crib beside her, and the health visitor checks this at each visit.",
        ),
        set_(
            "overall_conclusion.text",
            f"The mother's paracetamol raises no concern. The father's {overall_said} sedates him heavily at "
            "night: no co-sleeping with him on a bed, sofa or armchair and no night feeds by him after his dose; "
            "the health visitor keeps checking the crib.",
        ),
    )


_PARTNER_OK = [
    (
        "brands",
        "zalasta",
        "Zalasta 10mg orodispersible tabs",
        "10 mg at night",
        "Zalasta (olanzapine) 10 mg",
        "Zalasta",
        "olanzapine (Zalasta)",
    ),
    (
        "brands",
        "nozinan",
        "Nozinan 25mg tabs",
        "25 mg at night",
        "Nozinan 25 mg",
        "Nozinan (levomepromazine)",
        "levomepromazine",
    ),
    (
        "brands",
        "anafranil",
        "Anafranil 25mg caps",
        "75 mg at night",
        "Anafranil (clomipramine) 75 mg",
        "Anafranil",
        "clomipramine (Anafranil)",
    ),
    (
        "brands",
        "palladone",
        "Palladone SR 4mg caps",
        "4 mg twice a day for back pain",
        "Palladone SR 4 mg",
        "hydromorphone (Palladone)",
        "Palladone",
    ),
    (
        "misspellings",
        "clomipramime-list",
        "Clomipramime 25mg caps",
        "75 mg at night",
        "clomipramine 75 mg",
        "clomipramine",
        "clomipramine",
    ),
    (
        "misspellings",
        "olanzepine-conclusion",
        "Olanzapine 10mg tabs",
        "10 mg at night",
        "olanzapine 10 mg",
        "olanzepine",
        "olanzapine",
    ),
    (
        "misspellings",
        "levomepromazene-both",
        "Levomepromazene 25mg tabs",
        "25 mg at night",
        "levomepromazine 25 mg",
        "levomepromazene",
        "levomepromazene",
    ),
    (
        "salts-and-forms",
        "levomepromazine-maleate",
        "Levomepromazine maleate 25mg tabs",
        "25 mg at night",
        "levomepromazine 25 mg",
        "levomepromazine",
        "levomepromazine",
    ),
    (
        "salts-and-forms",
        "asenapine-maleate",
        "Asenapine (as maleate) 5mg SL tabs",
        "10 mg at night",
        "asenapine 10 mg under the tongue",
        "asenapine",
        "asenapine",
    ),
    (
        "salts-and-forms",
        "promethazine-teoclate",
        "Promethazine teoclate 25mg tabs",
        "25 mg at night",
        "promethazine teoclate 25 mg",
        "promethazine",
        "promethazine",
    ),
    (
        "split-joined",
        "clomi-hyphen-pramine",
        "Clomi-pramine 25mg caps",
        "75 mg at night",
        "clomipramine 75 mg",
        "clomipramine",
        "clomipramine",
    ),
    (
        "split-joined",
        "zuclopenthixol-glued",
        "Zuclopenthixol10mg tabs",
        "20 mg at night",
        "zuclopenthixol 20 mg",
        "zuclopenthixol",
        "zuclopenthixol",
    ),
    (
        "abbreviations",
        "levomeprom",
        "Levomeprom 6mg tabs",
        "6 mg nocte",
        "levomepromazine 6 mg",
        "levomepromazine",
        "levomepromazine",
    ),
]
for _cat, _n, _name, _dose, _drug, _said, _osaid in _PARTNER_OK:
    ok(
        f"partner-assessed-{_n}",
        _cat,
        P,
        _partner(_name, _dose, _drug, _said, _osaid),
        f"the father's '{_name}' assessed for co-sleeping and night care; conclusions name it as '{_said}'",
    )


def _bup(name: str, said: str, overall_said: str) -> Mutation:
    """Methadone swapped for buprenorphine as written, with its assessment rewritten for buprenorphine."""
    a = "assessments#asm-methadone"
    return chain(
        _rename("med-methadone", name),
        set_("medicines#med-methadone.dose", "16 mg once daily, supervised consumption"),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            "Stable on 16 mg for three months with supervised consumption; no on-top use reported by the drug "
            "service. Some drowsiness in the hours after the dose.",
        ),
        set_(
            f"{a}.impact_on_baby.breastfeeding",
            "Breastfeeding is compatible on a stable buprenorphine dose and is encouraged.",
        ),
        set_(
            f"{a}.recommendations",
            "Do not reduce or stop buprenorphine without the drug service. Any dose change "
            "to be shared with maternity and the health visitor the same week.",
        ),
        set_(
            f"{a}.conclusion",
            f"{said} 16 mg daily continues through pregnancy, as relapse to street opioids would put the baby at "
            "greater risk. The baby may show neonatal withdrawal and is observed on the ward for at least 72 hours, "
            "with the health visitor watching for late signs to day 8; breastfeeding is encouraged. It can make "
            "her drowsy, so no co-sleeping, and the cot is checked at the home visit.",
        ),
        set_(
            "overall_conclusion.text",
            f"Continue {overall_said} and sertraline unchanged. The baby is observed on the postnatal ward for "
            "withdrawal for at least 72 hours; breastfeeding is encouraged. No co-sleeping when she is drowsy after "
            "a dose; the social worker and health visitor check the sleeping arrangements before discharge.",
        ),
    )


ok(
    "bup-gabup",
    "brands",
    M,
    _bup("Gabup 8mg SL tabs", "Gabup (buprenorphine)", "Gabup"),
    "buprenorphine by the brand Gabup, assessed for withdrawal, sedation and breastfeeding",
)
ok(
    "bup-suboxone",
    "brands",
    M,
    _bup("Suboxone 8mg/2mg SL tabs", "Suboxone", "buprenorphine with naloxone (Suboxone)"),
    "buprenorphine with naloxone by brand, assessed",
)
ok(
    "bup-salt",
    "salts-and-forms",
    M,
    _bup("Buprenorphine (as hydrochloride) 8mg SL tabs", "Buprenorphine", "buprenorphine"),
    "buprenorphine by its salt name, assessed",
)
ok(
    "bup-by-sound",
    "misspellings",
    M,
    _bup("Buprenorfine 8mg SL tabs", "Buprenorphine", "buprenorfine"),
    "buprenorphine spelt by sound in the list and the overall conclusion, assessed",
)
ok(
    "bup-split",
    "split-joined",
    M,
    _bup("Bupre norphine 8mg SL tabs", "Buprenorphine", "buprenorphine"),
    "buprenorphine split by a space in the list, assessed",
)
ok(
    "bup-abbrev",
    "abbreviations",
    M,
    _bup("Bup 8mg SL tabs", "Buprenorphine (Bup)", "buprenorphine"),
    "buprenorphine as 'Bup', as drug services write it, assessed and named in full",
)


def _venla(name: str, said: str, overall_said: str) -> Mutation:
    """Sertraline swapped for venlafaxine as written, with its assessment rewritten."""
    a = "assessments#asm-sertraline"
    return chain(
        _rename("med-sertraline", name),
        set_("medicines#med-sertraline.dose", "150 mg once daily"),
        set_(
            f"{a}.impact_on_mother.parenting_capacity", "Mood stable on 150 mg; stopping risks relapse of depression."
        ),
        set_(
            f"{a}.recommendations",
            "Continue venlafaxine 150 mg. Paediatric team to be aware at delivery; "
            "midwife to watch for adaptation symptoms alongside withdrawal observations.",
        ),
        set_(
            f"{a}.conclusion",
            f"{said} 150 mg continues: a relapse of her depression would harm her and the baby more than the small "
            "risk of adaptation signs (jitteriness, poor feeding), which the midwives watch for over the first 48 "
            "hours; breastfeeding is compatible.",
        ),
        set_(
            "overall_conclusion.text",
            f"Continue methadone and {overall_said} unchanged. The baby is observed on the ward for methadone "
            "withdrawal and adaptation signs for at least 72 hours; breastfeeding is supported. No co-sleeping "
            "after a methadone dose; the health visitor sees the cot before discharge.",
        ),
    )


ok(
    "venla-vencarm",
    "brands",
    M,
    _venla("Vencarm XL 75mg caps", "Vencarm XL (venlafaxine)", "Vencarm"),
    "venlafaxine by the brand Vencarm, assessed",
)
ok(
    "venla-salt",
    "salts-and-forms",
    M,
    _venla("Venlafaxine (as hydrochloride) 75mg m/r caps", "Venlafaxine", "venlafaxine"),
    "venlafaxine by its salt name, assessed",
)
ok(
    "venla-dropped-e",
    "misspellings",
    M,
    _venla("Venlafaxin 75mg m/r caps", "Venlafaxine", "venlafaxin"),
    "venlafaxine with a dropped letter in the list and overall conclusion, assessed",
)

# Renamed in the list only: the conclusions already name the ingredient and decide.
_RENAMED_OK = [
    ("brands", "epival", V, "med-valproate", "Epival 500mg GR tabs", "a sodium valproate brand"),
    ("misspellings", "valporate", V, "med-valproate", "Sodium valporate 500mg e/c tabs", "two letters swapped"),
    ("misspellings", "lithuim", L, "med-lithium", "Lithuim carbonate 400mg MR tabs (Priadel)", "'iu' swapped"),
    ("misspellings", "pregablin", F, "med-pregabalin", "Pregablin 75mg caps", "a dropped 'a'"),
    ("misspellings", "setraline", M, "med-sertraline", "Setraline 50mg tabs", "a dropped 'r'"),
    (
        "salts-and-forms",
        "valproate-sodium",
        V,
        "med-valproate",
        "Valproate sodium 500mg gastro-resistant tabs",
        "the salt named after the acid",
    ),
    (
        "salts-and-forms",
        "sertraline-hcl",
        M,
        "med-sertraline",
        "Sertraline (as hydrochloride) 50mg tabs",
        "the salt in brackets",
    ),
    (
        "salts-and-forms",
        "methadone-hcl-mixture",
        M,
        "med-methadone",
        "Methadone HCl 1mg/ml oral soln SF",
        "the salt shortened and sugar free",
    ),
    ("split-joined", "sodiumvalproate", V, "med-valproate", "Sodiumvalproate 500mg GR tabs", "run together"),
    ("split-joined", "pre-gabalin", F, "med-pregabalin", "Pre-gabalin 75mg caps", "split by a hyphen"),
    ("split-joined", "methadone-glued", M, "med-methadone", "Methadone1mg/ml oral soln", "run into its strength"),
    ("split-joined", "lithiumcarbonate", L, "med-lithium", "Lithiumcarbonate 400mg MR tabs (Priadel)", "run together"),
    ("abbreviations", "sod-val", V, "med-valproate", "Sod val 500mg e/c tabs", "'sod val'"),
    ("abbreviations", "lith-carb", L, "med-lithium", "Lith carb 400mg m/r tabs (Priadel)", "'lith carb'"),
    ("abbreviations", "diaz", F, "med-diazepam", "Diaz 5mg tabs", "'diaz' for diazepam"),
]
for _cat, _n, _base, _mid, _name, _w in _RENAMED_OK:
    ok(
        f"listed-as-{_n}",
        _cat,
        _base,
        _rename(_mid, _name),
        f"the assessed medicine listed as '{_name}' ({_w}), uncoded; its conclusions name the ingredient",
    )

# ============================================================================================================
# near-miss-real: medicines of no concern one or two letters from one of concern, with the clinician's reason.

_NEAR_OK = [
    (
        "loperamide",
        "Loperamide 2mg caps",
        "2 mg after each loose stool, up to 8 mg a day",
        "Antidiarrhoeal for two days; it stays in the gut, so it does not reach the baby through breast milk.",
        "lofepramine",
    ),
    (
        "loperamid-misspelt",
        "Loperamid 2mg caps",
        "2 mg after each loose stool",
        "Loperamide for a short bout of diarrhoea; acts in the gut only and is compatible with breastfeeding.",
        "lofepramine, and itself misspelt",
    ),
    (
        "avamys",
        "Avamys 27.5mcg nasal spray",
        "two sprays in each nostril once daily",
        "Steroid nasal spray for hay fever; a tiny dose that does not affect breastfeeding or make the baby drowsy.",
        "Avomine",
    ),
    (
        "sytron",
        "Sytron 190mg/5ml oral solution",
        "5 ml three times a day",
        "Iron for anaemia after the birth; safe with breastfeeding, only stools may darken.",
        "Sycrest",
    ),
    (
        "pregnacare",
        "Pregnacare Breast-feeding tabs",
        "one daily",
        "Vitamin supplement for breastfeeding mothers; nothing in it sedates or harms the baby.",
        "pregabalin",
    ),
    (
        "flucloxacillin",
        "Flucloxacillin 500mg caps",
        "500 mg four times a day for 7 days",
        "Antibiotic for mastitis; compatible with breastfeeding, keep feeding from both breasts.",
        "flupentixol, fluoxetine",
    ),
    (
        "hydromol",
        "Hydromol ointment",
        "apply twice a day to dry skin",
        "Emollient for dry skin on her hands; not absorbed, no effect on breastfeeding.",
        "hydromorphone",
    ),
    (
        "trimethoprim",
        "Trimethoprim 200mg tabs",
        "200 mg twice a day for 3 days",
        "Antibiotic for a urine infection, three days; compatible with breastfeeding for a short course.",
        "trimipramine",
    ),
    (
        "nizoral",
        "Nizoral 2% shampoo",
        "twice a week",
        "Antifungal shampoo for dandruff; washed off the scalp, nothing reaches the baby.",
        "Nozinan",
    ),
    (
        "anusol",
        "Anusol cream",
        "apply after each bowel movement",
        "Soothing cream for haemorrhoids after the birth; acts on the skin, no effect on breastfeeding.",
        "Anafranil",
    ),
    (
        "telfast",
        "Telfast 120mg tabs",
        "120 mg once daily",
        "Non-sedating antihistamine for hay fever; little passes into milk and it does not make the baby sleepy.",
        "Tegretol",
    ),
    (
        "mebeverine",
        "Mebeverine 135mg tabs",
        "135 mg three times a day",
        "For irritable bowel cramps; acts on the gut, not sedating, compatible with breastfeeding.",
        "mebeverine / meprobamate",
    ),
]
for _n, _name, _dose, _reason, _near in _NEAR_OK:
    ok(
        f"near-{_n}",
        "near-miss-real",
        N,
        extra(_name, _dose, _reason),
        f"'{_name}' raises no concern (close to {_near}); classified with the clinician's reason",
    )

_NEAR_BAD = [
    (
        "lofepramine-diarrhoea-reason",
        "Lofepramine 70mg tabs",
        "70 mg twice a day",
        "Short course for diarrhoea after antibiotics; it stays in the gut.",
        "lofepramine, the loperamide reason",
    ),
    (
        "avomine-nasal-reason",
        "Avomine 25mg tabs",
        "25 mg at night",
        "Nasal spray for hay fever; a tiny dose that does not affect breastfeeding.",
        "promethazine, Avamys's reason",
    ),
    (
        "sycrest-iron-reason",
        "Sycrest 5mg SL tabs",
        "5 mg twice a day",
        "Iron for anaemia after the birth; only the stools may darken.",
        "asenapine, Sytron's reason",
    ),
    (
        "nozinan-shampoo-reason",
        "Nozinan 25mg tabs",
        "25 mg at night",
        "For dandruff, washed off the scalp twice a week.",
        "levomepromazine, Nizoral's reason",
    ),
    (
        "anafranil-cream-reason",
        "Anafranil 10mg caps",
        "30 mg at night",
        "Soothing cream for haemorrhoids after the birth.",
        "clomipramine, Anusol's reason",
    ),
    (
        "trimipramine-uti-reason",
        "Trimipramine 25mg tabs",
        "50 mg at night",
        "Antibiotic for a urine infection, three days.",
        "trimipramine, trimethoprim's reason",
    ),
]
for _n, _name, _dose, _reason, _w in _NEAR_BAD:
    bad(
        f"near-{_n}",
        "near-miss-real",
        N,
        extra(_name, _dose, _reason),
        f"'{_name}' is {_w}: the medicine of concern, unassessed (MA101)",
    )

# ============================================================================================================
# unlisted-in-conclusion: a conclusion names a medicine of concern she takes that the list lacks (MA120), beside
# conclusions that name one she stopped or must avoid, and English words near a brand.

_M_CORE = (
    "Continue methadone and sertraline unchanged; the baby is observed on the ward for withdrawal for at "
    "least 72 hours and breastfeeding is supported; no co-sleeping after a methadone dose, and the health "
    "visitor checks the cot before discharge."
)


def _m_overall(extra_sentence: str) -> Mutation:
    return set_("overall_conclusion.text", f"{_M_CORE} {extra_sentence}")


_UNLISTED_BAD = [
    ("zalasta", "Her Zalasta 5 mg at night also continues unchanged.", "olanzapine by brand"),
    ("anafranil", "She keeps taking Anafranil 25 mg at night for her panic attacks.", "clomipramine by brand"),
    ("epanutin", "She continues Epanutin 300 mg at night for her epilepsy.", "phenytoin by brand, antenatal"),
    ("lisinopril", "She stays on lisinopril 10 mg for her blood pressure.", "an ACE inhibitor in pregnancy"),
    ("hydromorphone", "Her hydromorphone for back pain carries on as before.", "an opioid"),
    ("reboxetine", "Reboxetine 4 mg twice a day also continues.", "an antidepressant"),
    ("trileptal", "Trileptal 600 mg twice a day continues for her seizures.", "oxcarbazepine by brand"),
]
for _n, _s, _w in _UNLISTED_BAD:
    bad(
        f"unlisted-{_n}",
        "unlisted-in-conclusion",
        M,
        _m_overall(_s),
        f"the overall conclusion gives her {_w}, missing from the medicine list (MA120)",
    )
bad(
    "unlisted-zalasta-lookalike",
    "unlisted-in-conclusion",
    M,
    _m_overall("Her " + homoglyphs("Zalasta", "a") + " 5 mg at night also continues."),
    "as unlisted-zalasta, the brand in Cyrillic look-alike letters (MA120)",
)
bad(
    "unlisted-clomipramine-zero-width",
    "unlisted-in-conclusion",
    L,
    set_(
        "assessments#asm-lithium.conclusion",
        "Lithium and " + inside_words("clomipramine", "\u200b", every=3) + " both continue: relapse after birth "
        "is the greater danger. Levels monthly, weekly from 36 weeks and within 24 hours of birth; the baby "
        "needs a paediatric review; breastfeeding is not advised.",
    ),
    "the lithium conclusion continues clomipramine (zero-width spaces inside), absent from the list (MA120)",
)

_UNLISTED_OK = [
    ("stopped-anafranil", "She stopped Anafranil in 2023 and has not taken it since.", "a stopped medicine"),
    (
        "avoid-epanutin",
        "She must not restart the Epanutin she took as a teenager; the neurologist agrees.",
        "a medicine to avoid",
    ),
    ("switched-from-zalasta", "She was switched from Zalasta to sertraline in 2024.", "switched from"),
    ("moral", "Her partner gives moral support and attends every appointment.", "'moral' (Marol, a tramadol brand)"),
    (
        "optimal",
        "Optimal care is a shared plan with the drug service, which attends the discharge meeting.",
        "'optimal' (Optimax)",
    ),
    (
        "tranquil",
        "A tranquil, dim room is advised for feeds if the baby is unsettled by withdrawal.",
        "'tranquil' (Anquil, a benperidol brand)",
    ),
    (
        "wrap",
        "Swaddling is avoided: the midwife shows her how to wrap the baby loosely with the hips free.",
        "'wrap' (Orap, a pimozide brand)",
    ),
    (
        "arrival",
        "On arrival in labour she brings her methadone prescription details to the ward.",
        "'arrival' (Epival)",
    ),
]
for _n, _s, _w in _UNLISTED_OK:
    ok(
        f"conclusion-{_n}",
        "unlisted-in-conclusion",
        M,
        _m_overall(_s),
        f"the overall conclusion is complete; the extra sentence names {_w}, not a medicine she takes",
    )

# ============================================================================================================
# disguise: the names above in look-alike letters, zero-width characters, soft hyphens, full width, combining
# marks: judged as the plain names.

_DIS_BAD = [
    ("trileptal-cyrillic", M, homoglyphs("Trileptal 300mg tabs", "aeo"), "300 mg twice a day", R_SEIZ),
    ("palladone-zero-width", N, inside_words("Palladone 1.3mg caps", "\u200b", every=2), "1.3 mg when needed", R_PAIN),
    ("lofepramine-soft-hyphen", N, inside_words("Lofepramine 70mg tabs", SOFT_HYPHEN, every=3), "70 mg bd", R_MOOD),
    ("toctino-full-width", M, full_width("Toctino 10mg caps"), "10 mg once daily", R_SKIN),
    ("edronax-combining", N, combining("Edronax 4mg tabs"), "4 mg twice a day", R_MOOD),
    ("micardis-greek", M, homoglyphs("Micardis 40mg tabs", "io", variant=1), "40 mg once daily", R_BP),
    (
        "effentora-word-joiner",
        N,
        inside_words("Effentora 200mcg buccal tabs", "\u2060", every=4),
        "200 micrograms when needed",
        R_PAIN,
    ),
    ("pethidine-zwnj", N, inside_words("Pethidine 50mg tabs", "\u200c", every=1), "50 mg when needed", R_PAIN),
]
for _n, _base, _name, _dose, _reason in _DIS_BAD:
    bad(
        f"disguised-{_n}",
        "disguise",
        _base,
        extra(_name, _dose, _reason),
        "a medicine of concern in disguise, unassessed, with a reason that does not make it safe (MA101)",
    )

ok(
    "disguised-partner-nozinan-cyrillic",
    "disguise",
    P,
    _partner(homoglyphs("Nozinan 25mg tabs", "oa"), "25 mg at night", "Nozinan 25 mg", "Nozinan", "Nozinan"),
    "the father's Nozinan in look-alike letters in the list, assessed and concluded on",
)
ok(
    "disguised-bup-zero-width-conclusion",
    "disguise",
    M,
    _bup("Gabup 8mg SL tabs", inside_words("Gabup", "\u200b") + " (buprenorphine)", "Gabup"),
    "Gabup with zero-width spaces in its own conclusion, assessed",
)
ok(
    "disguised-valproate-soft-hyphen-list",
    "disguise",
    V,
    _rename("med-valproate", inside_words("Epival 500mg GR tabs", SOFT_HYPHEN, every=2)),
    "the valproate brand with soft hyphens in the list; conclusions name valproate",
)
ok(
    "disguised-near-flucloxacillin-cyrillic",
    "disguise",
    N,
    extra(
        homoglyphs("Flucloxacillin 500mg caps", "oa"),
        "500 mg four times a day for 7 days",
        "Antibiotic for mastitis; compatible with breastfeeding, keep feeding from both breasts.",
    ),
    "a harmless antibiotic in look-alike letters, classified: must not become flupentixol",
)
ok(
    "disguised-near-loperamide-full-width",
    "disguise",
    N,
    extra(
        full_width("Loperamide 2mg caps"),
        "2 mg after each loose stool",
        "Antidiarrhoeal for two days; it stays in the gut, so it does not reach the baby through breast milk.",
    ),
    "loperamide in full-width letters, classified: must not become lofepramine",
)
ok(
    "disguised-partner-clomipramine-combining",
    "disguise",
    P,
    _partner(
        combining("Clomipramine 25mg caps"), "75 mg at night", "clomipramine 75 mg", "clomipramine", "clomipramine"
    ),
    "the father's clomipramine with combining marks in the list, assessed",
)
ok(
    "disguised-conclusion-moral-cyrillic",
    "disguise",
    M,
    _m_overall(homoglyphs("Her partner offers moral support at every visit.", "o")),
    "'moral' in look-alike letters beside a complete overall conclusion",
)


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F26CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:24} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F26CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F26CASES),
        "total",
        len(F26CASES),
    )
