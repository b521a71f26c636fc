"""A fifty-seventh independent "fresh" batch of red-team cases for the share gate: a held-out-style mix, sixth
round, taking every shipped pass example (examples/pass/*.json) as a base in turn.

Each case is ONE mutation of a shipped pass example with the verdict the gate must give, written from the issue,
the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from the gate's code or its
word lists. The hollow shapes are new to this round: a conclusion that is a dictation stub ("dictated, awaiting
typing"), an e-mail sign-off, coding and audit housekeeping, the prescription label copied in, a timeline of
start and change dates, the mother's own words quoted with no professional view, tick boxes left unticked, a
pair of conditionals that never says which holds, a handover to "the next MDT", and an assurance that the
medicine is "standard" where the record's summary names a harm. Beside each is a near miss with the same
opening that goes on to decide. About half the cases are GOOD records (MUST PASS):

* ``hollow-shapes``: the shapes above, each with a near miss that decides;
* ``copied``: one conclusion pasted under two medicines with the name swapped, and honest shared wording;
* ``joint``: joint and overall conclusions that drop one medicine, and ones naming each (brands too);
* ``brands``: brands from codelists-more/brand-names.csv not used before (Eptadone, Synastone, Dyzantil,
  Episenta, Liskonum, Li-Liquid, Alzain, Axalid, Stesolid, Tensium, Zispin, Zimovane), in conclusions and the
  medicine list, and a brand of a medicine that is not the one assessed;
* ``misspellings``: one- and two-letter misspellings of listed medicines, in conclusions (must pass) and as
  unassessed entries in the medicine list (must refuse);
* ``unrecognised``: an unrecognised product with and without the clinician's reason it raises no concern;
* ``dates``: each margin of each date field (attestation, assessment, overall, delivery, EDD, gestation,
  medicine start and change, lawful basis, update time, the mother's birth), each beside a date just inside;
* ``routes``: each route kind (MESH, MLLP, FHIR, manual) and ODS codes that cannot deliver, and real ones;
* ``attribution``: a register that does not fit the role, impossible numbers, one number under two names;
* ``voices``: GP, midwife, pharmacist, health visitor, psychiatrist, drug worker and obstetrician, terse
  shorthand and long letters with asides and pointers;
* ``disguise``: texts of the other categories again in Cyrillic, Greek and Cherokee look-alikes, mixed-script
  words, zero-width and format characters, soft hyphens, bidi controls, full-width forms and combining marks,
  both ways.

Medicines named here are real; no clinical code is used or invented. ``test_fresh_records.py`` runs them; the
cases the gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh57_cases``
for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
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
    Record,
    V,
    add_medicine,
    chain,
    conclusion,
    overall,
    set_,
)
from tests.redteam.disguise import BIDI_CONTROLS, SOFT_HYPHEN, full_width, homoglyphs, inside_words

F57CASES: list[Case] = []

CATEGORIES = (
    "hollow-shapes",
    "copied",
    "joint",
    "brands",
    "misspellings",
    "unrecognised",
    "dates",
    "routes",
    "attribution",
    "voices",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F57CASES.append(Case(f"f57-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def meth(text: str) -> Mutation:
    return conclusion("asm-methadone", text)


def sert(text: str) -> Mutation:
    return conclusion("asm-sertraline", text)


def lith(text: str) -> Mutation:
    return conclusion("asm-lithium", text)


def valp(text: str) -> Mutation:
    return conclusion("asm-valproate", text)


def quet(text: str) -> Mutation:
    return conclusion("asm-partner-quetiapine", text)


def dzp(text: str) -> Mutation:
    return conclusion("asm-diazepam-pregabalin", text)


def cit(text: str) -> Mutation:
    return conclusion("asm-citalopram", text)


def person(given: str, family: str, role: str, body: str, number: str, org: Record, prefix: str = "") -> Record:
    name: dict[str, Any] = {"given": [given], "family": family}
    if prefix:
        name["prefix"] = prefix
    return {"name": name, "role": role, "registration": {"body": body, "number": number}, "organisation": org}


def author(aid: str, who: Record) -> Mutation:
    return set_(f"assessments#{aid}.author", who)


def uncoded(mid: str, name: str, dose: str, started: str, **extra: Any) -> Record:
    return {
        "id": mid,
        "name": name,
        "dose": dose,
        "started": started,
        "prescriber": {"kind": "gp-practice", "organisation": RIVERSIDE},
        **extra,
    }


RIVERSIDE = {"ods_code": "Y90001", "name": "Riverside Surgery"}
MILLBROOK = {"ods_code": "Y90002", "name": "Millbrook Medical Centre"}
CASTLE_STREET = {"ods_code": "Y90003", "name": "Castle Street Surgery"}
HAMPTON_MIDWIVES = {"ods_code": "Y90400", "name": "Hampton General Community Midwives"}
DRUG_SERVICE = {"ods_code": "Y90210", "name": "Hampton Drug and Alcohol Service"}
NORTHGATE_PMH = {"ods_code": "Y90730", "name": "Northgate Perinatal Mental Health Service"}
NORTHGATE_MATERNITY = {"ods_code": "Y90430", "name": "Northgate Hospital Maternity Unit"}
MILLBROOK_HV = {"ods_code": "Y90510", "name": "Millbrook Health Visiting Service"}

CHEROKEE = {
    "A": "\u13aa",
    "B": "\u13f4",
    "C": "\u13df",
    "D": "\u13a0",
    "E": "\u13ac",
    "G": "\u13c0",
    "H": "\u13bb",
    "J": "\u13ab",
    "K": "\u13e6",
    "L": "\u13de",
    "M": "\u13b7",
    "P": "\u13e2",
    "R": "\u13a1",
    "S": "\u13da",
    "T": "\u13a2",
    "V": "\u13d9",
    "W": "\u13b3",
    "Z": "\u13c3",
}
"""Capital Latin letters and the Cherokee letters that look the same (UTS #39 confusables)."""


def cherokee(text: str) -> str:
    """Every capital letter that has a Cherokee look-alike swapped for it."""
    return "".join(CHEROKEE.get(ch, ch) for ch in text)


def combining(text: str, mark: str = "\u0301") -> str:
    """A combining acute accent after every 'e' and 'o'."""
    return "".join(ch + mark if ch in "eo" else ch for ch in text)


def bidi(text: str) -> str:
    """Right-to-left embedding and its pop around every second word."""
    words = text.split(" ")
    return " ".join(f"{BIDI_CONTROLS[3]}{w}{BIDI_CONTROLS[4]}" if i % 2 else w for i, w in enumerate(words))


def mixed(text: str) -> str:
    """Mixed-script words: only the second letter of each longer word swapped for a look-alike."""
    out = []
    for word in text.split(" "):
        if len(word) > 4:
            word = word[0] + homoglyphs(word[1], "aeiopcxy", variant=0) + word[2:]
        out.append(word)
    return " ".join(out)


DISGUISES: list[tuple[str, Callable[[str], str]]] = [
    ("cyrillic", lambda t: homoglyphs(t, "aceopsy")),
    ("greek", lambda t: homoglyphs(t, "aiov", variant=1)),
    ("cherokee", cherokee),
    ("mixed", mixed),
    ("zwj", lambda t: inside_words(t, "\u200d", every=2)),
    ("bom", lambda t: inside_words(t, "\ufeff", every=5)),
    ("shy", lambda t: inside_words(t, SOFT_HYPHEN, every=2)),
    ("bidi", bidi),
    ("fullwidth", full_width),
    ("combining", combining),
    ("lrm", lambda t: inside_words(t, BIDI_CONTROLS[0], every=3)),
]

_TEXTS: list[tuple[str, Expect, str, Callable[[str], Mutation], str, str]] = []


def good(name: str, category: str, base: str, put: Callable[[str], Mutation], text: str, why: str) -> None:
    _TEXTS.append((name, PASS, base, put, text, why))
    ok(name, category, base, put(text), why)


def hollow(name: str, category: str, base: str, put: Callable[[str], Mutation], text: str, why: str) -> None:
    _TEXTS.append((name, REFUSE, base, put, text, why))
    bad(name, category, base, put(text), why)


# ============================================================================================================
# hollow-shapes: new shapes that decide nothing, each beside a near miss that opens the same way and decides.

hollow(
    "dictation-stub-meth",
    "hollow-shapes",
    M,
    meth,
    "Methadone - conclusion dictated by Dr Shah on 2 March, awaiting typing by the secretaries; the typed "
    "version will be added to Jodie's notes in due course.",
    "a dictation stub: the conclusion is somewhere else, not yet written",
)
good(
    "dictated-and-typed-meth",
    "hollow-shapes",
    M,
    meth,
    "Methadone (dictated in clinic, typed the same day): 60 mg once daily stays as it is. The baby is likely to "
    "withdraw, so the postnatal ward scores the baby for 72 hours at least and the health visitor looks for late "
    "signs to day 8. Breastfeeding is fine on a steady dose; no bed-sharing after her dose.",
    "mentions dictation, then gives the decision and the plan for the baby",
)
hollow(
    "email-signoff-sert",
    "hollow-shapes",
    M,
    sert,
    "Re sertraline - many thanks for your letter about Jodie. Kind regards, Dr P Shah, GP partner, Riverside "
    "Surgery (tel 01632 960123).",
    "an e-mail sign-off with the medicine in its subject line",
)
good(
    "letter-opening-then-plan-sert",
    "hollow-shapes",
    M,
    sert,
    "Re sertraline - thank you for asking. My view: keep her on 100 mg, since she relapsed badly when she last "
    "stopped. The baby has a small risk of PPHN and of being unsettled or feeding poorly for a few days, so the "
    "midwives will watch for that with the withdrawal scoring; sertraline is fine with breastfeeding.",
    "a letter's opening before a real conclusion",
)
hollow(
    "coding-housekeeping-lith",
    "hollow-shapes",
    L,
    lith,
    "Lithium: SNOMED concept added to the problem list, pregnancy read code entered, medication review date "
    "reset and the QOF mental health indicator met for this year.",
    "coding and audit housekeeping, nothing for mother or baby",
)
good(
    "coding-aside-then-plan-lith",
    "hollow-shapes",
    L,
    lith,
    "Lithium continues at 800 mg (coded today so maternity can find it). Keeping her well after the birth "
    "matters most; levels every 4 weeks, weekly from 36 weeks and within 24 hours of delivery. The baby is "
    "checked by a paediatrician for floppiness, poor feeding and thyroid trouble, and is bottle fed.",
    "a housekeeping aside in brackets beside a full plan",
)
hollow(
    "label-copied-valp",
    "hollow-shapes",
    V,
    valp,
    "Sodium valproate 500mg gastro-resistant tablets: take ONE tablet TWICE a day. Swallow whole, do not chew "
    "or crush. Warning: read the additional information given with this medicine.",
    "the dispensing label copied in as the conclusion",
)
good(
    "label-dose-then-plan-valp",
    "hollow-shapes",
    V,
    valp,
    "Sodium valproate 500 mg twice a day, swallowed whole as before: she must not stop or cut it down before "
    "neurology sees her, because a seizure could harm her and the pregnancy. The baby has been exposed since "
    "conception, so an early fetal medicine scan is booked; folic acid 5 mg daily from today.",
    "the dose as on the label, then the decision and the baby's plan",
)
hollow(
    "timeline-only-dzp",
    "hollow-shapes",
    F,
    dzp,
    "Diazepam started October 2025, reduced February 2026; pregabalin started July 2025, increased January 2026; "
    "both on repeat since, issued weekly.",
    "a timeline of start and change dates with no conclusion",
)
good(
    "timeline-then-plan-dzp",
    "hollow-shapes",
    F,
    dzp,
    "Diazepam since October and pregabalin since July, both unchanged for months. Together they make her drowsy, "
    "so she must not sleep with the baby on a bed, sofa or chair, or feed lying down; the foster carer does the "
    "night feeds. Late withdrawal possible until day 8. Both carry on; diazepam to come down slowly from the "
    "6-week review.",
    "the same timeline followed by the sedation plan and withdrawal watch",
)
hollow(
    "mother-quoted-cit",
    "hollow-shapes",
    C,
    cit,
    "Citalopram: in her own words, 'I feel fine on it and I don't want to change anything, I just want to get "
    "on with having this baby.'",
    "the mother quoted, no professional view of citalopram for the baby",
)
good(
    "mother-quoted-then-view-cit",
    "hollow-shapes",
    C,
    cit,
    "Citalopram: 'I feel well on it and want to stay on it' - and I agree. Stopping last time brought relapse "
    "within six weeks. The baby may be a little jittery or slow to feed for a day or two, so the midwife will "
    "watch for 48 hours; breastfeeding is fine.",
    "her words, then the clinician's decision and the watch on the baby",
)
hollow(
    "tickboxes-empty-quet",
    "hollow-shapes",
    P,
    quet,
    "Father's quetiapine: [ ] sedating at night  [ ] safe to co-sleep  [ ] night feeds by father  [ ] HV to "
    "review sleeping arrangements.",
    "a row of tick boxes with none ticked",
)
good(
    "tickbox-style-answered-quet",
    "hollow-shapes",
    P,
    quet,
    "Father's quetiapine 300 mg nocte: sedating at night - yes; safe for him to share a bed or sofa with the "
    "baby - no, never; night feeds by dad - no, mum does them; HV to check the crib at each visit - yes.",
    "the same checklist with every line answered",
)
hollow(
    "two-ifs-meth",
    "hollow-shapes",
    M,
    meth,
    "If methadone carries on, the baby might need some watching after birth; if it is reduced, the baby might "
    "need less. Either way things will be looked at nearer the time.",
    "two conditionals that never say which holds, then a deferral",
)
good(
    "if-then-decided-meth",
    "hollow-shapes",
    M,
    meth,
    "Methadone carries on at 60 mg. If she asks to reduce it, that happens only with the drug service and never "
    "in the last weeks. The baby will be watched on the ward for withdrawal for at least 72 hours; breastfeeding "
    "is encouraged and there must be no co-sleeping after her dose.",
    "a conditional for a future request beside a decided plan",
)
hollow(
    "next-mdt-lith",
    "hollow-shapes",
    L,
    lith,
    "Lithium to be taken to the next perinatal MDT for discussion; outcome and plan will be circulated to "
    "colleagues afterwards.",
    "a handover to a meeting with nothing decided",
)
good(
    "mdt-after-decision-lith",
    "hollow-shapes",
    L,
    lith,
    "Lithium stays at 800 mg nocte: relapse or psychosis after the birth is the bigger danger. Bottle feeding, "
    "as lithium reaches the milk. Paediatric review of the baby after birth for toxicity and thyroid function. "
    "The perinatal MDT will agree the dose plan for labour next month.",
    "an MDT pointer after the decision is made",
)
hollow(
    "standard-treatment-valp",
    "hollow-shapes",
    V,
    valp,
    "Valproate is a long-established, standard epilepsy treatment used by many women; there is nothing unusual "
    "about her taking it and no special measures are required for this pregnancy.",
    "'standard' and 'no special measures' where the summary gives a 1 in 10 malformation risk",
)
good(
    "standard-but-harmful-valp",
    "hollow-shapes",
    V,
    valp,
    "Valproate is a standard epilepsy treatment but the most harmful one in pregnancy: this baby carries about "
    "a 1 in 10 risk of a major malformation. She continues it until urgent neurology review (stopping risks "
    "seizures); fetal medicine will scan early and folic acid 5 mg is started.",
    "opens with 'standard', then states the harm and the plan",
)

# ============================================================================================================
# copied: one conclusion under two medicines with the name swapped; honest shared wording.

_COPY = (
    "{m} continues unchanged through the rest of this pregnancy. Jodie's baby will be watched on the postnatal "
    "ward for at least 72 hours after birth for withdrawal, with the health visitor checking for late signs up "
    "to day 8; she must not bed-share after her dose and breastfeeding is encouraged."
)
bad(
    "copy-meth-into-sert",
    "copied",
    M,
    chain(meth(_COPY.format(m="Methadone")), sert(_COPY.format(m="Sertraline"))),
    "the same conclusion pasted under both medicines with only the name changed (MA121)",
)
bad(
    "copy-meth-into-sert-brand",
    "copied",
    M,
    chain(
        meth(_COPY.format(m="Methadone (Physeptone)")),
        sert(_COPY.format(m="Sertraline (Lustral)")),
    ),
    "the same copy with a brand added in brackets to each",
)
ok(
    "shared-sentence-own-plans",
    "copied",
    M,
    chain(
        meth(
            "Both of Jodie's medicines continue. Methadone: the baby will likely withdraw, so 72 hours of ward "
            "scoring and health visitor checks to day 8; no bed-sharing after her dose; breastfeeding encouraged."
        ),
        sert(
            "Both of Jodie's medicines continue. Sertraline: relapse is the bigger risk; the baby may have mild "
            "adaptation symptoms or, rarely, PPHN, which the midwife looks for in the first days. Fine with "
            "breastfeeding."
        ),
    ),
    "one shared opening sentence, then a plan of its own for each medicine",
)
ok(
    "same-structure-different-content",
    "copied",
    M,
    chain(
        meth(
            "Decision: continue methadone 60 mg. Baby: withdrawal scoring on the ward for 72 h, HV to day 8. "
            "Sleep: no co-sleeping after her dose. Feeding: breastfeeding encouraged."
        ),
        sert(
            "Decision: continue sertraline 100 mg. Baby: watch for jitteriness, poor feeding or fast breathing; "
            "small PPHN risk, paeds aware. Mood: relapse if stopped. Feeding: breastfeeding compatible."
        ),
    ),
    "the same headings in both, with different content under each",
)

# ============================================================================================================
# joint: joint and overall conclusions that drop one medicine, and ones that name each.

hollow(
    "joint-drops-diazepam",
    "joint",
    F,
    dzp,
    "Pregabalin makes her sleepy, worst after each dose: she must not share a bed, sofa or armchair with the baby "
    "and the foster carer does the nights. Late withdrawal can appear until day 8; no change for now.",
    "the joint conclusion names pregabalin only (MA119)",
)
good(
    "joint-names-both-briefly",
    "joint",
    F,
    dzp,
    "Diazepam + pregabalin = drowsy mum: no bed, sofa or armchair with baby, no feeding lying down, foster carer "
    "on nights. Watch for late withdrawal to day 8. Carry on both; diazepam taper agreed for 6 weeks.",
    "terse, with both named and the plan",
)
hollow(
    "overall-drops-sert",
    "joint",
    M,
    overall,
    "Methadone stays at 60 mg. The baby will be scored for withdrawal on the postnatal ward for 72 hours or "
    "more; breastfeeding encouraged; no co-sleeping, and the social worker and health visitor see the sleeping "
    "arrangements before discharge.",
    "the overall conclusion forgets sertraline (MA119)",
)
good(
    "overall-both-with-brands",
    "joint",
    M,
    overall,
    "Methadone (Physeptone) 60 mg and sertraline (Lustral) 100 mg both continue. Baby: withdrawal and adaptation "
    "scoring on the postnatal ward for at least 72 hours, health visitor to day 8; breastfeeding encouraged; no "
    "co-sleeping after methadone, with the cot seen before discharge.",
    "both named by ingredient and brand",
)
hollow(
    "overall-drops-pregabalin",
    "joint",
    F,
    overall,
    "Diazepam continues for now. Sedation is the main danger: no bed, sofa or armchair sharing, no feeding lying "
    "down, and the foster carer does the night feeds. Late withdrawal possible until day 8.",
    "the overall conclusion forgets pregabalin (MA119)",
)
good(
    "overall-both-foster-voice",
    "joint",
    F,
    overall,
    "Mum's diazepam and pregabalin carry on unchanged for now. Because they sedate her, baby never sleeps with "
    "her on a bed, sofa or armchair and the foster carer does the nights; everyone watching for late withdrawal "
    "until day 8 holds this plan.",
    "both named, plain language for the placement",
)
hollow(
    "overall-names-paracetamol-not-quet",
    "joint",
    P,
    overall,
    "Paracetamol for the mother is fine. The father's night-time medicine makes him hard to wake: no sharing a "
    "bed, sofa or armchair with the baby and no night feeds by him; the health visitor will keep checking.",
    "the overall conclusion never names the quetiapine its assessment covers (MA119)",
)
good(
    "overall-quet-terse",
    "joint",
    P,
    overall,
    "Dad's quetiapine = heavy sedation at night: never in a bed or on a sofa with baby, no night feeds by him. "
    "Mum's paracetamol no concern. Crib seen and safe; HV to keep checking.",
    "terse overall naming quetiapine",
)

# ============================================================================================================
# brands: unused brands from codelists-more/brand-names.csv, in conclusions and the medicine list.

good(
    "eptadone-meth",
    "brands",
    M,
    meth,
    "Eptadone 60 mg each morning, supervised, goes on unchanged. Baby likely to withdraw: ward scoring for 72 h "
    "minimum and HV checks for late signs to day 8. Breastfeeding encouraged; she must never fall asleep with "
    "the baby after her dose.",
    "methadone by an unused brand (Eptadone)",
)
good(
    "liskonum-lith",
    "brands",
    L,
    lith,
    "Liskonum stays at the same dose: relapse after birth is the greater harm. Levels monthly, weekly from 36/40 "
    "and within 24 h of the birth. Baby: paediatric review for floppiness, poor feeding and thyroid problems; "
    "bottle feeding since lithium passes into milk.",
    "lithium by an unused brand (Liskonum)",
)
good(
    "dyzantil-valp",
    "brands",
    V,
    valp,
    "Dyzantil (sodium valproate) must not be stopped suddenly - seizure risk to her and the pregnancy. The baby "
    "was exposed in the first trimester (about a 1 in 10 malformation risk): urgent neurology and fetal "
    "medicine referrals sent; folic acid 5 mg started.",
    "sodium valproate by an unused brand with the ingredient in brackets",
)
good(
    "tensium-alzain-dzp",
    "brands",
    F,
    dzp,
    "Tensium and Alzain (her diazepam and pregabalin) together make her drowsy: the foster carer does the night "
    "feeds and she never sleeps with the baby on a bed or sofa. Late withdrawal possible to day 8. Both continue "
    "for now with a slow diazepam reduction.",
    "both medicines by brand, ingredients in brackets",
)
ok(
    "listed-as-synastone",
    "brands",
    M,
    set_("medicines#med-methadone.name", "Synastone 1mg/ml oral solution"),
    "methadone recorded by a brand; the conclusion names the ingredient",
)
ok(
    "listed-as-axalid",
    "brands",
    F,
    set_("medicines#med-pregabalin.name", "Axalid 75mg capsules"),
    "pregabalin recorded by a brand; the joint conclusion names the ingredient",
)
bad(
    "unassessed-stesolid-n",
    "brands",
    N,
    add_medicine(uncoded("med-stesolid", "Stesolid 5mg rectal diazepam", "as directed for seizures", "2026-04-03")),
    "diazepam by brand, unassessed (MA101)",
)
bad(
    "unassessed-zimovane-p",
    "brands",
    P,
    add_medicine(uncoded("med-zimovane", "Zimovane 7.5mg tablets", "one at night", "2026-05-19")),
    "the mother's zopiclone by brand, sedating, unassessed while she does the night feeds (MA101)",
)
bad(
    "unassessed-episenta-n",
    "brands",
    N,
    add_medicine(uncoded("med-episenta", "Episenta 300mg prolonged-release capsules", "two twice a day", "2026-04-03")),
    "valproate by brand, unassessed (MA101)",
)
hollow(
    "zispin-under-sert",
    "brands",
    M,
    sert,
    "Zispin 30 mg at night carries on: her mood is the priority. The midwife watches the baby for adaptation "
    "symptoms in the first days and breastfeeding is supported.",
    "the sertraline assessment concluded on Zispin (mirtazapine), a medicine not listed",
)
hollow(
    "li-liquid-under-valp",
    "brands",
    V,
    overall,
    "Li-Liquid continues until the neurologist reviews her; she must not stop suddenly. The baby has had "
    "first-trimester exposure: fetal medicine scan early, folic acid 5 mg started.",
    "the overall conclusion names lithium liquid (Li-Liquid), not the valproate assessed",
)

# ============================================================================================================
# misspellings: one- and two-letter misspellings of listed medicines.

good(
    "methadon-one-letter",
    "misspellings",
    M,
    meth,
    "Methadon 60 mg continues. Baby to be NAS-scored on the postnatal ward for 72 h+, HV checking to day 8; "
    "breastfeeding encouraged; no bed-sharing after her dose.",
    "methadone missing its last letter",
)
good(
    "citalopran-one-letter",
    "misspellings",
    C,
    cit,
    "Citalopran 20 mg carries on: she relapsed within six weeks of stopping before. Midwife to observe the baby "
    "for jitteriness and poor feeding for 48 hours; fine to breastfeed.",
    "citalopram with n for m",
)
good(
    "lithum-one-letter",
    "misspellings",
    L,
    lith,
    "Lithum 800 mg continues because relapse after delivery is the bigger risk. Levels 4-weekly, weekly from 36 "
    "weeks, and within 24 hours of birth; the baby gets a paediatric check and is bottle fed.",
    "lithium missing a letter",
)
good(
    "quetiepine-two-letters",
    "misspellings",
    P,
    quet,
    "The father's quetiepine leaves him heavily asleep: he must never share a bed, sofa or armchair with the "
    "baby and does no night feeds. The baby sleeps in the crib on mum's side; HV checks at each visit.",
    "quetiapine with one letter changed (a->e)",
)
good(
    "diazapam-pregabline",
    "misspellings",
    F,
    dzp,
    "Diazapam and pregabline both sedate her: no lying down with the baby on a bed, sofa or chair, and the "
    "foster carer does nights. Late withdrawal can come up to day 8. Both continue; slow diazepam taper later.",
    "diazepam one letter off, pregabalin two letters off",
)
bad(
    "unassessed-pregabaline-n",
    "misspellings",
    N,
    add_medicine(uncoded("med-pregab", "Pregabaline 75mg capsules", "one twice a day", "2026-04-03")),
    "pregabalin with a letter added, unassessed (MA101/MA117)",
)
bad(
    "unassessed-setralene-n",
    "misspellings",
    N,
    add_medicine(uncoded("med-setralene", "Setralene 50mg tablets", "one daily", "2026-04-03")),
    "sertraline two letters off, unassessed (MA101/MA117)",
)
bad(
    "unassessed-diazapan-p",
    "misspellings",
    P,
    add_medicine(uncoded("med-diazapan", "Diazapan 2mg tablets", "one at night", "2026-05-19")),
    "diazepam two letters off, the mother's, unassessed (MA101/MA117)",
)
bad(
    "unassessed-mirtazepin-n",
    "misspellings",
    N,
    add_medicine(uncoded("med-mirtaz", "Mirtazepin 15mg tablets", "one at night", "2026-04-03")),
    "mirtazapine two letters off, sedating, unassessed (MA101/MA117)",
)
ok(
    "listed-as-sertralin",
    "misspellings",
    M,
    set_("medicines#med-sertraline.name", "Sertralin 50mg tablets"),
    "the listed sertraline misspelt, still covered by its assessment",
)

# ============================================================================================================
# unrecognised: a product the gate may not know, with and without the clinician's reason.

bad(
    "unknown-no-reason-n",
    "unrecognised",
    N,
    add_medicine(uncoded("med-sominex", "Sominex 20mg tablets", "one at night", "2026-04-03")),
    "an uncoded sleeping tablet (promethazine) with no classification or assessment (MA117 or MA101)",
)
ok(
    "unknown-with-reason-n",
    "unrecognised",
    N,
    add_medicine(
        uncoded(
            "med-hydromol",
            "Hydromol ointment",
            "apply to hands twice a day",
            "2026-04-03",
            not_of_concern_reason="Emollient for eczema on her hands only; nothing reaches the baby through the "
            "skin or breast milk, so breastfeeding continues.",
        )
    ),
    "an emollient with a real reason it raises no concern",
)
bad(
    "unknown-hollow-reason-n",
    "unrecognised",
    N,
    add_medicine(
        uncoded(
            "med-dozol",
            "Dozol liquid 10ml at night",
            "10 ml at night",
            "2026-04-03",
            not_of_concern_reason="Not a concern, reviewed.",
        )
    ),
    "a reason that gives no reason (MA117)",
)
ok(
    "unknown-reason-terse-p",
    "unrecognised",
    P,
    add_medicine(
        uncoded(
            "med-balneum",
            "Balneum bath oil",
            "add to bath",
            "2026-05-19",
            not_of_concern_reason="Bath oil for dry skin; not absorbed, no effect on breastfeeding or the baby.",
        )
    ),
    "a terse real reason",
)
bad(
    "reason-cannot-clear-stesolid",
    "unrecognised",
    N,
    add_medicine(
        uncoded(
            "med-stesolid",
            "Stesolid 10mg rectal tubes",
            "as directed for prolonged seizures",
            "2026-04-03",
            not_of_concern_reason="Rescue medicine only, rarely used; no effect on breastfeeding or the baby.",
        )
    ),
    "a reason cannot clear diazepam, a medicine of concern (MA101)",
)

# ============================================================================================================
# dates: each margin of each date field, each beside a date just inside it. Today is after 2026-12-04.

bad(
    "med-changed-day-after-asm-m",
    "dates",
    M,
    set_("medicines#med-methadone.last_changed", "2026-03-03"),
    "methadone changed the day after its assessment (MA108)",
)
ok(
    "med-changed-same-day-m",
    "dates",
    M,
    set_("medicines#med-methadone.last_changed", "2026-03-02"),
    "the dose changed in the same consultation as the assessment",
)
bad(
    "med-started-future-c",
    "dates",
    C,
    set_("medicines#med-citalopram.started", "2027-01-10"),
    "a medicine started in the future (MA010)",
)
bad(
    "gestation-on-after-attest-c",
    "dates",
    C,
    set_("pregnancy.gestation.on", "2026-02-13"),
    "gestation measured the day after the record was attested (MA013)",
)
ok(
    "gestation-on-attest-day-c",
    "dates",
    C,
    set_("pregnancy.gestation.on", "2026-02-12"),
    "gestation recorded on the day of attestation, two days after the assessment",
)
bad(
    "edd-fifteen-days-c",
    "dates",
    C,
    set_("pregnancy.edd", "2026-04-21"),
    "EDD 15 days from the one the gestation implies (MA011)",
)
ok(
    "edd-fourteen-days-c",
    "dates",
    C,
    set_("pregnancy.edd", "2026-04-20"),
    "EDD 14 days out: at the tolerance",
)
bad(
    "delivery-day-after-attest-p",
    "dates",
    P,
    set_("pregnancy.delivery_date", "2026-05-29"),
    "a postnatal record attested the day before the birth (MA013)",
)
ok(
    "delivery-day-of-attest-p",
    "dates",
    P,
    chain(
        set_("pregnancy.delivery_date", "2026-05-28"),
        set_("medicines#med-paracetamol.started", "2026-05-28"),
    ),
    "attested on the day of the birth (paracetamol started that day too)",
)
bad(
    "postnatal-373-days-p",
    "dates",
    P,
    set_("pregnancy.delivery_date", "2025-05-20"),
    "attested 373 days after the birth (MA013)",
)
ok(
    "postnatal-361-days-p",
    "dates",
    P,
    set_("pregnancy.delivery_date", "2025-06-01"),
    "attested 361 days after the birth: inside the postnatal year",
)
bad(
    "asm-before-lmp-v",
    "dates",
    V,
    set_("assessments#asm-valproate.date", "2026-02-20"),
    "valproate assessed five weeks before the last period of this pregnancy (MA212)",
)
ok(
    "asm-at-four-weeks-v",
    "dates",
    V,
    set_("assessments#asm-valproate.date", "2026-04-22"),
    "assessed at about 4 weeks, on the day of a positive test",
)
bad(
    "consent-future-m",
    "dates",
    M,
    set_("lawful_basis.recorded_on", "2027-02-01"),
    "consent recorded in the future (MA403)",
)
bad(
    "consent-before-pregnancy-m",
    "dates",
    M,
    set_("lawful_basis.recorded_on", "2025-05-01"),
    "consent to share recorded months before this pregnancy began (MA013)",
)
ok(
    "consent-week-before-m",
    "dates",
    M,
    set_("lawful_basis.recorded_on", "2026-02-23"),
    "consent given at the previous appointment",
)
bad(
    "mother-61-m",
    "dates",
    M,
    set_("mother.birth_date", "1965-01-01"),
    "a mother aged 61 (MA014)",
)
ok(
    "mother-59-m",
    "dates",
    M,
    set_("mother.birth_date", "1967-01-01"),
    "a mother aged 59: possible, inside the range",
)
bad(
    "overall-dated-future-l",
    "dates",
    L,
    set_("overall_conclusion.date", "2027-01-15"),
    "the overall conclusion dated after today",
)
bad(
    "overall-before-change-m",
    "dates",
    M,
    set_("overall_conclusion.date", "2025-11-30"),
    "the overall conclusion dated before methadone's last change (MA108)",
)
ok(
    "overall-days-before-asm-m",
    "dates",
    M,
    set_("overall_conclusion.date", "2026-02-27"),
    "the overall conclusion drafted a few days before the final assessments",
)
bad(
    "updated-future-l",
    "dates",
    L,
    set_("updated", "2027-03-01T09:00:00+00:00"),
    "the record's update time in the future (MA010)",
)
ok(
    "updated-before-attest-c",
    "dates",
    C,
    set_("updated", "2026-02-12T09:20:00+00:00"),
    "saved five minutes before attestation: a warning (MA015), not a refusal",
)
bad(
    "antenatal-with-birth-l",
    "dates",
    L,
    set_("pregnancy.delivery_date", "2026-05-05"),
    "an antenatal record that gives a birth date (MA016)",
)

# ============================================================================================================
# routes: each kind that cannot deliver, beside real ones.

bad(
    "mesh-email-address",
    "routes",
    M,
    set_("recipients#rcp-hv.route.mailbox", "hampton.hv@nhs.net"),
    "an e-mail address where a MESH mailbox id belongs (MA307)",
)
bad(
    "mesh-two-ids",
    "routes",
    C,
    set_("recipients#rcp-midwife.route.mailbox", "X26CR002; X26CR003"),
    "two mailbox ids in one field (MA307)",
)
ok(
    "mesh-other-real-id",
    "routes",
    P,
    set_("recipients#rcp-partner-gp.route.mailbox", "X26EP002"),
    "another well-formed mailbox id",
)
bad(
    "mllp-port-zero",
    "routes",
    V,
    set_("recipients#rcp-maternity.route.port", 0),
    "port 0 cannot be connected to (MA308)",
)
bad(
    "mllp-port-too-high",
    "routes",
    V,
    set_("recipients#rcp-maternity.route.port", 70000),
    "a port above 65535 (MA308)",
)
bad(
    "mllp-host-with-scheme",
    "routes",
    V,
    set_("recipients#rcp-maternity.route.host", "https://maternity-interface.castleford.example"),
    "a URL where a host name belongs (MA308)",
)
ok(
    "mllp-other-port",
    "routes",
    V,
    set_("recipients#rcp-maternity.route.port", 6661),
    "another ordinary MLLP port",
)
bad(
    "fhir-ftp",
    "routes",
    L,
    set_("recipients#rcp-maternity.route.base_url", "ftp://maternity.northgate.example/fhir/R4"),
    "not an https URL (MA308)",
)
bad(
    "fhir-localhost",
    "routes",
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://localhost/fhir/R4"),
    "this machine as the FHIR server (MA308)",
)
bad(
    "fhir-space-in-host",
    "routes",
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://maternity northgate.example/fhir/R4"),
    "a space inside the host name (MA308)",
)
ok(
    "fhir-with-port",
    "routes",
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://maternity.northgate.example:8443/fhir/R4"),
    "an https base URL with an explicit port",
)
bad(
    "manual-one-word",
    "routes",
    F,
    set_("recipients#rcp-foster-carer.route.description", "Email"),
    "one word, no hand-over (MA309)",
)
bad(
    "manual-will-send",
    "routes",
    F,
    set_("recipients#rcp-foster-carer.route.description", "Will send when able."),
    "a promise with no how or who (MA309)",
)
ok(
    "manual-posted",
    "routes",
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        "Posted first class to the foster carer at the placement address on 2026-06-13, with a covering letter "
        "from Dr Pritchard.",
    ),
    "a real postal hand-over",
)
ok(
    "manual-collect-and-sign",
    "routes",
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        "Sandra Hollis collects a sealed copy from Millbrook reception on 2026-06-15 and signs for it.",
    ),
    "collection in person with a signature",
)
bad(
    "ods-hyphen",
    "routes",
    M,
    set_("recipients#rcp-sw.organisation.ods_code", "Y90-300"),
    "a hyphen inside an ODS code (MA310)",
)
bad(
    "ods-space",
    "routes",
    C,
    set_("recipients#rcp-hv.organisation.ods_code", "Y90 520"),
    "a space inside an ODS code (MA310)",
)
ok(
    "ods-trust-code",
    "routes",
    L,
    set_("recipients#rcp-maternity.organisation.ods_code", "RXQ"),
    "a three-character trust code",
)

