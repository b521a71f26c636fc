"""A thirty-ninth independent "fresh" batch of red-team cases for the share gate: a held-out-style mixed batch.

Written as an independent assessor would, from the issue, docs/rules.md, README.md, the templates and the shipped
examples, not from the gate's code or its word lists. Each case is ONE small mutation of a shipped pass example
(examples/pass/*.json) with the verdict the gate must give. Four equal parts, each both ways, about a quarter of
each part disguised (Cyrillic, Greek and Armenian look-alike letters, zero-width and bidi characters, soft
hyphens, full-width forms, combining marks, no-break spaces):

* hollow: conclusions in the shapes the issue names, written freshly and at length (long non-answers,
  deferrals anywhere in the text, padded "pending review", filler, one word repeated, a long-form "not
  applicable", one conclusion under two medicines, a joint conclusion that omits one of its medicines), beside
  long conclusions that do decide (a pointer after a decision, an instruction, "not applicable" about something
  else);
* names: concerning medicines as clinicians write them (brands, misspellings, combination products, former
  names such as "dothiepin", names in the partner's list), unassessed (refuse) and assessed (pass);
* facts: dates, routes and registers that cannot be true, each at and just past its boundary;
* good: good conclusions of every class (opioid substitution, SSRIs, lithium, valproate and other
  antiepileptics, benzodiazepines with gabapentinoids, antipsychotics, a partner's sedating medicine, a teratogen
  stopped with pregnancy prevention) that must pass, beside their hollow twins.

Medicines named here are real (codelists-more/brand-names.csv and the examples); no clinical code is invented.
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail). Run
``python -m tests.redteam.fresh39_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter

from tests.redteam.cases import (
    CASTLE_STREET,
    DERMATOLOGY,
    DRUG_SERVICE,
    ELM_PARK,
    MILLBROOK,
    PASS,
    REFUSE,
    RIVERSIDE,
    SHAH,
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
    add_assessment,
    add_medicine,
    chain,
    edit,
    gp_prescriber,
    medicine,
    other_prescriber,
    replace_assessment,
    replace_medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words, swap_spaces

F39CASES: list[Case] = []

CATEGORIES = ("hollow", "names", "facts", "good")


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F39CASES.append(Case(f"f39-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def concl(asm: str, text: str) -> Mutation:
    return set_(f"assessments#{asm}.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


ARMENIAN = {"o": "\u0585", "u": "\u057d", "h": "\u0570", "n": "\u0578", "g": "\u0581"}
"""Armenian small oh, seh, ho, vo, co: look-alikes of Latin o, u, h, n, g (UTS #39 confusables)."""


def armenian(text: str, letters: str = "ou") -> str:
    return "".join(ARMENIAN[ch] if ch in letters and ch in ARMENIAN else ch for ch in text)


def combining(text: str, mark: str = "\u0308") -> str:
    """A combining mark after every vowel (NFKC keeps it; a reader still sees the word)."""
    return "".join(ch + mark if ch in "aeiou" else ch for ch in text)


def bidi_words(text: str) -> str:
    """Each word wrapped in a left-to-right isolate (invisible: displays exactly as typed)."""
    return " ".join(f"\u2066{w}\u2069" for w in text.split(" "))


# ============================================================================================================
# (a) hollow: conclusions in the shapes the issue names, long, each beside a long conclusion that decides.

_HOLLOW: list[tuple[str, str, str, str, str]] = [
    # name, base, assessment id ("" = overall), text, why
    (
        "long-nonanswer-methadone",
        M,
        "asm-methadone",
        "Methadone has been looked at carefully in the context of this pregnancy, taking into account the whole "
        "picture, the views of everyone involved and the relevant local and national guidance, and the assessment "
        "reflects a balanced consideration of all of the issues that were raised during the consultation today.",
        "sixty words about having considered things, none about what follows for the baby (MA103/MA124)",
    ),
    (
        "deferral-in-middle-sertraline",
        M,
        "asm-sertraline",
        "Sertraline for Jodie: for the decision about continuing, and what it means for the newborn, please see the "
        "perinatal mental health team's clinic letter of February, which sets it out.",
        "the deferral sits mid-sentence between the name and the baby (MA103)",
    ),
    (
        "deferral-at-end-lithium",
        L,
        "asm-lithium",
        "Lithium in this pregnancy, with its levels and the newborn's review after the birth, is a matter on which "
        "the final word rests with the specialist team, whose letter should be consulted.",
        "topic words, then 'consult the letter' at the end (MA103)",
    ),
    (
        "padded-pending-review-valproate",
        V,
        "asm-valproate",
        "Valproate: plan pending review. Outcome pending review by neurology, pending review by fetal medicine, "
        "pending review by the epilepsy nurse, and pending review of the baby's risks once reviewed.",
        "'pending review' padded to length (MA103/MA114)",
    ),
    (
        "filler-diazepam-pregabalin",
        F,
        "asm-diazepam-pregabalin",
        "Diazepam pregabalin lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua baby.",
        "placeholder Latin between the names (MA113)",
    ),
    (
        "one-word-repeated-quetiapine",
        P,
        "asm-partner-quetiapine",
        "Quetiapine sleep sleep sleep sleep sleep sleep sleep sleep sleep sleep sleep sleep sleep sleep sleep "
        "sleep sleep sleep baby.",
        "one word repeated to length (MA114)",
    ),
    (
        "long-not-applicable-lithium",
        L,
        "asm-lithium",
        "With regard to lithium, having gone through every heading on the form, none of the headings were felt to "
        "be applicable to this particular lady or her baby at the present time, and so nothing further is recorded.",
        "'not applicable' spelt out at length, with nothing left (MA103)",
    ),
    (
        "no-further-action-sertraline",
        M,
        "asm-sertraline",
        "Sertraline reviewed in the light of Jodie's pregnancy and her baby's arrival in May: no issues identified "
        "and no further action is considered necessary by the practice at this stage.",
        "a dismissal of the SSRI with no reason that reaches the baby (MA103)",
    ),
    (
        "overall-omits-sertraline",
        M,
        "",
        "Methadone 60 mg continues unchanged to delivery: the baby stays on the postnatal ward for at least three "
        "days of withdrawal scoring, breastfeeding is encouraged, and there is no sharing of a bed or sofa after a "
        "dose.",
        "the overall conclusion never names sertraline, which an assessment covers (MA119)",
    ),
    (
        "joint-omits-pregabalin",
        F,
        "asm-diazepam-pregabalin",
        "Diazepam leaves her drowsy after each dose and through the night, so she must never share a bed, sofa or "
        "armchair with the baby; the foster carer does the night feeds and watches for withdrawal signs to day 8.",
        "the joint assessment's conclusion omits pregabalin (MA119)",
    ),
    (
        "overall-omits-pregabalin",
        F,
        "",
        "Diazepam continues for now, with a slow reduction at six weeks. The mother is drowsy after doses and at "
        "night, so no bed, sofa or armchair sharing and no feeding lying down; the foster carer does night feeds and "
        "watches for late withdrawal until day 8.",
        "the overall conclusion never names pregabalin, which the joint assessment covers (MA119)",
    ),
    (
        "awaited-everything-partner",
        P,
        "asm-partner-quetiapine",
        "The father's quetiapine and what it means for the baby's nights: the outcome of this is awaited from his "
        "own GP and from the mental health team, and will be added to the record once it is received.",
        "a promise of a later conclusion (MA103)",
    ),
]
for _n, _b, _a, _t, _w in _HOLLOW:
    bad(f"hollow-{_n}", "hollow", _b, concl(_a, _t) if _a else overall(_t), _w)

# The same conclusion under two medicines (MA121): a joint text pasted under both assessments.
_PASTED = (
    "Methadone and sertraline both continue through the birth; the baby will be watched for withdrawal and "
    "adaptation signs for at least 72 hours on the ward, breastfeeding is supported, and no co-sleeping."
)
bad(
    "hollow-same-text-both-m",
    "hollow",
    M,
    chain(concl("asm-methadone", _PASTED), concl("asm-sertraline", _PASTED)),
    "one conclusion pasted under two medicines' assessments (MA121)",
)

# Disguised hollow texts.
bad(
    "hollow-disguised-cyrillic-see-letter",
    "hollow",
    M,
    concl(
        "asm-methadone",
        homoglyphs(
            "Methadone and the baby's neonatal withdrawal: please see the drug service's letter dated 3 February for "
            "the plan.",
            "aeop",
        ),
    ),
    "a deferral in Cyrillic look-alike letters (MA103)",
)
bad(
    "hollow-disguised-zero-width-pending",
    "hollow",
    L,
    concl(
        "asm-lithium",
        inside_words(
            "Lithium levels and the newborn's review: pending review, pending review, pending review by the perinatal "
            "team.",
            "\u200b",
            every=2,
        ),
    ),
    "padded 'pending review' with zero-width spaces inside words (MA103)",
)
bad(
    "hollow-disguised-armenian-not-applicable",
    "hollow",
    V,
    concl(
        "asm-valproate",
        armenian(
            "Valproate: none of the questions about the baby are thought to be applicable to her at this time, so "
            "nothing more is written.",
            "ou",
        ),
    ),
    "long-form 'not applicable' with Armenian o and u (MA103)",
)
bad(
    "hollow-disguised-full-width-repeated",
    "hollow",
    P,
    concl(
        "asm-partner-quetiapine",
        full_width("Quetiapine crib crib crib crib crib crib crib crib crib crib crib crib crib crib baby."),
    ),
    "one word repeated, in full-width letters (MA114)",
)
bad(
    "hollow-disguised-softhyphen-overall-omits",
    "hollow",
    M,
    overall(
        inside_words(
            "Methadone continues unchanged: the baby is scored for withdrawal on the ward for three days, breastfeeding "
            "is supported, and the cot is used, never the parents' bed.",
            "\u00ad",
            every=3,
        )
    ),
    "soft hyphens inside the words of an overall conclusion that omits sertraline (MA119)",
)

_GOOD_LONG: list[tuple[str, str, str, str, str]] = [
    (
        "pointer-after-decision-methadone",
        M,
        "asm-methadone",
        "Methadone 60 mg continues to the birth and beyond, with no change unless the drug service makes it. The "
        "baby is likely to withdraw, so stays on the postnatal ward for at least 72 hours of scoring, and the health "
        "visitor looks for late signs until day 8. Breastfeeding is encouraged. Jodie must never doze with the baby "
        "on a bed or sofa after her dose. The drug service's February letter has the dose history.",
        "a full decision, then a pointer for background: a substantive conclusion may point elsewhere",
    ),
    (
        "instruction-not-deferral-sertraline",
        M,
        "asm-sertraline",
        "Sertraline 100 mg continues; Jodie must not stop it suddenly, because her depression relapsed when she did "
        "so before. Tell the paediatrician at delivery: the newborn has a small risk of breathing problems (PPHN) "
        "and may be jittery or feed poorly for a few days, so the midwife scores these with the withdrawal chart. "
        "Fine with breastfeeding.",
        "'tell the paediatrician' is an instruction, not a deferral",
    ),
    (
        "long-review-then-decision-lithium",
        L,
        "asm-lithium",
        "Having weighed the relapse risk with her and her partner, Priadel stays at 800 mg at night. Lithium levels "
        "monthly, weekly from 36 weeks and within a day of delivery, with fluids in labour. The newborn needs a "
        "paediatric check for floppiness, poor feeding and thyroid effects; she has chosen formula, which the team "
        "supports, as lithium reaches the baby in breast milk.",
        "a long lead-in about weighing, followed by the decision",
    ),
    (
        "pending-inside-plan-valproate",
        V,
        "asm-valproate",
        "Sodium valproate continues at 500 mg twice daily pending the urgent neurology appointment: stopping "
        "abruptly could bring back seizures, dangerous to her and the baby. The baby has been exposed since "
        "conception, so fetal medicine will review her early and a detailed anomaly scan is booked; folic acid 5 mg "
        "daily started today.",
        "'pending' inside a decision that stands until the review",
    ),
    (
        "not-applicable-about-something-else",
        P,
        "asm-partner-quetiapine",
        "Breast milk is not applicable here, as the quetiapine is the father's, but his heavy sedation after the "
        "night dose is: he must not sleep with the baby on a bed, sofa or chair or do night feeds after it. The "
        "mother does night feeds and the baby sleeps in the side crib; the health visitor checks at every visit.",
        "'not applicable' about breastfeeding, with the real plan for the baby",
    ),
    (
        "overall-both-named-long",
        M,
        "",
        "Jodie continues methadone 60 mg and sertraline 100 mg; neither should be stopped or cut without the drug "
        "service or the practice. The baby will be scored on the ward for at least three days for opioid withdrawal "
        "and SSRI adaptation, then checked by the health visitor until day 8. Breastfeeding is encouraged. Because "
        "methadone sedates her, the baby sleeps in the cot, never in her bed or on the sofa.",
        "a long overall conclusion that names both medicines and decides",
    ),
    (
        "joint-names-both-long",
        F,
        "asm-diazepam-pregabalin",
        "Diazepam with pregabalin leaves the mother drowsy, most of all at night, so she must never share a bed, "
        "sofa or armchair with the baby or feed lying down; the foster carer does night feeds. Both continue for "
        "now, and the GP will start a slow diazepam taper at six weeks. The baby may still show withdrawal until "
        "day 8: the foster carer and health visitor watch for tremor, crying and poor feeding.",
        "a joint conclusion that names both of its medicines",
    ),
    (
        "overall-valproate-and-folic",
        V,
        "",
        "Eight weeks pregnant on sodium valproate: it continues unchanged until the urgent neurology review, as "
        "stopping risks seizures. The baby's first-trimester exposure carries about a 1 in 10 risk of a major "
        "malformation, so fetal medicine review and a detailed scan are requested. Folic acid 5 mg daily started "
        "today, to continue to at least 12 weeks.",
        "the overall conclusion says what happens with folic acid too",
    ),
    (
        "no-change-with-reason-sertraline",
        M,
        "asm-sertraline",
        "No change to sertraline: the 100 mg dose has kept Jodie well, and relapse would harm her care of the baby "
        "more than the small risks of exposure. After birth the midwife watches the newborn for jitteriness, fast "
        "breathing and poor feeding for the first 72 hours; breastfeeding is compatible.",
        "'no change' followed by why and what the baby needs",
    ),
    (
        "awaited-after-decision-partner",
        P,
        "asm-partner-quetiapine",
        "Daniel's quetiapine 300 mg at night makes him very hard to rouse, so he does no night feeds and never "
        "sleeps with the baby on a bed, sofa or armchair; the mother does the nights and the baby uses the "
        "next-to-me crib. A letter from his GP about a change to the timing of his dose is awaited.",
        "'awaited' about a letter, after a complete plan",
    ),
]
for _n, _b, _a, _t, _w in _GOOD_LONG:
    ok(f"hollow-twin-{_n}", "hollow", _b, concl(_a, _t) if _a else overall(_t), _w)

ok(
    "hollow-twin-two-texts-alike-but-own",
    "hollow",
    M,
    chain(
        concl(
            "asm-methadone",
            "Methadone continues at 60 mg: the baby will be watched for opioid withdrawal for at least 72 hours on "
            "the ward, breastfeeding is supported, and no co-sleeping after her dose.",
        ),
        concl(
            "asm-sertraline",
            "Sertraline continues at 100 mg: the baby will be watched for adaptation signs alongside the withdrawal "
            "scoring, breastfeeding is supported, and she must not stop it suddenly.",
        ),
    ),
    "two conclusions in the same shape, each about its own medicine: not copy and paste",
)
ok(
    "hollow-twin-disguised-cyrillic-decision",
    "hollow",
    M,
    concl(
        "asm-methadone",
        homoglyphs(
            "Methadone stays at 60 mg. The baby will likely withdraw, so three days of scoring on the ward, with the "
            "health visitor checking to day 8; breastfeeding encouraged; the cot, never her bed, after a dose.",
            "aeo",
        ),
    ),
    "a complete conclusion in Cyrillic look-alikes: judged like the plain text",
)
ok(
    "hollow-twin-disguised-nbsp-instruction",
    "hollow",
    L,
    concl(
        "asm-lithium",
        swap_spaces(
            "Lithium (Priadel) stays at 800 mg; check levels monthly, weekly from 36 weeks and within 24 hours of birth. "
            "Ask the paediatrician to review the newborn for floppiness, poor feeding and thyroid problems; she will "
            "formula feed, as lithium passes into breast milk."
        ),
    ),
    "no-break spaces throughout a conclusion that instructs",
)
ok(
    "hollow-twin-disguised-bidi-long",
    "hollow",
    V,
    concl(
        "asm-valproate",
        bidi_words(
            "Valproate continues until neurology review, as stopping could bring on seizures; the baby has been exposed "
            "since conception, so an early fetal medicine review and detailed anomaly scan are booked; folic acid 5 mg "
            "started."
        ),
    ),
    "every word inside a bidi isolate, a complete conclusion",
)
ok(
    "hollow-twin-disguised-armenian-partner",
    "hollow",
    P,
    concl(
        "asm-partner-quetiapine",
        armenian(
            "The father's quetiapine makes him too drowsy at night to feed or hold the baby safely: no bed or sofa "
            "sharing with him, the mother does night feeds, and the baby sleeps in its own crib, checked by the health "
            "visitor.",
            "o",
        ),
    ),
    "Armenian o throughout a complete partner conclusion",
)

# ============================================================================================================
# (b) names: concerning medicines as clinicians write them.


def _n_extra(
    name: str,
    dose: str,
    *,
    mid: str = "med-extra",
    started: str = "2025-11-10",
    prescriber: Record | None = None,
    **extra: object,
) -> Mutation:
    return add_medicine(medicine(mid, name, dose, started, prescriber or gp_prescriber(RIVERSIDE), **extra))


_UNASSESSED: list[tuple[str, str, str, str]] = [
    ("dothiepin", "Dothiepin 75mg tablets", "75 mg at night", "the former name of dosulepin, a sedating tricyclic"),
    ("prothiaden", "Prothiaden 75mg tablets", "75 mg at night", "dosulepin brand"),
    ("zimovane-ls", "Zimovane LS 3.75mg tablets", "3.75 mg at night", "zopiclone brand"),
    ("solpadol", "Solpadol 30mg/500mg caplets", "Two caplets four times a day", "co-codamol brand"),
    ("nurofen-plus", "Nurofen Plus tablets", "Two tablets three times a day", "ibuprofen with codeine"),
    ("migraleve-yellow", "Migraleve Yellow tablets", "Two tablets when needed", "a codeine combination"),
    ("stilnoct", "Stilnoct 10mg tablets", "10 mg at night", "zolpidem brand"),
    ("neurontin", "Neurontin 300mg capsules", "300 mg three times a day", "gabapentin brand"),
    ("cipramil", "Cipramil 20mg tablets", "20 mg once daily", "citalopram brand"),
    ("zyprexa", "Zyprexa 10mg tablets", "10 mg at night", "olanzapine brand"),
    ("camcolit", "Camcolit 400mg modified-release tablets", "800 mg at night", "lithium brand"),
    ("misspelt-gabapentine", "Gabapentine 300mg capsules", "300 mg three times a day", "a trailing e"),
    ("misspelt-olanzepine", "Olanzepine 5mg tablets", "5 mg at night", "a vowel swapped"),
    ("misspelt-citalopran", "Citalopran 20mg tablets", "20 mg once daily", "a final letter wrong"),
]
for _n, _med, _dose, _why in _UNASSESSED:
    bad(f"names-unassessed-{_n}", "names", N, _n_extra(_med, _dose), f"unassessed medicine of concern: {_why}")

bad(
    "names-unassessed-espranor-drug-service",
    "names",
    N,
    _n_extra(
        "Espranor 8mg oral lyophilisates", "16 mg once daily, supervised", prescriber=other_prescriber(DRUG_SERVICE)
    ),
    "a buprenorphine brand from the drug service, unassessed",
)
bad(
    "names-partner-zimovane-unassessed",
    "names",
    P,
    _n_extra(
        "Zimovane 7.5mg tablets",
        "7.5 mg at night",
        mid="med-partner-zopiclone",
        started="2025-09-01",
        prescriber=gp_prescriber(ELM_PARK),
        taken_by="partner",
    ),
    "a second sedating medicine in the partner's list, unassessed for co-sleeping",
)
bad(
    "names-partner-misspelt-pregablin",
    "names",
    P,
    _n_extra(
        "Pregabalen 75mg capsules",
        "150 mg twice a day",
        mid="med-partner-pregabalin",
        started="2025-09-01",
        prescriber=gp_prescriber(ELM_PARK),
        taken_by="partner",
    ),
    "the partner's pregabalin misspelt, unassessed",
)
# disguised names, unassessed
bad(
    "names-disguised-armenian-tramadol",
    "names",
    N,
    _n_extra(armenian("Tramadol 50mg capsules", "o"), "50 mg four times a day"),
    "Armenian o in tramadol, unassessed",
)
bad(
    "names-disguised-combining-diazepam",
    "names",
    N,
    _n_extra(combining("Diazepam") + " 2mg tablets", "2 mg three times a day"),
    "combining diaereses on each vowel of diazepam, unassessed",
)
bad(
    "names-disguised-rlo-zopiclone",
    "names",
    N,
    _n_extra("\u202eZopiclone\u202c 7.5mg tablets", "7.5 mg at night"),
    "zopiclone under a right-to-left override, unassessed",
)
bad(
    "names-disguised-greek-lithium",
    "names",
    N,
    _n_extra("L\u03b9th\u03b9um carbonate 400mg tablets", "400 mg twice a day"),
    "Greek iotas in lithium, unassessed",
)
bad(
    "names-disguised-word-joiner-sertraline",
    "names",
    N,
    _n_extra("Sert\u2060raline 50mg tablets", "50 mg once daily"),
    "a word joiner inside sertraline, unassessed",
)
bad(
    "names-unrecognised-no-reason",
    "names",
    N,
    _n_extra("Valerian root capsules (bought online)", "Two capsules at night"),
    "an unrecognised herbal sleep remedy with no 'not of concern' classification (MA117)",
)

# assessed, or common / classified
_DOSULEPIN_ASSESSMENT: Record = {
    "id": "asm-sertraline",
    "medicine_ids": ["med-sertraline"],
    "impact_on_mother": {
        "sedation": "yes",
        "parenting_capacity": "Mood stable on dosulepin 75 mg at night for years; it makes her sleep heavily.",
        "safe_sleep": "Dosulepin at night adds to methadone's sedation: the baby must never sleep in her bed or on "
        "the sofa with her. Cot in the parents' room, to be seen at the first home visit.",
    },
    "impact_on_baby": {
        "summary": "Late-pregnancy exposure to a tricyclic can cause jitteriness, poor feeding and fast breathing in "
        "the first days.",
        "breastfeeding": "Small amounts pass into breast milk; breastfeeding is possible, watching for a sleepy baby.",
    },
    "recommendations": "Continue dosulepin 75 mg at night; do not stop suddenly. Midwife to watch for adaptation "
    "signs with the withdrawal scoring; in overdose it is dangerous, so supplies stay weekly.",
    "conclusion": "Dosulepin (prescribed as dothiepin) 75 mg at night continues: stopping risks relapse. The "
    "newborn may be jittery or feed poorly for a few days and is scored with the withdrawal chart; breastfeeding "
    "is fine if the baby is not too sleepy. With methadone it makes her very drowsy at night, so the baby never "
    "shares her bed or sofa.",
    "author": SHAH,
    "date": "2026-03-02",
}
_DOSULEPIN_OVERALL = (
    "Methadone and dosulepin (dothiepin) both continue. The baby is scored on the ward for withdrawal and "
    "tricyclic adaptation for at least 72 hours; breastfeeding supported if the baby feeds well. Both sedate her "
    "at night, so no co-sleeping, and the health visitor and social worker see the cot before discharge."
)
ok(
    "names-assessed-dothiepin",
    "names",
    M,
    chain(
        replace_medicine(
            "med-sertraline",
            medicine(
                "med-sertraline",
                "Dothiepin 75mg capsules",
                "75 mg at night",
                "2025-06-10",
                gp_prescriber(RIVERSIDE),
                last_changed="2025-09-22",
            ),
        ),
        replace_assessment("asm-sertraline", _DOSULEPIN_ASSESSMENT),
        overall(_DOSULEPIN_OVERALL),
    ),
    "the former name in the list, the current name (and the former) in the conclusions",
)
ok(
    "names-assessed-seroquel-partner",
    "names",
    P,
    replace_medicine(
        "med-partner-quetiapine",
        medicine(
            "med-partner-quetiapine",
            "Seroquel 100mg tablets",
            "300 mg (three tablets) at night",
            "2024-02-05",
            gp_prescriber(ELM_PARK),
            taken_by="partner",
            last_changed="2025-10-13",
        ),
    ),
    "the partner's quetiapine by brand, assessed; the conclusion says quetiapine",
)
ok(
    "names-assessed-camcolit",
    "names",
    L,
    set_("medicines#med-lithium.name", "Camcolit 400mg modified-release tablets"),
    "lithium by another brand, assessed",
)
ok(
    "names-assessed-depakote-brand",
    "names",
    V,
    replace_medicine(
        "med-valproate",
        medicine(
            "med-valproate",
            "Epilim 500 gastro-resistant tablets",
            "500 mg twice a day",
            "2019-09-02",
            gp_prescriber(CASTLE_STREET),
            last_changed="2024-03-11",
        ),
    ),
    "valproate by brand, assessed; the conclusions say valproate",
)
ok(
    "names-assessed-misspelt-pregabalene",
    "names",
    F,
    replace_medicine(
        "med-pregabalin",
        medicine(
            "med-pregabalin",
            "Pregabaline 75mg capsules",
            "150 mg (two capsules) twice a day",
            "2025-07-01",
            gp_prescriber(MILLBROOK),
            last_changed="2026-01-12",
        ),
    ),
    "pregabalin misspelt in the list, assessed",
)
ok(
    "names-assessed-lower-case-shorthand",
    "names",
    M,
    set_("medicines#med-sertraline.name", "sertraline 50mg tabs"),
    "lower case and 'tabs', assessed",
)
ok(
    "names-common-lactulose-reworded",
    "names",
    N,
    set_("medicines#med-lactulose.name", "Lactulose oral solution 3.35g/5ml"),
    "a common laxative written another way: no assessment needed",
)
ok(
    "names-classified-emollient",
    "names",
    N,
    _n_extra(
        "Hydromol ointment",
        "Apply to dry skin twice a day",
        started="2026-04-04",
        not_of_concern_reason="An emollient ointment for dry skin on her hands; it is not absorbed in amounts that "
        "reach breast milk or the baby.",
    ),
    "an uncoded product the clinician classifies as of no concern, with a real reason",
)
ok(
    "names-classified-valerian",
    "names",
    N,
    _n_extra(
        "Valerian root capsules (bought online)",
        "Two capsules at night",
        started="2026-04-04",
        not_of_concern_reason="She has stopped taking these since the birth and has none left; advised not to restart "
        "while breastfeeding as safety in breast milk is unknown.",
    ),
    "the unrecognised herbal remedy classified with a clinician's reason",
)
ok(
    "names-partner-paracetamol-no-concern",
    "names",
    P,
    _n_extra(
        "Paracetamol 500mg tablets",
        "1 g when needed",
        mid="med-partner-paracetamol",
        started="2026-05-20",
        prescriber=gp_prescriber(ELM_PARK),
        taken_by="partner",
    ),
    "a common medicine in the partner's list needs no assessment",
)
# disguised assessed names
ok(
    "names-assessed-disguised-armenian-pregabalin",
    "names",
    F,
    set_("medicines#med-pregabalin.name", armenian("Pregabalin 75mg capsules", "gn")),
    "Armenian co and vo for g and n in an assessed medicine's name (a warning at most)",
)
ok(
    "names-assessed-disguised-zero-width-methadone",
    "names",
    M,
    set_("medicines#med-methadone.name", "Metha\u200ddone 1mg/ml oral solution"),
    "a zero-width joiner in an assessed medicine's name",
)
ok(
    "names-assessed-disguised-full-width-quetiapine",
    "names",
    P,
    set_("medicines#med-partner-quetiapine.name", full_width("Quetiapine") + " 100mg tablets"),
    "the partner's assessed quetiapine in full-width letters",
)
ok(
    "names-assessed-disguised-nbsp-lithium",
    "names",
    L,
    set_("medicines#med-lithium.name", swap_spaces("Lithium carbonate 400mg modified-release tablets (Priadel)")),
    "no-break spaces in the assessed lithium's name",
)

# ============================================================================================================
# (c) facts: dates, routes and registers, each at and just past its boundary. TODAY is 2026-12-03.


def _p_today(day: str) -> Mutation:
    def mutate(doc: Record) -> None:
        doc["assessments"][0]["date"] = day
        doc["attestation"]["at"] = f"{day}T10:00:00+00:00"
        doc["updated"] = f"{day}T10:05:00+00:00"
        doc["overall_conclusion"]["date"] = day

    return edit(mutate)


ok("facts-assessment-dated-today", "facts", P, _p_today("2026-12-03"), "assessed and attested today: MA206 edge")
bad("facts-assessment-dated-tomorrow", "facts", P, _p_today("2026-12-04"), "a day after today (MA206/MA211)")
ok(
    "facts-edd-14-days-from-gestation",
    "facts",
    M,
    set_("pregnancy.edd", "2026-05-30"),
    "gestation implies 2026-05-16: 14 days is within tolerance (MA011 edge)",
)
bad(
    "facts-edd-15-days-from-gestation",
    "facts",
    M,
    set_("pregnancy.edd", "2026-05-31"),
    "15 days from the gestation's EDD (MA011)",
)
ok(
    "facts-delivery-on-attestation-day",
    "facts",
    P,
    set_("pregnancy.delivery_date", "2026-05-28"),
    "born the day the record was attested (MA013 edge)",
)
bad(
    "facts-delivery-after-attestation",
    "facts",
    P,
    set_("pregnancy.delivery_date", "2026-05-29"),
    "a postnatal record attested the day before the birth (MA013)",
)
ok(
    "facts-attested-364-days-after-birth",
    "facts",
    P,
    chain(set_("pregnancy.delivery_date", "2025-05-29"), set_("medicines#med-paracetamol.started", "2025-05-30")),
    "attested 364 days after the birth: inside the postnatal year",
)
bad(
    "facts-attested-366-days-after-birth",
    "facts",
    P,
    chain(set_("pregnancy.delivery_date", "2025-05-27"), set_("medicines#med-paracetamol.started", "2025-05-28")),
    "attested 366 days after the birth: outside the postnatal year (MA013)",
)
ok("facts-mother-aged-59", "facts", N, set_("mother.birth_date", "1966-04-10"), "59 on the update day (MA014 edge)")
bad("facts-mother-aged-61", "facts", N, set_("mother.birth_date", "1965-04-08"), "61 on the update day (MA014)")
ok(
    "facts-medicine-changed-today",
    "facts",
    P,
    chain(_p_today("2026-12-03"), set_("medicines#med-partner-quetiapine.last_changed", "2026-12-03")),
    "a dose changed today and assessed today (MA010/MA108 edge)",
)
bad(
    "facts-medicine-changed-tomorrow",
    "facts",
    P,
    set_("medicines#med-partner-quetiapine.last_changed", "2026-12-04"),
    "a dose change dated tomorrow (MA010)",
)
# routes
ok(
    "facts-mesh-other-valid-id",
    "facts",
    M,
    set_("recipients#rcp-hv.route.mailbox", "X26HV917"),
    "another well-formed mailbox id",
)
bad(
    "facts-mesh-lower-case",
    "facts",
    M,
    set_("recipients#rcp-hv.route.mailbox", "x26hc003"),
    "a mailbox id in lower case (MA307)",
)
bad(
    "facts-mesh-hyphenated",
    "facts",
    M,
    set_("recipients#rcp-hv.route.mailbox", "X26-HC03"),
    "a hyphen inside the mailbox id (MA307)",
)
bad(
    "facts-mesh-one-letter-repeated",
    "facts",
    M,
    set_("recipients#rcp-hv.route.mailbox", "QQQQQQQQ"),
    "one character repeated (MA307)",
)
ok("facts-mllp-port-65535", "facts", V, set_("recipients#rcp-maternity.route.port", 65535), "the highest TCP port")
bad(
    "facts-mllp-port-65536",
    "facts",
    V,
    set_("recipients#rcp-maternity.route.port", 65536),
    "one past the highest TCP port",
)
bad(
    "facts-mllp-single-label-host",
    "facts",
    V,
    set_("recipients#rcp-maternity.route.host", "maternity-interface"),
    "not a fully qualified name (MA308)",
)
bad(
    "facts-mllp-link-local",
    "facts",
    V,
    set_("recipients#rcp-maternity.route.host", "169.254.20.7"),
    "a link-local address (MA308)",
)
ok(
    "facts-fhir-port-and-slash",
    "facts",
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://maternity.northgate.example:8443/fhir/R4/"),
    "an explicit port and a trailing slash",
)
bad(
    "facts-fhir-plain-http",
    "facts",
    L,
    set_("recipients#rcp-maternity.route.base_url", "http://maternity.northgate.example/fhir/R4"),
    "plain http (MA308)",
)
bad(
    "facts-fhir-query",
    "facts",
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://maternity.northgate.example/fhir/R4?_format=json"),
    "a query on the base URL (MA308)",
)
ok(
    "facts-manual-real-instruction",
    "facts",
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        "The ward midwife gives Sandra Hollis a sealed printed copy at discharge and reads the sleep plan through "
        "with her.",
    ),
    "a manual hand-over described as an instruction",
)
bad(
    "facts-manual-to-be-arranged",
    "facts",
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        "How the foster carer gets this is still to be arranged with the ward nearer the time of discharge.",
    ),
    "a note that the hand-over is still to be arranged (MA309)",
)
ok(
    "facts-ods-five-char-site",
    "facts",
    M,
    set_("recipients#rcp-hv.organisation.ods_code", "Y9050"),
    "5 letters and digits: a site's shape",
)
bad(
    "facts-ods-four-chars",
    "facts",
    M,
    set_("recipients#rcp-hv.organisation.ods_code", "Y905"),
    "4 characters: no ODS shape (MA310)",
)
bad(
    "facts-ods-seven-chars",
    "facts",
    M,
    set_("recipients#rcp-hv.organisation.ods_code", "Y905000"),
    "7 characters: no ODS shape (MA310)",
)
# registers
ok(
    "facts-nmc-health-visitor",
    "facts",
    P,
    set_("assessments#asm-partner-quetiapine.author.registration.number", "15C7890D"),
    "another well-formed NMC PIN for the health visitor",
)
bad(
    "facts-nmc-one-digit-short",
    "facts",
    P,
    set_("assessments#asm-partner-quetiapine.author.registration.number", "15C789D"),
    "an NMC PIN one digit short (MA204)",
)
bad(
    "facts-hv-with-gmc",
    "facts",
    P,
    set_("assessments#asm-partner-quetiapine.author.registration", {"body": "GMC", "number": "7081234"}),
    "a health visitor on the medical register (MA207)",
)
bad(
    "facts-gphc-not-starting-2",
    "facts",
    N,
    set_("attestation.by.registration.number", "3087654"),
    "a GPhC number must start with 2 (MA204)",
)
bad(
    "facts-gmc-all-same-digit",
    "facts",
    M,
    set_("overall_conclusion.author.registration.number", "7777777"),
    "one digit repeated: issued by no register (MA208)",
)
bad(
    "facts-one-number-two-names",
    "facts",
    M,
    set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["Hannah"], "family": "Shah"}),
    "Dr Shah's GMC number under another first name (MA209)",
)
ok(
    "facts-same-number-initial",
    "facts",
    M,
    set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["P."], "family": "Shah"}),
    "the same clinician by her initial",
)
# disguised facts
ok(
    "facts-disguised-cyrillic-same-signer",
    "facts",
    M,
    set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["Pri\u0443a"], "family": "Sh\u0430h"}),
    "the same clinician's name with Cyrillic look-alikes: one person, not two (MA209)",
)
bad(
    "facts-disguised-cyrillic-other-signer",
    "facts",
    M,
    set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["\u041ewen"], "family": "Pritch\u0430rd"}),
    "another clinician under Dr Shah's number, in look-alike letters (MA209)",
)
bad(
    "facts-disguised-fullwidth-mailbox",
    "facts",
    M,
    set_("recipients#rcp-hv.route.mailbox", full_width("X26HC003")),
    "a mailbox id in full-width forms: MESH cannot deliver to it",
)
bad(
    "facts-disguised-manual-zero-width-tbc",
    "facts",
    F,
    set_("recipients#rcp-foster-carer.route.description", "t\u200bb\u200bc"),
    "'tbc' with zero-width spaces (MA309)",
)
ok(
    "facts-disguised-manual-nbsp",
    "facts",
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        swap_spaces(
            "Printed copy handed to Sandra Hollis by the ward midwife at the discharge meeting and explained to her."
        ),
    ),
    "a real hand-over with no-break spaces",
)

