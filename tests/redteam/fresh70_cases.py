"""A seventieth independent "fresh" batch of red-team cases for the share gate: medicine names, ninth sweep,
and the partner.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. About half are GOOD records (they must pass); about a fifth are disguised
(look-alike letters, zero-width or soft hyphens inside the medicine's name only). It covers:

* ``brands``: the brands of codelists-more/brand-names.csv that no earlier batch used (captopril, quinapril,
  enalapril, olmesartan, perindopril and telmisartan combinations; fentanyl patches and buccal forms; codeine
  and dextropropoxyphene products; diphenhydramine cough and cold remedies; nefazodone; parenteral phenytoin),
  unassessed (refused) and assessed under the brand (shared);
* ``misspellings``: phonetic, keyboard slips, dropped, doubled and transposed letters, wrong vowels, the name run
  together with its strength, unassessed (refused) and as the listed name of an assessed medicine (shared);
* ``shorthand``: salts and abbreviations ("Na valproate", "quet", "MST", "bup"), capitals, names split over a
  line break or a hyphen, combinations (co-codamol, Zapain), both ways;
* ``conclusion-names``: conclusions that name the medicine by brand, misspelling or abbreviation (shared), and
  conclusions that name a DIFFERENT real medicine instead (sertindole for sertraline, refused);
* ``partner``: the partner's sedating medicine by brand or misspelt, unassessed (refused) or assessed for
  co-sleeping and the baby's care (shared); the partner's non-sedating medicine (shared);
* ``near-misses``: a different, harmless medicine spelt close to a medicine of concern, with its reason; a given
  name that is also a brand; and the medicine of concern itself, which a reason cannot clear;
* ``unrecognised``: products medassess cannot know, without and with the clinician's "not of concern" reason;
* ``disguise``: the names above in look-alike letters or with invisible characters inside them.

Medicines named here are real; no clinical code is invented (renamed medicines lose their code, so only the
name can be read). ``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there
(strict xfail). Run ``python -m tests.redteam.fresh70_cases`` for the counts per category.
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
from tests.redteam.disguise import homoglyphs, inside_words

F70CASES: list[Case] = []

CATEGORIES = (
    "brands",
    "misspellings",
    "shorthand",
    "conclusion-names",
    "partner",
    "near-misses",
    "unrecognised",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F70CASES.append(Case(f"f70-{name}", category, expect, base, mutate, why))


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
    return add_medicine(medicine("med-f70", name, dose, "2026-04-06", gp_prescriber(RIVERSIDE), **more))


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


def cyr(text: str) -> str:
    """Cyrillic look-alikes for a, e, o, c and p inside the text."""
    return homoglyphs(text, "aeocp")


# ============================================================================================================
# Pass builders: an assessed medicine replaced by a brand, its assessment rewritten for the ingredient.


def opioid_pass(name: str, ingr: str, said: str) -> Mutation:
    """Methadone (antenatal, with sertraline) replaced by a prescribed opioid painkiller."""
    a = "assessments#asm-methadone"
    return chain(
        rename("med-methadone", name),
        set_("medicines#med-methadone.dose", "as agreed with the pain team, unchanged since January"),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            f"Uses {ingr} for chronic pelvic pain; drowsy for an hour or two after a dose, otherwise coping well.",
        ),
        set_(
            f"{a}.impact_on_baby.breastfeeding",
            f"Breastfeeding is fine on this {ingr} dose; if the baby is floppy, hard to wake or feeds badly she "
            "rings the maternity assessment unit straight away.",
        ),
        set_(
            f"{a}.recommendations",
            f"Only the pain team adjusts {ingr}, and tells the midwife and health visitor when it does; it must not "
            "be stopped suddenly.",
        ),
        set_(
            f"{a}.conclusion",
            f"{said} carries on at the same dose to term, since sudden withdrawal would hurt her and could upset "
            "the pregnancy. The newborn may withdraw from the opioid, so stays on the postnatal ward for three "
            "days with withdrawal scoring and the health visitor watches to day 8; breastfeeding goes ahead "
            "with a check for drowsiness. The baby never shares her bed or sofa while she is drowsy.",
        ),
        overall(
            f"{cap(ingr)} and sertraline both continue unchanged. The baby is scored for opioid withdrawal and "
            "SSRI adaptation on the ward for three days; breastfeeding is supported. The baby sleeps in its own "
            "cot, never beside her when she is drowsy; the health visitor and social worker see the cot."
        ),
    )


def acei_pass(name: str, ingr: str, said: str) -> Mutation:
    """Valproate (unplanned pregnancy, 8 weeks) replaced by an ACE inhibitor or sartan brand."""
    a = "assessments#asm-valproate"
    return chain(
        rename("med-valproate", name),
        set_("medicines#med-valproate.dose", "One tablet every morning"),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            f"Well; {ingr} was started for raised blood pressure three years before this unplanned pregnancy.",
        ),
        set_(f"{a}.impact_on_mother.safe_sleep", f"{cap(ingr)} does not sedate her; ordinary safe sleep advice."),
        set_(
            f"{a}.impact_on_baby.summary",
            f"Eight weeks of {ingr} so far. Continued into the second trimester it can damage the baby's kidneys, "
            "reduce the fluid around the baby and impair skull growth.",
        ),
        set_(
            f"{a}.impact_on_baby.breastfeeding",
            "After delivery the obstetric physician will pick a blood pressure tablet compatible with breastfeeding.",
        ),
        set_(
            f"{a}.recommendations",
            f"Stop {ingr} today; start labetalol 100 mg twice daily; practice nurse checks blood pressure in four "
            "days. Antenatal clinic referral made; contraception to be planned after the birth.",
        ),
        set_(
            f"{a}.conclusion",
            f"{said} stops today and labetalol replaces it, because carrying on beyond the first trimester could "
            "harm the baby's kidneys and skull. The exposure so far is unlikely to cause a malformation; the "
            "antenatal clinic will scan the baby, and the practice nurse rechecks her blood pressure in four days.",
        ),
        overall(
            f"Unplanned pregnancy at 8 weeks: {ingr} stopped today and labetalol started so the baby's kidneys are "
            "protected; blood pressure rechecked in four days. Antenatal clinic referral sent for scans; folic "
            "acid 5 mg continues; contraception planned after the birth."
        ),
    )


def partner_pass(name: str, ingr: str, said: str) -> Mutation:
    """The father's quetiapine replaced by another sedating medicine, as written."""
    a = "assessments#asm-partner-quetiapine"
    return chain(
        rename("med-partner-quetiapine", name),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            f"The father takes {ingr} at night and sleeps heavily for hours afterwards; by day he is well and "
            "shares the baby's care.",
        ),
        set_(
            f"{a}.conclusion",
            f"The father's {said} leaves him too drowsy to wake for the baby: the baby must never sleep with him "
            "in a bed, on a sofa or in a chair, and he gives no night feeds after a dose. The mother does the "
            "nights with the crib beside her; the health visitor checks the arrangement at every visit.",
        ),
        overall(
            f"The mother's paracetamol raises no concern. The father's {ingr} sedates him at night: no "
            "co-sleeping with him anywhere and no night feeds from him after a dose. The crib stays on the "
            "mother's side and the health visitor checks it at each visit."
        ),
    )