# ============================================================================================================
# attribution: the register fits the role, the number can be issued, one number is one person.

bad(
    "hv-on-gphc",
    "attribution",
    P,
    set_("assessments#asm-partner-quetiapine.author.registration", {"body": "GPhC", "number": "2076543"}),
    "a health visitor on the pharmacy register (MA207)",
)
bad(
    "psychiatrist-on-nmc",
    "attribution",
    L,
    set_("assessments#asm-lithium.author.registration", {"body": "NMC", "number": "14C2233D"}),
    "a psychiatrist on the nursing register (MA207)",
)
bad(
    "gmc-zeros",
    "attribution",
    V,
    set_("assessments#asm-valproate.author.registration.number", "0000000"),
    "a GMC number of zeros (MA208)",
)
bad(
    "gphc-zeros-n",
    "attribution",
    N,
    set_("attestation.by.registration.number", "0000000"),
    "a GPhC number of zeros (MA208)",
)
bad(
    "attester-other-name-same-gmc-m",
    "attribution",
    M,
    set_("attestation.by.name", {"prefix": "Dr", "given": ["Priya"], "family": "Patel"}),
    "Dr Shah's GMC number under another family name (MA209)",
)
bad(
    "overall-other-gp-same-gmc-f",
    "attribution",
    F,
    set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["Gareth"], "family": "Lewis"}),
    "Dr Pritchard's GMC number under another doctor's name (MA209)",
)
ok(
    "middle-name-same-doctor-m",
    "attribution",
    M,
    set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["Priya", "Anjali"], "family": "Shah"}),
    "the same doctor with her middle name added",
)
ok(
    "pharmacist-writes-lithium",
    "attribution",
    L,
    set_(
        "assessments#asm-lithium.author",
        person("Bethany", "Cole", "clinical-pharmacist", "GPhC", "2087654", RIVERSIDE),
    ),
    "the pharmacist already in the examples writes the lithium assessment on her own register",
)
ok(
    "midwife-writes-citalopram",
    "attribution",
    C,
    set_(
        "assessments#asm-citalopram.author",
        person("Anna", "Lowe", "registered-midwife", "NMC", "21B3344C", HAMPTON_MIDWIVES),
    ),
    "a midwife writes the citalopram assessment on the NMC register",
)
ok(
    "hv-writes-overall-p",
    "attribution",
    P,
    set_(
        "overall_conclusion.author",
        person("Joanna", "Price", "health-visitor", "NMC", "12A3456B", MILLBROOK_HV),
    ),
    "the health visitor who assessed the father signs the overall conclusion",
)