# ============================================================================================================
# (d) good: good conclusions of every class that must pass, and their hollow twins.

_GOOD: list[tuple[str, str, str, str, str]] = [
    (
        "opioid-methadone-telegraphic",
        M,
        "asm-methadone",
        "Methadone 60 mg od continues, no self-reduction. Baby: NAS likely, so 72 h minimum on the postnatal ward "
        "with scoring, HV to day 8 for late signs. BF encouraged. Sedated after dose: cot only, no bed or sofa "
        "sharing.",
        "telegraphic clinical shorthand for opioid substitution",
    ),
    (
        "ssri-sertraline-plain",
        M,
        "asm-sertraline",
        "Jodie keeps taking sertraline 100 mg. Her baby may be a little unsettled, jittery or slow to feed for the "
        "first few days, and there is a very small chance of breathing trouble; the midwives will look out for "
        "this. She can breastfeed. If she stops suddenly her low mood may come back, so she must not.",
        "plain-language SSRI conclusion",
    ),
    (
        "lithium-plan",
        L,
        "asm-lithium",
        "Continue lithium carbonate 800 mg nocte (Priadel): relapse or psychosis after birth would endanger her and "
        "the baby. Serum levels monthly, weekly from 36/40, within 24 h of delivery; hold dose in labour per the "
        "obstetric plan. Neonate: paediatric review, watch tone, feeding and thyroid. Formula feeding, as advised.",
        "lithium with its monitoring and the newborn's checks",
    ),
    (
        "valproate-plan",
        V,
        "asm-valproate",
        "Sodium valproate is not stopped today: a sudden stop risks seizures that could harm her and the fetus. "
        "Exposure since conception gives the baby a high risk of malformations and later developmental problems, so "
        "neurology will review the medicine within days and fetal medicine will scan early. Folic acid 5 mg from "
        "today.",
        "valproate in an unplanned pregnancy",
    ),
    (
        "benzo-gabapentinoid-plan",
        F,
        "asm-diazepam-pregabalin",
        "Mum's diazepam 5 mg tds and pregabalin 150 mg bd continue until the six-week review, then a slow diazepam "
        "taper. Together they make her drowsy: she must not sleep with the baby anywhere or feed lying down, and "
        "the foster carer covers nights. Baby: withdrawal can appear up to day 8, so tremor, feeding and crying "
        "are watched.",
        "benzodiazepine with a gabapentinoid",
    ),
    (
        "partner-sedation",
        P,
        "asm-partner-quetiapine",
        "Daniel's quetiapine at bedtime leaves him deeply asleep and hard to wake, so he must not have the baby in "
        "bed, on the sofa or in an armchair with him, and the night feeds are the mother's. The crib beside her "
        "bed is the baby's place to sleep; the health visitor will look at it again at each visit.",
        "a partner's sedating medicine, for the baby's sleep and care",
    ),
    (
        "overall-partner",
        P,
        "",
        "Paracetamol for the mother raises no concern for the breastfed baby. The father's quetiapine sedates him "
        "heavily at night, so he does no night feeds and never shares a bed, sofa or armchair with the baby; the "
        "baby sleeps in the next-to-me crib, which the health visitor will keep checking.",
        "an overall conclusion naming both parents' medicines",
    ),
    (
        "overall-lithium",
        L,
        "",
        "Lithium (Priadel) 800 mg continues, with levels monthly, then weekly from 36 weeks and within 24 hours of "
        "the birth. The newborn is reviewed by a paediatrician for floppiness, feeding and thyroid effects. She "
        "will bottle feed. The perinatal team sees her within a week of delivery because relapse risk is high.",
        "an overall lithium conclusion in other words",
    ),
]
for _n, _b, _a, _t, _w in _GOOD:
    ok(f"good-{_n}", "good", _b, concl(_a, _t) if _a else overall(_t), _w)