def antidep_pass(name: str, ingr: str, said: str) -> Mutation:
    """Sertraline (antenatal, with methadone) replaced by another antidepressant, as written."""
    a = "assessments#asm-sertraline"
    return chain(
        rename("med-sertraline", name),
        set_(
            f"{a}.conclusion",
            f"{said} continues at the same dose: her depression returned each time it was stopped, and a relapse "
            "would harm her and the baby more. The newborn is watched for jitteriness and poor feeding for "
            "three days on the ward alongside the withdrawal scoring; breastfeeding is supported.",
        ),
        overall(
            f"Methadone 60 mg and {ingr} both continue. The baby stays on the ward for at least three days, "
            "scored for opioid withdrawal and antidepressant adaptation; breastfeeding supported. Methadone "
            "sedates her, so the baby sleeps in the cot only; health visitor and social worker check it first."
        ),
    )


# ============================================================================================================
# brands: brands no earlier batch used. Unassessed on the breastfed postnatal record or in the 8-week pregnancy
# (refused); assessed under the brand (shared).

_BRANDS_POSTNATAL = [
    ("distalgesic", "Distalgesic tablets", "Two tablets four times a day", "co-proxamol"),
    ("doloxene", "Doloxene 60mg capsules", "60 mg every 6 hours", "dextropropoxyphene"),
    ("bepro", "Bepro cough syrup", "10 ml at night", "codeine"),
    ("diarrest", "Diarrest oral solution", "10 ml four times a day", "codeine"),
    ("pulmo-bailly", "Pulmo Bailly oral solution", "5 ml three times a day", "codeine"),
    ("calcold", "CalCold capsules", "Two capsules at night", "diphenhydramine"),
    ("covonia-hot-dose", "Covonia Hot Dose Cough sachets", "One sachet at bedtime", "diphenhydramine"),
    ("kilkof", "Kilkof Expectorant syrup", "10 ml at night", "diphenhydramine"),
    ("tixycolds", "Tixycolds syrup", "10 ml at bedtime", "diphenhydramine"),
    ("osmach", "Osmach 25micrograms/hour transdermal patches", "One patch every 72 hours", "fentanyl"),
    ("cynril", "Cynril 100microgram sublingual tablets", "One for breakthrough pain", "fentanyl"),
    ("dutonin", "Dutonin 100mg tablets", "100 mg twice a day", "nefazodone"),
]
for _n, _med, _dose, _ingr in _BRANDS_POSTNATAL:
    bad(f"brand-unassessed-{_n}", "brands", N, extra(_med, _dose), f"{_ingr} as {_med.split()[0]}, unassessed (MA101)")

