"""A thirty-third independent "fresh" batch of red-team cases for the share gate: a held-out-style mixed batch.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written as a safeguarding reviewer testing a new gate would write it, from the rule catalogue (docs/rules.md),
README.md, the templates and the examples, not from the gate's code or its word lists. Four equal parts, each both
ways, about a fifth of each part in disguise (look-alike letters from other scripts, zero-width and format
characters, soft hyphens, full-width forms):

* hollow: conclusion shapes earlier batches used least: one that answers a different medicine of the record than
  the one assessed; one that only restates the template's question; a list of headings with nothing under them;
  one that is all "if ... then refer" with no decision; one that leaves the decision to someone else, later. Beside
  each a near miss of the same shape that decides (a question then its answer, headings with content, a decision
  with a contingency, a later decision beside today's plan) (MA103, MA104, MA119, MA124);
* names: medicines in the partner's list and in joint assessments as clinicians write them: brands, misspellings
  and combination products of each class of concern, unassessed or left out of the joint conclusion, beside the
  same names assessed and concluded on, and unrecognised products the clinician has classified (MA101, MA117,
  MA119);
* facts: dates at each boundary (the conception margin, EDD against gestation, attestation against assessments,
  consent and delivery against today, delivery against the EDD), MLLP hosts and ports, FHIR base URLs, ODS codes,
  registers, impossible registration numbers and one number under two names, each just over the line and just
  inside it (MA011-MA013, MA207-MA212, MA307-MA310, MA403);
* good: complete conclusions written by a community pharmacist, a perinatal psychiatrist, a drug service keyworker
  (recorded by the GP) and a health visitor in their own styles, which must be shared, beside the same styles with
  the substance taken out, which must not.

Medicines named here are real (brands from the shared brand-name list, most unused by earlier batches); no clinical code
is invented. ``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict
xfail). Run ``python -m tests.redteam.fresh33_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter

from tests.redteam.cases import (
    MILLBROOK,
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
    Record,
    V,
    add_medicine,
    chain,
    gp_prescriber,
    medicine,
    other_prescriber,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F33CASES: list[Case] = []

CATEGORIES = ("hollow", "names", "facts", "good")


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F33CASES.append(Case(f"f33-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def concl(assessment: str, text: str) -> Mutation:
    return set_(f"assessments#{assessment}.conclusion", text)


def meth(text: str) -> Mutation:
    return concl("asm-methadone", text)


def sert(text: str) -> Mutation:
    return concl("asm-sertraline", text)


def lith(text: str) -> Mutation:
    return concl("asm-lithium", text)


def valp(text: str) -> Mutation:
    return concl("asm-valproate", text)


def dzpg(text: str) -> Mutation:
    return concl("asm-diazepam-pregabalin", text)


def quet(text: str) -> Mutation:
    return concl("asm-partner-quetiapine", text)


def cital(text: str) -> Mutation:
    return concl("asm-citalopram", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


ZW = "\u200b"
ZWJ = "\u200d"
SHY = "\u00ad"
RLO, PDF = "\u202e", "\u202c"


# ============================================================================================================
# hollow: five shapes. Each assessment's own items answer its concerns, so only the conclusion is judged.

_HOLLOW = [
    # a different medicine answered
    (
        "meth-answers-sertraline",
        M,
        meth(
            "Methadone review: her sertraline should carry on at 100 mg, because a relapse of depression would harm "
            "her and the baby more than the small SSRI adaptation risk, which the midwife scores after birth."
        ),
        "methadone is only the label; every clause is about sertraline (MA103/MA119)",
    ),
    (
        "sert-answers-methadone",
        M,
        sert(
            "Sertraline assessment: the methadone dose stays at 60 mg, the baby is scored for withdrawal for 72 hours "
            "on the ward, and no co-sleeping after her methadone dose."
        ),
        "sertraline is only the label; the decisions are methadone's (MA103/MA119)",
    ),
    (
        "quet-answers-paracetamol",
        P,
        quet(
            "Quetiapine: the mother's paracetamol is compatible with breastfeeding and the baby needs no monitoring "
            "for it; she can keep taking 1 g up to four times a day for pain."
        ),
        "the father's quetiapine assessed, the mother's paracetamol concluded on (MA103/MA124)",
    ),
    # the template's question restated
    (
        "meth-restates-prompt",
        M,
        meth(
            "Written conclusion on methadone: what its use in pregnancy means for the baby, and what the midwife, "
            "health visitor and drug service must now do about withdrawal, feeding and safe sleep."
        ),
        "the template's prompt restated as a heading with no answer (MA103)",
    ),
    (
        "lith-restates-question",
        L,
        lith(
            "Does lithium need to continue in pregnancy, what does it mean for the baby at birth and after, and who "
            "must monitor her levels and the baby?"
        ),
        "a question with no answer (MA103)",
    ),
    # a list of headings with no content
    (
        "meth-headings-only",
        M,
        meth(
            "Methadone. Risk to baby: -. Neonatal withdrawal plan: -. Breastfeeding: -. Safe sleep: -. Actions for "
            "professionals: -."
        ),
        "headings with dashes under them (MA103/MA104)",
    ),
    (
        "dzpg-headings-only",
        F,
        dzpg(
            "Diazepam and pregabalin - Sedation / Safe sleep in placement / Late withdrawal / Night feeds / Foster "
            "carer actions / Review date"
        ),
        "a list of headings (MA103)",
    ),
    # entirely conditional
    (
        "meth-if-then-refer",
        M,
        meth(
            "If methadone sedates her, then refer to the drug service; if the baby shows withdrawal, then refer to "
            "the paediatricians; if she co-sleeps, then refer to the health visitor."
        ),
        "every clause a condition and a referral; nothing decided (MA103)",
    ),
    (
        "valp-if-then-refer",
        V,
        valp(
            "Should valproate be felt to pose a risk to the unborn baby, then a referral to fetal medicine would be "
            "made, and if neurology advise a change, then the GP would act on it."
        ),
        "conditionals in the past-future: no decision on valproate (MA103)",
    ),
    (
        "quet-if-then-refer",
        P,
        quet(
            "If the father's quetiapine makes him too drowsy at night, then the health visitor should be told and a "
            "referral to his GP considered."
        ),
        "conditional only (MA103)",
    ),
    # the decision is for someone else, later
    (
        "lith-for-psychiatry-later",
        L,
        lith(
            "Whether lithium continues, and what the baby needs at birth, is for the perinatal psychiatrist to decide "
            "at her next review in a few weeks."
        ),
        "a deferral to someone else later (MA103)",
    ),
    (
        "cital-for-obstetrician",
        C,
        cital(
            "Citalopram: the obstetric team will make the decision about it and about the baby's care after delivery "
            "once they have seen her."
        ),
        "a deferral to another team (MA103)",
    ),
    (
        "overall-f-for-conference",
        F,
        overall(
            "Diazepam and pregabalin: the plan for the mother's medicines and the baby's care in placement will be "
            "set at the child protection conference later this month."
        ),
        "the overall decision left to a later meeting (MA103)",
    ),
    # disguised (about a fifth)
    (
        "sert-answers-methadone-cyrillic",
        M,
        sert(
            homoglyphs(
                "Sertraline: methadone 60 mg goes on unchanged, and the baby is watched 72 hours on the ward for "
                "withdrawal with no co-sleeping after her dose.",
                "aeo",
            )
        ),
        "a different medicine answered, in Cyrillic look-alikes (MA103/MA119)",
    ),
    (
        "cital-if-then-zero-width",
        C,
        cital(
            inside_words(
                "If citalopram causes problems for the baby then refer to paediatrics, and if her mood drops then "
                "refer to the perinatal team.",
                ZW,
                every=2,
            )
        ),
        "conditional only, zero-width spaces inside words (MA103)",
    ),
    (
        "valp-headings-soft-hyphen",
        V,
        valp(
            inside_words(
                "Valproate: Fetal risk - . Pregnancy prevention - . Neurology - . Scan - . Folic acid - .", SHY, every=3
            )
        ),
        "headings only, with soft hyphens (MA103/MA104)",
    ),
]
_HOLLOW += [
    (
        "lith-later-bidi-marks",
        L,
        lith(
            "Whether lithium \u200econtinues and what the baby \u200fneeds is for the \u2066perinatal team\u2069 "
            "to decide after the birth."
        ),
        "a deferral to someone else later, with bidi marks and isolates (MA103)",
    ),
    (
        "quet-if-then-combining",
        P,
        quet(
            "".join(
                ch + "\u0301" if ch in "aeiou" else ch
                for ch in "If quetiapine sedates the father, then the health visitor should consider a referral."
            )
        ),
        "conditional only, with a combining accent after every vowel (MA103)",
    ),
]
for _n, _b, _m, _w in _HOLLOW:
    bad(_n, "hollow", _b, _m, _w)

_NEAR = [
    (
        "meth-sertraline-aside",
        M,
        meth(
            "Her sertraline is assessed separately; methadone is likely to cause neonatal withdrawal: the baby "
            "stays on the ward for at least 72 hours of scoring, breastfeeding is encouraged, and she must not share "
            "a bed or sofa with the baby after a dose. Methadone 60 mg continues."
        ),
        "another medicine named in passing, the conclusion is methadone's",
    ),
    (
        "quet-beside-paracetamol",
        P,
        quet(
            "Unlike the mother's paracetamol, the father's quetiapine matters for the baby: he is very hard to wake "
            "after his dose, so he does no night feeds and never sleeps with the baby on a bed, sofa or armchair. "
            "The health visitor checks the crib."
        ),
        "the other medicine mentioned, quetiapine concluded on",
    ),
    (
        "meth-question-answered",
        M,
        meth(
            "What does methadone mean for this baby? Probable withdrawal: at least 72 hours of scoring on the ward, "
            "then the health visitor watches to day 8. Breastfeed; cot only, never her bed or sofa after a dose. "
            "Dose unchanged at 60 mg."
        ),
        "the template's question, then its answer",
    ),
    (
        "lith-question-answered",
        L,
        lith(
            "Should lithium continue? Yes, at 800 mg: relapse after birth is the greater danger. Levels monthly, "
            "weekly from 36 weeks and within 24 hours of delivery; the baby is reviewed by a paediatrician at birth "
            "and bottle fed."
        ),
        "a question answered at once",
    ),
    (
        "meth-headings-filled",
        M,
        meth(
            "Methadone. Risk to baby: withdrawal likely. Withdrawal plan: 72 h scoring on the ward, HV to day 8. "
            "Breastfeeding: yes. Safe sleep: cot, no bed or sofa sharing after a dose. Dose: 60 mg, unchanged."
        ),
        "headings, each with its content",
    ),
    (
        "dzpg-headings-filled",
        F,
        dzpg(
            "Diazepam and pregabalin - Sedation: drowsy after doses. Safe sleep: no bed, sofa or armchair sharing, no "
            "feeds lying down. Nights: foster carer. Baby: watch for late withdrawal to day 8. Medicines: both "
            "continue; diazepam taper from week 6."
        ),
        "headings with content",
    ),
    (
        "meth-decision-and-contingency",
        M,
        meth(
            "Methadone 60 mg continues and the baby is scored for withdrawal for at least 72 hours on the ward; if "
            "scores stay high, the neonatal team starts treatment. Breastfeeding is encouraged and there is no "
            "co-sleeping after a dose."
        ),
        "a decision with a contingency",
    ),
    (
        "quet-decision-and-if",
        P,
        quet(
            "The father's quetiapine leaves him too drowsy for night care: he does no night feeds and never has the "
            "baby in bed or on the sofa with him. If his dose changes, his GP tells the health visitor, who re-checks "
            "the crib."
        ),
        "the decision first, then a condition",
    ),
    (
        "valp-decided-and-review",
        V,
        valp(
            "Valproate continues until the urgent neurology review; stopping it suddenly risks seizures that would "
            "endanger her and the pregnancy. The baby was exposed in the first trimester, so fetal medicine review "
            "and a detailed anomaly scan are booked now."
        ),
        "a later review beside today's decision",
    ),
    (
        "lith-psychiatrist-later-plan-now",
        L,
        lith(
            "Lithium continues at 800 mg with levels monthly, weekly from 36 weeks and within 24 hours of birth; the "
            "perinatal psychiatrist will decide at 36 weeks whether to omit doses in labour. The baby sees a "
            "paediatrician at birth and is formula fed."
        ),
        "a decision left for later beside a complete plan",
    ),
    (
        "cital-obstetrician-told",
        C,
        cital(
            "Citalopram 20 mg continues, as stopping risks relapse. The obstetric team is told so the baby is "
            "watched for 48 hours after delivery for jitteriness, poor feeding or fast breathing; breastfeeding is "
            "supported."
        ),
        "another team named as recipients of a decision",
    ),
    (
        "overall-f-conference-and-plan",
        F,
        overall(
            "Diazepam and pregabalin continue for now; the child protection conference will review the placement. "
            "Until then the foster carer does night feeds, there is no bed, sofa or armchair sharing with the "
            "mother, and the baby is watched for late withdrawal to day 8."
        ),
        "a later meeting beside the plan for now",
    ),
    (
        "meth-headings-cyrillic",
        M,
        meth(
            homoglyphs(
                "Methadone. Baby: withdrawal obs 72 h on the ward, HV to day 8. Feeding: breastfeed. Sleep: cot, no "
                "bed sharing after dose. Dose: 60 mg unchanged.",
                "aeo",
            )
        ),
        "headings with content, in Cyrillic look-alikes",
    ),
    (
        "cital-contingency-zero-width",
        C,
        cital(
            inside_words(
                "Citalopram continues at 20 mg. The midwife watches the baby for 48 hours for adaptation signs; if "
                "they persist, paediatrics review. Breastfeeding is fine.",
                ZWJ,
                every=3,
            )
        ),
        "a decision and a contingency with zero-width joiners",
    ),
]
_NEAR += [
    (
        "quet-decision-combining",
        P,
        quet(
            "".join(
                ch + "\u0301" if ch in "aeiou" else ch
                for ch in "The father's quetiapine makes him too drowsy for nights: no bed or sofa sharing with the "
                "baby and no night feeds by him; the mother does nights and the health visitor checks the crib."
            )
        ),
        "a decision with a combining accent after every vowel",
    ),
    (
        "lith-later-and-now-bidi-marks",
        L,
        lith(
            "Lithium \u200econtinues at 800 mg with monthly levels, weekly from 36 weeks; the "
            "\u2066perinatal team\u2069 decides after birth on the postnatal dose. The baby has a paediatric review "
            "at birth and is bottle fed."
        ),
        "a later decision beside today's plan, with bidi marks and isolates",
    ),
]
for _n, _b, _m, _w in _NEAR:
    ok(_n, "hollow", _b, _m, _w)


# ============================================================================================================
# names: the partner's list and joint assessments.

_P_REASON = "His own tablet for sleep; he takes it himself and the baby is not exposed."


def _p_extra(mid: str, name: str, dose: str, reason: str | None = None) -> Mutation:
    more: Record = {"not_of_concern_reason": reason} if reason else {}
    return add_medicine(medicine(mid, name, dose, "2025-12-01", gp_prescriber(MILLBROOK), taken_by="partner", **more))


_PARTNER_UNASSESSED = [
    ("p-zimovane-ls", "Zimovane LS 3.75mg tablets", "3.75 mg at night", _P_REASON, "zopiclone brand"),
    ("p-dalmane", "Dalmane 15mg capsules", "15 mg at night", None, "flurazepam brand"),
    ("p-tropium", "Tropium 10mg capsules", "10 mg three times a day", "For his anxiety.", "chlordiazepoxide brand"),
    ("p-larapam", "Larapam 100mg prolonged-release tablets", "100 mg twice a day", "Back pain.", "tramadol brand"),
    ("p-oxypro", "Oxypro 5mg capsules", "5 mg every 6 hours when needed", None, "oxycodone brand"),
    ("p-denzapine", "Denzapine 100mg tablets", "350 mg at night", "Under the clozapine clinic.", "clozapine brand"),
    ("p-sinequan", "Sinequan 25mg capsules", "50 mg at night", None, "doxepin, a sedating tricyclic"),
    ("p-periactin", "Periactin 4mg tablets", "4 mg at night", "For his hives.", "cyproheptadine, sedating"),
    ("p-amitryptiline", "Amitryptiline 10mg tablets", "20 mg at night", "For his migraines.", "amitriptyline misspelt"),
    ("p-dihydrocodiene", "Dihydrocodiene 30mg tablets", "30 mg four times a day", None, "dihydrocodeine misspelt"),
    ("p-mirtazipine", "Mirtazipine 30mg tablets", "30 mg at night", None, "mirtazapine misspelt"),
    (
        "p-combo-codydramol",
        "Co-dydramol 20mg/500mg tablets",
        "Two tablets four times a day",
        None,
        "dihydrocodeine in co-dydramol",
    ),
    (
        "p-combo-panadol-nightpain",
        "Panadol NightPain tablets",
        "Two tablets at bedtime",
        "Over the counter.",
        "diphenhydramine with paracetamol",
    ),
    ("p-combo-codafen", "Codafen Continus tablets", "Two tablets every 12 hours", None, "codeine with ibuprofen"),
    (
        "p-combo-phenergan-nightime",
        "Phenergan Nightime 25mg tablets",
        "25 mg at night",
        "Bought for sleep.",
        "promethazine",
    ),
]
for _n, _name, _dose, _reason, _w in _PARTNER_UNASSESSED:
    bad(
        _n,
        "names",
        P,
        _p_extra("med-f33-partner", _name, _dose, _reason),
        f"the partner's sedating medicine unassessed for co-sleeping: {_w} (MA101)",
    )

bad(
    "p-zopiclone-cyrillic",
    "names",
    P,
    _p_extra("med-f33-partner", homoglyphs("Zopiclone 7.5mg tablets", "oe"), "7.5 mg at night", _P_REASON),
    "the partner's zopiclone in Cyrillic look-alikes, unassessed (MA101)",
)
bad(
    "p-diazepam-full-width",
    "names",
    P,
    _p_extra("med-f33-partner", full_width("Diazepam 5mg tablets"), "5 mg at night"),
    "the partner's diazepam in full-width letters, unassessed (MA101)",
)
bad(
    "p-codydramol-soft-hyphen",
    "names",
    P,
    _p_extra("med-f33-partner", "Co-dy\u00addra\u00admol 10mg/500mg tablets", "Two tablets four times a day"),
    "the partner's co-dydramol with soft hyphens, unassessed (MA101)",
)

bad(
    "p-tropium-word-joiner",
    "names",
    P,
    _p_extra("med-f33-partner", "Trop\u2060ium 10mg capsules", "10 mg three times a day", "For his anxiety."),
    "the partner's chlordiazepoxide brand with a word joiner inside, unassessed (MA101)",
)
bad(
    "p-larapam-lrm",
    "names",
    P,
    _p_extra("med-f33-partner", "Lara\u200epam 100mg prolonged-release tablets", "100 mg twice a day"),
    "the partner's tramadol brand with a left-to-right mark inside, unassessed (MA101)",
)

# A mother's unassessed brand of concern beside the partner's list (N has no medicine of concern).
bad(
    "n-brimisol",
    "names",
    N,
    add_medicine(
        medicine(
            "med-f33",
            "Brimisol PR 100mg tablets",
            "100 mg twice a day",
            "2026-04-03",
            gp_prescriber({"ods_code": "Y90001", "name": "Riverside Surgery"}),
            not_of_concern_reason="Short course for back pain after the birth.",
        )
    ),
    "tramadol brand taken by a breastfeeding mother, unassessed (MA101)",
)
bad(
    "n-bonilux",
    "names",
    N,
    add_medicine(
        medicine(
            "med-f33",
            "Bonilux XL 75mg capsules",
            "75 mg once daily",
            "2026-04-03",
            gp_prescriber({"ods_code": "Y90001", "name": "Riverside Surgery"}),
        )
    ),
    "venlafaxine brand, unassessed (MA101)",
)


def _partner_joint(
    mid: str, name: str, dose: str, drug: str, *, conclude: bool = True, in_overall: bool = True
) -> Mutation:
    """The father's second sedating medicine added to his quetiapine assessment, and named as ``drug``."""
    steps = [
        add_medicine(
            medicine(
                mid,
                name,
                dose,
                "2025-12-01",
                other_prescriber({"ods_code": "Y90005", "name": "Elm Park Surgery"}),
                taken_by="partner",
            )
        ),
        set_("assessments#asm-partner-quetiapine.medicine_ids", ["med-partner-quetiapine", mid]),
        set_(
            "assessments#asm-partner-quetiapine.impact_on_mother.parenting_capacity",
            f"The father takes quetiapine 300 mg at night for bipolar disorder and {drug} as well; he is very hard "
            "to wake for several hours after his doses. He is well and shares the baby's care in the daytime.",
        ),
    ]
    if conclude:
        steps.append(
            quet(
                f"Quetiapine and {drug} together leave the father too drowsy to wake for the baby at night: he does "
                "no night feeds and never has the baby in bed, on the sofa or in an armchair with him. The mother "
                "does nights, the baby sleeps in the crib on her side, and the health visitor checks it."
            )
        )
    if in_overall:
        steps.append(
            overall(
                f"The mother's paracetamol raises no concern. The father's quetiapine and {drug} sedate him heavily "
                "at night: he must not share a bed, sofa or armchair with the baby or do night feeds after his "
                "doses; the health visitor keeps checking the crib."
            )
        )
    return chain(*steps)