# Antiepileptic other than valproate: lamotrigine replacing valproate.
_LAMO = medicine(
    "med-valproate",
    "Lamictal 100mg tablets",
    "100 mg twice a day",
    "2019-09-02",
    gp_prescriber(CASTLE_STREET),
    last_changed="2024-03-11",
)
_LAMO_ASM: Record = {
    "id": "asm-valproate",
    "medicine_ids": ["med-valproate"],
    "impact_on_mother": {
        "sedation": "no",
        "parenting_capacity": "Seizure-free for two years on lamotrigine; levels fall in pregnancy, so seizures may "
        "return unless the dose is adjusted.",
        "safe_sleep": "Not sedating. If seizures return after birth she should not bath the baby alone or sleep with "
        "the baby in her bed.",
    },
    "impact_on_baby": {
        "summary": "Lamotrigine carries a major malformation risk close to the background rate at this dose; a "
        "detailed anomaly scan is still advised.",
        "breastfeeding": "Breastfeeding is usually possible; watch the baby for rash, drowsiness or poor feeding.",
    },
    "recommendations": "Do not stop lamotrigine. Epilepsy nurse to check levels each trimester; antenatal clinic "
    "referral for the anomaly scan. Folic acid 5 mg daily started.",
    "conclusion": "Lamotrigine (Lamictal) 100 mg bd is continued through the pregnancy, as a seizure would put her "
    "and the baby at risk. Risk to the baby is near background; the anomaly scan at 20 weeks still matters, and "
    "levels are checked each trimester as they drop. Breastfeeding can go ahead, watching for a drowsy baby or "
    "rash.",
    "author": {
        "name": {"prefix": "Dr", "given": ["Fiona"], "family": "McAllister"},
        "role": "general-practitioner",
        "registration": {"body": "GMC", "number": "7045678"},
        "organisation": CASTLE_STREET,
    },
    "date": "2026-05-20",
}
_LAMO_OVERALL = (
    "At 8 weeks on lamotrigine: keep taking it, since seizures in pregnancy are dangerous. Epilepsy nurse to check "
    "levels each trimester; detailed anomaly scan booked; folic acid 5 mg started. Breastfeeding should be fine, "
    "with the baby watched for drowsiness."
)
ok(
    "good-antiepileptic-lamotrigine",
    "good",
    V,
    chain(
        replace_medicine("med-valproate", _LAMO), replace_assessment("asm-valproate", _LAMO_ASM), overall(_LAMO_OVERALL)
    ),
    "another antiepileptic by brand, assessed, with folic acid in the overall",
)