for _n, _med, _ingr in [
    ("noyada", "Noyada 25mg/5ml oral solution", "captopril"),
    ("quinil", "Quinil 10mg tablets", "quinapril"),
    ("innozide", "Innozide tablets", "enalapril with hydrochlorothiazide"),
    ("tolucombi", "Tolucombi 80mg/12.5mg tablets", "telmisartan with hydrochlorothiazide"),
]:
    bad(
        f"brand-pregnancy-unassessed-{_n}",
        "brands",
        V,
        extra(_med, "One tablet daily"),
        f"{_ingr} taken at 8 weeks, unassessed (MA101)",
    )

ok(
    "brand-acepril",
    "brands",
    V,
    acei_pass("Acepril 25mg tablets", "captopril", "Captopril (Acepril 25 mg)"),
    "captopril as Acepril, assessed as a teratogen",
)
ok(
    "brand-captomex",
    "brands",
    V,
    acei_pass("Captomex 12.5mg tablets", "captopril", "Her captopril, Captomex,"),
    "captopril as Captomex, assessed",
)
ok(
    "brand-ecopace",
    "brands",
    V,
    acei_pass("Ecopace 25mg tablets", "captopril", "Ecopace (captopril)"),
    "captopril as Ecopace, assessed",
)
ok(
    "brand-accuretic",
    "brands",
    V,
    acei_pass("Accuretic 10mg/12.5mg tablets", "quinapril", "Accuretic, her quinapril and thiazide tablet,"),
    "a quinapril combination brand, assessed",
)
ok(
    "brand-actelsar-hct",
    "brands",
    V,
    acei_pass("Actelsar HCT 40mg/12.5mg tablets", "telmisartan", "Telmisartan (as Actelsar HCT)"),
    "a telmisartan combination brand, assessed",
)
ok(
    "brand-micardisplus",
    "brands",
    V,
    acei_pass("MicardisPlus 80mg/25mg tablets", "telmisartan", "MicardisPlus (telmisartan)"),
    "a telmisartan combination brand written as one word, assessed",
)
ok(
    "brand-olmetec-plus",
    "brands",
    V,
    acei_pass("Olmetec Plus 20mg/12.5mg tablets", "olmesartan", "Olmesartan, prescribed as Olmetec Plus,"),
    "an olmesartan combination brand, assessed",
)
ok(
    "brand-coversyl-plus",
    "brands",
    V,
    acei_pass("Coversyl Plus 4mg/1.25mg tablets", "perindopril", "Perindopril (Coversyl Plus)"),
    "a perindopril combination brand, assessed",
)
ok(
    "brand-coversyl-arginine-plus",
    "brands",
    V,
    acei_pass("Coversyl Arginine Plus 5mg/1.25mg tablets", "perindopril", "Coversyl Arginine Plus (perindopril)"),
    "a perindopril arginine combination brand, assessed",
)
ok(
    "brand-pecfent",
    "brands",
    M,
    opioid_pass("PecFent 100micrograms/dose nasal spray", "fentanyl", "Fentanyl nasal spray (PecFent)"),
    "a fentanyl nasal spray brand, assessed",
)
ok(
    "brand-fentalis",
    "brands",
    M,
    opioid_pass("Fentalis Reservoir 25micrograms/hour patches", "fentanyl", "The Fentalis fentanyl patch"),
    "a fentanyl patch brand, assessed",
)
ok(
    "brand-osmach",
    "brands",
    M,
    opioid_pass("Osmach 12micrograms/hour transdermal patches", "fentanyl", "Fentanyl by Osmach patch"),
    "another fentanyl patch brand, assessed",
)
ok(
    "brand-dutonin",
    "brands",
    M,
    antidep_pass("Dutonin 100mg tablets", "nefazodone", "Nefazodone (Dutonin)"),
    "nefazodone as Dutonin, assessed",
)

# ============================================================================================================
# misspellings: unassessed on the breastfed postnatal record (refused); as the listed name of an assessed
# medicine (shared).