# ============================================================================================================
# voices: every professional voice, terse and long, beside each voice's stock phrases that decide nothing.

good(
    "drug-worker-voice-meth",
    "voices",
    M,
    meth,
    "Drug service view: Jodie's script stays at 60 mg methadone, picked up and supervised daily as now, with no "
    "cut before the birth. Her baby will need NAS scoring on the ward for 3 days or more and the HV looks for "
    "late signs to day 8. She knows the baby never sleeps in her bed or on the sofa after her dose; "
    "breastfeeding encouraged.",
    "a drug worker's voice",
)
hollow(
    "drug-worker-stock-meth",
    "voices",
    M,
    meth,
    "Drug service view: Jodie is engaging well, attending all appointments and making good progress with her "
    "methadone script; keyworker to continue to support.",
    "a drug worker's stock progress note, nothing for the baby",
)
good(
    "obstetric-voice-valp-overall",
    "voices",
    V,
    overall,
    "Obstetric view, 8/40 unplanned pregnancy on sodium valproate: do not stop it abruptly pending urgent "
    "neurology review. Fetal medicine review and early detailed anomaly scan booked given the first-trimester "
    "exposure (neural tube and other malformations, later developmental risk). Folic acid 5 mg from today.",
    "an obstetrician's voice",
)
hollow(
    "obstetric-stock-valp-overall",
    "voices",
    V,
    overall,
    "Obstetric view on sodium valproate: consultant-led care, routine antenatal pathway, to be seen in clinic "
    "as per booking.",
    "an obstetric stock line that decides nothing about valproate or the baby",
)
good(
    "psychiatrist-letter-lith",
    "voices",
    L,
    lith,
    "Dear colleagues - having seen her with her partner (who, incidentally, has taken paternity leave from "
    "August), my advice is that lithium continues at 800 mg. Her risk of a postpartum relapse or psychosis "
    "without it is high. Please check levels monthly, weekly from 36 weeks and within 24 hours of birth "
    "(see the recommendations for hydration in labour). The baby should be reviewed by a paediatrician after "
    "birth for lithium effects and thyroid function; she will bottle feed, as lithium reaches breast milk.",
    "a long psychiatrist's letter with an aside and a pointer",
)
hollow(
    "psychiatrist-stock-lith",
    "voices",
    L,
    lith,
    "Lithium - mental state examination unremarkable, no psychotic features, insight intact, risk low. Will "
    "continue to follow up in the perinatal clinic.",
    "a mental state summary and follow-up, nothing decided for the baby",
)
good(
    "hv-terse-quet",
    "voices",
    P,
    quet,
    "Dad on quetiapine 300 nocte - v. sedated. Never bed/sofa with baby; no night feeds by him. Baby in "
    "next-to-me crib, mum's side. HV reviewing sleep each visit to 8 wks.",
    "health visitor shorthand",
)
hollow(
    "hv-stock-quet",
    "voices",
    P,
    quet,
    "Dad's quetiapine noted. Family well known to HV team, no concerns raised today, universal offer continues.",
    "'no concerns raised' where the father's sedation is the concern (MA123)",
)
good(
    "pharmacist-terse-cit",
    "voices",
    C,
    cit,
    "Pharm review: citalopram 20 mg OD - continue (relapse <6/52 when stopped before). Neonate: PPHN ~3/1000, "
    "adaptation sx - MW obs 48 h. BF compatible; watch for drowsy/poor feeding.",
    "a pharmacist's terse shorthand",
)
hollow(
    "pharmacist-stock-cit",
    "voices",
    C,
    cit,
    "Pharm review: citalopram - dose within BNF limits, no interactions identified, no QT-prolonging co-"
    "prescriptions, adherence good.",
    "a pharmacist's safety checks, nothing about the baby",
)
good(
    "midwife-long-dzp",
    "voices",
    F,
    dzp,
    "Midwife's conclusion for the placement: Mum takes diazepam and pregabalin, which together make her sleepy, "
    "especially after doses and at night. She must never sleep with baby on a bed, sofa or armchair or feed "
    "lying down; the foster carer does the night feeds. Baby was watched 5 days on the ward; watch for late "
    "withdrawal (tremor, poor feeding, inconsolable crying) until day 8 and ring the neonatal unit if seen. "
    "Both medicines continue for now.",
    "a midwife's long conclusion for the foster carer",
)
good(
    "gp-letter-overall-m",
    "voices",
    M,
    overall,
    "To summarise for everyone on the distribution list: methadone 60 mg and sertraline 100 mg both continue "
    "(her drug worker agrees; see the drug service letter of 20 February for the dispensing details). Her baby "
    "is likely to need withdrawal observation on the postnatal ward for at least 72 hours, with the health "
    "visitor checking until day 8. Breastfeeding is supported. There must be no co-sleeping after her "
    "methadone dose; the social worker and health visitor will see the cot before discharge.",
    "a GP's long overall with a pointer to another letter",
)