# Antipsychotic: olanzapine replacing sertraline in M.
_OLA = medicine(
    "med-sertraline",
    "Olanzapine 10mg tablets",
    "10 mg at night",
    "2025-06-10",
    gp_prescriber(RIVERSIDE),
    last_changed="2025-09-22",
)
_OLA_ASM: Record = {
    "id": "asm-sertraline",
    "medicine_ids": ["med-sertraline"],
    "impact_on_mother": {
        "sedation": "yes",
        "parenting_capacity": "Well on olanzapine 10 mg at night for psychosis; it makes her sleep deeply and has "
        "raised her weight.",
        "safe_sleep": "With methadone, olanzapine at night makes her very drowsy: the baby never sleeps in her bed "
        "or on the sofa with her; cot in the parents' room, to be seen at the home visit.",
    },
    "impact_on_baby": {
        "summary": "Late-pregnancy exposure can cause drowsiness, feeding difficulty or abnormal movements in the "
        "newborn for a few days. Gestational diabetes screening is advised for her.",
        "breastfeeding": "Small amounts pass into breast milk; breastfeeding is possible, watching for a sleepy baby.",
    },
    "recommendations": "Continue olanzapine 10 mg; do not stop suddenly. Glucose tolerance test at 28 weeks. "
    "Paediatric team aware at delivery.",
    "conclusion": "Olanzapine 10 mg at night continues, as relapse of her psychosis would put her and the baby at "
    "risk; it must not be stopped abruptly. The newborn may be sleepy, feed poorly or have odd movements for a few "
    "days, so the midwife watches with the withdrawal scoring. Breastfeeding is possible. It adds to methadone's "
    "sedation, so the baby sleeps in the cot, never with her.",
    "author": SHAH,
    "date": "2026-03-02",
}
_OLA_OVERALL = (
    "Methadone and olanzapine both continue unchanged. The baby is scored on the ward for opioid withdrawal, "
    "and for sleepiness or abnormal movements from olanzapine, for at least 72 hours; breastfeeding supported. "
    "Both sedate her, so no co-sleeping; the social worker and health visitor see the cot before discharge."
)
ok(
    "good-antipsychotic-olanzapine",
    "good",
    M,
    chain(
        replace_medicine("med-sertraline", _OLA), replace_assessment("asm-sertraline", _OLA_ASM), overall(_OLA_OVERALL)
    ),
    "an antipsychotic beside methadone, assessed",
)