_MISSPELT = [
    ("trazadone", "Trazadone 50mg capsules", "50 mg at night", "trazodone, the common vowel slip"),
    ("codiene", "Codiene phosphate 30mg tablets", "30 mg four times a day", "codeine, i and e transposed"),
    ("quetiapnie", "Quetiapnie 25mg tablets", "25 mg at night", "quetiapine, last letters transposed"),
    ("mirtazepine", "Mirtazepine 15mg tablets", "15 mg at night", "mirtazapine, wrong vowel"),
    ("pregablin", "Pregablin 50mg capsules", "50 mg three times a day", "pregabalin, a dropped"),
    ("zolpiden", "Zolpiden 5mg tablets", "5 mg at night", "zolpidem, keyboard slip m to n"),
    ("fluoxetene", "Fluoxetene 20mg capsules", "20 mg each morning", "fluoxetine, phonetic"),
    ("duloxatine", "Duloxatine 60mg capsules", "60 mg once daily", "duloxetine, wrong vowel"),
    ("tramadoll", "Tramadoll 50mg capsules", "50 mg when needed", "tramadol, l doubled"),
    ("venlafaxin", "Venlafaxin 75mg tablets", "75 mg twice a day", "venlafaxine, final e dropped"),
    ("levetiracetem", "Levetiracetem 500mg tablets", "500 mg twice a day", "levetiracetam, wrong vowel"),
    ("sertraline50mg", "sertraline50mg tabs", "50 mg once daily", "sertraline run together with the strength"),
    ("olanzapinr", "Olanzapinr 5mg tablets", "5 mg at night", "olanzapine, keyboard slip e to r"),
    ("phenergen", "Phenergen 25mg tablets", "25 mg at night", "Phenergan (promethazine), wrong vowel"),
]
for _n, _med, _dose, _why in _MISSPELT:
    bad(f"misspelt-unassessed-{_n}", "misspellings", N, extra(_med, _dose), f"{_why}, unassessed (MA101/MA117)")

for _n, _mid, _name, _base, _why in [
    ("methadoen", "med-methadone", "Methadoen 1mg/ml oral solution", M, "methadone, last letters transposed"),
    ("mehtadone", "med-methadone", "Mehtadone 1mg/ml oral solution", M, "methadone, h and t transposed"),
    ("setraline", "med-sertraline", "Setraline 50mg tablets", M, "sertraline, r dropped"),
    ("sertralin50mg", "med-sertraline", "Sertralin50mg tablets", M, "sertraline, e dropped, run into its strength"),
    ("lithuim", "med-lithium", "Lithuim carbonate 400mg modified-release tablets", L, "lithium, i and u transposed"),
    ("diazapam", "med-diazepam", "Diazapam 5mg tablets", F, "diazepam, wrong vowel"),
    ("pregabilin", "med-pregabalin", "Pregabilin 75mg capsules", F, "pregabalin, wrong vowel"),
    ("valporate", "med-valproate", "Sodium valporate 500mg gastro-resistant tablets", V, "valproate, transposed"),
    ("quetiepine", "med-partner-quetiapine", "Quetiepine 100mg tablets", P, "the father's quetiapine, wrong vowel"),
    ("quetiappine", "med-partner-quetiapine", "Quetiappine 100mg tablets", P, "the father's quetiapine, p doubled"),
]:
    ok(f"misspelt-assessed-{_n}", "misspellings", _base, rename(_mid, _name), f"{_why}, assessed")

# ============================================================================================================
# shorthand: salts, abbreviations, capitals, line breaks, hyphens and combinations.

for _n, _med, _dose, _why in [
    ("mst", "MST 10mg tabs", "10 mg twice a day", "MST (morphine sulfate modified-release)"),
    ("bup", "bup 8mg SL", "8 mg once daily", "'bup' for buprenorphine"),
    ("co-codamol", "co-codamol 30/500", "Two tablets four times a day", "co-codamol, codeine combination"),
    ("zapain", "Zapain 30mg/500mg tablets", "Two tablets when needed", "Zapain, a codeine combination"),
    ("lyrica-capitals", "LYRICA 75MG CAPSULES", "75 mg twice a day", "pregabalin by brand in capitals"),
    ("linebreak-pregabalin", "Pregab-\nalin 75mg capsules", "75 mg twice a day", "pregabalin split over a line"),
    ("hyphen-zopiclone", "Zopi-clone 7.5mg tablets", "7.5 mg at night", "zopiclone hyphenated"),
    ("quet", "quet 50mg", "50 mg at night", "'quet' for quetiapine"),
    ("dihydrocodeine-dhc", "DHC Continus 60mg tablets", "60 mg twice a day", "DHC for dihydrocodeine"),
    ("clonaz", "clonaz 0.5mg", "0.5 mg at night", "'clonaz' for clonazepam"),
]:
    bad(f"short-unassessed-{_n}", "shorthand", N, extra(_med, _dose), f"{_why}, unassessed (MA101/MA117)")