_JOINT = [
    ("zimovane-ls", "Zimovane LS 3.75mg tablets", "3.75 mg at night", "zopiclone"),
    ("dreemon", "Dreemon 25mg tablets", "50 mg at night when needed", "diphenhydramine"),
    ("larapam", "Larapam 50mg prolonged-release tablets", "50 mg twice a day", "tramadol"),
    ("codydramol", "Co-dydramol 10mg/500mg tablets", "Two tablets up to four times a day", "dihydrocodeine"),
    ("mirtazipine", "Mirtazipine 15mg tablets", "15 mg at night", "mirtazapine"),
    ("periactin", "Periactin 4mg tablets", "4 mg at night", "cyproheptadine"),
]
for _n, _name, _dose, _drug in _JOINT:
    ok(
        f"p-joint-{_n}",
        "names",
        P,
        _partner_joint("med-f33-partner", _name, _dose, _drug),
        f"the father's {_drug} ({_name.split()[0]}) assessed jointly with quetiapine and concluded on by name",
    )

bad(
    "p-joint-zimovane-conclusion-silent",
    "names",
    P,
    _partner_joint("med-f33-partner", "Zimovane LS 3.75mg tablets", "3.75 mg at night", "zopiclone", conclude=False),
    "zopiclone added to the father's assessment; its conclusion still names quetiapine only (MA119)",
)
bad(
    "p-joint-larapam-overall-silent",
    "names",
    P,
    _partner_joint(
        "med-f33-partner", "Larapam 50mg prolonged-release tablets", "50 mg twice a day", "tramadol", in_overall=False
    ),
    "tramadol assessed jointly, the overall conclusion still names only quetiapine (MA119)",
)
bad(
    "p-joint-dreemon-conclusion-silent",
    "names",
    P,
    _partner_joint("med-f33-partner", "Dreemon 25mg tablets", "50 mg at night", "diphenhydramine", conclude=False),
    "a sleep-aid brand added to the joint assessment, not concluded on (MA119)",
)