# ============================================================================================================
# disguise: texts above again in each disguise, both ways; and medicine names in disguise.

_PICK = [
    "dictation-stub-meth",
    "dictated-and-typed-meth",
    "email-signoff-sert",
    "letter-opening-then-plan-sert",
    "label-copied-valp",
    "label-dose-then-plan-valp",
    "timeline-only-dzp",
    "timeline-then-plan-dzp",
    "mother-quoted-cit",
    "mother-quoted-then-view-cit",
    "tickboxes-empty-quet",
    "tickbox-style-answered-quet",
    "next-mdt-lith",
    "mdt-after-decision-lith",
    "standard-treatment-valp",
    "standard-but-harmful-valp",
    "joint-drops-diazepam",
    "joint-names-both-briefly",
    "overall-drops-sert",
    "eptadone-meth",
    "drug-worker-stock-meth",
    "hv-terse-quet",
    "hv-stock-quet",
    "pharmacist-terse-cit",
    "coding-housekeeping-lith",
    "coding-aside-then-plan-lith",
]
_BY_NAME = {t[0]: t for t in _TEXTS}
for _i, _name in enumerate(_PICK):
    _n, _expect, _base, _put, _text, _why = _BY_NAME[_name]
    _label, _disguise = DISGUISES[_i % len(DISGUISES)]
    add(f"dis-{_label}-{_n}", "disguise", _expect, _base, _put(_disguise(_text)), f"{_why} ({_label})")