ok(
    "short-na-valproate",
    "shorthand",
    V,
    rename("med-valproate", "Na valproate 500mg GR tabs"),
    "'Na valproate' is sodium valproate, assessed",
)
ok(
    "short-valp-capitals",
    "shorthand",
    V,
    rename("med-valproate", "SODIUM VALPROATE 500MG GASTRO-RESISTANT TABLETS"),
    "valproate in capitals, assessed",
)
ok(
    "short-quet-partner",
    "shorthand",
    P,
    rename("med-partner-quetiapine", "quet 100mg tabs"),
    "the father's 'quet', assessed for co-sleeping",
)
ok(
    "short-methadone-linebreak",
    "shorthand",
    M,
    rename("med-methadone", "Metha-\ndone 1mg/ml oral solution"),
    "methadone split over a line, assessed",
)
ok(
    "short-sertraline-hyphen",
    "shorthand",
    M,
    rename("med-sertraline", "Sert-raline 50mg tablets"),
    "sertraline hyphenated, assessed",
)
ok(
    "short-li-carb",
    "shorthand",
    L,
    rename("med-lithium", "Li carbonate 400mg MR (Priadel)"),
    "'Li carbonate' with the brand, assessed",
)
ok(
    "short-diazepam-capitals",
    "shorthand",
    F,
    rename("med-diazepam", "DIAZEPAM 5MG TABLETS"),
    "diazepam in capitals, assessed",
)
ok(
    "short-mst-assessed",
    "shorthand",
    M,
    opioid_pass("MST 10mg tablets", "morphine", "Morphine modified-release (MST) 10 mg twice daily"),
    "MST for morphine, assessed",
)
ok(
    "short-cocodamol-assessed",
    "shorthand",
    M,
    opioid_pass("co-codamol 30/500 tablets", "codeine", "Co-codamol 30/500, which contains codeine,"),
    "co-codamol, assessed as a codeine product",
)
ok(
    "short-zapain-assessed",
    "shorthand",
    M,
    opioid_pass("Zapain 30mg/500mg tablets", "codeine", "Zapain (codeine 30 mg with paracetamol)"),
    "Zapain, assessed as a codeine product",
)

# ============================================================================================================
# conclusion-names: the medicine named in the conclusion as clinicians write it, or a different medicine named.

_SERT = "assessments#asm-sertraline.conclusion"
_METH = "assessments#asm-methadone.conclusion"
_LITH = "assessments#asm-lithium.conclusion"

ok(
    "concl-lustral",
    "conclusion-names",
    M,
    set_(
        _SERT,
        "Lustral 50 mg carries on: her low mood came back last time it was stopped. The ward team watch the newborn "
        "for jitteriness and feeding trouble over three days, and breastfeeding is encouraged.",
    ),
    "sertraline named by its brand in its conclusion",
)
ok(
    "concl-sertaline",
    "conclusion-names",
    M,
    set_(
        _SERT,
        "Sertaline 50 mg continues, because stopping risks a relapse of her depression. After birth the midwives "
        "observe the baby for jitteriness and poor feeding for three days; she may breastfeed.",
    ),
    "sertraline misspelt in its own conclusion, as clinicians type",
)
ok(
    "concl-capitals-sertraline",
    "conclusion-names",
    M,
    set_(
        _SERT,
        "SERTRALINE 50 MG TO CONTINUE. Relapse risk is higher than the small risk to the baby; neonatal team to "
        "check the baby for adaptation signs for 72 hours after delivery; breastfeeding supported.",
    ),
    "a conclusion typed in capitals",
)
ok(
    "concl-meth-abbrev",
    "conclusion-names",
    M,
    set_(
        _METH,
        "Methadone (meth) 60 mg/day stays the same to term. The baby will need NAS scoring on the postnatal ward "
        "for 72 hours at least; she can breastfeed. Drowsy after dosing, so no co-sleeping; the midwife sees the cot "
        "at the home visit.",
    ),
    "methadone with a shorthand in brackets",
)
ok(
    "concl-priadel",
    "conclusion-names",
    L,
    set_(
        _LITH,
        "Priadel 800 mg at night continues, as relapse after delivery is likely without it. Levels monthly, weekly "
        "from 36 weeks and within a day of birth; the paediatrician reviews the baby after birth; she will bottle "
        "feed because lithium passes into milk.",
    ),
    "lithium named by its brand and the ingredient in its conclusion",
)
bad(
    "concl-sertindole",
    "conclusion-names",
    M,
    set_(
        _SERT,
        "Sertindole 4 mg continues, because stopping risks a relapse. After birth the midwives watch the baby for "
        "jitteriness and poor feeding for three days; she may breastfeed.",
    ),
    "the sertraline conclusion names sertindole, a different medicine: sertraline is not named (MA102/MA103)",
)
bad(
    "concl-methylphenidate",
    "conclusion-names",
    M,
    set_(
        _METH,
        "Methylphenidate 60 mg daily continues to term. The baby is observed for withdrawal on the ward for 72 "
        "hours; breastfeeding is supported; no co-sleeping after doses, and the cot is checked at home.",
    ),
    "the methadone conclusion names methylphenidate instead (MA102)",
)
bad(
    "concl-lithium-lisinopril",
    "conclusion-names",
    L,
    set_(
        _LITH,
        "Lisinopril 800 mg continues at night; levels monthly, weekly from 36 weeks and within 24 hours of birth; "
        "paediatric review of the baby after birth; she will bottle feed.",
    ),
    "the lithium conclusion names lisinopril instead (MA102)",
)
bad(
    "concl-overall-metformin",
    "conclusion-names",
    M,
    overall(
        "Sertraline and Metformin both continue unchanged. The baby is observed for withdrawal on the postnatal "
        "ward; breastfeeding supported; no co-sleeping; the health visitor sees the cot before discharge."
    ),
    "the overall names metformin where methadone belongs (MA119)",
)