# A teratogen stopped, with pregnancy prevention: isotretinoin stopped before this pregnancy, assessed.
_ISO = medicine(
    "med-isotretinoin",
    "Isotretinoin 20mg capsules",
    "20 mg once daily",
    "2025-06-02",
    other_prescriber(DERMATOLOGY),
    stopped="2026-02-27",
)
_ISO_ASM: Record = {
    "id": "asm-isotretinoin",
    "medicine_ids": ["med-isotretinoin"],
    "impact_on_mother": {"sedation": "no", "parenting_capacity": "Acne controlled; mood has been stable."},
    "impact_on_baby": {
        "summary": "Isotretinoin was stopped about four weeks before conception, after the month the pregnancy "
        "prevention programme requires, so exposure of the baby is unlikely; the detailed anomaly scan is still "
        "advised.",
        "breastfeeding": "Isotretinoin is not to be restarted while breastfeeding.",
    },
    "recommendations": "Do not restart isotretinoin in pregnancy or while breastfeeding. After the birth, "
    "contraception must be in place before any restart under the pregnancy prevention programme.",
    "conclusion": "Isotretinoin stopped four weeks before conception, inside the programme's rules, so the baby is "
    "unlikely to have been exposed; the detailed anomaly scan is still booked. It stays stopped through pregnancy "
    "and breastfeeding, and any restart after the birth needs reliable contraception and the pregnancy prevention "
    "programme first.",
    "author": {
        "name": {"prefix": "Dr", "given": ["Fiona"], "family": "McAllister"},
        "role": "general-practitioner",
        "registration": {"body": "GMC", "number": "7045678"},
        "organisation": CASTLE_STREET,
    },
    "date": "2026-05-20",
}
_ISO_OVERALL = (
    "Eight weeks pregnant on sodium valproate, with isotretinoin stopped a month before conception. Valproate "
    "continues until the urgent neurology review, as stopping risks seizures; fetal medicine review and a "
    "detailed scan for the baby's exposure. Isotretinoin stays stopped, restarting only with contraception after "
    "the birth. Folic acid 5 mg started."
)
ok(
    "good-teratogen-stopped-ppp",
    "good",
    V,
    chain(add_medicine(_ISO), add_assessment(_ISO_ASM), overall(_ISO_OVERALL)),
    "a teratogen stopped before pregnancy, assessed with pregnancy prevention",
)