_ZAMADOL = medicine(
    "med-f33-tramadol",
    "Zamadol Melt 50mg orodispersible tablets",
    "50 mg up to four times a day",
    "2026-03-20",
    gp_prescriber(MILLBROOK),
)


def _f_joint(conclusion_text: str | None, overall_text: str | None) -> Mutation:
    steps = [
        add_medicine(_ZAMADOL),
        set_(
            "assessments#asm-diazepam-pregabalin.medicine_ids", ["med-diazepam", "med-pregabalin", "med-f33-tramadol"]
        ),
    ]
    if conclusion_text is not None:
        steps.append(dzpg(conclusion_text))
    if overall_text is not None:
        steps.append(overall(overall_text))
    return chain(*steps)


_F_JOINT_OVERALL = (
    "Diazepam, pregabalin and tramadol all sedate the mother: the foster carer does the night feeds, and there is "
    "no bed, sofa or armchair sharing and no feeding lying down. The baby is watched for late withdrawal until day 8; "
    "a slow diazepam taper starts at six weeks and tramadol stops when her pain settles."
)
ok(
    "f-joint-zamadol",
    "names",
    F,
    _f_joint(
        "Diazepam, pregabalin and tramadol (Zamadol) continue for now and together make her drowsy: no co-sleeping on "
        "a bed, sofa or armchair and no feeds lying down; the foster carer does nights. The baby was exposed to all "
        "three, so late withdrawal is watched for until day 8.",
        _F_JOINT_OVERALL,
    ),
    "a tramadol brand in the mother's joint assessment, named in both conclusions",
)
bad(
    "f-joint-zamadol-silent",
    "names",
    F,
    _f_joint(None, _F_JOINT_OVERALL),
    "tramadol added to the joint assessment; its conclusion names diazepam and pregabalin only (MA119)",
)