# ============================================================================================================
# partner: the father's medicines.

for _n, _med, _dose, _why in [
    ("mandalyn", "Mandalyn Expectorant", "10 ml at night", "a diphenhydramine cough mixture by brand"),
    ("bells-chesty", "Bell's Dual Action Chesty Cough", "10 ml at bedtime", "a diphenhydramine cough brand"),
    ("numark-chesty", "Numark Chesty Cough Expectorant", "10 ml at night", "a diphenhydramine cough brand"),
    ("zopicloen", "Zopicloen 7.5mg tablets", "7.5 mg at night", "zopiclone misspelt"),
    ("mirtazapin", "Mirtazapin 30mg tablets", "30 mg at night", "mirtazapine, e dropped"),
    ("mst-partner", "MST Continus 30mg tablets", "30 mg twice a day", "morphine by brand"),
    ("diazepam-caps", "DIAZEPAM 10MG", "10 mg at night", "diazepam in capitals"),
]:
    bad(
        f"partner-unassessed-{_n}",
        "partner",
        P,
        extra(_med, _dose, partner=True),
        f"the father's {_why}, not assessed for co-sleeping (MA101)",
    )

for _n, _med, _dose in [
    ("omeprazole", "Omeprazole 20mg capsules", "20 mg each morning"),
    ("salbutamol", "Salbutamol 100micrograms/dose inhaler", "Two puffs when needed"),
    ("ramipril", "Ramipril 5mg capsules", "5 mg once daily"),
]:
    ok(
        f"partner-nonsedating-{_n}",
        "partner",
        P,
        extra(_med, _dose, partner=True),
        "the father's non-sedating medicine: nothing for the baby to assess",
    )
ok(
    "partner-nonsedating-atorvastatin",
    "partner",
    P,
    extra(
        "Atorvastatin 20mg tablets",
        "20 mg at night",
        "His cholesterol tablet; it does not make him drowsy and has no bearing on the baby's care.",
        partner=True,
    ),
    "the father's statin with the clinician's reason",
)

ok(
    "partner-nirolex",
    "partner",
    P,
    partner_pass("Nirolex Night Time Coughs oral solution", "diphenhydramine", "Nirolex night cough linctus"),
    "a sedating cough brand for the father, assessed",
)
ok(
    "partner-covonia",
    "partner",
    P,
    partner_pass("Covonia Hot Dose Cough sachets", "diphenhydramine", "diphenhydramine hot drink (Covonia)"),
    "a sedating hot-drink remedy for the father, assessed",
)
ok(
    "partner-fedril",
    "partner",
    P,
    partner_pass("Fedril Expectorant", "diphenhydramine", "Fedril Expectorant (diphenhydramine) at bedtime"),
    "a sedating expectorant brand for the father, assessed",
)
ok(
    "partner-zomorph",
    "partner",
    P,
    partner_pass("Zomorph 30mg modified-release capsules", "morphine", "Zomorph (morphine) for his back"),
    "the father's morphine by brand, assessed",
)
ok(
    "partner-zopiclon",
    "partner",
    P,
    partner_pass("Zopiclon 7.5mg tablets", "zopiclone", "zopiclone sleeping tablet"),
    "the father's misspelt zopiclone, assessed",
)
ok(
    "partner-mirtazipine",
    "partner",
    P,
    partner_pass("MIRTAZIPINE 30MG TABLETS", "mirtazapine", "mirtazapine 30 mg"),
    "the father's misspelt mirtazapine in capitals, assessed",
)

# ============================================================================================================
# near-misses: a different, harmless medicine close to a medicine of concern (shared with its reason); a given
# name that is a brand (shared); the medicine of concern itself with a reason (refused).