# Disguised good conclusions.
ok(
    "good-disguised-greek-methadone",
    "good",
    M,
    concl(
        "asm-methadone",
        homoglyphs(
            "Methadone 60 mg continues. Expect neonatal withdrawal: at least three days of scoring on the ward and health "
            "visitor checks to day 8. Breastfeed on the stable dose. Never fall asleep with the baby after a dose.",
            "o",
            variant=1,
        ),
    ),
    "Greek omicrons in a complete opioid conclusion",
)
ok(
    "good-disguised-combining-sertraline",
    "good",
    M,
    concl(
        "asm-sertraline",
        combining(
            "Sertraline stays at 100 mg so that her depression does not return; the newborn is watched for jitteriness "
            "and breathing trouble for three days, and breastfeeding is fine.",
            "\u0301",
        ),
    ),
    "combining acute accents on every vowel: judged like the plain text",
)
ok(
    "good-disguised-soft-hyphen-lithium",
    "good",
    L,
    concl(
        "asm-lithium",
        inside_words(
            "Lithium continues at 800 mg with monthly levels, weekly from 36 weeks and one within a day of birth; a "
            "paediatrician reviews the baby for floppiness, feeding and thyroid effects; she bottle feeds.",
            "\u00ad",
            every=4,
        ),
    ),
    "soft hyphens inside long words of a complete lithium conclusion",
)
ok(
    "good-disguised-bidi-partner",
    "good",
    P,
    concl(
        "asm-partner-quetiapine",
        bidi_words(
            "His quetiapine makes the father sleep too deeply to wake for the baby, so the mother does every night feed "
            "and the baby never sleeps on a bed, sofa or armchair with him; the crib is checked at visits."
        ),
    ),
    "bidi isolates around each word of a complete partner conclusion",
)