_ASSESSED_RENAMED = [
    (
        "p-quetiepine-misspelt",
        P,
        "med-partner-quetiapine",
        "Quetiepine 100mg tablets",
        "the father's assessed quetiapine misspelt in the list",
    ),
    ("m-metharose", M, "med-methadone", "Metharose 1mg/ml oral solution sugar free", "a methadone brand, assessed"),
    ("f-tensium", F, "med-diazepam", "Tensium 5mg tablets", "a diazepam brand in the joint assessment"),
    ("f-pregablin", F, "med-pregabalin", "Pregablin 75mg caps", "pregabalin misspelt in the joint assessment"),
]


def _rename(mid: str, name: str) -> Mutation:
    def drop_code(doc: Record) -> None:
        for med in doc["medicines"]:
            if med["id"] == mid:
                med.pop("code", None)

    return chain(set_(f"medicines#{mid}.name", name), drop_code)


for _n, _b, _mid, _name, _w in _ASSESSED_RENAMED:
    ok(_n, "names", _b, _rename(_mid, _name), _w)

ok(
    "p-classified-beconase",
    "names",
    P,
    _p_extra(
        "med-f33-partner",
        "Beconase Hayfever 50 microgram nasal spray",
        "Two sprays each nostril daily",
        "A steroid nasal spray for his hay fever: it does not make him drowsy and does not reach the baby.",
    ),
    "the partner's unrecognised nasal spray, classified",
)
ok(
    "p-classified-e45",
    "names",
    P,
    _p_extra(
        "med-f33-partner",
        "E45 cream",
        "Apply twice a day",
        "Emollient for his eczema, applied to the skin; no effect on sleep or on the baby.",
    ),
    "the partner's emollient, classified",
)
ok(
    "p-joint-periactin-zero-width",
    "names",
    P,
    _partner_joint("med-f33-partner", "Peri\u200bactin 4mg tablets", "4 mg at night", "cyproheptadine"),
    "the father's cyproheptadine brand with a zero-width space, assessed and concluded on",
)
ok(
    "p-joint-zimovane-cyrillic",
    "names",
    P,
    _partner_joint("med-f33-partner", homoglyphs("Zimovane LS 3.75mg tablets", "oae"), "3.75 mg at night", "zopiclone"),
    "the father's zopiclone brand in Cyrillic look-alikes, assessed jointly and concluded on",
)
ok(
    "p-joint-codydramol-soft-hyphen",
    "names",
    P,
    _partner_joint(
        "med-f33-partner",
        "Co-dy\u00addramol 10mg/500mg tablets",
        "Two tablets up to four times a day",
        "dihydrocodeine",
    ),
    "co-dydramol with a soft hyphen, assessed jointly",
)
ok(
    "p-quetiapine-cyrillic",
    "names",
    P,
    _rename("med-partner-quetiapine", homoglyphs("Quetiapine 100mg tablets", "ea")),
    "the assessed quetiapine in Cyrillic look-alikes (a warning at most)",
)


