"""An eighty-seventh independent "fresh" batch of red-team cases for the share gate: a held-out-style mix,
tenth round, over every shipped pass example.

Written from the issue, docs/rules.md, README.md and the examples, not from the gate's code or its word
lists, in the proportions a reviewer's held-out set would hold: hollow, deferring, dismissing, filler,
repeated and copied conclusions; joint assessments that drop a medicine; brand names and misspellings of
medicines of concern in every class; unrecognised medicines; impossible dates; routes that cannot deliver;
attribution that does not hold together; identities; unanswered items and concerns; partner sedation; and,
about half of the records, GOOD work in phrasings not seen in the earlier corpora (SOAP notes, letters,
discharge-summary style, bullets, GP shorthand) that must not be refused. About a fifth are disguised
(look-alike letters, zero-width characters, soft hyphens, bidi marks, full width): the verdict equals the
plain one.

Medicines named here are real; no clinical code is invented (medicines added here carry no code).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh87_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from tests.redteam.cases import (
    CASTLE_STREET,
    MILLBROOK,
    NORTHGATE,
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
    delete,
    gp_prescriber,
    medicine,
    overall_dose,
    replace_medicine,
    set_,
)
from tests.redteam.cases import CATEGORIES as CATEGORIES
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F87CASES: list[Case] = []

(
    HOLLOW,
    DEFER,
    DISMISS,
    FILLER,
    REPEAT,
    COPY,
    JOINT,
    DISG,
    NAMES,
    GROUPS,
    UNREC,
    ROUTES,
    ATTRIB,
    DATES,
    IDENT,
    UNANS,
    CONCERNS,
    GOOD,
) = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F87CASES.append(Case(f"f87-{name}", category, expect, base, mutate, why))


Setter = Callable[[str], Mutation]


def _at(path: str) -> Setter:
    def setter(text: str) -> Mutation:
        return set_(path, text)

    return setter


meth = _at("assessments#asm-methadone.conclusion")
sert = _at("assessments#asm-sertraline.conclusion")
cit = _at("assessments#asm-citalopram.conclusion")
lith = _at("assessments#asm-lithium.conclusion")
valp = _at("assessments#asm-valproate.conclusion")
dzp = _at("assessments#asm-diazepam-pregabalin.conclusion")
quet = _at("assessments#asm-partner-quetiapine.conclusion")
overall = _at("overall_conclusion.text")

SETTERS: dict[str, tuple[str, Setter]] = {
    "meth": (M, meth),
    "sert": (M, sert),
    "mo": (M, overall),
    "cit": (C, cit),
    "co": (C, overall),
    "lith": (L, lith),
    "lo": (L, overall),
    "valp": (V, valp),
    "vo": (V, overall),
    "dzp": (F, dzp),
    "fo": (F, overall),
    "quet": (P, quet),
    "po": (P, overall),
}


def cyr(text: str) -> str:
    return homoglyphs(text, "aeopcx")


def greek(text: str) -> str:
    return homoglyphs(text, "oiv", variant=1)


def zwsp(text: str) -> str:
    return inside_words(text, "\u200b", every=2)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=3)


def bidi(text: str) -> str:
    return " ".join(f"\u2066{word}\u2069" for word in text.split(" "))


def fw(text: str) -> str:
    return full_width(text)


Disguise = Callable[[str], str]


def text_case(
    name: str, category: str, expect: Expect, where: str, text: str, why: str, disguise: Disguise | None = None
) -> None:
    """`text` placed at `where`; with a disguise, its disguised twin too (same verdict)."""
    base, setter = SETTERS[where]
    add(name, category, expect, base, setter(text), why)
    if disguise is not None:
        add(f"dg-{name}", DISG, expect, base, setter(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def bad(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    text_case(name, category, REFUSE, where, text, why, disguise)


def ok(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    text_case(name, category, PASS, where, text, why, disguise)


def mut(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, expect, base, mutate, why)


def gp(org: Record) -> Record:
    return gp_prescriber(org)


def unassessed(mid: str, name: str, dose: str, org: Record = RIVERSIDE, **extra: Any) -> Mutation:
    """A medicine added to the list and covered by no assessment."""
    return add_medicine(medicine(mid, name, dose, "2026-01-05", gp(org), **extra))


def swap(old: str, mid: str, name: str, dose: str, started: str, org: Record, **extra: Any) -> Mutation:
    """A listed medicine replaced by the same ingredient written another way (no code), still assessed."""
    return replace_medicine(old, medicine(mid, name, dose, started, gp(org), **extra))


# ============================================================================================================
# conclusion-hollow: long, names the medicine, concludes nothing.

bad(
    "hollow-meth-counselled-documented",
    HOLLOW,
    "meth",
    "Methadone: counselled at length today, all questions answered and the discussion documented in full.",
    "an account of a conversation; no decision about the baby",
    cyr,
)
bad(
    "hollow-lith-mdt-considered",
    HOLLOW,
    "lith",
    "Lithium considered by the MDT in the context of her history and the current pregnancy; outcome shared.",
    "'outcome shared' with no outcome",
    greek,
)
bad(
    "hollow-quet-father-informed",
    HOLLOW,
    "quet",
    "Father informed about his quetiapine and the relevant issues; he understood and was given the chance "
    "to ask questions.",
    "he was told something; what is never said",
    fw,
)
bad(
    "hollow-vo-valproate-safety-netted",
    HOLLOW,
    "vo",
    "Sodium valproate in pregnancy: safety-netted, information provided, and the patient's wishes respected.",
    "stock phrases; no plan for neurology, the scan or folic acid",
    zwsp,
)
ok(
    "hollow-ok-meth-soap",
    HOLLOW,
    "meth",
    "S: Jodie says she is stable on methadone, no on-top use. O: drug service confirms 60 mg supervised. "
    "A: baby at high risk of NAS; methadone sedates her for a few hours after each dose. P: methadone "
    "continues unchanged; NAS scoring on PNW for a minimum of 72h; HV to look for late signs to D8; "
    "BF encouraged; no co-sleeping, cot to be seen at the first home visit.",
    "SOAP note: each part concludes",
    shy,
)
ok(
    "hollow-ok-lith-letter",
    HOLLOW,
    "lith",
    "Dear colleagues, I saw her with her partner today. We agreed lithium (Priadel) stays at 800 mg nocte, "
    "because the risk of a postpartum relapse is higher than the risk lithium poses to the baby now. "
    "Levels every 4 weeks, weekly from 36/40, and within 24h of delivery. The baby will need a paediatric "
    "review on the postnatal ward for floppiness, poor feeding and thyroid function. She will bottle feed.",
    "a letter that decides",
)
ok(
    "hollow-ok-quet-bullets",
    HOLLOW,
    "quet",
    "Dad's quetiapine 300 mg nocte:\n- he is very drowsy for hours after his dose\n- he never sleeps with "
    "the baby in bed, on the sofa or in a chair\n- mum covers all night feeds; baby in the next-to-me crib\n"
    "- HV to recheck the sleeping set-up at each contact until 8 weeks",
    "bullets that give the father's plan",
)

# ============================================================================================================
# deferral: points elsewhere instead of concluding, anywhere in the text.

bad(
    "defer-meth-cgl-letter-semicolon",
    DEFER,
    "meth",
    "Methadone discussed today; for the outcome please refer to the CGL keyworker's letter on file.",
    "the outcome is in a letter the receivers do not get",
    fw,
)
bad(
    "defer-sert-psych-to-advise",
    DEFER,
    "sert",
    "Sertraline: perinatal psychiatry to advise in due course.",
    "handed to another team for later",
    shy,
)
bad(
    "defer-dzp-ss-notes",
    DEFER,
    "dzp",
    "Diazepam and pregabalin: as documented in the social services notes from the strategy meeting.",
    "the conclusion lives in someone else's notes",
    greek,
)
bad(
    "defer-vo-awaiting-neuro-clinic",
    DEFER,
    "vo",
    "Sodium valproate awaiting the outcome of neurology clinic next month; conclusion to be finalised afterwards.",
    "awaiting; to be finalised",
    bidi,
)
bad(
    "defer-po-hv-to-decide",
    DEFER,
    "po",
    "The father's quetiapine and the mother's paracetamol: arrangements to be decided by the health visitor "
    "at the primary visit.",
    "the decision is handed to the HV",
)
ok(
    "defer-ok-meth-letter-plus-plan",
    DEFER,
    "meth",
    "The CGL letter of 24/02 has the dosing history. My conclusion: methadone 60 mg od continues, no "
    "reduction before delivery. The baby will need NAS observation for 72 hours at least, and the HV looks "
    "for late signs to day 8. Breastfeeding is encouraged. She is drowsy after her dose, so no bed sharing; "
    "cot seen at the first home visit.",
    "a pointer beside a full conclusion",
)
ok(
    "defer-ok-vo-instruction-see",
    DEFER,
    "vo",
    "See her again within 7 days once neurology have rung back. Meanwhile sodium valproate continues "
    "at 500 mg bd and must not be stopped suddenly, as a seizure would endanger her and the baby. The baby "
    "has had first-trimester exposure: fetal medicine scan and detailed anomaly scan requested; folic acid "
    "5 mg started today.",
    "'see her again' is an instruction, not a deferral",
    cyr,
)

# ============================================================================================================
# dismissal: nothing to say, without a reason.

bad(
    "dismiss-sert-nil-of-note",
    DISMISS,
    "sert",
    "Sertraline - nil of note for mum or baby at this time.",
    "dismissal, no reason",
    cyr,
)
bad(
    "dismiss-quet-na-father",
    DISMISS,
    "quet",
    "N/A - quetiapine is prescribed to the father, not to the mother or the baby.",
    "a partner's sedating medicine dismissed as not applicable",
    bidi,
)
bad(
    "dismiss-cit-nothing-to-add",
    DISMISS,
    "cit",
    "Citalopram: nothing further to add. No issues identified with regard to the pregnancy.",
    "dismissal padded",
)
ok(
    "dismiss-ok-sert-no-concerns-because",
    DISMISS,
    "sert",
    "No concerns about continuing sertraline 100 mg: relapse is the bigger risk to her and the baby. "
    "The baby may be jittery or feed poorly in the first days, so the postnatal ward will watch for "
    "adaptation signs alongside the NAS scoring. Sertraline is fine with breastfeeding.",
    "'no concerns' with its reason and a plan",
    fw,
)
ok(
    "dismiss-ok-quet-not-relevant-breast-but-sleep",
    DISMISS,
    "quet",
    "Breast milk is not relevant here as the quetiapine is Daniel's, but his sedation is: he is not to "
    "share a bed or sofa with the baby or do night feeds after his 10pm dose. Mum does nights; baby sleeps "
    "in the crib by her side. HV will check at every visit.",
    "one item dismissed with reason, the concern that matters answered",
)

# ============================================================================================================
# filler and repetition.

bad(
    "filler-lith-keyboard",
    FILLER,
    "lith",
    "Lithium asdf qwerty zxcv hjkl lkjh poiu mnbv lkjhg fdsa rewq vcxz baby plan.",
    "keyboard mash around two real words",
)
bad(
    "filler-meth-lorem-variant",
    FILLER,
    "meth",
    "Methadone: sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque.",
    "Latin filler",
    fw,
)
bad(
    "filler-fo-word-salad",
    FILLER,
    "fo",
    "Diazepam pregabalin the of and baby to the sleep is for the with and of the night the of care.",
    "English words in no order",
)
ok(
    "filler-ok-fo-shorthand",
    FILLER,
    "fo",
    "Diazepam 5mg tds + pregabalin 150mg bd continue; diaz taper planned at 6/52 PN r/v. Both sedate: "
    "no bed/sofa/armchair sharing, no feeding lying down, FC does night feeds. Late NAS signs possible "
    "to D8 - FC + HV to watch for tremor, poor feeding, high-pitched cry. SW, FC and HV all hold the plan.",
    "dense shorthand is language",
    greek,
)
bad(
    "repeat-sert-same-sentence",
    REPEAT,
    "sert",
    "Sertraline continues, watch baby. Sertraline continues, watch baby. Sertraline continues, watch "
    "baby. Sertraline continues, watch baby.",
    "one clause pasted four times",
)
bad(
    "repeat-quet-cosleep",
    REPEAT,
    "quet",
    "Father's quetiapine: no co-sleeping, no co-sleeping, no co-sleeping, no co-sleeping, no co-sleeping, "
    "no co-sleeping, no co-sleeping.",
    "one phrase repeated",
    zwsp,
)
ok(
    "repeat-ok-dzp-both-each",
    REPEAT,
    "dzp",
    "Diazepam: continues at 5 mg tds, then a slow supervised taper from 6 weeks. Pregabalin: continues at "
    "150 mg bd. Both sedate mum, so no co-sleeping and no feeding lying down; the foster carer does night "
    "feeds. Both can cause late withdrawal in the baby up to day 8, so the foster carer and HV watch for it.",
    "parallel structure with real repetition of words but different content",
    zwsp,
)

# ============================================================================================================
# copy-paste and joint coverage.

_COPY = (
    "{m} continues through pregnancy. The baby will be watched on the postnatal ward after birth and "
    "the health visitor will follow up at home; breastfeeding is supported."
)
mut(
    "copy-meth-sert-same-text",
    COPY,
    REFUSE,
    M,
    chain(meth(_COPY.format(m="Methadone")), sert(_COPY.format(m="Sertraline"))),
    "the same conclusion under two medicines, names swapped",
)
mut(
    "copy-mo-repeats-meth",
    COPY,
    REFUSE,
    M,
    overall(
        "Methadone and sertraline: methadone 60 mg daily should continue through pregnancy. The baby is "
        "likely to need observation for neonatal withdrawal; breastfeeding is supported. Sedation after each "
        "dose means no co-sleeping and the cot must be checked at the home visit."
    ),
    "overall conclusion = methadone's, padded with a name",
)
mut(
    "copy-ok-meth-sert-distinct",
    COPY,
    PASS,
    M,
    chain(
        meth(
            "Methadone 60 mg od continues; baby at high risk of NAS, so 72h+ obs on PNW and HV to day 8. "
            "BF is encouraged. Drowsy after doses: no co-sleeping, cot checked at home."
        ),
        sert(
            "Sertraline 100 mg continues because she relapsed when it was stopped before. Baby may show "
            "adaptation signs (jittery, poor feeding) in the first days; PNW to note these with NAS obs. "
            "Compatible with BF."
        ),
    ),
    "two short conclusions sharing shorthand, each its own",
)
bad(
    "joint-dzp-names-pregabalin-only",
    JOINT,
    "dzp",
    "Pregabalin 150 mg bd continues. It sedates her, so she must not co-sleep or feed lying down; the foster "
    "carer does nights. The baby may withdraw up to day 8 and will be watched by the FC and HV.",
    "joint assessment silent on diazepam",
)
bad(
    "joint-mo-silent-sertraline",
    JOINT,
    "mo",
    "Methadone continues at 60 mg; the baby will need NAS observation on the postnatal ward for at least "
    "72 hours. No co-sleeping because of sedation; SW and HV will see the cot before discharge.",
    "overall conclusion never names sertraline",
    cyr,
)
bad(
    "joint-fo-diazepam-only",
    JOINT,
    "fo",
    "Diazepam continues for now with a reduction planned. Sedation means no bed or sofa sharing and night "
    "feeds by the foster carer; late withdrawal signs possible until day 8.",
    "overall conclusion drops pregabalin",
    shy,
)
ok(
    "joint-ok-fo-brands",
    JOINT,
    "fo",
    "Valium (diazepam) and Lyrica (pregabalin) both continue for now. Together they sedate mum, so no bed, "
    "sofa or armchair sharing and the foster carer does the night feeds. Baby at risk of late withdrawal to "
    "D8; FC, HV and SW all have this plan.",
    "medicines named by brand with ingredient",
)
ok(
    "joint-ok-mo-numbered",
    JOINT,
    "mo",
    "1) Methadone 60 mg: continue; NAS obs on PNW ≥72h, HV to D8. 2) Sertraline 100 mg: continue; watch "
    "for poor neonatal adaptation alongside. 3) Feeding: BF encouraged on both. 4) Sleep: no co-sleeping "
    "as methadone sedates; SW and HV to see the cot before discharge.",
    "numbered list naming both",
)


# ============================================================================================================
# medicine-names: brand names and misspellings of medicines of concern, unassessed (refuse), or written
# that way in the list and assessed (pass).

_UNASSESSED_NAMES: list[tuple[str, str, str, str, str]] = [
    ("espranor", M, "Espranor 8mg oral lyophilisates", "8 mg daily", "buprenorphine brand"),
    ("zomorph", F, "Zomorph 10mg modified-release capsules", "one twice a day", "morphine brand"),
    ("rivotril", C, "Rivotril 500microgram tablets", "one at night", "clonazepam brand"),
    ("neurontin", P, "Neurontin 300mg capsules", "one three times a day", "gabapentin brand"),
    ("camcolit", C, "Camcolit 400mg tablets", "two at night", "lithium brand"),
    ("mysoline", V, "Mysoline 250mg tablets", "one twice a day", "primidone brand"),
    ("tramacet", N, "Tramacet 37.5mg/325mg tablets", "two when needed", "tramadol combination"),
    ("efexor", N, "Efexor XL 75mg capsules", "one daily", "venlafaxine brand"),
    ("sominex", F, "Sominex 20mg tablets", "one at night", "promethazine brand, sedating antihistamine"),
]
for _slug, _base, _name, _dose, _why in _UNASSESSED_NAMES:
    mut(
        f"name-{_slug}-unassessed",
        NAMES,
        REFUSE,
        _base,
        unassessed(f"med-{_slug}", _name, _dose),
        f"{_why}, listed and not assessed",
    )

_MISSPELT: list[tuple[str, str, str, str, str]] = [
    ("metadone", L, "Metadone 1mg/ml mixture", "50 ml daily", "methadone misspelt"),
    ("pregablin", M, "Pregablin 75mg caps", "one bd", "pregabalin misspelt"),
    ("quetiapene", N, "Quetiapene 25mg tablets", "one at night", "quetiapine misspelt"),
]
for _slug, _base, _name, _dose, _why in _MISSPELT:
    mut(
        f"name-{_slug}-unassessed",
        NAMES,
        REFUSE,
        _base,
        unassessed(f"med-{_slug}", _name, _dose),
        f"{_why}, listed and not assessed",
    )

mut(
    "name-zopiclone-zwsp-unassessed",
    DISG,
    REFUSE,
    N,
    unassessed("med-zop", "Zo\u200bpi\u200bclone 7.5mg tablets", "one at night"),
    "zopiclone with zero-width spaces, unassessed",
)
mut(
    "name-subutex-cyrillic-unassessed",
    DISG,
    REFUSE,
    P,
    unassessed("med-sbx", cyr("Subutex 8mg sublingual tablets"), "8 mg daily"),
    "Subutex in Cyrillic look-alikes, unassessed",
)
mut(
    "name-tegretol-fullwidth-unassessed",
    DISG,
    REFUSE,
    N,
    unassessed("med-tgr", fw("Tegretol Retard 200mg"), "one bd"),
    "carbamazepine brand in full width, unassessed",
)

# Written another way and assessed: must pass (a missing code is a warning).
mut(
    "name-ok-methadose-assessed",
    NAMES,
    PASS,
    M,
    swap(
        "med-methadone",
        "med-methadone",
        "Methadose 10mg/ml oral concentrate",
        "6 ml (60 mg) once daily, supervised",
        "2024-11-04",
        RIVERSIDE,
        last_changed="2025-12-01",
    ),
    "methadone by its brand, assessed and named as methadone",
)
mut(
    "name-ok-lustral-assessed",
    NAMES,
    PASS,
    M,
    swap(
        "med-sertraline",
        "med-sertraline",
        "Lustral 50mg tablets",
        "two tablets once daily",
        "2025-06-10",
        RIVERSIDE,
        last_changed="2025-09-22",
    ),
    "sertraline by its brand, assessed",
)
mut(
    "name-ok-alzain-assessed",
    NAMES,
    PASS,
    F,
    swap(
        "med-pregabalin",
        "med-pregabalin",
        "Alzain 75mg capsules",
        "150 mg twice a day",
        "2025-07-01",
        MILLBROOK,
        last_changed="2026-01-12",
    ),
    "pregabalin brand, assessed",
)
mut(
    "name-ok-epilim-chrono-assessed",
    NAMES,
    PASS,
    V,
    swap(
        "med-valproate",
        "med-valproate",
        "Epilim Chrono 500 prolonged-release tablets",
        "500 mg twice a day",
        "2019-09-02",
        CASTLE_STREET,
        last_changed="2024-03-11",
    ),
    "valproate brand, assessed",
)
mut(
    "name-ok-cipramil-assessed",
    NAMES,
    PASS,
    C,
    swap(
        "med-citalopram",
        "med-citalopram",
        "Cipramil 20mg tablets",
        "20 mg once daily",
        "2024-06-01",
        CASTLE_STREET,
        last_changed="2025-01-15",
    ),
    "citalopram brand, assessed",
)
mut(
    "name-ok-seroquel-partner-assessed",
    NAMES,
    PASS,
    P,
    swap(
        "med-partner-quetiapine",
        "med-partner-quetiapine",
        "Seroquel 100mg tablets",
        "300 mg (three tablets) at night",
        "2024-02-05",
        MILLBROOK,
        taken_by="partner",
        last_changed="2025-10-13",
    ),
    "partner's quetiapine by its brand, assessed",
)
mut(
    "name-ok-setraline-typo-assessed",
    NAMES,
    PASS,
    M,
    swap(
        "med-sertraline",
        "med-sertraline",
        "Setraline 50mg tablets",
        "two tablets once daily",
        "2025-06-10",
        RIVERSIDE,
        last_changed="2025-09-22",
    ),
    "a misspelt list entry the sertraline assessment covers",
)
mut(
    "name-ok-diazepam-shorthand-assessed",
    NAMES,
    PASS,
    F,
    swap(
        "med-diazepam",
        "med-diazepam",
        "Diazepam 5mg tabs",
        "5mg TDS",
        "2025-10-20",
        MILLBROOK,
        last_changed="2026-02-16",
    ),
    "shorthand list entry, assessed",
)
mut(
    "name-ok-lithium-liskonum-swap",
    NAMES,
    PASS,
    L,
    # The base's overall conclusion restated the old dose: a self-contradiction the case did not intend. (Its
    # Priadel brand, stale beside the Liskonum line, goes with it.)
    chain(
        swap(
            "med-lithium",
            "med-lithium",
            "Lithium carbonate 450mg modified-release tablets (Liskonum)",
            "900 mg at night; brand prescribing (Liskonum)",
            "2021-03-15",
            NORTHGATE,
            last_changed="2025-08-04",
        ),
        overall_dose("lithium (Priadel) 800 mg at night", "lithium (Liskonum) 900 mg at night"),
    ),
    "lithium by another brand, assessed and named as lithium",
)

# ============================================================================================================
# medicine-groups: whole groups of concern added unassessed (refuse); harmless near names with a reason (pass).

_GROUPS: list[tuple[str, str, str, str, str]] = [
    ("phenobarbital", N, "Phenobarbital 30mg tablets", "one twice a day", "barbiturate antiepileptic"),
    ("topiramate", C, "Topiramate 50mg tablets", "one twice a day", "antiepileptic, teratogen"),
    ("lacosamide", P, "Lacosamide 100mg tablets", "one twice a day", "antiepileptic"),
    ("methotrexate", N, "Methotrexate 2.5mg tablets", "7.5 mg once weekly", "teratogen"),
    ("mycophenolate", L, "Mycophenolate mofetil 500mg tablets", "1 g twice a day", "teratogen"),
    ("hydroxyzine", N, "Hydroxyzine 25mg tablets", "one at night", "sedating antihistamine"),
    ("codydramol", N, "Co-dydramol 10mg/500mg tablets", "two four times a day", "opioid combination"),
]
for _slug, _base, _name, _dose, _why in _GROUPS:
    mut(
        f"group-{_slug}-unassessed",
        GROUPS,
        REFUSE,
        _base,
        unassessed(f"med-{_slug}", _name, _dose),
        f"{_why}, listed and not assessed",
    )

mut(
    "group-ok-loratadine-reason",
    GROUPS,
    PASS,
    N,
    unassessed(
        "med-loratadine",
        "Loratadine 10mg tablets",
        "one daily for hay fever",
        not_of_concern_reason="Non-sedating antihistamine for hay fever; little passes into breast milk and "
        "it does not make her drowsy, so it does not affect the baby's feeding or sleep.",
    ),
    "a non-sedating antihistamine with the clinician's reason",
)
mut(
    "group-ok-levothyroxine-reason",
    GROUPS,
    PASS,
    C,
    unassessed(
        "med-levothyroxine",
        "Levothyroxine 100microgram tablets",
        "100 micrograms daily",
        CASTLE_STREET,
        not_of_concern_reason="Thyroid replacement at her usual dose; safe in pregnancy and breastfeeding and "
        "needed for the baby's development. TFTs each trimester with the midwife.",
    ),
    "levothyroxine with a reason",
)


# ============================================================================================================
# unrecognised-medicine: real products the gate cannot be expected to know; a reason makes them pass.

_UNREC: list[tuple[str, str, str, str]] = [
    ("kalms-night", N, "Kalms Night tablets", "one at bedtime"),
    ("bach-rescue-night", P, "Rescue Night spray", "two sprays at bedtime"),
]
for _slug, _base, _name, _dose in _UNREC:
    mut(
        f"unrec-{_slug}-no-reason",
        UNREC,
        REFUSE,
        _base,
        unassessed(f"med-{_slug}", _name, _dose),
        "unrecognised product with no recorded reason",
    )
mut(
    "unrec-reason-hollow",
    UNREC,
    REFUSE,
    N,
    unassessed("med-canesten", "Canesten 2% cream", "apply twice daily", not_of_concern_reason="Fine."),
    "a one-word reason",
)
mut(
    "unrec-reason-deferral",
    UNREC,
    REFUSE,
    M,
    unassessed("med-pregnacare", "Pregnacare Original tablets", "one daily", not_of_concern_reason="See pharmacist."),
    "a pointer as the reason",
)
mut(
    "unrec-ok-canesten-reason",
    UNREC,
    PASS,
    N,
    unassessed(
        "med-canesten",
        "Canesten 2% cream",
        "apply twice daily",
        not_of_concern_reason="Clotrimazole cream for thrush on the skin; almost none is absorbed, so there is "
        "no effect on breastfeeding or on the baby.",
    ),
    "topical antifungal with a reason",
)
mut(
    "unrec-ok-pregnacare-reason",
    UNREC,
    PASS,
    M,
    unassessed(
        "med-pregnacare",
        "Pregnacare Original tablets",
        "one daily",
        not_of_concern_reason="Pregnancy multivitamin with 400 micrograms folic acid and vitamin D; no sedation "
        "or risk to the fetus at these doses.",
    ),
    "pregnancy vitamin with a reason",
)
mut(
    "unrec-ok-e45-reason",
    UNREC,
    PASS,
    F,
    unassessed(
        "med-e45",
        "E45 cream",
        "apply as needed",
        MILLBROOK,
        not_of_concern_reason="Emollient for dry skin on her hands; nothing is absorbed, no effect on the baby "
        "or on her alertness at night.",
    ),
    "emollient with a reason",
)
mut(
    "unrec-ok-gaviscon-reason-dg",
    DISG,
    PASS,
    V,
    unassessed(
        "med-gaviscon",
        "Gaviscon Advance oral suspension",
        "10 ml after meals",
        CASTLE_STREET,
        not_of_concern_reason=shy(
            "Alginate antacid for heartburn that stays in the gut; not absorbed, no effect on the fetus."
        ),
    ),
    "antacid with a soft-hyphened reason",
)

# ============================================================================================================
# routes.

mut(
    "route-mesh-lowercase-words",
    ROUTES,
    REFUSE,
    M,
    set_("recipients#rcp-hv.route.mailbox", "hv team inbox"),
    "not a MESH mailbox id",
)
mut(
    "route-mllp-port-zero",
    ROUTES,
    REFUSE,
    V,
    set_("recipients#rcp-maternity.route.port", 0),
    "port 0 delivers nothing",
)
mut(
    "route-fhir-http",
    ROUTES,
    REFUSE,
    L,
    set_("recipients#rcp-maternity.route.base_url", "http://maternity.northgate.example/fhir/R4"),
    "FHIR base URL without https",
)
mut(
    "route-fhir-no-host",
    ROUTES,
    REFUSE,
    L,
    set_("recipients#rcp-maternity.route.base_url", "https:///fhir/R4"),
    "https with no host",
)
mut(
    "route-manual-post",
    ROUTES,
    REFUSE,
    F,
    set_("recipients#rcp-foster-carer.route.description", "Post"),
    "a manual route with no instruction",
)
mut(
    "route-ods-malformed",
    ROUTES,
    REFUSE,
    N,
    set_("recipients#rcp-hv.organisation.ods_code", "HV-TEAM"),
    "not an ODS code",
)
mut(
    "route-ok-fhir-port",
    ROUTES,
    PASS,
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://maternity.northgate.example:8443/fhir/R4"),
    "https with a port is a real FHIR base",
)
mut(
    "route-ok-mllp-other-port",
    ROUTES,
    PASS,
    V,
    set_("recipients#rcp-maternity.route.port", 6661),
    "another valid MLLP port",
)
mut(
    "route-ok-manual-described",
    ROUTES,
    PASS,
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        "Sealed copy given by hand to the foster carer by the ward sister at discharge; receipt signed in the "
        "placement folder.",
    ),
    "a real manual route",
)
mut(
    "route-ok-trust-ods",
    ROUTES,
    PASS,
    M,
    set_("recipients#rcp-maternity.organisation.ods_code", "RXR"),
    "a 3-character trust ODS code is well formed",
)

# ============================================================================================================
# attribution.

mut(
    "attrib-hv-with-gmc",
    ATTRIB,
    REFUSE,
    P,
    set_("assessments#asm-partner-quetiapine.author.registration", {"body": "GMC", "number": "7034567"}),
    "a health visitor on the medical register",
)
mut(
    "attrib-psychiatrist-with-nmc",
    ATTRIB,
    REFUSE,
    L,
    set_("assessments#asm-lithium.author.registration", {"body": "NMC", "number": "15B2345C"}),
    "a psychiatrist on the nursing register",
)
mut(
    "attrib-gp-all-zero",
    ATTRIB,
    REFUSE,
    V,
    set_("attestation.by.registration.number", "0000000"),
    "all-zero GMC number",
)
mut(
    "attrib-one-number-two-names",
    ATTRIB,
    REFUSE,
    L,
    set_("overall_conclusion.author.registration.number", "7056789"),
    "the GP signs with the psychiatrist's number",
)
mut(
    "attrib-attester-role-other",
    ATTRIB,
    REFUSE,
    M,
    chain(set_("attestation.by.role", "other"), delete("attestation.by.registration")),
    "attested by an unregistered 'other'",
)
mut(
    "attrib-ok-initial-same-person",
    ATTRIB,
    PASS,
    M,
    set_("attestation.by.name", {"prefix": "Dr", "given": ["P"], "family": "Shah"}),
    "an initial agrees with the assessor's given name",
)
mut(
    "attrib-ok-pharmacist-gphc",
    ATTRIB,
    PASS,
    P,
    set_(
        "assessments#asm-partner-quetiapine.author",
        {
            "name": {"given": ["Hamza"], "family": "Qureshi"},
            "role": "clinical-pharmacist",
            "registration": {"body": "GPhC", "number": "2071234"},
            "organisation": {"ods_code": "Y90002", "name": "Millbrook Medical Centre"},
        },
    ),
    "a practice pharmacist on the GPhC register",
)
mut(
    "attrib-ok-midwife-nmc",
    ATTRIB,
    PASS,
    C,
    set_(
        "assessments#asm-citalopram.author",
        {
            "name": {"given": ["Niamh"], "family": "Doherty"},
            "role": "registered-midwife",
            "registration": {"body": "NMC", "number": "09C4821E"},
            "organisation": {"ods_code": "Y90003", "name": "Castle Street Surgery"},
        },
    ),
    "a midwife on the NMC register",
)

# ============================================================================================================
# dates.

mut(
    "date-valp-before-conception",
    DATES,
    REFUSE,
    V,
    set_("assessments#asm-valproate.date", "2025-11-18"),
    "assessment four months before conception (EDD 2026-12-30)",
)
mut(
    "date-attest-future",
    DATES,
    REFUSE,
    P,
    set_("attestation.at", "2027-02-01T09:00:00+00:00"),
    "attested in the future",
)
mut(
    "date-attest-before-assessment",
    DATES,
    REFUSE,
    F,
    set_("attestation.at", "2026-06-11T17:00:00+00:00"),
    "attested the day before the assessment",
)
mut(
    "date-edd-far-from-gestation",
    DATES,
    REFUSE,
    M,
    set_("pregnancy.edd", "2026-09-30"),
    "EDD 20 weeks from the recorded 29+2",
)
mut(
    "date-delivery-future",
    DATES,
    REFUSE,
    N,
    set_("pregnancy.delivery_date", "2027-01-15"),
    "delivered in the future",
)
mut(
    "date-consent-future",
    DATES,
    REFUSE,
    C,
    set_("lawful_basis.recorded_on", "2027-03-01"),
    "consent recorded in the future",
)
mut(
    "date-ok-attest-same-day-earlier-hour",
    DATES,
    PASS,
    F,
    set_("attestation.at", "2026-06-14T08:05:00+01:00"),
    "attested on a later day than the assessment, BST offset",
)
mut(
    "date-ok-edd-10-days-off",
    DATES,
    PASS,
    M,
    set_("pregnancy.edd", "2026-05-25"),
    "EDD within the 14-day margin of the gestation",
)
mut(
    "date-ok-valp-early-pregnancy",
    DATES,
    PASS,
    V,
    set_("assessments#asm-valproate.date", "2026-05-19"),
    "a day earlier, well inside the pregnancy",
)


# ============================================================================================================
# identities and reasons.

mut(
    "ident-partner-mothers-number",
    IDENT,
    REFUSE,
    P,
    set_("partner.nhs_number", "9990004145"),
    "partner filed under the mother's NHS number",
)
mut(
    "ident-partner-mothers-number-spaced",
    IDENT,
    REFUSE,
    P,
    set_("partner.nhs_number", "999 000 4145"),
    "the mother's number typed with spaces on the partner",
)
mut(
    "ident-justification-yes",
    IDENT,
    REFUSE,
    F,
    set_("lawful_basis.justification", "Yes - safeguarding."),
    "no reason for sharing without consent",
)
mut(
    "ident-amended-first-version",
    IDENT,
    REFUSE,
    C,
    set_("version", 1),
    "an 'amended' first version",
)
mut(
    "ident-amendment-reason-hollow",
    IDENT,
    REFUSE,
    C,
    set_("amendment_reason", "Record updated."),
    "amendment says nothing about what changed",
)
mut(
    "ident-ok-partner-own-number",
    IDENT,
    PASS,
    P,
    set_("partner.nhs_number", "9990004420"),
    "another valid NHS number for the partner",
)
mut(
    "ident-ok-justification-reasoned",
    IDENT,
    PASS,
    F,
    set_(
        "lawful_basis.justification",
        "Mum refused consent for the placement to be told. We shared anyway because the foster carer does the "
        "night feeds and must know that diazepam and pregabalin sedate mum; without it the baby could be left "
        "to sleep beside her. Agreed with the named GP for safeguarding on 12/06.",
    ),
    "a reason in plain words",
)
mut(
    "ident-ok-amendment-reason-shorthand",
    IDENT,
    PASS,
    C,
    set_(
        "amendment_reason",
        "v2: HV team added as recipient before the NBV; assessment text and conclusions unchanged from v1.",
    ),
    "amendment in shorthand says what changed",
)

# ============================================================================================================
# unanswered items.

mut(
    "unans-cpp-removed",
    UNANS,
    REFUSE,
    M,
    delete("safeguarding.child_protection_plan"),
    "child protection plan never answered",
)
mut(
    "unans-care-order-removed",
    UNANS,
    REFUSE,
    F,
    delete("safeguarding.care_order"),
    "care order never answered (looked after baby)",
)
mut(
    "unans-sleeping-tbc",
    UNANS,
    REFUSE,
    P,
    set_("safeguarding.sleeping_arrangements", "TBC at NBV"),
    "postnatal sleeping arrangements deferred",
)
mut(
    "unans-sleeping-safe",
    UNANS,
    REFUSE,
    N,
    set_("safeguarding.sleeping_arrangements", "Safe."),
    "a verdict with no place",
)
mut(
    "unans-ok-sleeping-shorthand",
    UNANS,
    PASS,
    N,
    set_(
        "safeguarding.sleeping_arrangements", "Moses basket in parents' rm, seen by MW D5. Baby on back, feet to foot."
    ),
    "sleeping arrangements in midwife shorthand",
)
mut(
    "unans-ok-sleeping-fc",
    UNANS,
    PASS,
    F,
    set_(
        "safeguarding.sleeping_arrangements",
        "Own cot beside the foster carer's bed; mum sleeps in the room next door. Checked by the HV on 13/06.",
    ),
    "placement sleeping arrangements reworded",
)

# ============================================================================================================
# concerns: items left unanswered or answered hollowly; partner sedation and co-sleeping.

mut(
    "concern-meth-safe-sleep-na",
    CONCERNS,
    REFUSE,
    M,
    set_("assessments#asm-methadone.impact_on_mother.safe_sleep", "N/A"),
    "sedating opioid, safe sleep item dismissed",
)
mut(
    "concern-meth-nas-plan-paeds-aware",
    CONCERNS,
    REFUSE,
    M,
    set_("assessments#asm-methadone.impact_on_baby.neonatal_withdrawal_plan", "Paeds and SCBU aware."),
    "withdrawal plan only says who knows",
)
mut(
    "concern-quet-safe-sleep-discussed",
    CONCERNS,
    REFUSE,
    P,
    set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep", "Discussed with both parents."),
    "partner sedation: the item only reports a talk",
)
mut(
    "concern-quet-safe-sleep-not-relevant",
    CONCERNS,
    REFUSE,
    P,
    set_(
        "assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep", "Not relevant - not the mother's medication."
    ),
    "partner sedation dismissed as not applicable",
)
mut(
    "concern-sert-breastfeeding-see-bumps",
    CONCERNS,
    REFUSE,
    M,
    set_("assessments#asm-sertraline.impact_on_baby.breastfeeding", "See BUMPS."),
    "breastfeeding item only points to a leaflet",
)
mut(
    "concern-dzp-safe-sleep-advice-false",
    CONCERNS,
    REFUSE,
    F,
    set_("safeguarding.safe_sleep_advice_given", False),
    "sedated mother and no safe sleep advice given",
)
mut(
    "concern-ok-meth-nas-shorthand",
    CONCERNS,
    PASS,
    M,
    set_(
        "assessments#asm-methadone.impact_on_baby.neonatal_withdrawal_plan",
        "Finnegan/NAS scoring 4-hrly on PNW x 72h min, SCBU if scores high; HV to D8 for late signs.",
    ),
    "withdrawal plan in shorthand",
)
mut(
    "concern-ok-quet-safe-sleep-reworded",
    CONCERNS,
    PASS,
    P,
    set_(
        "assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep",
        "Daniel is not to have the baby in bed, on the settee or in the armchair with him after his evening "
        "dose; Chloe does all night feeds and the baby sleeps in the bedside crib.",
    ),
    "partner safe sleep answered in names",
)
mut(
    "concern-ok-sert-bf-compatible",
    CONCERNS,
    PASS,
    M,
    set_(
        "assessments#asm-sertraline.impact_on_baby.breastfeeding",
        "OK to BF - low levels in milk; HV to watch baby's weight and feeding.",
    ),
    "breastfeeding advice in shorthand",
)
mut(
    "concern-ok-dzp-safe-sleep-fc",
    CONCERNS,
    PASS,
    F,
    set_(
        "assessments#asm-diazepam-pregabalin.impact_on_mother.safe_sleep",
        "Never in bed, on the sofa or the armchair with the baby; no lying-down feeds. Cot in FC's room, FC "
        "does nights.",
    ),
    "safe sleep advice reworded for the placement",
)


# ============================================================================================================
# good-conclusions: complete clinical work in phrasings not seen before. Must pass; a few hollow twins refuse.

ok(
    "good-sert-discharge-summary",
    GOOD,
    "sert",
    "Sertraline 100 mg OD - CONTINUE. Reason: two relapses off treatment. Neonatal: small PPHN risk (~3/1000) "
    "and possible poor adaptation; midwives to observe with the NAS obs, paeds if it persists beyond 48h. "
    "Feeding: compatible with breastfeeding.",
    "discharge-summary headings",
    greek,
)
ok(
    "good-mo-passive-voice",
    GOOD,
    "mo",
    "It was agreed that methadone and sertraline will both be continued at their current doses. The baby "
    "will be observed for NAS for at least 72 hours on the postnatal ward, and breastfeeding will be "
    "supported. Co-sleeping is to be avoided because methadone makes mum drowsy; the cot will be seen by the "
    "SW and HV before discharge.",
    "passive voice throughout",
    cyr,
)
ok(
    "good-co-plan-first",
    GOOD,
    "co",
    "Plan: citalopram 20 mg stays the same through pregnancy and while breastfeeding. Why: her mood fell "
    "apart within weeks last time it was stopped. For the baby: MW to watch for jitteriness, fast breathing "
    "or poor feeding in the first 48h. GP r/v mood at 6/52 PN. (v2 adds the HV as recipient.)",
    "plan before reason",
    zwsp,
)
ok(
    "good-cit-short-clinical",
    GOOD,
    "cit",
    "Continue citalopram - relapse risk > neonatal risk. Baby: MW obs for adaptation sx first 48h, paeds if "
    "persisting. Fine to breastfeed.",
    "terse GP shorthand",
)
ok(
    "good-lith-question-answered",
    GOOD,
    "lith",
    "Should lithium be stopped for the pregnancy? No: she relapsed badly off it in 2019, and the postpartum "
    "psychosis risk is high. Priadel 800 mg continues with levels 4-weekly, weekly from 36/40, and within 24h "
    "of birth. Baby: paeds r/v after delivery for floppiness, poor feeding and TFTs. Bottle feeding.",
    "a question answered at once",
    bidi,
)
ok(
    "good-lo-we-voice",
    GOOD,
    "lo",
    "We will keep her on lithium (Priadel) 800 mg at night; coming off it would risk a postpartum relapse. "
    "Her level is checked monthly, weekly from 36 weeks and within a day of birth. The baby will be reviewed "
    "by the paediatrician on the ward; she has chosen to bottle feed as advised. The PNMH team sees her in "
    "the first week after delivery.",
    "first-person plural",
    cyr,
)
ok(
    "good-valp-letter-to-neuro",
    GOOD,
    "valp",
    "Dear Dr Okafor, thank you for seeing this lady urgently. She is 8/40 in an unplanned pregnancy on "
    "sodium valproate 500 mg bd. I have told her not to stop it, as a seizure would put her and the baby at "
    "risk. The fetus has first-trimester exposure, so I have asked fetal medicine for an early scan and the "
    "detailed anomaly scan, and started folic acid 5 mg today.",
    "a referral letter that concludes",
)
ok(
    "good-vo-bullets",
    GOOD,
    "vo",
    "* Sodium valproate 500 mg bd: continue for now, do not stop suddenly (seizure risk to mum and baby)\n"
    "* Baby exposed in T1: ~1 in 10 major malformation risk, fetal medicine scan + anomaly scan booked\n"
    "* Urgent neuro r/v requested today\n* Folic acid 5 mg started",
    "bullets",
    greek,
)
ok(
    "good-dzp-soap",
    GOOD,
    "dzp",
    "S: mum feels sleepy after each dose. O: drowsy on ward in the afternoons. A: diazepam and pregabalin "
    "together sedate her; baby at risk of late withdrawal to day 8. P: both continue; diazepam taper from "
    "6 weeks; no co-sleeping or feeding lying down; FC does nights; FC and HV watch the baby for tremor and "
    "poor feeding.",
    "SOAP note for a joint assessment",
    bidi,
)
ok(
    "good-fo-reordered",
    GOOD,
    "fo",
    "For the baby, the danger is mum being too drowsy on diazepam and pregabalin: no sharing a bed, sofa or "
    "armchair, no feeds lying down, and the foster carer does nights while mum is sedated. Watch for late "
    "withdrawal to day 8. Both medicines continue for now, diazepam reducing slowly from 6 weeks. The "
    "interim care order does not change this: FC, HV and SW hold the plan.",
    "baby first, medicines later",
)
ok(
    "good-quet-letter-to-hv",
    GOOD,
    "quet",
    "Dear HV team, Chloe's partner Daniel takes quetiapine 300 mg at 10pm and is very hard to rouse for "
    "hours afterwards. They have agreed he will not bed-share, sofa-sleep or do night feeds with the baby; "
    "Chloe does nights and the baby sleeps in the bedside crib. Please look at the sleeping set-up at each "
    "visit until 8 weeks.",
    "a letter to the HV",
    zwsp,
)
ok(
    "good-po-short",
    GOOD,
    "po",
    "Mum: paracetamol only, no concern. Dad: quetiapine sedates him heavily at night, so no co-sleeping "
    "with him anywhere and no night feeds by him after his dose. Cot set-up seen and safe; HV to keep "
    "checking.",
    "mum / dad headings",
    shy,
)
ok(
    "good-meth-narrative-patient-voice",
    GOOD,
    "meth",
    "Jodie wants to stay on methadone 60 mg and the drug service agrees, so there is no change before "
    "delivery. She knows the baby will probably need NAS monitoring on the postnatal ward for at least 72 "
    "hours, with the HV looking for late signs to day 8. She will breastfeed, which we encourage. She "
    "feels sleepy after her dose, so the baby will never share her bed or sofa; the cot will be seen at "
    "the first home visit.",
    "narrative from the mother's side",
    fw,
)
mut(
    "good-n-overall-pharmacist",
    GOOD,
    PASS,
    N,
    set_(
        "overall_conclusion",
        {
            "text": "Paracetamol prn and lactulose only: neither sedates her nor affects breastfeeding or the "
            "baby. No assessment is needed; HV to ask about pain and constipation at the NBV.",
            "author": {
                "name": {"given": ["Hamza"], "family": "Qureshi"},
                "role": "clinical-pharmacist",
                "registration": {"body": "GPhC", "number": "2071234"},
                "organisation": {"ods_code": "Y90001", "name": "Riverside Surgery"},
            },
            "date": "2026-04-09",
        },
    ),
    "an optional overall conclusion on a record with nothing of concern",
)
bad(
    "good-twin-meth-narrative-no-baby",
    GOOD,
    "meth",
    "Jodie wants to stay on methadone 60 mg and the drug service agrees, so there is no change before "
    "delivery. Her keyworker sees her fortnightly and she collects daily from the chemist.",
    "the narrative without the baby",
)
bad(
    "good-twin-lith-mother-only",
    GOOD,
    "lith",
    "Lithium (Priadel) 800 mg continues under the perinatal psychiatrist with levels monthly, weekly from "
    "36 weeks and within 24 hours of birth.",
    "only the mother's levels",
)
bad(
    "good-twin-quet-she-not-he",
    GOOD,
    "quet",
    "Quetiapine continues; she is advised not to co-sleep after her dose and the baby sleeps in a crib.",
    "partner's medicine given to the mother",
)

ok(
    "good-valp-sod-val-shorthand",
    GOOD,
    "valp",
    "Sod val 500mg bd to continue unchanged - NOT to stop abruptly (seizures = risk to mum + fetus). Baby "
    "exposed in T1: urgent neuro r/v + fetal medicine USS requested today; folic acid 5mg commenced.",
    "clinicians' shorthand for sodium valproate",
)
ok(
    "good-cit-minutes",
    GOOD,
    "cit",
    "Outcome of today's review: citalopram 20 mg to carry on. She understands the small risk of PPHN and "
    "of a jittery, slow-feeding baby for a day or two; the midwife will look out for this in the first "
    "48 hours and call paeds if it does not settle. She can breastfeed on citalopram.",
    "minutes-style outcome",
    fw,
)
ok(
    "good-mo-pipe-table",
    GOOD,
    "mo",
    "Methadone | continue 60 mg | baby: NAS obs PNW >= 72h, HV to D8; no co-sleeping (sedation)\n"
    "Sertraline | continue 100 mg | baby: watch adaptation alongside NAS obs\n"
    "Feeding | BF encouraged on both | SW + HV to see the cot pre-discharge",
    "a table pasted from the clinical system",
)
ok(
    "good-sert-because-first",
    GOOD,
    "sert",
    "Because stopping sertraline last year led to relapse within a month, it continues at 100 mg. For the "
    "baby this means a small risk of PPHN and of jitteriness or poor feeding in the first days; the "
    "postnatal ward will look for these during the NAS obs. She may breastfeed.",
    "reason clause leading into the decision",
)
ok(
    "good-lith-paeds-handover",
    GOOD,
    "lith",
    "For paediatrics: mum is on lithium carbonate (Priadel) 800 mg nocte, continuing through delivery as "
    "relapse risk is high. Please review baby after birth for hypotonia, poor suck, lethargy; baby's lithium "
    "level and TFTs per guideline. Bottle feeding planned - lithium not advised in breast milk.",
    "a handover to paediatrics",
)
ok(
    "good-quet-soap",
    GOOD,
    "quet",
    "S: partner on quetiapine 300 mg at night. O: very hard to wake after his dose (Chloe's report). "
    "A: risk to the baby is co-sleeping with a sedated father. P: he never shares a bed, sofa or chair "
    "with the baby and does no night feeds after his dose; mum does nights; HV reviews the crib at each "
    "visit.",
    "SOAP for the partner's medicine",
    cyr,
)
ok(
    "good-dzp-foster-handover",
    GOOD,
    "dzp",
    "Handover to foster carer: mum takes diazepam 5 mg tds and pregabalin 150 mg bd, both continuing, and "
    "they make her sleepy. She must not have the baby in bed or on the sofa with her, or feed lying down; "
    "you do the night feeds. Watch the baby until day 8 for shaking, poor feeding or a high-pitched cry and "
    "ring the HV if you see them.",
    "second person, addressed to the foster carer",
)
ok(
    "good-co-letter-to-mw",
    GOOD,
    "co",
    "Dear midwife, Megan will stay on citalopram 20 mg for the rest of the pregnancy and while "
    "breastfeeding. Please watch her baby for adaptation symptoms (jitteriness, fast breathing, poor "
    "feeding) over the first 48 hours. I will review her mood at the 6-week check. The HV was added as a "
    "recipient in v2.",
    "letter to the midwife",
)
ok(
    "good-meth-dose-then-baby",
    GOOD,
    "meth",
    "60 mg methadone od, unchanged until after delivery (drug service agree). Baby: expect NAS; observe "
    "on PNW min 72 hrs, HV checks for late signs up to D8. BF: yes, encouraged while dose stable. Sleep: "
    "drowsy post-dose, so no bed/sofa sharing; cot to be seen at the first HV visit.",
    "label-colon shorthand",
    zwsp,
)
mut(
    "name-citalopam-typo-unassessed-dg",
    DISG,
    REFUSE,
    M,
    unassessed("med-citalopam", greek("Citalopam 20mg tablets"), "one daily"),
    "misspelt citalopram in Greek look-alikes, unassessed",
)


# ============================================================================================================
# Harder shapes across the lens, both ways.

bad(
    "defer-meth-neonatal-teams-discretion",
    DEFER,
    "meth",
    "Methadone continues; the baby's care after birth is at the neonatal team's discretion.",
    "the baby's care handed to the neonatal team's discretion; nothing decided for the baby",
)
bad(
    "dismiss-sert-no-concerns-long-standing",
    DISMISS,
    "sert",
    "No concerns with sertraline as she has been on it for years without problems.",
    "a reason about her history, nothing about the baby",
)
bad(
    "joint-mo-sertraline-in-brackets",
    JOINT,
    "mo",
    "Methadone 60 mg continues (also on sertraline). The baby needs NAS observation on the postnatal ward "
    "for at least 72 hours; breastfeeding is encouraged; no co-sleeping because of sedation, cot to be seen "
    "by the HV.",
    "sertraline only in a bracketed aside",
)
bad(
    "dismiss-po-dad-na-not-breastfed",
    DISMISS,
    "po",
    "Mum's paracetamol is fine. Dad's quetiapine: not applicable to the baby, as the baby is not exposed "
    "through milk or the womb.",
    "partner's sedating medicine dismissed; co-sleeping never addressed",
)
ok(
    "good-vo-awaiting-date-but-plan",
    GOOD,
    "vo",
    "Awaiting an appointment date from neurology; in the meantime sodium valproate continues at 500 mg bd "
    "and must not be stopped suddenly, because a seizure would harm her and the baby. The baby was exposed "
    "in the first trimester, so an early fetal medicine review and a detailed anomaly scan are booked. "
    "Folic acid 5 mg started today.",
    "'awaiting' for a detail beside a full plan",
)
ok(
    "good-lo-bf-na-then-plan",
    GOOD,
    "lo",
    "Breastfeeding: n/a, bottle feeding as lithium passes into milk. Lithium (Priadel) 800 mg nocte continues "
    "to protect her from postpartum relapse, with levels 4-weekly, weekly from 36/40 and within 24h of "
    "birth. The baby is reviewed by paeds after delivery. PNMH team to see her in week 1.",
    "'n/a' for one item with its reason",
)
ok(
    "good-co-as-per-nice-applied",
    GOOD,
    "co",
    "In line with NICE, citalopram 20 mg continues: relapse would harm her and the baby more than the small "
    "risks of exposure. The midwife watches the baby for adaptation symptoms over the first 48 hours, and "
    "she can breastfeed. GP mood review at the 6-week check; HV added as a recipient in v2.",
    "guidance applied, not reported",
)
mut(
    "date-attest-local-day-before",
    DATES,
    REFUSE,
    F,
    set_("attestation.at", "2026-06-11T23:30:00-01:00"),
    "attested on 11 June in its own time zone, before the 12 June assessment",
)
mut(
    "date-ok-attest-local-same-day",
    DATES,
    PASS,
    F,
    set_("attestation.at", "2026-06-12T00:30:00+01:00"),
    "attested on the assessment's day in its own time zone",
)
mut(
    "date-overall-before-conception",
    DATES,
    REFUSE,
    V,
    set_("overall_conclusion.date", "2025-12-20"),
    "overall conclusion dated before this pregnancy (conception about 2026-03-25)",
)
mut(
    "date-gestation-15-days-off",
    DATES,
    REFUSE,
    C,
    set_("pregnancy.gestation", {"weeks": 34, "days": 3, "on": "2026-02-10"}),
    "gestation implies an EDD 16 days before the recorded one",
)
mut(
    "date-ok-gestation-13-days-off",
    DATES,
    PASS,
    C,
    set_("pregnancy.gestation", {"weeks": 30, "days": 2, "on": "2026-02-10"}),
    "gestation 13 days from the EDD, within the margin",
)
mut(
    "route-mllp-port-in-host",
    ROUTES,
    REFUSE,
    V,
    set_("recipients#rcp-maternity.route.host", "maternity-interface.castleford.example:2575:2575"),
    "a host holding host:port twice",
)
mut(
    "route-ok-manual-post-described",
    ROUTES,
    PASS,
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        "Posted first class in a sealed envelope marked confidential to the foster carer at the address held "
        "by the allocated social worker.",
    ),
    "post with the instruction",
)
mut(
    "attrib-same-number-different-given",
    ATTRIB,
    REFUSE,
    V,
    set_("attestation.by.name", {"prefix": "Dr", "given": ["Fergus"], "family": "McAllister"}),
    "one GMC number, Fiona on the assessment and Fergus on the attestation",
)
mut(
    "ident-partner-mothers-number-dashed",
    IDENT,
    REFUSE,
    P,
    set_("partner.nhs_number", "999-000-4145"),
    "the mother's number written with dashes on the partner",
)
mut(
    "name-nytol-unassessed",
    NAMES,
    REFUSE,
    N,
    unassessed("med-nytol", "Nytol One-A-Night 50mg tablets", "one at night"),
    "diphenhydramine brand, sedating, unassessed",
)
mut(
    "name-oxynorm-run-in-unassessed",
    NAMES,
    REFUSE,
    F,
    unassessed("med-oxy", "Oxynorm5mg caps", "one 4-hourly prn"),
    "oxycodone brand run into its strength",
)
mut(
    "name-zapain-unassessed",
    NAMES,
    REFUSE,
    C,
    unassessed("med-zapain", "Zapain 30/500 caps", "two qds prn"),
    "co-codamol brand",
)
mut(
    "unrec-ok-lamisil-reason",
    UNREC,
    PASS,
    N,
    unassessed(
        "med-lamisil",
        "Lamisil AT 1% cream",
        "apply daily to the toes",
        not_of_concern_reason="Terbinafine cream for athlete's foot; not absorbed in any amount, so nothing "
        "reaches the baby through breast milk.",
    ),
    "a topical near in spelling to Lamictal, with a reason",
)
mut(
    "unrec-reason-pharmacist-says-ok",
    UNREC,
    REFUSE,
    M,
    unassessed("med-kalms", "Kalms Night tablets", "one at night", not_of_concern_reason="Pharmacist says OK."),
    "a reported verdict, no reason",
)


bad(
    "hollow-meth-class-facts-only",
    HOLLOW,
    "meth",
    "Methadone continues. Opioids cross the placenta and up to 80% of exposed babies develop NAS.",
    "a decision about her and a textbook fact about babies in general; nothing for this baby",
)
bad(
    "defer-mo-bullets-as-discussed",
    DEFER,
    "mo",
    "* Methadone: as discussed\n* Sertraline: as discussed\n* Baby: as discussed\n* Sleep: as discussed",
    "bullets of 'as discussed'",
)
bad(
    "hollow-meth-risks-then-tbc",
    HOLLOW,
    "meth",
    "Methadone. Risks: NAS, sedation, co-sleeping, breastfeeding. Plan: TBC.",
    "a list of risks and a placeholder plan",
    greek,
)
ok(
    "good-meth-risks-then-plan",
    GOOD,
    "meth",
    "Methadone. Risks: NAS, sedation. Plan: dose unchanged at 60 mg; 72h obs on PNW, HV to D8 for late "
    "NAS; BF OK on a stable dose; no co-sleeping, cot checked at first HV visit.",
    "risks then a real plan",
)
ok(
    "good-fo-nnu-shorthand",
    GOOD,
    "fo",
    "Diazepam + pregabalin continue (diazepam taper from 6/52). Baby stayed on PNW 5 days, NNU not needed; "
    "late w/drawal possible to D8 - FC/HV to watch. Mum sedated at night: no bed/sofa/chair sharing, no "
    "lying-down feeds, FC does nights. SW, FC, HV all hold this plan.",
    "NNU and w/drawal shorthand",
)
ok(
    "good-quet-nickname",
    GOOD,
    "quet",
    "Dan (baby's dad) is on quetiapine 300 mg at bedtime and is groggy until morning. He does not take the "
    "baby into bed or onto the sofa, and does no night feeds after his dose; Chloe does them and the baby "
    "sleeps in the crib by her bed. HV to recheck this each visit.",
    "the partner by a short form of his name",
)
bad(
    "dg-defer-sert-rlo",
    DISG,
    "sert",
    "\u202eSertraline: see psychiatry letter.\u202c",
    "a pointer wrapped in a right-to-left override",
)
mut(
    "date-quet-changed-after-assessment",
    DATES,
    REFUSE,
    P,
    set_("medicines#med-partner-quetiapine.last_changed", "2026-05-30"),
    "the father's dose changed two days after the assessment",
)
mut(
    "ident-partner-mothers-number-padded",
    IDENT,
    REFUSE,
    P,
    set_("partner.nhs_number", " 9990004145 "),
    "the mother's number with spaces around it",
)
mut(
    "name-diazepam-soft-hyphen-unassessed",
    DISG,
    REFUSE,
    N,
    unassessed("med-dz", "Diaz\u00ade\u00adpam 2mg tablets", "one at night"),
    "diazepam with soft hyphens, unassessed",
)
mut(
    "route-mesh-lowercase-id",
    ROUTES,
    REFUSE,
    N,
    set_("recipients#rcp-midwife.route.mailbox", "x26hc 002"),
    "a mailbox id with a space",
)


# ============================================================================================================
# Names of the record's own medicines in conclusions, and overall conclusions, both ways.

mut(
    "hollow-n-overall-na",
    HOLLOW,
    REFUSE,
    N,
    set_(
        "overall_conclusion",
        {
            "text": "N/A.",
            "author": {
                "name": {"prefix": "Dr", "given": ["Priya"], "family": "Shah"},
                "role": "general-practitioner",
                "registration": {"body": "GMC", "number": "7012345"},
                "organisation": {"ods_code": "Y90001", "name": "Riverside Surgery"},
            },
            "date": "2026-04-09",
        },
    ),
    "an overall conclusion written as a placeholder",
)
bad(
    "joint-fo-classes-only",
    JOINT,
    "fo",
    "The benzodiazepine and the gabapentinoid both continue for now. Together they sedate mum: no bed, sofa "
    "or armchair sharing, no feeding lying down, and the foster carer does nights. Late withdrawal in the "
    "baby possible until day 8; FC, HV and SW hold the plan.",
    "the medicines named only by class",
)
bad(
    "joint-sert-ssri-only",
    JOINT,
    "sert",
    "Her SSRI continues at 100 mg as relapse is the bigger risk; the baby may have adaptation symptoms for a "
    "few days, so the postnatal ward will watch alongside the NAS obs. Fine with breastfeeding.",
    "sertraline named only as 'her SSRI'",
)
bad(
    "defer-meth-baby-see-neonatal-plan",
    DEFER,
    "meth",
    "Methadone 60 mg continues with the drug service, supervised daily; baby: see neonatal plan.",
    "the mother's dose and a pointer for the baby",
)
ok(
    "good-lith-li-abbrev",
    GOOD,
    "lith",
    "Lithium to continue (Priadel 800 mg ON). Li levels 4-weekly -> weekly from 36/40 -> within 24h of "
    "delivery; avoid dehydration in labour. Baby: paeds r/v on PNW for hypotonia, poor feeding, TFTs. "
    "Bottle feeding as Li is not advised with BF. PNMH review within a week postnatally.",
    "Li shorthand with lithium named",
)
mut(
    "good-lo-overall-equals-single-assessment",
    GOOD,
    PASS,
    L,
    overall(
        "Lithium should continue: the risk of relapse after birth outweighs the risks to the baby, which are "
        "being managed. Levels monthly, weekly from 36 weeks and within 24 hours of birth; the baby needs a "
        "paediatric review; breastfeeding is not advised."
    ),
    "one assessment: the overall conclusion may repeat it",
)
ok(
    "good-po-father-only",
    GOOD,
    "po",
    "Daniel's quetiapine 300 mg at night leaves him heavily sedated: he must not sleep with the baby on a "
    "bed, sofa or armchair, and Chloe does the night feeds. The crib by her bed was seen at the NBV; the HV "
    "will keep checking.",
    "paracetamol needs no assessment, so the overall may leave it out",
)
ok(
    "good-valp-epilim-name",
    GOOD,
    "valp",
    "Epilim continues at 500 mg twice daily until neurology review - she must not stop it, as seizures "
    "endanger her and the baby. First-trimester exposure: urgent neurology, early fetal medicine and "
    "detailed anomaly scan requested today; folic acid 5 mg started.",
    "valproate named by its brand",
)
ok(
    "good-lith-priadel-only",
    GOOD,
    "lith",
    "Priadel stays at 800 mg at night: a postpartum relapse is the larger danger. Levels monthly, weekly "
    "from 36 weeks, and within 24h of birth. Baby: paediatric review after birth for floppiness, poor "
    "feeding and thyroid function. Bottle feeding, as it passes into breast milk.",
    "lithium named only by the brand in its list entry",
)
mut(
    "attrib-ok-hv-writes-overall",
    ATTRIB,
    PASS,
    P,
    set_(
        "overall_conclusion.author",
        {
            "name": {"given": ["Joanna"], "family": "Price"},
            "role": "health-visitor",
            "registration": {"body": "NMC", "number": "12A3456B"},
            "organisation": {"ods_code": "Y90510", "name": "Millbrook Health Visiting Service"},
        },
    ),
    "the HV who assessed writes the overall conclusion; the GP attests",
)


# ============================================================================================================
# Last round: stock phrases, hand-overs and copies in shorthand; good work with quotes, refusals and NFA.

bad(
    "hollow-meth-usual-plan-applies",
    HOLLOW,
    "meth",
    "Methadone: the usual plan for an opioid-exposed baby applies, as for any baby on the unit.",
    "what is said of every baby",
)
bad(
    "hollow-sert-in-hand",
    HOLLOW,
    "sert",
    "Sertraline continues as before; baby-related matters have been considered and are in hand.",
    "'in hand' with nothing for the baby",
    cyr,
)
bad(
    "defer-valp-to-be-confirmed",
    DEFER,
    "valp",
    "Sodium valproate: plan to be confirmed by neurology; interim advice given to the patient.",
    "to be confirmed; advice unstated",
)
bad(
    "defer-lith-pnmh-plan-stands",
    DEFER,
    "lith",
    "Lithium: the PNMH team's birth plan stands (copy attached to the notes).",
    "a plan kept elsewhere",
    zwsp,
)
bad(
    "dismiss-quet-fathers-business",
    DISMISS,
    "quet",
    "Quetiapine is the father's own prescription and a matter for his GP; no action needed for the baby.",
    "the partner's sedation dismissed as his GP's business",
)
mut(
    "copy-meth-sert-shorthand-twins",
    COPY,
    REFUSE,
    M,
    chain(
        meth("Continue methadone; watch the baby for 72h on PNW; no co-sleeping; BF ok."),
        sert(
            "Continue sertraline; watch the infant for 72 hours on the postnatal ward; no bed sharing; "
            "breastfeeding ok."
        ),
    ),
    "one conclusion, once in shorthand and once spelt out",
)
ok(
    "good-sert-nfa",
    GOOD,
    "sert",
    "Sertraline: continue 100 mg (relapsed off it before). Baby - watch for adaptation sx (jittery, poor "
    "feeding) with the NAS obs on PNW; BF fine. NFA from GP until the 6/52 check.",
    "NFA for one party beside a plan",
    greek,
)
ok(
    "good-meth-declined-reduction",
    GOOD,
    "meth",
    "She declined the offer of a methadone reduction before delivery, which I support: 60 mg continues. The "
    "baby will be observed for NAS on the postnatal ward for 72 hours or more, and the HV checks for late "
    "signs to day 8. Breastfeeding encouraged. No sharing a bed or sofa with the baby after her dose.",
    "a refused offer, then the plan",
)
ok(
    "good-vo-feeding-not-known",
    GOOD,
    "vo",
    "8/40, unplanned, on sodium valproate 500 mg bd: continue - do not stop abruptly. The baby has been "
    "exposed in the first trimester, so neurology and fetal medicine referrals went today and the anomaly "
    "scan is booked. Folic acid 5 mg started. Feeding choice not yet made; breastfeeding is usually possible "
    "on valproate.",
    "an open feeding choice beside a full plan",
)
ok(
    "good-meth-quoted-words",
    GOOD,
    "meth",
    'She said "I\'m not stopping my methadone" and we agree: 60 mg od continues. Baby likely to need NAS '
    "obs for at least 72h on PNW; HV to D8. BF encouraged. Drowsy after dosing, so the baby sleeps in the "
    "cot, never in her bed; cot checked at the first home visit.",
    "a quotation followed by the decision",
    shy,
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F87CASES)
    for category in CATEGORIES:
        print(f"{category:22} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':22} refuse {sum(c.expect == REFUSE for c in F87CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F87CASES):3}"
    )