_TWINS: list[tuple[str, str, str, str, str]] = [
    (
        "opioid-baby-only-named",
        M,
        "asm-methadone",
        "Methadone 60 mg od. Headings covered: baby, NAS, 72 h, postnatal ward, HV, day 8, BF, cot, bed, sofa.",
        "the telegraphic twin with every verb taken out: a list of topics (MA103/MA104)",
    ),
    (
        "ssri-mother-only",
        M,
        "asm-sertraline",
        "Jodie keeps taking sertraline 100 mg because when she stopped before her low mood came back within weeks, "
        "and she and her partner are happy with this.",
        "the plain-language twin with the baby taken out (MA124)",
    ),
    (
        "lithium-see-psychiatry",
        L,
        "asm-lithium",
        "Lithium (Priadel) 800 mg nocte: see the perinatal psychiatry letter for levels, the delivery plan, the "
        "neonate's review and feeding advice.",
        "the lithium plan replaced by a pointer to a letter (MA103)",
    ),
    (
        "valproate-discussed-only",
        V,
        "asm-valproate",
        "Sodium valproate, the risks of exposure since conception, seizures, folic acid and the neurology and fetal "
        "medicine referrals were all discussed with her at length today.",
        "the valproate plan reduced to a list of what was discussed (MA103)",
    ),
    (
        "benzo-gabapentinoid-omits-diazepam",
        F,
        "asm-diazepam-pregabalin",
        "Mum's pregabalin continues to the six-week review; she must not sleep with the baby anywhere or feed lying "
        "down, the foster carer covers nights, and withdrawal signs are watched until day 8.",
        "the joint twin that drops diazepam (MA119)",
    ),
    (
        "overall-lithium-pending",
        L,
        "",
        "Lithium: overall plan pending the perinatal team's review after delivery; to be confirmed then.",
        "the overall conclusion deferred (MA103)",
    ),
    (
        "overall-partner-omits-quetiapine",
        P,
        "",
        "Paracetamol for the mother raises no concern for the breastfed baby, and the family have been given the "
        "usual safe sleep advice for the baby's first months.",
        "the overall conclusion never names the father's quetiapine (MA119)",
    ),
]
for _n, _b, _a, _t, _w in _TWINS:
    bad(f"good-twin-{_n}", "good", _b, concl(_a, _t) if _a else overall(_t), _w)