# ============================================================================================================
# facts: each boundary, just over and just inside.

_FACTS_BAD = [
    # EDD against gestation (tolerance 14 days; M's own gestation implies 2026-05-16)
    (
        "m-ga-implies-16-late",
        M,
        set_("pregnancy.gestation", {"weeks": 27, "days": 1, "on": "2026-03-02"}),
        "27+1 on 2026-03-02 implies an EDD 16 days after the agreed one (MA011)",
    ),
    (
        "l-ga-implies-16-early",
        L,
        set_("pregnancy.gestation", {"weeks": 26, "days": 2, "on": "2026-05-06"}),
        "26+2 on 2026-05-06 implies an EDD 16 days before the agreed one (MA011)",
    ),
    # the conception margin (14 days)
    (
        "m-consent-17-days-before",
        M,
        set_("lawful_basis.recorded_on", "2025-07-22"),
        "consent recorded 17 days before the pregnancy began (2025-08-08) (MA013)",
    ),
    (
        "v-assessed-17-days-before",
        V,
        set_("assessments#asm-valproate.date", "2026-03-08"),
        "valproate assessed 17 days before the pregnancy began (2026-03-25), not marked pre-conception (MA212)",
    ),
    # attestation against the assessments and today
    (
        "l-attested-evening-before",
        L,
        set_("attestation.at", "2026-05-05T23:55:00+00:00"),
        "attested five minutes before the day of the assessment (MA211)",
    ),
    ("l-attested-tomorrow", L, set_("attestation.at", "2026-12-04T09:00:00+00:00"), "attested tomorrow (MA211)"),
    # consent and delivery against today
    ("p-consent-tomorrow", P, set_("lawful_basis.recorded_on", "2026-12-04"), "consent recorded tomorrow (MA403)"),
    ("n-delivered-tomorrow", N, set_("pregnancy.delivery_date", "2026-12-04"), "delivered tomorrow (MA012)"),
    # delivery against the EDD (22 to 42 weeks)
    (
        "p-delivered-8-weeks-after-edd",
        P,
        chain(set_("pregnancy.edd", "2026-03-23"), set_("pregnancy.edd_basis", "ultrasound-scan")),
        "born 8 weeks after an ultrasound EDD, at 48 weeks: no pregnancy lasts so long (MA013)",
    ),
    (
        "p-delivered-20-weeks-before-edd",
        P,
        chain(set_("pregnancy.edd", "2026-10-05"), set_("pregnancy.edd_basis", "ultrasound-scan")),
        "born 20 weeks before the EDD, at 20 weeks: not a live birth this record could describe (MA013)",
    ),
    # MLLP
    ("v-mllp-port-65536", V, set_("recipients#rcp-maternity.route.port", 65536), "a port past 65535"),
    (
        "v-mllp-host-with-port",
        V,
        set_("recipients#rcp-maternity.route.host", "maternity-interface.castleford.example:2575"),
        "the port typed into the host (MA308)",
    ),
    (
        "v-mllp-single-label",
        V,
        set_("recipients#rcp-maternity.route.host", "maternity-interface"),
        "a bare machine name, not fully qualified (MA308)",
    ),
    (
        "v-mllp-octet-300",
        V,
        set_("recipients#rcp-maternity.route.host", "10.40.2.300"),
        "an IP address with an octet over 255 (MA308)",
    ),
    # FHIR
    (
        "l-fhir-plain-http",
        L,
        set_("recipients#rcp-maternity.route.base_url", "http://maternity.northgate.example/fhir/R4"),
        "plain http (MA308)",
    ),
    (
        "l-fhir-fragment",
        L,
        set_("recipients#rcp-maternity.route.base_url", "https://maternity.northgate.example/fhir/R4#metadata"),
        "a fragment (MA308)",
    ),
    (
        "l-fhir-loopback",
        L,
        set_("recipients#rcp-maternity.route.base_url", "https://127.0.0.1/fhir/R4"),
        "this machine (MA308)",
    ),
    (
        "l-fhir-invalid-tld",
        L,
        set_("recipients#rcp-maternity.route.base_url", "https://maternity.northgate.invalid/fhir/R4"),
        "the reserved 'invalid' domain (MA308)",
    ),
    # ODS
    ("p-ods-four", P, set_("recipients#rcp-midwife.organisation.ods_code", "Y904"), "four characters (MA310)"),
    # registers and numbers
    (
        "l-psychiatrist-on-nmc",
        L,
        set_("assessments#asm-lithium.author.registration", {"body": "NMC", "number": "05B2468C"}),
        "a psychiatrist on the NMC register (MA207)",
    ),
    (
        "p-hv-on-gphc",
        P,
        set_("assessments#asm-partner-quetiapine.author.registration", {"body": "GPhC", "number": "2045871"}),
        "a health visitor on the pharmacists' register (MA207)",
    ),
    (
        "l-gmc-all-sevens",
        L,
        set_("assessments#asm-lithium.author.registration.number", "7777777"),
        "a GMC number of one repeated digit (MA208)",
    ),
    (
        "p-hv-number-on-gp-name",
        P,
        set_(
            "attestation.by",
            {
                "name": {"given": ["Rachel"], "family": "Dunn"},
                "role": "health-visitor",
                "registration": {"body": "NMC", "number": "12A3456B"},
                "organisation": {"ods_code": "Y90510", "name": "Millbrook Health Visiting Service"},
            },
        ),
        "NMC 12A3456B under Joanna Price (assessment) and Rachel Dunn (attestation) (MA209)",
    ),
    # disguised
    (
        "f-manual-full-width-tbc",
        F,
        set_("recipients#rcp-foster-carer.route.description", full_width("TBC at discharge")),
        "'TBC at discharge' in full-width letters (MA309)",
    ),
    (
        "l-owens-overall-full-width",
        L,
        set_(
            "overall_conclusion.author",
            {
                "name": {"prefix": "Dr", "given": [full_width("Simon")], "family": full_width("Owens")},
                "role": "psychiatrist",
                "registration": {"body": "GMC", "number": "7056789"},
                "organisation": {"ods_code": "Y90730", "name": "Northgate Perinatal Mental Health Service"},
            },
        ),
        "GMC 7056789 under Samuel Osei and Simon Owens, the second in full-width letters (MA209)",
    ),
    (
        "f-manual-tbc-soft-hyphens",
        F,
        set_(
            "recipients#rcp-foster-carer.route.description",
            inside_words("To be confirmed by the ward nearer the time.", SHY, every=2),
        ),
        "still to be arranged, with soft hyphens inside words (MA309)",
    ),
    (
        "f-manual-mum-cyrillic",
        F,
        set_(
            "recipients#rcp-foster-carer.route.description",
            homoglyphs("Copy given to mum to pass on to the foster carer.", "aeo"),
        ),
        "left to the mother to pass on, in Cyrillic look-alikes (MA309)",
    ),
    (
        "p-two-names-cyrillic",
        P,
        set_(
            "attestation.by",
            {
                "name": {"given": [homoglyphs("Joanne", "oae")], "family": homoglyphs("Pryce", "ey")},
                "role": "health-visitor",
                "registration": {"body": "NMC", "number": "12A3456B"},
                "organisation": {"ods_code": "Y90510", "name": "Millbrook Health Visiting Service"},
            },
        ),
        "NMC 12A3456B under Joanna Price and a different 'Joanne Pryce' in look-alike letters (MA209)",
    ),
]
for _n, _b, _m, _w in _FACTS_BAD:
    bad(_n, "facts", _b, _m, _w)

