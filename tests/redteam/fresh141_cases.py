"""A hundred-and-forty-first independent "fresh" batch of red-team cases for the share gate: a held-out-style
mix, twenty-fifth round.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. About half is good, complete work in every register (GP shorthand, midwife notes, letters, SBAR,
bullet and numbered plans, plain English for a foster carer, a pharmacist's note, a perinatal psychiatrist's
letter, a health visitor's handover, a drug-service keyworker's note, a social worker's case note) that must
pass; the other half is hollow, disguised or impossible in each of issue 9's categories and must be refused.
This round leans on shapes earlier rounds used less:

* conclusions in question-and-answer form, and tables flattened to text ("Baby | watch 72 h | ward");
* reasons first and the plan last; parenthetical asides and abbreviations in brackets;
* the partner's and a grandparent's medicines;
* dates near the edges (EDD at 40+6, birth at 34 weeks, consent and attestation on the assessment's day);
* misspelt brands and ingredients (Subotex, Epilem, Priadle, Quetiapene) and medicines of concern without a code;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one.

Every case changes one point of a shipped pass example. Medicines named here are real; no clinical code is
invented (no coded medicine is added). ``test_fresh_records.py`` runs them; the cases the gate gets wrong today
are listed there (strict xfail). Run ``python -m tests.redteam.fresh141_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

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
    P,
    V,
    _split_f,
    add_medicine,
    chain,
    delete,
    gp_prescriber,
    medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F141CASES: list[Case] = []

CATEGORIES = (
    "hollow",
    "defer",
    "copy",
    "concern",
    "names",
    "partner",
    "dates",
    "forms",
    "routes",
    "authors",
    "lawful",
    "disguise",
)

HL, DF, CP, CN, NM, PT, DT, FM, RT, AU, LB, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F141CASES.append(Case(f"f141-{name}", category, expect, base, mutate, why))


Setter = Callable[[str], Mutation]


def _at(path: str) -> Setter:
    def setter(text: str) -> Mutation:
        return set_(path, text)

    return setter


SETTERS: dict[str, tuple[str, Setter]] = {
    "meth": (M, _at("assessments#asm-methadone.conclusion")),
    "sert": (M, _at("assessments#asm-sertraline.conclusion")),
    "mo": (M, _at("overall_conclusion.text")),
    "cit": (C, _at("assessments#asm-citalopram.conclusion")),
    "co": (C, _at("overall_conclusion.text")),
    "lith": (L, _at("assessments#asm-lithium.conclusion")),
    "lo": (L, _at("overall_conclusion.text")),
    "valp": (V, _at("assessments#asm-valproate.conclusion")),
    "vo": (V, _at("overall_conclusion.text")),
    "dzp": (F, _at("assessments#asm-diazepam-pregabalin.conclusion")),
    "fo": (F, _at("overall_conclusion.text")),
    "quet": (P, _at("assessments#asm-partner-quetiapine.conclusion")),
    "po": (P, _at("overall_conclusion.text")),
}


def cyr(text: str) -> str:
    return homoglyphs(text, "aeopc")


def greek(text: str) -> str:
    return homoglyphs(text, "oivx", variant=1)


def zwsp(text: str) -> str:
    return inside_words(text, "\u200b", every=3)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


def bidi(text: str) -> str:
    return " ".join(f"\u2067{word}\u2069" for word in text.split(" "))


def fw(text: str) -> str:
    return full_width(text)


Disguise = Callable[[str], str]


def case(
    name: str,
    category: str,
    expect: Expect,
    where: str,
    text: str,
    why: str,
    disguise: Disguise | None,
) -> None:
    base, setter = SETTERS[where]
    add(name, category, expect, base, setter(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, setter(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def ok(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, PASS, where, text, why, disguise)


def bad(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, REFUSE, where, text, why, disguise)


def rec_ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def rec_bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


# Complete bodies written afresh for this batch; each case adds or changes one point of one of them.
METH = (
    "Methadone 60 mg daily (drug service, supervised at the chemist) carries on unchanged through the pregnancy. "
    "For the baby: scoring for withdrawal on the postnatal ward for at least 72 h by the ward midwives, then the HV "
    "looks for late signs up to day 8. Breastfeeding is encouraged on this steady dose. She is sleepy for 2-4 h "
    "after each dose, so no bed or sofa sharing; the HV sees the cot at the first home visit."
)
METH_NOWATCH = (
    "Methadone 60 mg daily (drug service, supervised at the chemist) carries on unchanged through the pregnancy. "
    "Breastfeeding is encouraged on this steady dose. She is sleepy for 2-4 h after each dose, so no bed or sofa "
    "sharing; the HV sees the cot at the first home visit."
)
SERT = (
    "Sertraline 100 mg daily carries on, because her depression coming back would hurt her and the baby more than "
    "the drug. The ward midwives watch the baby for 48 h for jitteriness, fast breathing and slow feeding; "
    "breastfeeding is compatible; the GP reviews her mood at the 6-week check."
)
MO = (
    "Methadone and sertraline continue at today's doses. The ward midwives score the baby for withdrawal for at "
    "least 72 h, and the HV looks for late signs to day 8. Breastfeeding is encouraged. Methadone makes her "
    "drowsy, so no co-sleeping; the social worker and HV see the cot before discharge."
)
FO = (
    "Diazepam and pregabalin carry on for now. Sedation is the main danger to the baby: no sleeping with the baby on "
    "any surface and no feeding lying down, and the foster carer does the night feeds while Kayleigh is drowsy. "
    "Late withdrawal is possible until day 8, so the foster carer and HV watch for it. The interim care order "
    "does not lower the risk; the social worker holds this plan with them."
)
QUET_HEAD = "Daniel takes quetiapine 300 mg at night and is hard to wake for hours afterwards."
QUET = (
    QUET_HEAD + " He does no night feeds and never sleeps with the baby on a bed, sofa or armchair; Chloe does the "
    "nights and the baby sleeps in the next-to-me crib on her side. The HV checks this at each visit for 8 weeks."
)
LITH = (
    "Lithium (Priadel) 800 mg at night carries on, as relapse after the birth, including postpartum psychosis, is "
    "the greater danger. Levels monthly, weekly from 36 weeks and within 24 h of the birth. The paediatrician "
    "reviews the baby after birth for floppiness, slow feeding and thyroid problems. She will bottle feed, as "
    "lithium passes into breast milk."
)
VALP = (
    "Sodium valproate 500 mg bd carries on until neurology reviews it, since stopping suddenly could bring back her "
    "seizures. The baby was exposed to valproate in the first trimester, which raises the risk of birth defects and "
    "later developmental problems; urgent neurology and fetal medicine referrals went today, and folic acid 5 mg "
    "daily has started."
)

# ====================================================================================================== hollow
bad(
    "hl-meth-qa-one-word-answers",
    HL,
    "meth",
    "Q: Continue methadone? A: Yes. Q: Risk to the baby? A: Discussed. Q: Plan after birth? A: Usual. "
    "Q: Feeding? A: As before.",
    "question-and-answer form whose answers say nothing",
    cyr,
)
ok(
    "hl-meth-qa-answered",
    HL,
    "meth",
    "Q: Does methadone carry on? A: Yes, 60 mg daily, supervised, unchanged through the pregnancy. Q: What does it "
    "mean for the baby? A: Withdrawal is likely; the ward midwives score the baby for at least 72 h after birth "
    "and the HV looks for late signs to day 8. Q: Can she breastfeed? A: Yes, it is encouraged on a steady dose. "
    "Q: Sleep? A: She is drowsy 2-4 h after a dose, so no bed or sofa sharing; the HV checks the cot at the first "
    "visit.",
    "question-and-answer form with every answer substantive",
    zwsp,
)
bad(
    "hl-cit-table-tbc",
    HL,
    "cit",
    "Citalopram | continue | tbc. Baby | watch | tbc. Feeding | tbc | tbc. Mood review | tbc | GP.",
    "a table flattened to text whose cells are placeholders",
    cyr,
)
ok(
    "hl-cit-table-filled",
    HL,
    "cit",
    "Citalopram 20 mg | continue (relapse within 6 weeks last time she stopped) | GP. Baby | watch 48 h after birth "
    "for jitteriness, slow feeding, fast breathing | community midwife. Breastfeeding | supported, compatible | "
    "midwife. Mood review | at the 6-week check, sooner if low | GP.",
    "a table flattened to text, every row filled in",
    fw,
)
bad(
    "hl-lith-reasons-plan-to-follow",
    HL,
    "lith",
    "Because relapse after birth is a serious risk, because lithium has known effects on the baby and because "
    "levels shift in late pregnancy, lithium was carefully considered, and a plan will follow in due course.",
    "reasons first and the plan never comes",
)
ok(
    "hl-lith-reasons-then-plan",
    HL,
    "lith",
    "Because postpartum relapse (including psychosis) is the bigger danger, because stopping lithium would raise it "
    "further, and because levels drift in late pregnancy: Priadel 800 mg nocte continues; levels monthly, weekly "
    "from 36 weeks and within 24 h of birth (perinatal team); the paediatrician reviews the baby after birth for "
    "floppiness, slow feeding and thyroid problems; she bottle feeds, as lithium passes into breast milk.",
    "reasons first, the full plan last",
    greek,
)
bad(
    "hl-sert-brackets-only",
    HL,
    "sert",
    "Sertraline (SSRI) (reviewed) (noted) (no change) (see plan) (as before) (for information only).",
    "parenthetical asides with nothing between them",
)
ok(
    "hl-sert-brackets-asides",
    HL,
    "sert",
    "Sertraline (Lustral) 100 mg daily continues (she relapsed the last time she stopped), because depression "
    "returning would hurt her and the baby more than the drug. The ward midwives (not the HV) watch the baby for "
    "48 h for jitteriness and slow feeding; breastfeeding is compatible (low levels in milk); GP mood review at 6 "
    "weeks (sooner if low).",
    "parenthetical asides around a complete plan",
    shy,
)
bad(
    "hl-valp-no-concerns-noted",
    HL,
    "valp",
    "No concerns regarding sodium valproate at this time were noted during today's consultation with the patient "
    "in the surgery.",
    "a long non-answer: no concerns noted, no reason",
    greek,
)
ok(
    "hl-valp-no-concerns-adherence",
    HL,
    "valp",
    "No concerns about adherence: she takes every dose. Sodium valproate 500 mg bd continues until neurology sees "
    "her, as stopping suddenly risks seizures. The baby was exposed in the first trimester (a high risk of birth "
    "defects and developmental problems), so fetal medicine sees her early; referrals sent today and folic acid 5 "
    "mg started.",
    "'no concerns' about one thing, then the whole plan",
)
bad(
    "hl-fo-long-not-applicable",
    HL,
    "fo",
    "Not applicable to this placement, as the relevant matters have been dealt with elsewhere by the appropriate "
    "services in the usual way.",
    "a long-form 'not applicable'",
    cyr,
)
ok(
    "hl-fo-sbar",
    HL,
    "fo",
    "S: baby in a parent-and-baby foster placement; Kayleigh takes diazepam 5 mg tds and pregabalin 150 mg bd. "
    "B: both sedate her, worst after doses and at night. A: risk of death from co-sleeping, and late withdrawal up "
    "to day 8. R: no bed, sofa or armchair sharing, no feeding lying down, the foster carer does every night feed; "
    "the foster carer and HV watch for withdrawal to day 8; the social worker holds the plan; supervised diazepam "
    "reduction from 6 weeks.",
    "SBAR, every concern answered",
    bidi,
)
bad(
    "hl-fo-sbar-empty",
    HL,
    "fo",
    "S: diazepam and pregabalin. B: see history. A: assessed. R: as per plan.",
    "SBAR headings with nothing under them",
)
ok(
    "hl-mo-numbered",
    HL,
    "mo",
    "1. Methadone 60 mg and sertraline 100 mg continue unchanged. 2. The ward midwives score the baby for withdrawal "
    "for 72 h; the HV watches for late signs to day 8. 3. Breastfeeding encouraged. 4. Methadone sedates her: no "
    "co-sleeping. 5. The social worker and HV see the cot before discharge.",
    "a numbered plan",
)
bad(
    "hl-mo-numbered-noted",
    HL,
    "mo",
    "1. Methadone - noted. 2. Sertraline - noted. 3. Baby - noted. 4. Feeding - noted. 5. Sleep - noted.",
    "a numbered list of 'noted'",
    zwsp,
)
ok(
    "hl-fo-plain-english-carer",
    HL,
    "fo",
    "For Sandra, in plain words: Kayleigh's two medicines (diazepam and pregabalin) make her very sleepy. So she must "
    "never sleep with the baby in a bed, on the sofa or in a chair, and must not feed the baby lying down; you do "
    "all the night feeds. Up to day 8 the baby may be shaky, cry a lot or feed badly because of the medicines: tell "
    "the HV the same day. Leanne, the social worker, has the same plan.",
    "plain English for the foster carer",
)

# ====================================================================================================== defer
bad(
    "df-meth-qa-see-letter",
    DF,
    "meth",
    "Q: What is the plan for methadone? A: Please refer to the drug service letter dated 12/02/2026. "
    "Q: And for the baby? A: As per that letter.",
    "question-and-answer form whose answers defer",
    shy,
)
ok(
    "df-meth-qa-pointer-too",
    DF,
    "meth",
    METH + " Q: Where is her dose history? A: In the drug service letter, which the keyworker sends to maternity.",
    "a substantive conclusion that also points to a letter",
)
bad(
    "df-lo-as-per-psychiatry",
    DF,
    "lo",
    "Lithium (Priadel): as per the perinatal psychiatry letter of 28/04/2026; plan as documented there.",
    "a deferral to another letter",
)
ok(
    "df-lo-psychiatrist-letter",
    DF,
    "lo",
    "Dear Dr Campbell, I saw Rebecca today. My advice: Priadel (lithium carbonate) 800 mg at night continues, "
    "because postpartum relapse is the greater danger. Please check lithium levels monthly, weekly from 36 weeks "
    "and within 24 h of delivery. The baby needs a paediatric review after birth (floppiness, feeding, thyroid). "
    "She plans to bottle feed, which I support, as lithium enters breast milk. Our team will see her within a week "
    "of the birth. Yours sincerely, Dr Samuel Osei.",
    "a perinatal psychiatrist's letter",
    greek,
)
bad(
    "df-dzp-details-to-follow",
    DF,
    "dzp",
    "Diazepam and pregabalin: the HV to advise the foster carer; details to follow after the strategy meeting.",
    "details to follow, nothing now",
)
ok(
    "df-dzp-hv-handover",
    DF,
    "dzp",
    "Handover to the placement HV: Kayleigh is on diazepam 5 mg tds and pregabalin 150 mg bd (GP; supervised "
    "diazepam taper from 6 weeks). Both make her drowsy, so she must not co-sleep or feed lying down, and Sandra "
    "(foster carer) does every night feed. Please look for late withdrawal (tremor, high-pitched cry, poor feeding) "
    "at your day-7 visit; signs are possible to day 8.",
    "a health visitor's handover",
    cyr,
)
ok(
    "df-cit-midwife-shorthand",
    DF,
    "cit",
    "Citalopram 20mg od - cont. (relapse <6/52 last time she stopped). Baby: obs 48h post delivery for jittery / "
    "poor feeding / fast breathing - CMW. BF: supported, compatible. GP mood r/v at 6/52 PN check.",
    "midwife's shorthand notes",
)
ok(
    "df-po-gp-shorthand",
    DF,
    "po",
    "PN review. Chloe: paracetamol PRN - no concern. Daniel (partner): quetiapine 300 mg nocte - heavily sedated "
    "overnight, so no co-sleeping with him on bed/sofa/chair and no night feeds by him after his dose. Crib seen, "
    "safe. HV to recheck at each visit.",
    "terse GP shorthand",
    zwsp,
)
ok(
    "df-mo-keyworker-note",
    DF,
    "mo",
    "Keyworker note (drug service): Jodie's methadone stays at 60 mg daily, supervised at the chemist; the GP's "
    "sertraline 100 mg daily also continues. Baby: the ward midwives do withdrawal scoring for at least 72 h, then "
    "the HV watches to day 8. Breastfeeding encouraged. She is drowsy after her dose, so no co-sleeping; the "
    "social worker and HV see the cot before discharge. I send her dose history to maternity each month.",
    "a drug-service keyworker's note",
)
bad(
    "df-mo-keyworker-contact-us",
    DF,
    "mo",
    "Keyworker note: Jodie remains engaged with the service. Methadone and sertraline as per prescriptions. Please "
    "contact the service for further information.",
    "a keyworker's note that sends the reader elsewhere",
)

# ====================================================================================================== copy
_JOINT = (
    "Methadone 60 mg and sertraline 100 mg both continue. The ward midwives score the baby for withdrawal and "
    "adaptation for 72 h, the HV to day 8. Breastfeeding encouraged. Methadone sedates her, so no co-sleeping; the "
    "HV checks the cot."
)
rec_bad(
    "cp-m-joint-under-both",
    CP,
    M,
    chain(set_("assessments#asm-methadone.conclusion", _JOINT), set_("assessments#asm-sertraline.conclusion", _JOINT)),
    "one joint conclusion pasted under two assessments, neither of which covers both",
)
rec_ok(
    "cp-m-shared-closing-line",
    CP,
    M,
    chain(
        set_("assessments#asm-methadone.conclusion", METH + " The social worker has this plan."),
        set_("assessments#asm-sertraline.conclusion", SERT + " The social worker has this plan."),
    ),
    "two different conclusions that end with the same sentence",
)
_F_JOINT = (
    "Diazepam 5 mg tds and pregabalin 150 mg bd both sedate Kayleigh: no co-sleeping, no feeding lying down, the "
    "foster carer does the nights. Late withdrawal possible to day 8; the foster carer and HV watch."
)
rec_bad(
    "cp-f-split-same-text",
    CP,
    F,
    _split_f(_F_JOINT, _F_JOINT),
    "a joint text pasted under the split diazepam and pregabalin assessments",
)
rec_ok(
    "cp-f-split-own-texts",
    CP,
    F,
    _split_f(
        "Diazepam 5 mg tds continues, with a supervised taper from the 6-week review. It sedates Kayleigh, most in the "
        "hour after each dose: no co-sleeping, no feeding lying down, and the foster carer does the night feeds. The "
        "baby may show late benzodiazepine withdrawal to day 8; the foster carer and HV watch for it.",
        "Pregabalin 150 mg bd continues unchanged for now. It adds to the drowsiness from diazepam, so Kayleigh never "
        "sleeps with the baby on a bed, sofa or armchair and the foster carer does the nights. Withdrawal in the baby "
        "(jittery, feeding poorly) is possible to day 8; the foster carer and HV watch.",
    ),
    "split assessments, each with its own conclusion",
)

# ====================================================================================================== concern
bad(
    "cn-meth-no-watch",
    CN,
    "meth",
    METH_NOWATCH + " The baby will not need any observation for withdrawal after birth.",
    "methadone continued and the baby's withdrawal watch ruled out",
)
ok(
    "cn-meth-reasons-first",
    CN,
    "meth",
    "Because methadone crosses the placenta, withdrawal is likely 2-8 days after birth: the ward midwives score the "
    "baby for at least 72 h and the HV checks to day 8. Because it makes her drowsy, no bed or sofa sharing; the HV "
    "sees the cot at the first visit. Because a steady dose is safe in breast milk, breastfeeding is encouraged. "
    "So methadone 60 mg daily carries on unchanged.",
    "reasons first, the plan last",
    fw,
)
bad(
    "cn-lith-no-levels",
    CN,
    "lith",
    "Lithium (Priadel) 800 mg at night continues, because relapse after birth is the bigger danger. Lithium levels "
    "are not needed during the pregnancy. The paediatrician reviews the baby after birth; she will bottle feed.",
    "lithium continued and its levels ruled out",
)
ok(
    "cn-lith-brackets",
    CN,
    "lith",
    "Lithium 800 mg nocte (Priadel, brand-specific) continues. Levels (12 h post-dose) monthly, weekly from 36/40, "
    "and within 24 h of birth. Baby: paediatric r/v after birth (floppiness, feeding, thyroid). Feeding: bottle "
    "(lithium enters breast milk). Relapse risk high postpartum (PPP): perinatal MH team within 1/52 of birth.",
    "abbreviations in brackets, every concern answered",
)
bad(
    "cn-valp-no-baby-risk",
    CN,
    "valp",
    "Sodium valproate 500 mg bd continues until the neurologist sees her, as stopping suddenly risks seizures. Folic "
    "acid 5 mg has started; she will be seen again next month.",
    "valproate in pregnancy with nothing on the baby's exposure",
)
ok(
    "cn-valp-qa",
    CN,
    "valp",
    "Why not stop valproate today? Stopping suddenly could bring on seizures, which endanger her and the pregnancy. "
    "What does it mean for the baby? First-trimester exposure raises the risk of birth defects and of later "
    "learning and developmental problems. What happens now? Valproate 500 mg bd continues until the urgent "
    "neurology review; fetal medicine sees her early; referrals sent today; folic acid 5 mg daily started.",
    "questions as headings, answered",
    cyr,
)
bad(
    "cn-dzp-withdrawal-na",
    CN,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue; supervised diazepam taper from 6 weeks. Both sedate "
    "Kayleigh: no co-sleeping or feeding lying down; the foster carer does the nights. Neonatal withdrawal: not "
    "applicable.",
    "withdrawal dismissed as not applicable",
    bidi,
)
ok(
    "cn-dzp-table",
    CN,
    "dzp",
    "Diazepam 5 mg tds + pregabalin 150 mg bd | continue, taper diazepam from 6/52 | GP. Sedation | no bed / sofa / "
    "chair sharing, no feeding lying down | Kayleigh and foster carer. Night feeds | foster carer | every night. "
    "Late withdrawal in the baby | watch to day 8 | foster carer and HV.",
    "a table flattened to text",
)
bad(
    "cn-quet-no-sleep",
    CN,
    "quet",
    "Daniel takes quetiapine 300 mg at night for bipolar disorder and is well on it. The HV visits at 8 weeks.",
    "a sedating partner's medicine with nothing on safe sleep",
    greek,
)
ok(
    "cn-sert-qa",
    CN,
    "sert",
    "Will sertraline change? No: 100 mg daily continues, as relapse would harm her and the baby more. Will the baby "
    "be affected? Possibly jittery or slow to feed for a day or two; the ward midwives watch for 48 h. Can she "
    "breastfeed? Yes, sertraline is one of the preferred SSRIs for it. Who follows her mood? The GP, at 6 weeks.",
    "questions and answers covering every concern",
)
bad(
    "cn-sert-relapse-na",
    CN,
    "sert",
    "Sertraline 100 mg continues. The ward midwives watch the baby for 48 h; breastfeeding is fine. Risk of "
    "relapse: n/a.",
    "the mother's relapse dismissed as n/a",
)
bad(
    "cn-cit-nothing-on-baby",
    CN,
    "cit",
    "Citalopram 20 mg daily continues, as her depression returned within six weeks the last time she stopped. GP "
    "mood review at the 6-week postnatal check.",
    "silent on the baby",
    shy,
)

# ====================================================================================================== names
ok(
    "nm-valp-epilem",
    NM,
    "valp",
    "Epilem 500 mg bd carries on until neurology reviews it; stopping suddenly risks seizures. First-trimester "
    "exposure raises the baby's risk of birth defects and developmental problems, so fetal medicine sees her early; "
    "referrals went today and folic acid 5 mg has started.",
    "the valproate brand misspelt 'Epilem' names the medicine",
    fw,
)
ok(
    "nm-lith-priadle",
    NM,
    "lith",
    "Priadle 800 mg at night continues, as relapse after birth is the greater danger. Levels monthly, weekly from "
    "36 weeks and within 24 h of birth. The paediatrician checks the baby after birth for floppiness and thyroid "
    "problems. Bottle feeding, since it passes into breast milk.",
    "the lithium brand misspelt 'Priadle' names the medicine",
    zwsp,
)
ok(
    "nm-quet-quetiapene",
    NM,
    "quet",
    "Daniel's quetiapene 300 mg at night makes him hard to wake for hours. He does no night feeds and never sleeps "
    "with the baby on a bed, sofa or armchair; Chloe does the nights; the baby sleeps in its own crib; the HV checks "
    "at each visit.",
    "the ingredient misspelt 'quetiapene' names the medicine",
)
ok(
    "nm-meth-methadose",
    NM,
    "meth",
    "Methadose 60 ml (1 mg/ml) daily, supervised, continues unchanged. Withdrawal is likely: the ward midwives "
    "score the baby for 72 h and the HV watches to day 8. Breastfeeding encouraged. Sleepy after each dose, so no "
    "bed or sofa sharing; the HV checks the cot at the first visit.",
    "the brand Methadose names methadone",
    greek,
)
ok(
    "nm-dzp-lyrica",
    NM,
    "dzp",
    "Diazepam 5 mg tds and Lyrica 150 mg bd continue, with a supervised diazepam taper from 6 weeks. Both make "
    "Kayleigh drowsy: no co-sleeping, no feeding lying down, the foster carer does the night feeds. The foster carer "
    "and HV watch the baby for late withdrawal to day 8.",
    "the brand Lyrica names pregabalin",
)
bad(
    "nm-meth-subotex-instead",
    NM,
    "meth",
    "Subotex 16 mg daily (supervised) continues unchanged. The ward midwives score the baby for withdrawal for 72 h "
    "and the HV watches to day 8. Breastfeeding encouraged. Sleepy after each dose, so no bed or sofa sharing.",
    "the conclusion speaks of buprenorphine (misspelt Subutex), not the listed methadone",
    cyr,
)
bad(
    "nm-vo-lamictal-instead",
    NM,
    "vo",
    "Unplanned pregnancy at 8 weeks on Lamictal. Lamictal continues unchanged until neurology sees her. The baby's "
    "exposure is low risk; folic acid 5 mg started today.",
    "the overall conclusion names a medicine she does not take, not valproate",
)
bad(
    "nm-dzp-omits-pregabalin",
    NM,
    "dzp",
    "Diazepam 5 mg tds continues with a supervised taper from 6 weeks. It sedates Kayleigh: no co-sleeping, no "
    "feeding lying down, and the foster carer does the nights. The foster carer and HV watch for late withdrawal to "
    "day 8.",
    "a joint assessment's conclusion never names pregabalin",
)
bad(
    "nm-lo-omits-lithium",
    NM,
    "lo",
    "Her medicine continues at 800 mg at night. Levels monthly, weekly from 36 weeks and within 24 h of birth; "
    "paediatric review of the baby; bottle feeding; perinatal team within a week of birth.",
    "the overall conclusion never names the medicine",
    shy,
)
rec_ok(
    "nm-m-methadose-uncoded",
    NM,
    M,
    chain(
        set_("medicines#med-methadone.name", "Methadose 1mg/ml oral solution sugar free"),
        delete("medicines#med-methadone.code"),
    ),
    "a medicine of concern listed by brand without its code: a warning, not a refusal",
)
rec_ok(
    "nm-l-priadle-uncoded",
    NM,
    L,
    set_("medicines#med-lithium.name", "Priadle 400mg modified-release tablets"),
    "lithium listed as a misspelt brand, uncoded: recognised, a warning at most",
)
rec_ok(
    "nm-p-quetiapene-uncoded",
    NM,
    P,
    chain(
        set_("medicines#med-partner-quetiapine.name", "Quetiapene 100mg tablets"),
        delete("medicines#med-partner-quetiapine.code"),
    ),
    "the partner's quetiapine misspelt and uncoded: recognised, a warning at most",
)
rec_bad(
    "nm-v-zopiclone-uncoded-unassessed",
    NM,
    V,
    add_medicine(medicine("med-zopiclone", "Zopiclone 7.5mg tablets", "7.5 mg at night", "2026-04-20",
                          gp_prescriber({"ods_code": "Y90003", "name": "Castle Street Surgery"}))),
    "a sedating medicine listed without a code and never assessed",
)
rec_bad(
    "nm-f-epilem-uncoded-unassessed",
    NM,
    F,
    add_medicine(medicine("med-valproate", "Epilem Chrono 500mg tablets", "500 mg twice a day", "2025-09-01",
                          gp_prescriber(MILLBROOK))),
    "a misspelt valproate brand listed without a code and never assessed",
)
rec_ok(
    "nm-v-gaviscon-with-reason",
    NM,
    V,
    add_medicine(medicine("med-gaviscon", "Gaviscon Advance oral suspension", "10 ml after meals when needed",
                          "2026-05-20", gp_prescriber({"ods_code": "Y90003", "name": "Castle Street Surgery"}),
                          not_of_concern_reason="An alginate antacid for heartburn that acts in the stomach and is "
                          "barely absorbed; no risk to the baby in pregnancy or breastfeeding.")),
    "an uncoded everyday medicine with the clinician's reason it raises no concern",
)

# ====================================================================================================== partner
ok(
    "pt-quet-nan-sleeping-tablets",
    PT,
    "quet",
    QUET + " Daniel's mother (the baby's nan) helps in the daytime; she takes sleeping tablets of her own, so she "
    "never has the baby overnight or naps with the baby.",
    "a grandparent's sedating tablets handled too",
    shy,
)
bad(
    "pt-quet-nan-zopiclone-bed",
    PT,
    "quet",
    QUET_HEAD + " When Nan (who takes zopiclone at night) stays over, the baby sleeps in her bed so that Chloe can "
    "rest. The HV visits at 8 weeks.",
    "the baby put to bed with a sedated grandparent; the father's nights not addressed",
)
ok(
    "pt-po-reasons-first",
    PT,
    "po",
    "Because Daniel's quetiapine (300 mg nocte) makes him very hard to wake, and because sudden infant death is "
    "linked to sleeping beside a sedated adult, he never sleeps with the baby on a bed, sofa or chair and does no "
    "night feeds. Chloe's paracetamol raises no concern. The HV keeps checking the crib, which was seen and is "
    "safe.",
    "reasons first, the partner's plan last",
    cyr,
)
bad(
    "pt-po-partner-na",
    PT,
    "po",
    "Chloe's paracetamol raises no concern. Daniel's quetiapine: not applicable, as he is not the patient.",
    "the partner's sedating medicine dismissed",
    fw,
)
bad(
    "pt-quet-nobody-named",
    PT,
    "quet",
    "Quetiapine 300 mg at night causes heavy sedation. No co-sleeping and no night feeds after the dose; the baby "
    "sleeps in its own crib; the HV checks this at every visit.",
    "the partner's medicine assessed without a word of the partner",
    bidi,
)
ok(
    "pt-quet-social-work-case-note",
    PT,
    "quet",
    "Case note: Daniel (father) takes quetiapine 300 mg nightly for bipolar disorder and says he 'sleeps through "
    "anything' after it. Agreed with both parents: he does no night feeds and never sleeps with the baby on a bed, "
    "sofa or chair; Chloe does the nights; the baby sleeps in the next-to-me crib. The HV checks at each visit to 8 "
    "weeks.",
    "a social worker's case note",
)
bad(
    "pt-quet-father-does-nights",
    PT,
    "quet",
    QUET_HEAD + " He does the night feeds so that Chloe can rest, with the baby in the crib beside him; the HV checks "
    "this at each visit.",
    "the sedated father given the night feeds",
    zwsp,
)
ok(
    "pt-quet-pharmacist-note",
    PT,
    "quet",
    "Pharmacist's note: quetiapine 300 mg at night (Daniel, the baby's father) is strongly sedating for 6-8 h. The "
    "baby is not exposed, but sleeping beside him is dangerous: no bed, sofa or chair sharing with him, and no night "
    "feeds by him after his dose. Chloe does the nights; the HV checks the crib each visit.",
    "a pharmacist's note on the partner's medicine",
)
rec_bad(
    "pt-p-partner-nhs-is-mothers",
    PT,
    P,
    set_("partner.nhs_number", "9990004145"),
    "the partner given the mother's NHS number",
)
rec_ok(
    "pt-p-partner-nhs-own",
    PT,
    P,
    set_("partner.nhs_number", "9990007004"),
    "the partner's own valid NHS number",
)

# ====================================================================================================== dates
rec_ok(
    "dt-m-at-40-6",
    DT,
    M,
    chain(
        set_("pregnancy.edd", "2026-02-24"),
        set_("pregnancy.gestation", {"weeks": 40, "days": 6, "on": "2026-03-02"}),
    ),
    "EDD and gestation agree at 40+6 on the assessment day",
)
rec_bad(
    "dt-m-edd-moved-gestation-kept",
    DT,
    M,
    set_("pregnancy.edd", "2026-02-24"),
    "an EDD eleven weeks from what 29+2 implies",
)
ok(
    "dt-meth-gestation-today",
    DT,
    "meth",
    "At 29+2 weeks today: " + METH,
    "a gestation stated for today that agrees with the record",
)
bad(
    "dt-meth-gestation-today-wrong",
    DT,
    "meth",
    "At 36+2 weeks today: " + METH,
    "a gestation stated for today seven weeks off the record's",
    zwsp,
)
ok(
    "dt-fo-born-at-34",
    DT,
    "fo",
    "Born at 34 weeks on 8 June, so the baby is watched closely. " + FO,
    "a preterm birth at 34 weeks on the recorded delivery date",
)
bad(
    "dt-fo-born-in-july",
    DT,
    "fo",
    "Born at 34 weeks on 8 July, so the baby is watched closely. " + FO,
    "a birth told as done a month after the record was attested",
)
bad(
    "dt-fo-hv-31-june",
    DT,
    "fo",
    FO + " The HV visits the placement again on 31 June.",
    "a date that does not exist",
)
ok(
    "dt-fo-hv-30-june",
    DT,
    "fo",
    FO + " The HV visits the placement again on 30 June.",
    "a real date after the record was written",
    greek,
)
rec_ok(
    "dt-v-attested-morning-same-day",
    DT,
    V,
    set_("attestation.at", "2026-05-20T08:05:00+00:00"),
    "attested on the day of the assessments",
)
rec_bad(
    "dt-v-attested-day-before",
    DT,
    V,
    set_("attestation.at", "2026-05-19T17:00:00+00:00"),
    "attested the day before the assessments it attests",
)
rec_bad(
    "dt-v-consent-next-year",
    DT,
    V,
    set_("lawful_basis.recorded_on", "2027-05-20"),
    "consent recorded in the future",
)
rec_ok(
    "dt-v-consent-day-before",
    DT,
    V,
    set_("lawful_basis.recorded_on", "2026-05-19"),
    "consent the day before the assessment",
)
rec_bad(
    "dt-c-assessed-before-conception",
    DT,
    C,
    set_("assessments#asm-citalopram.date", "2025-05-10"),
    "an assessment seven weeks before conception, not marked as pre-conception advice",
)
rec_ok(
    "dt-c-assessed-early-pregnancy",
    DT,
    C,
    set_("assessments#asm-citalopram.date", "2025-08-20"),
    "an assessment early in the pregnancy",
)
rec_bad(
    "dt-l-edd-16-days-off",
    DT,
    L,
    set_("pregnancy.edd", "2026-09-11"),
    "EDD 16 days from what the gestation implies",
)
rec_ok(
    "dt-l-edd-12-days-off",
    DT,
    L,
    set_("pregnancy.edd", "2026-09-07"),
    "EDD 12 days from what the gestation implies, inside the tolerance",
)
rec_bad(
    "dt-f-delivery-future",
    DT,
    F,
    set_("pregnancy.delivery_date", "2027-01-08"),
    "delivery in the future",
)

# ====================================================================================================== forms
rec_bad(
    "fm-m-methadone-nebulised",
    FM,
    M,
    set_("medicines#med-methadone.dose", "60 mg (60 ml) inhaled via nebuliser once daily"),
    "an oral solution given by nebuliser",
)
rec_ok(
    "fm-m-methadone-by-mouth",
    FM,
    M,
    set_("medicines#med-methadone.dose", "60 mg (60 ml) by mouth once daily, supervised at the chemist"),
    "the oral solution taken by mouth",
)
rec_bad(
    "fm-f-pregabalin-nothing",
    FM,
    F,
    set_("medicines#med-pregabalin.dose", "0 mg twice a day"),
    "a dose of nothing",
)
rec_ok(
    "fm-f-pregabalin-brackets",
    FM,
    F,
    set_("medicines#med-pregabalin.dose", "150 mg (2 x 75 mg capsules) twice a day, swallowed"),
    "a dose line with its capsules in brackets",
)
rec_bad(
    "fm-l-lithium-injected",
    FM,
    L,
    set_("medicines#med-lithium.dose", "800 mg by intramuscular injection at night; brand prescribing (Priadel)"),
    "modified-release tablets given by injection",
)
rec_ok(
    "fm-l-lithium-whole",
    FM,
    L,
    set_("medicines#med-lithium.dose", "800 mg at night, swallowed whole; brand prescribing (Priadel)"),
    "modified-release tablets swallowed whole",
)
bad(
    "fm-meth-tenfold",
    FM,
    "meth",
    METH.replace("Methadone 60 mg daily", "Methadone 600 mg daily"),
    "a conclusion giving ten times the listed dose",
)
ok(
    "fm-meth-ml-and-mg",
    FM,
    "meth",
    METH.replace("Methadone 60 mg daily", "Methadone 60 ml (60 mg) daily"),
    "the listed dose in ml and mg",
)

# ====================================================================================================== routes
rec_bad(
    "rt-f-carer-tbc",
    RT,
    F,
    set_("recipients#rcp-foster-carer.route.description", "tbc at the discharge meeting"),
    "a placeholder hand-over",
)
rec_ok(
    "rt-f-carer-posted",
    RT,
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        "Printed copy posted first class to Sandra Hollis at the placement address by the practice administrator on "
        "2026-06-15, and read through with her by telephone.",
    ),
    "a posted copy, who sends it and when",
)
rec_bad(
    "rt-f-carer-mum-passes-on",
    RT,
    F,
    set_("recipients#rcp-foster-carer.route.description", "Kayleigh will give her own copy to the foster carer."),
    "left to the mother to pass on",
)
rec_bad(
    "rt-f-carer-mesh",
    RT,
    F,
    set_("recipients#rcp-foster-carer.route", {"kind": "mesh", "mailbox": "X26BW001"}),
    "a foster carer given an organisation's MESH mailbox",
)
rec_bad(
    "rt-l-fhir-no-host",
    RT,
    L,
    set_("recipients#rcp-maternity.route.base_url", "https:///fhir/R4"),
    "a FHIR URL with no host",
)
rec_ok(
    "rt-l-fhir-port-slash",
    RT,
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://fhir.northgate.example:8443/R4/"),
    "a FHIR URL with a port and a trailing slash",
)
rec_bad(
    "rt-v-mllp-bare-name",
    RT,
    V,
    set_("recipients#rcp-maternity.route.host", "maternity-interface"),
    "an MLLP host that is no fully qualified name",
)
rec_ok(
    "rt-v-mllp-ip",
    RT,
    V,
    set_("recipients#rcp-maternity.route.host", "10.42.7.15"),
    "an MLLP host given as a network address",
)
rec_bad(
    "rt-m-sw-phone-tbc",
    RT,
    M,
    set_("safeguarding.social_worker.telephone", "tbc (duty desk)"),
    "a placeholder telephone number",
)
rec_ok(
    "rt-m-sw-phone-labelled",
    RT,
    M,
    set_("safeguarding.social_worker.telephone", "Duty desk: 01632 960123 ext. 214 (9-5)"),
    "a labelled number with an extension and hours",
)
rec_bad(
    "rt-p-no-hv",
    RT,
    P,
    delete("recipients#rcp-hv"),
    "a postnatal record not shared with the health visitor",
)

# ====================================================================================================== authors
_LOWE: dict[str, Any] = {
    "name": {"given": ["Anna"], "family": "Lowe"},
    "role": "community-midwife",
    "organisation": {"ods_code": "Y90400", "name": "Hampton General Community Midwives"},
}
rec_bad(
    "au-m-midwife-gmc",
    AU,
    M,
    set_("assessments#asm-sertraline.author", {**_LOWE, "registration": {"body": "GMC", "number": "7088123"}}),
    "a midwife on the medical register",
)
rec_ok(
    "au-m-midwife-nmc",
    AU,
    M,
    set_("assessments#asm-sertraline.author", {**_LOWE, "registration": {"body": "NMC", "number": "18C4521E"}}),
    "a midwife on the NMC register",
)
_OSEI: dict[str, Any] = {
    "name": {"prefix": "Dr", "given": ["Samuel"], "family": "Osei"},
    "role": "psychiatrist",
    "organisation": {"ods_code": "Y90730", "name": "Northgate Perinatal Mental Health Service"},
}
rec_bad(
    "au-l-psychiatrist-nmc",
    AU,
    L,
    set_("assessments#asm-lithium.author", {**_OSEI, "registration": {"body": "NMC", "number": "09A1234C"}}),
    "a psychiatrist on the nursing register",
)
rec_ok(
    "au-l-psychiatrist-gmc",
    AU,
    L,
    set_("assessments#asm-lithium.author", {**_OSEI, "registration": {"body": "GMC", "number": "7091234"}}),
    "the perinatal psychiatrist writes the lithium assessment",
)
_ELLIS: dict[str, Any] = {
    "name": {"prefix": "Dr", "given": ["Tom"], "family": "Ellis"},
    "role": "general-practitioner",
    "organisation": {"ods_code": "Y90001", "name": "Riverside Surgery"},
}
rec_bad(
    "au-m-shahs-number-other-name",
    AU,
    M,
    set_("assessments#asm-sertraline.author", {**_ELLIS, "registration": {"body": "GMC", "number": "7012345"}}),
    "one GMC number under two names",
)
rec_ok(
    "au-m-colleague-own-number",
    AU,
    M,
    set_("assessments#asm-sertraline.author", {**_ELLIS, "registration": {"body": "GMC", "number": "7034567"}}),
    "a practice colleague with his own GMC number",
)
_COLE: dict[str, Any] = {
    "name": {"given": ["Bethany"], "family": "Cole"},
    "role": "clinical-pharmacist",
    "organisation": {"ods_code": "Y90002", "name": "Millbrook Medical Centre"},
}
rec_bad(
    "au-p-pharmacist-nmc",
    AU,
    P,
    set_("assessments#asm-partner-quetiapine.author", {**_COLE, "registration": {"body": "NMC", "number": "15B2345D"}}),
    "a pharmacist on the nursing register",
)
rec_ok(
    "au-p-pharmacist-gphc",
    AU,
    P,
    set_("assessments#asm-partner-quetiapine.author", {**_COLE, "registration": {"body": "GPhC", "number": "2087654"}}),
    "the practice pharmacist writes the partner's assessment",
)
rec_bad(
    "au-c-attester-zeros",
    AU,
    C,
    set_("attestation.by.registration.number", "0000000"),
    "an attester's registration number of zeros",
)

# ====================================================================================================== lawful
rec_bad(
    "lb-f-qa-one-word",
    LB,
    F,
    set_("lawful_basis.justification", "Q: Why without consent? A: Safeguarding. Q: Who decided? A: GP."),
    "a question-and-answer justification that gives no reason",
)
rec_ok(
    "lb-f-qa-reason",
    LB,
    F,
    set_(
        "lawful_basis.justification",
        "Q: Why share without consent? A: Kayleigh declined, and the foster carer cannot keep the baby safe at night "
        "without knowing the sedation and withdrawal risks. Q: Who agreed it? A: The practice safeguarding lead and "
        "the social worker, on 2026-06-12.",
    ),
    "a question-and-answer justification with the reason",
)
rec_bad(
    "lb-m-consent-yes",
    LB,
    M,
    set_("lawful_basis.justification", "Yes."),
    "a consent recorded as 'Yes.'",
)
rec_ok(
    "lb-m-consent-verbal",
    LB,
    M,
    set_("lawful_basis.justification", "Verbally agreed in clinic today, including sharing with children's services."),
    "consent stated, with whom",
)
rec_bad(
    "lb-f-law-only",
    LB,
    F,
    set_("lawful_basis.justification", "Shared under the Children Act 1989 and the local safeguarding policy, as is "
         "standard."),
    "a justification that only names the law and a policy",
)
rec_ok(
    "lb-f-reasons-first",
    LB,
    F,
    set_(
        "lawful_basis.justification",
        "Because the baby sleeps in the placement while Kayleigh is sedated, and because she refused consent, the "
        "record goes to the foster carer without it; agreed with the practice safeguarding lead.",
    ),
    "the reason first, the decision last",
)

# ====================================================================================================== more shapes
ok(
    "cn-lith-table-true-na",
    CN,
    "lith",
    "Lithium (Priadel) 800 mg nocte | continue | GP. Levels | monthly, weekly from 36/40, within 24 h of birth | "
    "perinatal team. Baby | paediatric review after birth for floppiness, feeding, thyroid | paediatrician. "
    "Withdrawal watch | n/a (lithium causes no withdrawal) | -. Feeding | bottle, as lithium enters breast milk | "
    "midwife.",
    "a flattened table with a true 'n/a' and its reason, every concern answered",
    shy,
)
bad(
    "pt-quet-safe-sleep-na-father",
    PT,
    "quet",
    "Daniel's quetiapine 300 mg at night makes him hard to wake. Safe sleep: not applicable, as he is the father. "
    "The HV visits at 8 weeks.",
    "the partner's sedation and safe sleep dismissed as not applicable",
    cyr,
)
ok(
    "pt-quet-bf-na-not-exposed",
    PT,
    "quet",
    QUET + " Breastfeeding: not applicable to Daniel's medicine, as the baby is not exposed to it.",
    "a true 'not applicable' with its reason beside a complete partner plan",
)
ok(
    "pt-quet-nan-zopiclone-named",
    PT,
    "quet",
    QUET + " Nan takes zopiclone at night, so she never has the baby overnight or naps with the baby.",
    "a grandparent's named sedating medicine handled with a safe plan",
)
ok(
    "nm-sert-setraline",
    NM,
    "sert",
    "Setraline 100 mg daily continues, as relapse would harm her and the baby more than the drug. The ward "
    "midwives watch the baby 48 h for jitteriness and slow feeding; breastfeeding fine; GP mood review at 6 weeks.",
    "the ingredient misspelt 'Setraline'",
)
ok(
    "nm-dzp-diazapam-pregabaline",
    NM,
    "dzp",
    "Diazapam 5 mg tds and pregabaline 150 mg bd continue, supervised diazapam taper from 6 weeks. Both make "
    "Kayleigh drowsy: no co-sleeping, no feeding lying down, the foster carer does the nights. The foster carer and "
    "HV watch the baby for late withdrawal to day 8.",
    "both ingredients misspelt",
)
bad(
    "hl-meth-questions-only",
    HL,
    "meth",
    "Will methadone continue? Will the baby need withdrawal scoring? Can she breastfeed? Where will the baby sleep?",
    "questions with no answers",
    zwsp,
)
ok(
    "dt-meth-edd-restated",
    DT,
    "meth",
    "EDD 15/05/2026 (dating scan). " + METH,
    "the EDD restated as the record gives it",
)
bad(
    "dt-meth-edd-restated-wrong",
    DT,
    "meth",
    "EDD 15/10/2026 (dating scan). " + METH,
    "an EDD five months from the record's",
)
ok(
    "dt-lo-36-weeks-date-right",
    DT,
    "lo",
    "Priadel (lithium) 800 mg nocte continues. Levels monthly, weekly from 36 weeks (from 29 July 2026) and within "
    "24 h of birth. Paediatric review of the baby; bottle feeding as lithium enters breast milk; perinatal team "
    "within a week of birth.",
    "36 weeks tied to the date the record implies",
)
bad(
    "dt-lo-36-weeks-date-wrong",
    DT,
    "lo",
    "Priadel (lithium) 800 mg nocte continues. Levels monthly, weekly from 36 weeks (from 20 June 2026) and within "
    "24 h of birth. Paediatric review of the baby; bottle feeding; perinatal team within a week of birth.",
    "36 weeks tied to a date six weeks early",
)

if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F141CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F141CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F141CASES):3}"
    )