bad(
    "good-twin-disguised-armenian-discussed",
    "good",
    V,
    concl(
        "asm-valproate",
        armenian(
            "Sodium valproate and the baby's exposure: options, risks, referrals and folic acid were all gone through "
            "with her and her husband in clinic today.",
            "ou",
        ),
    ),
    "a report of a discussion in Armenian look-alikes (MA103)",
)
bad(
    "good-twin-disguised-zwnj-omits-pregabalin",
    "good",
    F,
    concl(
        "asm-diazepam-pregabalin",
        inside_words(
            "Diazepam continues until the six-week review; no sleeping with the baby anywhere, no feeding lying down, "
            "foster carer at night, withdrawal watched to day 8.",
            "\u200c",
            every=3,
        ),
    ),
    "zero-width non-joiners in a joint conclusion that omits pregabalin (MA119)",
)
bad(
    "good-twin-disguised-fullwidth-see-letter",
    "good",
    M,
    concl(
        "asm-sertraline",
        full_width("Sertraline: refer to the perinatal team's letter for the plan for mother and baby."),
    ),
    "a deferral in full-width forms (MA103)",
)
bad(
    "good-twin-disguised-greek-copied",
    "good",
    M,
    chain(
        concl(
            "asm-methadone",
            "Both medicines continue; the baby is scored for withdrawal for 72 hours on the ward "
            "and sleeps in the cot, with breastfeeding supported; methadone and sertraline unchanged.",
        ),
        concl(
            "asm-sertraline",
            homoglyphs(
                "Both medicines continue; the baby is scored for withdrawal for 72 hours on "
                "the ward and sleeps in the cot, with breastfeeding supported; methadone and "
                "sertraline unchanged.",
                "o",
                variant=1,
            ),
        ),
    ),
    "the same conclusion under both medicines, the copy in Greek omicrons (MA121)",
)


def _assert_shape() -> None:
    names = [c.name for c in F39CASES]
    assert len(names) == len(set(names)), "unique names"
    for cat in CATEGORIES:
        got = {c.expect for c in F39CASES if c.category == cat}
        assert got == {REFUSE, PASS}, (cat, got)


_assert_shape()

if __name__ == "__main__":  # pragma: no cover
    counts = Counter((c.category, c.expect) for c in F39CASES)
    for cat in CATEGORIES:
        print(f"{cat:8} refuse {counts[(cat, REFUSE)]:3}  pass {counts[(cat, PASS)]:3}")
    print(
        f"total    refuse {sum(c.expect == REFUSE for c in F39CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F39CASES):3}"
    )