_FACTS_OK = [
    (
        "m-ga-implies-12-late",
        M,
        set_("pregnancy.gestation", {"weeks": 27, "days": 5, "on": "2026-03-02"}),
        "27+5 implies an EDD 12 days late: within the tolerance",
    ),
    (
        "l-ga-implies-12-early",
        L,
        set_("pregnancy.gestation", {"weeks": 25, "days": 5, "on": "2026-05-06"}),
        "25+5 implies an EDD 12 days early: within the tolerance",
    ),
    (
        "m-consent-11-days-before",
        M,
        set_("lawful_basis.recorded_on", "2025-07-28"),
        "consent 11 days before an ultrasound-dated start: within the conception margin",
    ),
    (
        "v-assessed-11-days-before",
        V,
        set_("assessments#asm-valproate.date", "2026-03-14"),
        "11 days before an LMP-dated start: within the margin",
    ),
    (
        "l-attested-just-after-midnight-bst",
        L,
        set_("attestation.at", "2026-05-06T00:05:00+01:00"),
        "attested five minutes into the assessment day in UK summer time (23:05 UTC the day before)",
    ),
    (
        "l-attested-today",
        L,
        set_("attestation.at", "2026-12-03T08:30:00+00:00"),
        "attested today, months after the assessment (a late attestation can be true)",
    ),
    (
        "p-delivered-26-days-after-edd",
        P,
        chain(set_("pregnancy.edd", "2026-04-22"), set_("pregnancy.edd_basis", "ultrasound-scan")),
        "born 26 days after the EDD, inside 42 weeks",
    ),
    (
        "p-delivered-5-weeks-before-edd",
        P,
        chain(set_("pregnancy.edd", "2026-06-22"), set_("pregnancy.edd_basis", "ultrasound-scan")),
        "born 5 weeks before the EDD, at 35 weeks: preterm, home within 10 days, can be true",
    ),
    ("v-mllp-port-65535", V, set_("recipients#rcp-maternity.route.port", 65535), "the highest port"),
    ("v-mllp-private-172", V, set_("recipients#rcp-maternity.route.host", "172.16.5.9"), "a private address on HSCN"),
    (
        "v-mllp-upper-case",
        V,
        set_("recipients#rcp-maternity.route.host", "MATERNITY-INTERFACE.CASTLEFORD.EXAMPLE"),
        "a host name in capitals (DNS ignores case)",
    ),
    (
        "l-fhir-port-8443",
        L,
        set_("recipients#rcp-maternity.route.base_url", "https://maternity.northgate.example:8443/fhir/R4"),
        "https with an explicit port",
    ),
    (
        "l-fhir-trailing-slash",
        L,
        set_("recipients#rcp-maternity.route.base_url", "https://maternity.northgate.example/fhir/R4/"),
        "a trailing slash",
    ),
    ("p-ods-site-five", P, set_("recipients#rcp-midwife.organisation.ods_code", "Y9041"), "a five-character site code"),
    (
        "p-ods-practice",
        P,
        set_("recipients#rcp-partner-gp.organisation.ods_code", "M85063"),
        "a GP practice code (a letter and five digits)",
    ),
    (
        "p-nurse-on-nmc",
        P,
        set_("assessments#asm-partner-quetiapine.author.role", "nurse"),
        "the author recorded as a nurse, on the NMC register",
    ),
    (
        "p-hv-attests-own-record",
        P,
        set_(
            "attestation.by",
            {
                "name": {"given": ["J."], "family": "Price"},
                "role": "health-visitor",
                "registration": {"body": "NMC", "number": "12A3456B"},
                "organisation": {"ods_code": "Y90510", "name": "Millbrook Health Visiting Service"},
            },
        ),
        "the health visitor attests with her initial: one person under one number",
    ),
    # disguised
    (
        "l-osei-overall-full-width",
        L,
        set_(
            "overall_conclusion.author",
            {
                "name": {"prefix": "Dr", "given": [full_width("S.")], "family": full_width("Osei")},
                "role": "psychiatrist",
                "registration": {"body": "GMC", "number": "7056789"},
                "organisation": {"ods_code": "Y90730", "name": "Northgate Perinatal Mental Health Service"},
            },
        ),
        "the psychiatrist signs the overall conclusion too, with an initial, in full-width letters: one person",
    ),
    (
        "f-manual-bidi-isolates",
        F,
        set_(
            "recipients#rcp-foster-carer.route.description",
            "Social worker \u2066Leanne Moss\u2069 hands a sealed printed copy to \u2066Sandra Hollis\u2069 at the "
            "placement on 2026-06-13 and reads it through with her.",
        ),
        "a real hand-over, names in bidi isolates",
    ),
    (
        "f-manual-zero-width",
        F,
        set_(
            "recipients#rcp-foster-carer.route.description",
            inside_words(
                "Ward midwife posted a printed copy to Sandra Hollis on 2026-06-12 and went through it with "
                "her by phone the next morning.",
                ZW,
                every=4,
            ),
        ),
        "a real hand-over with zero-width spaces",
    ),
    (
        "p-same-hv-cyrillic",
        P,
        set_(
            "attestation.by",
            {
                "name": {"given": [homoglyphs("Joanna", "oa")], "family": homoglyphs("Price", "ce")},
                "role": "health-visitor",
                "registration": {"body": "NMC", "number": "12A3456B"},
                "organisation": {"ods_code": "Y90510", "name": "Millbrook Health Visiting Service"},
            },
        ),
        "the same health visitor, her name in Cyrillic look-alikes",
    ),
]
for _n, _b, _m, _w in _FACTS_OK:
    ok(_n, "facts", _b, _m, _w)