bad(
    "dis-cyrillic-unassessed-sertraline-n",
    "disguise",
    N,
    add_medicine(uncoded("med-sert", homoglyphs("Sertraline 50mg tablets", "Seao"), "one daily", "2026-04-03")),
    "an unassessed sertraline spelt in Cyrillic look-alikes (MA101)",
)
bad(
    "dis-zwsp-unassessed-methadone-n",
    "disguise",
    N,
    add_medicine(
        uncoded("med-meth", inside_words("Methadone 1mg/ml oral solution", "\u200b", every=3), "30 ml", "2026-04-03")
    ),
    "an unassessed methadone with zero-width spaces inside (MA101)",
)
bad(
    "dis-cherokee-unassessed-quetiapine-p",
    "disguise",
    P,
    add_medicine(uncoded("med-q", cherokee("QUETIAPINE 25MG TABLETS"), "one at night", "2026-05-19")),
    "the mother's quetiapine in capitals with Cherokee look-alikes, unassessed (MA101)",
)
ok(
    "dis-greek-listed-lithium-l",
    "disguise",
    L,
    set_(
        "medicines#med-lithium.name",
        homoglyphs("Lithium carbonate 400mg modified-release tablets (Priadel)", "io", variant=1),
    ),
    "the assessed lithium listed with Greek look-alikes is the same medicine",
)
ok(
    "dis-shy-listed-pregabalin-f",
    "disguise",
    F,
    set_("medicines#med-pregabalin.name", inside_words("Pregabalin 75mg capsules", SOFT_HYPHEN, every=3)),
    "the assessed pregabalin with soft hyphens is the same medicine",
)
bad(
    "dis-fullwidth-manual-route-f",
    "disguise",
    F,
    set_("recipients#rcp-foster-carer.route.description", full_width("Will send when able.")),
    "a manual route that says nothing, in full-width forms (MA309)",
)
ok(
    "dis-nbsp-manual-route-f",
    "disguise",
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        "Handed\u00a0to\u00a0the foster carer by the health visitor at the placement on 2026-06-13 and read "
        "through with her.",
    ),
    "a real hand-over with no-break spaces",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F57CASES)
    for cat in CATEGORIES:
        print(f"{cat:14} refuse {counts[(cat, REFUSE)]:3}  pass {counts[(cat, PASS)]:3}")
    print(
        f"{'total':14} refuse {sum(c.expect == REFUSE for c in F57CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F57CASES):3}"
    )