for _n, _med, _dose, _r, _of in [
    (
        "valaciclovir",
        "Valaciclovir 500mg tablets",
        "500 mg twice a day for 5 days",
        "A five-day antiviral course for a cold sore; compatible with breastfeeding and harmless to the baby.",
        "valproate",
    ),
    (
        "levothyroxine",
        "Levothyroxine 50microgram tablets",
        "50 micrograms each morning",
        "Thyroid replacement at her usual dose; it replaces her own hormone and the breastfed baby is unaffected.",
        "levetiracetam",
    ),
    (
        "lamisil",
        "Lamisil 1% cream",
        "Apply once daily to the toe",
        "An antifungal cream for athlete's foot; so little is absorbed that nothing reaches the baby.",
        "Lamictal",
    ),
    (
        "trimethoprim",
        "Trimethoprim 200mg tablets",
        "200 mg twice a day for 3 days",
        "Three days of antibiotic for a water infection; safe while breastfeeding a healthy term baby.",
        "tramadol",
    ),
    (
        "carbocisteine",
        "Carbocisteine 375mg capsules",
        "Two capsules three times a day",
        "Thins chest mucus; does not sedate and is not a concern for the breastfed baby.",
        "carbamazepine",
    ),
    (
        "mefenamic",
        "Mefenamic acid 500mg tablets",
        "500 mg three times a day for a week",
        "An anti-inflammatory painkiller for afterpains, short course; tiny amounts in milk, baby unaffected.",
        "methadone",
    ),
    (
        "mebeverine",
        "Mebeverine 135mg tablets",
        "135 mg three times a day",
        "For irritable bowel; acts on the gut, does not sedate, and is compatible with breastfeeding.",
        "mirtazapine",
    ),
    (
        "ferrous",
        "Ferrous fumarate 210mg tablets",
        "One tablet twice a day",
        "Iron for anaemia after delivery; may darken her stools, no effect on the baby.",
        "fentanyl",
    ),
]:
    ok(f"near-{_n}", "near-misses", N, extra(_med, _dose, _r), f"{_med.split()[0]} is not {_of}: harmless, with reason")

ok(
    "near-lyrica-midwife",
    "near-misses",
    M,
    set_(
        _SERT,
        "Sertraline continues at 50 mg, since stopping it risks relapse. Lyrica Mensah, her community midwife, will "
        "make sure the ward watches the baby for jitteriness and feeding problems for three days; breastfeeding is "
        "supported.",
    ),
    "Lyrica is the midwife's given name here, not pregabalin",
)
ok(
    "near-amias-pharmacist",
    "near-misses",
    P,
    overall(
        "The mother's paracetamol raises no concern. Amias Hart, the practice pharmacist, checked the father's "
        "quetiapine: it sedates him heavily, so no co-sleeping with him and no night feeds by him after a dose. The "
        "health visitor keeps checking the crib on the mother's side."
    ),
    "Amias is the pharmacist's given name, not candesartan",
)
bad(
    "near-lorazepam-with-reason",
    "near-misses",
    N,
    extra("Lorazepam 1mg tablets", "1 mg at night", "Only takes it occasionally and feels fine on it."),
    "lorazepam itself: a reason cannot clear a benzodiazepine for a breastfed baby (MA101)",
)
bad(
    "near-tegretol-with-reason",
    "near-misses",
    V,
    extra("Tegretol Prolonged Release 200mg tablets", "200 mg twice a day", "Seizure free for years."),
    "carbamazepine at 8 weeks: a reason cannot stand in for a teratogen assessment (MA101)",
)
bad(
    "near-codeine-with-reason",
    "near-misses",
    N,
    extra("Codeine phosphate 30mg tablets", "30 mg four times a day", "For her caesarean wound pain."),
    "codeine while breastfeeding needs an assessment, not a reason (MA101)",
)

# ============================================================================================================
# unrecognised: products medassess cannot know.

for _n, _med, _dose, _r in [
    (
        "arnica",
        "Arnica 30C pillules",
        "Two pillules three times a day",
        "A homeopathic remedy with no active drug left in it; it cannot affect her alertness or the baby.",
    ),
    (
        "lansinoh",
        "Lansinoh HPA lanolin",
        "Apply to nipples after feeds",
        "Purified lanolin for sore nipples; safe for the baby and need not be wiped off before feeds.",
    ),
    (
        "viscotears",
        "Viscotears liquid gel",
        "One drop in each eye at night",
        "Eye lubricant for dry eyes; it stays on the eye surface and nothing reaches breast milk.",
    ),
]:
    bad(
        f"unrecognised-{_n}-unclassified",
        "unrecognised",
        N,
        extra(_med, _dose),
        "uncoded and unknown: the clinician must classify it (MA117)",
    )
    ok(
        f"unrecognised-{_n}-classified",
        "unrecognised",
        N,
        extra(_med, _dose, _r),
        "the same product with a real reason it raises no concern",
    )