# ============================================================================================================
# good: four professions in their own styles; beside them the same styles with the substance taken out.

COMMUNITY_PHARMACIST = {
    "name": {"given": ["Imran"], "family": "Qureshi"},
    "role": "pharmacist",
    "registration": {"body": "GPhC", "number": "2076143"},
    "organisation": {"ods_code": "FQ418", "name": "Hampton Road Pharmacy"},
}


def _by_pharmacist(assessment: str, text: str) -> Mutation:
    return chain(set_(f"assessments#{assessment}.author", COMMUNITY_PHARMACIST), concl(assessment, text))


_GOOD = [
    # community pharmacist
    (
        "rph-meth-supervised",
        M,
        _by_pharmacist(
            "asm-methadone",
            "Pharmacist view (supervises her methadone daily): 60 mg is taken reliably and should continue "
            "unchanged into labour, with the dose confirmed to the ward on admission so it is not missed. "
            "The baby will need withdrawal scoring for at least 72 hours. Breastfeeding is fine on this dose; "
            "she is drowsy for a few hours after it, so no bed or sofa sharing.",
        ),
        "a community pharmacist who supervises the dose",
    ),
    (
        "rph-sert-counselled",
        M,
        _by_pharmacist(
            "asm-sertraline",
            "Sertraline 100 mg: continue. Low levels pass into breast milk and it is a preferred SSRI for "
            "breastfeeding. Stopping risks relapse and discontinuation symptoms. Ward to observe the baby "
            "for jitteriness, feeding difficulty and fast breathing over the first days.",
        ),
        "a pharmacist's medicine-focused style",
    ),
    (
        "rph-dzpg-supply",
        F,
        dzpg(
            "From the pharmacy: diazepam and pregabalin now supplied weekly to the placement, not in bulk. Both "
            "sedate her, together more than alone, so no sharing a bed, sofa or chair with the baby and no feeds "
            "lying down; the foster carer does nights. Neither should stop abruptly. Baby: watch for late withdrawal "
            "(tremor, poor feeding, high-pitched cry) until day 8."
        ),
        "a pharmacist writing about supply and the baby",
    ),
    (
        "rph-cital-brief",
        C,
        cital(
            "Citalopram 20 mg OD - continue; no dose change needed in pregnancy. Compatible with breastfeeding. "
            "Possible neonatal adaptation in the first 48 h: midwife to observe feeding, tone and breathing."
        ),
        "a pharmacist's brief note",
    ),
    # perinatal psychiatrist
    (
        "psy-lith-formulation",
        L,
        lith(
            "Bipolar I disorder with two manic relapses off lithium; the postpartum relapse risk is high. I recommend "
            "continuing lithium 800 mg with levels monthly, weekly from 36 weeks and within 24 hours of delivery, "
            "and a hospital birth. The neonate should have a paediatric review and be formula fed given lithium's "
            "transfer into breast milk."
        ),
        "a perinatal psychiatrist's formulation and recommendation",
    ),
    (
        "psy-sert-impression",
        M,
        sert(
            "Impression: recurrent depressive disorder, currently in remission on sertraline. Plan: continue "
            "sertraline 100 mg, as discontinuation carries a substantial relapse risk in the postnatal period. The "
            "infant is likely to be well; neonatal staff to observe for adaptation symptoms for 48 hours. "
            "Breastfeeding is not contraindicated."
        ),
        "a psychiatrist's impression and plan",
    ),
    (
        "psy-cital-risk-benefit",
        C,
        cital(
            "On balance the benefits of continuing citalopram 20 mg outweigh the risks: she relapsed within weeks "
            "when it was stopped in 2023. The baby may have transient adaptation symptoms; the maternity team should "
            "observe for 48 hours. She can breastfeed. I will see her at 6 weeks postpartum."
        ),
        "a psychiatrist weighing risk and benefit",
    ),
    (
        "psy-overall-l",
        L,
        overall(
            "Lithium continues at 800 mg through pregnancy with the level schedule above; deliver in hospital with "
            "fluids in labour and a level within 24 hours. Baby: paediatric review after birth and formula "
            "feeding. Perinatal team review in the first postnatal week."
        ),
        "a psychiatrist's overall summary",
    ),
    # drug service keyworker (the GP records what the keyworker reports and the plan)
    (
        "kw-meth-via-gp",
        M,
        meth(
            "Keyworker (Hampton DAS) reports she is stable on methadone 60 mg with clean screens; the drug service "
            "will not reduce before birth. Agreed: methadone continues, the baby is observed on the ward for "
            "withdrawal for 72 hours at least, breastfeeding is encouraged, and no co-sleeping after a dose - cot "
            "checked at the home visit."
        ),
        "a keyworker's report, recorded by the GP, then the plan",
    ),
    (
        "kw-overall-m",
        M,
        overall(
            "Per her keyworker and the GP: methadone 60 mg continues (no taper in pregnancy) and sertraline "
            "continues for her mood. Baby: withdrawal and SSRI adaptation obs on the ward for at least 72 h; "
            "breastfeed; cot in the parents' room, never a shared bed or sofa after the methadone dose."
        ),
        "keyworker-style overall, both medicines decided",
    ),
    (
        "kw-dzpg-via-gp",
        F,
        dzpg(
            "Drug service keyworker reports pregabalin was being bought on top before pregnancy; now only the "
            "prescribed 150 mg twice daily, with diazepam 5 mg three times daily, picked up weekly. Both continue. "
            "She is drowsy after doses: no bed, sofa or armchair sharing, foster carer does nights. Baby watched for "
            "late withdrawal to day 8."
        ),
        "a keyworker's account used for the plan",
    ),
    # health visitor
    (
        "hv-quet-visit-notes",
        P,
        quet(
            "Seen at home: dad takes quetiapine at 10 pm and says he 'sleeps like the dead' till 7. Agreed with both "
            "parents that baby never goes into bed or onto the sofa with him and he doesn't do night feeds after his "
            "tablet. Next-to-me crib set up on mum's side - seen. Will re-check at each contact to 8 weeks."
        ),
        "a health visitor's visit note",
    ),
    (
        "hv-overall-p",
        P,
        overall(
            "Mum's paracetamol - no concerns. Dad's quetiapine: he's too sedated at night to wake for baby, so he "
            "doesn't co-sleep anywhere (bed, sofa, chair) and mum does all night feeds. Crib seen and safe; I'll "
            "keep checking at every visit."
        ),
        "a health visitor's overall summary",
    ),
    (
        "hv-dzpg-placement",
        F,
        dzpg(
            "HV view: diazepam and pregabalin make mum sleepy, particularly evenings. In placement the foster carer "
            "does all night feeds and baby sleeps in the carer's room in a cot; mum never shares a bed, sofa or chair "
            "with baby. I'll weigh baby and look for late withdrawal (poor feeding, jitteriness) on days 5 and 8. "
            "Both medicines continue."
        ),
        "a health visitor on the placement",
    ),
    (
        "hv-overall-f",
        F,
        overall(
            "Diazepam and pregabalin continue. Baby safe with the foster carer doing nights; no bed, sofa or chair "
            "sharing with mum, no lying-down feeds. HV checks for late withdrawal on days 5 and 8 and sees the "
            "sleeping space at each visit."
        ),
        "a health visitor's overall summary",
    ),
    (
        "rph-overall-c",
        C,
        overall(
            "Citalopram 20 mg continues through pregnancy and breastfeeding; stopping would risk relapse. Baby: "
            "48-hour observation for adaptation symptoms by the midwife. Pharmacy will flag any dose change to "
            "the GP and health visitor."
        ),
        "a pharmacist's overall conclusion",
    ),
    # disguised
    (
        "psy-lith-cyrillic",
        L,
        lith(
            homoglyphs(
                "Relapse risk after delivery is high, so lithium continues at 800 mg with levels monthly then "
                "weekly from 36 weeks; paediatric review for the baby at birth, and formula feeding.",
                "aeo",
            )
        ),
        "a psychiatrist's plan in Cyrillic look-alikes",
    ),
    (
        "hv-quet-zero-width",
        P,
        quet(
            inside_words(
                "Dad takes quetiapine at night and is hard to wake, so no bed or sofa sharing with baby "
                "and no night feeds from him; mum does nights, crib by her bed, checked each visit.",
                ZW,
                every=3,
            )
        ),
        "a health visitor's plain words with zero-width spaces",
    ),
    (
        "kw-meth-soft-hyphen",
        M,
        meth(
            inside_words(
                "Keyworker confirms methadone 60 mg is stable and continues. Baby: withdrawal scoring on "
                "the ward for at least 72 hours; breastfeeding fine; cot only, no co-sleeping after her "
                "dose.",
                SHY,
                every=4,
            )
        ),
        "a keyworker's plan with soft hyphens",
    ),
    (
        "rph-sert-full-width",
        M,
        sert(
            full_width(
                "Sertraline 100 mg continues: relapse risk if stopped. Baby watched 48 h for adaptation; "
                "breastfeeding fine."
            )
        ),
        "a pharmacist's short plan in full-width letters",
    ),
]
for _n, _b, _m, _w in _GOOD:
    ok(_n, "good", _b, _m, _w)