bad(
    "unrecognised-reason-as-above",
    "unrecognised",
    N,
    extra("Arnica 30C pillules", "As needed", "As above."),
    "a reason that points elsewhere and says nothing (MA117)",
)
bad(
    "unrecognised-reason-ok-ok",
    "unrecognised",
    N,
    extra("Viscotears liquid gel", "At night", "ok ok ok"),
    "filler as a reason (MA117)",
)

# ============================================================================================================
# disguise: the medicine's name alone in look-alike letters or with invisible characters.

for _n, _med, _dose in [
    ("distalgesic", "Distalgesic tablets", "Two tablets four times a day"),
    ("tixycolds", "Tixycolds syrup", "10 ml at bedtime"),
    ("osmach", "Osmach 25micrograms/hour transdermal patches", "One patch every 72 hours"),
    ("trazadone", "Trazadone 50mg capsules", "50 mg at night"),
    ("co-codamol", "co-codamol 30/500", "Two tablets four times a day"),
    ("mst", "MST Continus 10mg tablets", "10 mg twice a day"),
    ("pregablin", "Pregablin 50mg capsules", "50 mg three times a day"),
]:
    bad(f"cyr-unassessed-{_n}", "disguise", N, extra(cyr(_med), _dose), "a medicine of concern in look-alikes (MA101)")

bad(
    "zw-unassessed-dutonin",
    "disguise",
    N,
    extra(inside_words("Dutonin 100mg tablets", "\u200b"), "100 mg bd"),
    "nefazodone brand with zero-width spaces inside (MA101)",
)
bad(
    "shy-unassessed-quetiapnie",
    "disguise",
    N,
    extra(inside_words("Quetiapnie 25mg tablets", "\u00ad"), "25 mg at night"),
    "misspelt quetiapine with soft hyphens inside (MA101)",
)
bad(
    "cyr-partner-mandalyn",
    "disguise",
    P,
    extra(cyr("Mandalyn Expectorant"), "10 ml at night", partner=True),
    "the father's sedating cough brand in look-alikes, unassessed (MA101)",
)
bad(
    "cyr-pregnancy-quinil",
    "disguise",
    V,
    extra(cyr("Quinil 10mg tablets"), "One tablet daily"),
    "quinapril at 8 weeks in look-alikes, unassessed (MA101)",
)

ok(
    "cyr-assessed-setraline",
    "disguise",
    M,
    rename("med-sertraline", cyr("Setraline 50mg tablets")),
    "a misspelt sertraline in look-alikes, assessed",
)
ok(
    "cyr-assessed-methadoen",
    "disguise",
    M,
    rename("med-methadone", cyr("Methadoen 1mg/ml oral solution")),
    "a misspelt methadone in look-alikes, assessed",
)
ok(
    "cyr-assessed-na-valproate",
    "disguise",
    V,
    rename("med-valproate", cyr("Na valproate 500mg GR tabs")),
    "'Na valproate' in look-alikes, assessed",
)
ok(
    "cyr-assessed-quet",
    "disguise",
    P,
    rename("med-partner-quetiapine", cyr("quet 100mg tabs")),
    "the father's 'quet' in look-alikes, assessed",
)
ok(
    "zw-assessed-diazapam",
    "disguise",
    F,
    rename("med-diazepam", inside_words("Diazapam 5mg tablets", "\u200b")),
    "misspelt diazepam with zero-width spaces, assessed",
)
ok(
    "shy-assessed-pregabilin",
    "disguise",
    F,
    rename("med-pregabalin", inside_words("Pregabilin 75mg capsules", "\u00ad")),
    "misspelt pregabalin with soft hyphens, assessed",
)
ok(
    "cyr-acepril",
    "disguise",
    V,
    acei_pass(cyr("Acepril 25mg tablets"), "captopril", "Captopril (Acepril)"),
    "captopril brand in look-alikes in the list, assessed",
)
ok(
    "cyr-partner-nirolex",
    "disguise",
    P,
    partner_pass(cyr("Nirolex Night Time Coughs oral solution"), "diphenhydramine", "Nirolex linctus at night"),
    "the father's cough brand in look-alikes, assessed",
)
ok(
    "cyr-near-valaciclovir",
    "disguise",
    N,
    extra(
        cyr("Valaciclovir 500mg tablets"),
        "500 mg twice a day for 5 days",
        "Antiviral tablets for five days for a cold sore; no effect on the breastfed baby.",
    ),
    "a harmless near miss in look-alikes, with its reason",
)


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F70CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:20} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F70CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F70CASES),
        "total",
        len(F70CASES),
    )