_EMPTIED = [
    (
        "rph-meth-supply-only",
        M,
        _by_pharmacist(
            "asm-methadone",
            "Pharmacist view: methadone 60 mg supervised daily at Hampton Road Pharmacy, no missed doses in "
            "three months; collects on Saturdays for Sunday.",
        ),
        "the pharmacist's supply record only; nothing for the baby (MA103/MA124)",
    ),
    (
        "psy-lith-mental-state-only",
        L,
        lith(
            "Mental state: euthymic, no psychotic features, good insight; lithium level 0.7 mmol/L last month. Risk "
            "to self and others low."
        ),
        "the mother's mental state only (MA124)",
    ),
    (
        "psy-sert-for-later",
        M,
        sert(
            "Sertraline: I will advise on continuation, and on the infant, once I have seen her again in clinic next "
            "month."
        ),
        "a psychiatrist's later decision, nothing now (MA103)",
    ),
    (
        "kw-meth-engagement-only",
        M,
        meth(
            "Keyworker reports she is engaging well with methadone treatment: three clean screens, attending group "
            "every Thursday, and has moved into a tenancy."
        ),
        "the keyworker's report only (MA124)",
    ),
    (
        "kw-overall-m-methadone-only",
        M,
        overall(
            "Per her keyworker: methadone 60 mg continues with no taper. Baby: withdrawal obs on the ward for at "
            "least 72 h; breastfeed; cot only, no shared bed after her dose."
        ),
        "the overall conclusion leaves sertraline out (MA119)",
    ),
    (
        "hv-quet-home-only",
        P,
        quet("Home visit: flat warm and tidy, both parents present, dad takes quetiapine. Next contact at 6-8 weeks."),
        "a visit note with nothing decided on quetiapine (MA103)",
    ),
    (
        "hv-overall-f-if-then",
        F,
        overall(
            "Diazepam and pregabalin: if there are concerns in placement then the foster carer should contact "
            "the HV, and if needed the HV will refer on."
        ),
        "conditional only (MA103)",
    ),
    (
        "rph-cital-headings",
        C,
        cital("Citalopram 20 mg OD. Pregnancy: see notes. Breastfeeding: see notes. Neonate: see notes."),
        "headings pointing elsewhere (MA103)",
    ),
    (
        "psy-lith-cyrillic-emptied",
        L,
        lith(
            homoglyphs(
                "Lithium: mental state stable, insight good, levels in range; she attends clinic reliably.", "aeo"
            )
        ),
        "the mother's state only, in Cyrillic look-alikes (MA124)",
    ),
    (
        "hv-quet-zero-width-emptied",
        P,
        quet(inside_words("Dad's quetiapine noted at the visit; parents aware.", ZW, every=2)),
        "noted and aware, zero-width spaces (MA103)",
    ),
]
for _n, _b, _m, _w in _EMPTIED:
    bad(_n, "good", _b, _m, _w)


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F33CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:20} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F33CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F33CASES),
        "total",
        len(F33CASES),
    )
