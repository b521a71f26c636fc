"""A hundred-and-forty-third independent "fresh" batch of red-team cases for the share gate: a held-out-style
mix, twenty-sixth round.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. About half is good, complete work in every register (GP shorthand, midwife notes, letters, SBAR,
bullet and numbered plans, plain English for a foster carer, a pharmacist's note, a perinatal psychiatrist's
letter, a health visitor's handover, a drug-service keyworker's note, a social worker's case note) that must
pass; the other half is hollow, disguised or impossible in each of issue 9's categories and must be refused.
This round leans on shapes earlier rounds used less:

* conclusions written to the mother in the second person ("you will ..."), in the first person plural ("we
  agreed ..."), as a timeline ("Day 0-3: ...; Day 4-8: ..."), and as checklists with ticks and crosses, among
  them hollow checklists with every box ticked and nothing said;
* dates written in words ("the fourteenth of March") and in ISO form, checked with datetime against the base;
* impossible routes and forms told in passing (tablets applied or sniffed, a patch for an oral solution, a
  tablet given by injection), and doses in odd units (micrograms against mg, mL of oral solution, level targets);
* brands misspelt by one letter and ingredients with transposed letters; a partner's and a lodger's medicines;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one.

Every case changes one point of a shipped pass example. Medicines named here are real; no clinical code is
invented (no coded medicine is added). ``test_fresh_records.py`` runs them; the cases the gate gets wrong today
are listed there (strict xfail). Run ``python -m tests.redteam.fresh143_cases`` for the counts per category.
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

F143CASES: list[Case] = []

CATEGORIES = (
    "hollow",
    "defer",
    "copy",
    "concern",
    "names",
    "partner",
    "dates",
    "forms",
    "doses",
    "routes",
    "authors",
    "lawful",
    "disguise",
)

HL, DF, CP, CN, NM, PT, DT, FM, DS, RT, AU, LB, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F143CASES.append(Case(f"f143-{name}", category, expect, base, mutate, why))


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
    pre: Mutation | None = None,
) -> None:
    base, setter = SETTERS[where]
    mutate = setter(text) if pre is None else chain(pre, setter(text))
    add(name, category, expect, base, mutate, why)
    if disguise is not None:
        dmutate = setter(disguise(text)) if pre is None else chain(pre, setter(disguise(text)))
        add(f"dg-{name}", DG, expect, base, dmutate, f"{why} [disguised: {disguise.__name__}]")


def ok(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, PASS, where, text, why, disguise)


def bad(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, REFUSE, where, text, why, disguise)


def rec_ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def rec_bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


# Complete bodies written afresh for this batch; each case adds or changes one point of one of them.
METH_HEAD = (
    "You will carry on with methadone 60 mg (60 ml) once daily, taken under supervision at the chemist, for the "
    "rest of the pregnancy."
)
METH_WATCH = (
    " After the birth your baby stays with you on the postnatal ward for at least 72 hours so the midwives can "
    "score for withdrawal (NAS), and the health visitor checks for late signs up to day 8."
)
METH_FEED = " You can breastfeed, and we will help you."
METH_SLEEP = (
    " Methadone makes you drowsy for a few hours after each dose, so never share a bed or sofa with the baby; "
    "the health visitor will see the cot at the first home visit."
)
METH = METH_HEAD + METH_WATCH + METH_FEED + METH_SLEEP
SERT = (
    "We agreed that sertraline 100 mg daily continues, because stopping it last time led to a relapse, and that "
    "would harm you and the baby more than the medicine. The midwives will watch the baby for 48 hours after birth "
    "for jitteriness, fast breathing and poor feeding; breastfeeding on sertraline is fine; the GP reviews your "
    "mood at the 6-week check."
)
MO = (
    "Methadone and sertraline both continue unchanged. Day 0-3: the baby stays on the postnatal ward with NAS "
    "scoring by the midwives. Day 4-8: health visitor home visits for late withdrawal signs. Throughout: "
    "breastfeeding supported; methadone sedates her after each dose, so no bed or sofa sharing, and the social "
    "worker and health visitor see the cot before discharge."
)
CIT = (
    "[x] Citalopram 20 mg once daily continues - the relapse risk outweighs the small risk to the baby. "
    "[x] Midwife watches the baby for 48 h after birth for adaptation signs (jittery, fast breathing, poor "
    "feeding). [x] Breastfeeding supported. [x] GP mood review at the 6-week check."
)
LITH = (
    "Dear colleagues, Rebecca and I agreed that she stays on lithium (Priadel) 800 mg at night: after the birth "
    "her risk of relapse, including postpartum psychosis, is high. Levels every 4 weeks, weekly from 36 weeks and "
    "within 24 hours of delivery; the obstetric team keeps her well hydrated in labour. The baby needs a "
    "paediatric review after birth for floppiness, poor feeding and thyroid problems. She will bottle feed, as "
    "lithium passes into breast milk. I will see her within a week of the birth."
)
LO = (
    "Lithium (Priadel) 800 mg at night continues. Levels monthly, weekly from 36 weeks and within 24 hours of "
    "birth. Paediatric review of the baby after birth; bottle feeding, as lithium passes into breast milk. The "
    "perinatal mental health team sees her within a week of birth because relapse risk is high."
)
VALP = (
    "Sodium valproate 500 mg twice a day continues until the urgent neurology review, as stopping suddenly risks "
    "seizures that would harm her and the baby. The baby was exposed in the first trimester, which raises the "
    "risk of birth defects and later developmental problems: an early fetal medicine review and a detailed "
    "anomaly scan are requested, folic acid 5 mg daily is started, and the neurologist will discuss switching "
    "and pregnancy prevention after this pregnancy."
)
VO = (
    "Unplanned pregnancy at 8 weeks on sodium valproate. Valproate 500 mg twice a day continues until neurology "
    "reviews it urgently; it must not be stopped abruptly. The baby is exposed: urgent fetal medicine referral, "
    "and folic acid 5 mg daily started. Annual risk acknowledgement form status recorded."
)
DZP_HEAD = (
    "Kayleigh takes diazepam 5 mg three times a day and pregabalin 150 mg twice a day; both stay the same for now, "
    "with a slow diazepam reduction planned by the GP."
)
DZP_SLEEP = (
    " Together they make her very sleepy, so she must never sleep with the baby in a bed, on a sofa or in an "
    "armchair, and must not feed the baby lying down: the foster carer does every night feed."
)
DZP_WATCH = (
    " The baby may show late withdrawal signs (shaky, crying a lot, feeding badly) up to day 8; the foster carer "
    "and health visitor watch for them and ring the GP or 111 if they see them."
)
DZP_FEED = " The baby is bottle fed."
DZP = DZP_HEAD + DZP_SLEEP + DZP_WATCH + DZP_FEED
FO = (
    "Diazepam and pregabalin continue for now. Both sedate the mother: no bed, sofa or armchair sharing and no "
    "feeding lying down; the foster carer does the night feeds. Late withdrawal signs are possible to day 8, so "
    "the foster carer and health visitor watch the baby. The interim care order does not lower the risk; the "
    "social worker holds this plan too."
)
QUET_HEAD = (
    "Handover from the HV: Daniel (the baby's father) takes quetiapine 300 mg at night and is very hard to wake "
    "for hours afterwards."
)
QUET = QUET_HEAD + (
    " He does not do night feeds and never sleeps with the baby on a bed, sofa or chair. Chloe does the night "
    "feeds; the baby sleeps in the next-to-me crib, which I have seen. I will check the arrangements again at each "
    "visit until 8 weeks."
)
PO = (
    "Chloe's paracetamol raises no concern for the baby. Daniel's quetiapine 300 mg at night sedates him heavily: "
    "no co-sleeping with him on a bed, sofa or armchair and no night feeds by him. The crib arrangement has been "
    "seen and is safe; the health visitor keeps checking it."
)

# ====================================================================================================== hollow
ok("hl-meth-second-person", HL, "meth", METH, "a complete plan written to the mother as 'you'", cyr)
bad(
    "hl-meth-you-will-be-fine",
    HL,
    "meth",
    "You will be fine on your methadone; we will keep an eye on things and let you know if anything changes.",
    "reassurance to the mother with no plan for the baby",
    zwsp,
)
ok("hl-sert-we-agreed", HL, "sert", SERT, "a plan agreed in the first person plural")
bad(
    "hl-sert-we-agreed-nothing",
    HL,
    "sert",
    "We agreed the sertraline plan together and we are all happy with it; we will review as and when needed.",
    "'we agreed' a plan that is never stated",
    shy,
)
ok("hl-mo-timeline", HL, "mo", MO, "a day-by-day timeline that holds the whole plan")
bad(
    "hl-mo-timeline-empty",
    HL,
    "mo",
    "Methadone and sertraline. Day 0-3: as usual. Day 4-8: as usual. Day 9 onwards: routine care as normal.",
    "a timeline whose every step says nothing",
    greek,
)
ok("hl-cit-checklist", HL, "cit", CIT, "a ticked checklist where each tick says what is done")
bad(
    "hl-cit-all-ticked",
    HL,
    "cit",
    "[x] Citalopram reviewed [x] Risks discussed [x] Plan agreed [x] Leaflet given [x] Documented",
    "every box ticked, nothing said",
    cyr,
)
ok("hl-lith-letter", HL, "lith", LITH, "a perinatal psychiatrist's letter with the plan", greek)
bad(
    "hl-lith-letter-pleasantries",
    HL,
    "lith",
    "Dear colleagues, thank you for asking me to see Rebecca about her lithium. It was a pleasure to meet her and "
    "her partner today. I have discussed things with her at length and she was grateful. Kind regards.",
    "a letter of courtesies with no conclusion",
)
ok("hl-valp", HL, "valp", VALP, "a full valproate plan for an exposed pregnancy", shy)
bad(
    "hl-valp-considered",
    HL,
    "valp",
    "Sodium valproate in pregnancy was considered carefully, with all of the relevant guidance taken into account, "
    "and an appropriate plan is now in place.",
    "'an appropriate plan is in place' without the plan",
    bidi,
)
ok("hl-dzp-plain-english", HL, "dzp", DZP, "plain English for the foster carer, complete")
bad(
    "hl-dzp-carer-told-everything",
    HL,
    "dzp",
    "The foster carer has been told everything she needs to know about Kayleigh's diazepam and pregabalin and is "
    "happy with it all.",
    "says the carer was told, not what",
)
ok(
    "hl-fo-checklist-said",
    HL,
    "fo",
    "[x] Diazepam and pregabalin continue for now; diazepam to be reduced slowly. [x] Both sedate the mother: no "
    "bed, sofa or armchair sharing, no feeding lying down. [x] The foster carer does all night feeds. [x] Foster "
    "carer and HV watch for late withdrawal signs to day 8. [x] Social worker holds the plan; the care order does "
    "not lower the risk.",
    "a checklist where every tick carries its content",
    fw,
)
bad(
    "hl-fo-checklist-ticked-nothing",
    HL,
    "fo",
    "Diazepam and pregabalin: [x] sedation [x] safe sleep [x] withdrawal [x] feeding [x] placement informed "
    "[x] social worker aware",
    "a checklist of topics ticked, no advice in any of them",
    zwsp,
)
ok("hl-quet-hv-handover", HL, "quet", QUET, "a health visitor's handover about the father's sedation", fw)
bad(
    "hl-quet-hv-noted",
    HL,
    "quet",
    "HV handover: Daniel's quetiapine noted and discussed with the family. Nothing further to add at present.",
    "noted and nothing further",
)
bad(
    "hl-po-repeated-rule",
    HL,
    "po",
    "Paracetamol and quetiapine: safe sleep, safe sleep, safe sleep, safe sleep, safe sleep, safe sleep, safe "
    "sleep.",
    "one phrase repeated",
)

# ====================================================================================================== defer
bad(
    "df-meth-you-read-letter",
    DF,
    "meth",
    "You will find everything about your methadone in the drug service letter dated 2026-02-20; please read it.",
    "the conclusion sends the reader to another letter",
    cyr,
)
ok(
    "df-meth-you-plus-letter",
    DF,
    "meth",
    METH + " The drug service letter of 2026-02-20 has the dispensing details.",
    "a complete plan that also points to a letter",
    cyr,
)
bad(
    "df-lo-we-agreed-per-letter",
    DF,
    "lo",
    "We agreed that lithium is managed as per Dr Osei's letter of the sixth of May.",
    "'as per' a letter and nothing more",
)
ok(
    "df-lo-plus-letter",
    DF,
    "lo",
    LO + " Dr Osei's letter of the sixth of May gives the reasoning in full.",
    "the plan stands, the letter adds reasoning",
    shy,
)
bad(
    "df-valp-all-pending",
    DF,
    "valp",
    "Sodium valproate: awaiting neurology. Plan to follow once neurology have reviewed. Fetal medicine pending.",
    "everything pending, nothing decided",
    shy,
)
ok(
    "df-valp-awaiting-date",
    DF,
    "valp",
    VALP + " We are awaiting the neurology date; the referral went today marked urgent.",
    "awaiting a date, with the plan already made",
)
bad(
    "df-quet-for-his-gp",
    DF,
    "quet",
    "Daniel's quetiapine: for his own GP to advise on in due course; not for us to comment.",
    "handed to another GP, nothing said about the baby",
)
ok(
    "df-quet-his-gp-too",
    DF,
    "quet",
    QUET + " Daniel's own GP at Elm Park has a copy and reviews his dose.",
    "another GP informed beside a complete plan",
    greek,
)
bad(
    "df-dzp-timeline-tbc",
    DF,
    "dzp",
    "Diazepam and pregabalin. Day 0-3: tbc. Day 4-8: tbc. From discharge: per the social worker's plan.",
    "a timeline of placeholders and a deferral",
)
ok(
    "df-cit-refer-if",
    DF,
    "cit",
    CIT + " [ ] Perinatal mental health referral - not needed now; refer if her mood drops.",
    "an unticked box with its reason and an instruction, not a deferral",
)

# ====================================================================================================== copy
_SHARED = (
    "We agreed both medicines continue: methadone and sertraline. The midwives watch the baby for withdrawal and "
    "adaptation signs for 72 hours, breastfeeding is supported, and no co-sleeping after the methadone dose."
)
rec_bad(
    "cp-m-joint-text-under-each",
    CP,
    M,
    chain(set_("assessments#asm-methadone.conclusion", _SHARED), set_("assessments#asm-sertraline.conclusion", _SHARED)),
    "one joint text pasted under two single-medicine assessments",
)
rec_ok(
    "cp-m-each-its-own",
    CP,
    M,
    chain(set_("assessments#asm-methadone.conclusion", METH), set_("assessments#asm-sertraline.conclusion", SERT)),
    "each assessment with its own conclusion",
)
_GENERIC = (
    "You will keep taking your medicines as prescribed; the team will watch the baby after the birth, help with "
    "feeding and check where the baby sleeps."
)
rec_bad(
    "cp-m-generic-everywhere",
    CP,
    M,
    chain(
        set_("assessments#asm-methadone.conclusion", _GENERIC),
        set_("assessments#asm-sertraline.conclusion", _GENERIC),
        set_("overall_conclusion.text", _GENERIC),
    ),
    "one generic conclusion repeated everywhere",
)
_DZP_ONLY = (
    "Diazepam 5 mg three times a day continues, reducing slowly from the 6-week review. It sedates Kayleigh: no "
    "sleeping with the baby on a bed, sofa or armchair and no feeding lying down; the foster carer does the nights. "
    "Late withdrawal is possible up to day 8, so the foster carer and HV watch the baby."
)
_PGB_ONLY = (
    "Pregabalin 150 mg twice a day continues unchanged. It adds to the diazepam's sedation, so the same rules hold: "
    "no bed or sofa sharing, no feeding lying down, the foster carer does the nights. The baby can show late "
    "withdrawal to day 8; the foster carer and HV watch for it. Bottle feeding."
)
rec_bad(
    "cp-f-split-pasted",
    CP,
    F,
    _split_f(_DZP_ONLY, _DZP_ONLY),
    "the diazepam conclusion pasted under the pregabalin assessment too",
)
rec_ok(
    "cp-f-split-own",
    CP,
    F,
    _split_f(_DZP_ONLY, _PGB_ONLY),
    "split assessments, each with a conclusion of its own",
)

# ====================================================================================================== concern
bad(
    "cn-meth-scoring-cancelled",
    CN,
    "meth",
    METH_HEAD + " The 72-hour NAS scoring on the ward was planned, but the ward has cancelled it and nothing has "
    "replaced it." + METH_FEED + METH_SLEEP,
    "the withdrawal watch withdrawn with nothing in its place",
    zwsp,
)
ok(
    "cn-meth-watch-in-words",
    CN,
    "meth",
    METH_HEAD + " Your baby is watched for withdrawal on the ward for three days after the birth and by the health "
    "visitor until the eighth day." + METH_FEED + METH_SLEEP,
    "the withdrawal watch in words rather than figures",
)
bad(
    "cn-lith-reader-arranges",
    CN,
    "lith",
    "Lithium (Priadel) 800 mg at night continues as the relapse risk after birth is high. Levels, and the baby's "
    "review after birth for floppiness and thyroid problems, are for whichever team reads this to arrange. She will "
    "bottle feed, as lithium passes into breast milk.",
    "the baby's review and the levels left to whoever reads the record",
)
ok(
    "cn-lith-levels-iso",
    CN,
    "lith",
    "Lithium (Priadel) 800 mg at night continues as the relapse risk after birth is high. Levels on 2026-06-03 and "
    "2026-07-01, weekly from 2026-07-29 (36 weeks) and within 24 h of delivery. Paediatric review of the baby after "
    "birth for floppiness, poor feeding and thyroid problems; bottle feeding, as lithium passes into breast milk. "
    "Perinatal team within a week of the birth.",
    "levels scheduled with ISO dates that fit the pregnancy",
    cyr,
)
bad(
    "cn-valp-no-teratogenicity",
    CN,
    "valp",
    "Sodium valproate 500 mg twice a day continues until neurology sees her; stopping suddenly risks seizures. "
    "Folic acid 5 mg started today and the neurology referral is sent.",
    "valproate in pregnancy with nothing about the exposed baby",
)
bad(
    "cn-dzp-kayleigh-nights",
    CN,
    "dzp",
    "Kayleigh takes diazepam 5 mg three times a day and pregabalin 150 mg twice a day; both continue unchanged. "
    "Nights 1-8: Kayleigh does the night feeds in her own room." + DZP_WATCH + DZP_FEED,
    "the sedated mother given the night care as the only word of the nights",
    greek,
)
ok(
    "cn-dzp-carer-nights-timeline",
    CN,
    "dzp",
    DZP_HEAD + " Nights 1-8: the foster carer does every night feed and the baby sleeps in the cot in her room; "
    "Kayleigh never sleeps with the baby or feeds lying down." + DZP_WATCH + DZP_FEED,
    "the nights given to the foster carer in a timeline",
)
bad(
    "cn-quet-weekend-bed",
    CN,
    "quet",
    QUET_HEAD + " We agreed he can have the baby in bed with him on weekend mornings, as Chloe is in the house.",
    "the sedated father allowed to bed share",
)
ok(
    "cn-quet-weekend-awake",
    CN,
    "quet",
    QUET_HEAD + " At weekends he gives the late-morning bottle once he is fully awake, sitting up, with Chloe at "
    "home; he never sleeps with the baby on a bed, sofa or chair and does no night feeds. The baby sleeps in the "
    "next-to-me crib; I check this at each visit.",
    "the father's awake daytime care, the nights kept from him",
)
ok(
    "cn-sert-numbered",
    CN,
    "sert",
    "1. Sertraline 100 mg daily continues: relapse would harm her and the baby more. 2. Midwives watch the baby "
    "48 h for jitteriness and feeding problems. 3. Breastfeeding is fine on sertraline. 4. GP mood review at the "
    "6-week check.",
    "a numbered plan that answers every concern",
    bidi,
)
bad(
    "cn-sert-bare",
    CN,
    "sert",
    "We agreed sertraline 100 mg daily continues as before, with no change at all to the dose.",
    "continues, and nothing about the baby",
    shy,
)

# ====================================================================================================== names
ok(
    "nm-meth-transposed",
    NM,
    "meth",
    METH.replace("methadone 60 mg", "methadnoe 60 mg").replace("Methadone makes", "Methadnoe makes"),
    "methadone with two letters transposed, as typed in a hurry",
)
ok(
    "nm-sert-lustral",
    NM,
    "sert",
    SERT.replace("sertraline 100 mg daily", "Lustral 100 mg daily").replace("on sertraline", "on Lustral"),
    "sertraline named only by its UK brand",
    cyr,
)
ok(
    "nm-sert-setraline",
    NM,
    "sert",
    SERT.replace("sertraline", "setraline"),
    "the common misspelling 'setraline'",
)
ok(
    "nm-cit-cipramil",
    NM,
    "cit",
    CIT.replace("Citalopram 20 mg", "Cipramil 20 mg"),
    "citalopram named by its brand",
    cyr,
)
bad(
    "nm-cit-escitalopram",
    NM,
    "cit",
    CIT.replace("Citalopram 20 mg once daily", "Escitalopram 10 mg once daily"),
    "a different real medicine named in place of citalopram",
)
ok(
    "nm-lith-praidel",
    NM,
    "lith",
    LITH.replace("lithium (Priadel)", "lithium (Praidel)"),
    "the brand with two letters transposed beside the ingredient",
)
ok(
    "nm-valp-epilin",
    NM,
    "valp",
    VALP.replace("Sodium valproate 500 mg", "Epilin (sodium valproate) 500 mg"),
    "Epilim misspelt by one letter beside the ingredient",
)
ok(
    "nm-dzp-misspelt-both",
    NM,
    "dzp",
    DZP.replace("diazepam 5 mg", "diazpeam 5 mg").replace("pregabalin 150 mg", "pregablain 150 mg"),
    "both ingredients with letters transposed",
    zwsp,
)
ok(
    "nm-quet-seroquel",
    NM,
    "quet",
    QUET.replace("quetiapine 300 mg", "Seroquel (quetiapine) 300 mg"),
    "the father's medicine with its brand in front",
)
bad(
    "nm-mo-unlisted-espranor",
    NM,
    "mo",
    MO + " She also takes Espranor 8 mg on top at weekends, bought from a friend.",
    "an opioid substitution brand named in the conclusion and missing from the list",
)
rec_bad(
    "nm-v-zimovame-uncoded",
    NM,
    V,
    add_medicine(medicine("med-zopiclone", "Zimovame 7.5mg tablets", "7.5 mg at night", "2026-05-01",
                          gp_prescriber({"ods_code": "Y90003", "name": "Castle Street Surgery"}))),
    "a hypnotic brand misspelt by one letter, listed and never assessed",
)
rec_ok(
    "nm-v-ferrous-with-reason",
    NM,
    V,
    add_medicine(medicine("med-ferrous", "Ferrous fumarate 210mg tablets", "210 mg twice a day", "2026-05-20",
                          gp_prescriber({"ods_code": "Y90003", "name": "Castle Street Surgery"}),
                          not_of_concern_reason="Iron for anaemia found at booking; iron tablets do not harm the "
                          "baby in pregnancy and are compatible with breastfeeding.")),
    "an everyday uncoded medicine with the clinician's reason",
)
rec_bad(
    "nm-p-zapian-uncoded",
    NM,
    P,
    add_medicine(medicine("med-zapain", "Zapian 30mg/500mg tablets", "Two tablets four times a day", "2026-05-19",
                          gp_prescriber(MILLBROOK))),
    "a co-codamol brand misspelt by one letter, listed for the mother and never assessed",
)

# ====================================================================================================== partner
bad(
    "pt-quet-silent-on-father",
    PT,
    "quet",
    "Quetiapine 300 mg at night is very sedating. Chloe does all the night feeds and the baby sleeps in the "
    "next-to-me crib; I check this at each visit.",
    "never says who takes the quetiapine or what he must not do",
)
bad(
    "pt-quet-not-applicable",
    PT,
    "quet",
    "Daniel's quetiapine is his own medication and not applicable to the baby's care; no action needed.",
    "the partner's sedating medicine dismissed",
    cyr,
)
ok(
    "pt-quet-we-agreed-with-daniel",
    PT,
    "quet",
    "We agreed with Daniel that while he takes quetiapine 300 mg at night he does no night feeds and never lies "
    "down with the baby on a bed, sofa or chair, as he is very hard to wake. Chloe does the nights; the baby sleeps "
    "in the next-to-me crib; the HV checks each visit.",
    "the plan agreed with the father himself",
    zwsp,
)
ok(
    "pt-po-timeline",
    PT,
    "po",
    "Chloe: paracetamol only, no concern for the baby. Daniel: quetiapine 300 mg at night, heavily sedating. "
    "Nights 1-14: Chloe does every feed, Daniel sleeps in the spare room. From week 3: same rule, no co-sleeping "
    "with him on a bed, sofa or armchair. Every HV visit to 8 weeks: crib checked.",
    "a timeline for the household",
    bidi,
)
bad(
    "pt-quet-lodger-diazepam-shared",
    PT,
    "quet",
    QUET + " Their lodger's diazepam, which Chloe now takes at night too, is kept in the kitchen.",
    "the mother takes the lodger's diazepam, and the list does not include it",
)
ok(
    "pt-quet-lodger-methadone-locked",
    PT,
    "quet",
    QUET + " Their lodger is on a methadone programme and keeps his doses in a locked box in his room.",
    "another person's medicine, kept locked away",
)
ok(
    "pt-quet-lodger-unnamed",
    PT,
    "quet",
    QUET + " Their lodger takes his own prescribed sleeping tablets, so he never minds the baby or naps with her; "
    "his medicines are locked in his room.",
    "a lodger's sedating tablets handled, no unlisted medicine named",
)
rec_bad(
    "pt-p-partner-number-mothers",
    PT,
    P,
    set_("partner.nhs_number", "9990004145"),
    "the father recorded with the mother's NHS number",
)
rec_ok(
    "pt-p-partner-own-number",
    PT,
    P,
    set_("partner.nhs_number", "9990004307"),
    "the father with his own valid NHS number",
)

# ====================================================================================================== dates
ok(
    "dt-meth-fourteenth-march",
    DT,
    "meth",
    METH + " Your next appointment with the specialist midwife is on the fourteenth of March.",
    "a plan on 2026-03-14, after the assessment of 2026-03-02",
    greek,
)
bad(
    "dt-meth-thirtieth-february",
    DT,
    "meth",
    METH + " Your growth scan is booked for the thirtieth of February.",
    "a date that does not exist",
    greek,
)
bad(
    "dt-meth-visit-before-written",
    DT,
    "meth",
    METH + " The health visitor will come to see the cot on the twentieth of February 2026.",
    "a visit planned for a date before the conclusion was written",
)
bad(
    "dt-lith-iso-impossible",
    DT,
    "lith",
    LITH + " Her next level is booked for 2026-06-31.",
    "an ISO date that does not exist",
    zwsp,
)
bad(
    "dt-lith-36-weeks-wrong-date",
    DT,
    "lith",
    LITH.replace("weekly from 36 weeks", "weekly from 36 weeks (2026-06-10)"),
    "36 weeks tied to a date when she is 29 weeks",
)
ok(
    "dt-valp-twelve-weeks-words",
    DT,
    "valp",
    VALP + " The dating scan is on the seventeenth of June, at 12 weeks.",
    "12 weeks on 2026-06-17 agrees with the EDD",
)
bad(
    "dt-valp-twelve-weeks-wrong",
    DT,
    "valp",
    VALP + " The dating scan is on the seventeenth of September, at 12 weeks.",
    "12 weeks tied to a date when she will be 25 weeks",
)
ok(
    "dt-dzp-day-eight-iso",
    DT,
    "dzp",
    DZP + " The health visitor's day 8 visit is on 2026-06-16.",
    "day 8 after a birth on 2026-06-08",
)
bad(
    "dt-dzp-born-july",
    DT,
    "dzp",
    DZP.replace("The baby is bottle fed.", "The baby, born on the eighth of July, is bottle fed."),
    "a birth told a month after the recorded delivery and after attestation",
)
ok(
    "dt-dzp-born-june",
    DT,
    "dzp",
    DZP.replace("The baby is bottle fed.", "The baby, born on the eighth of June, is bottle fed."),
    "the birth date in words agrees with the record",
)
rec_bad(
    "dt-l-assessment-before-conception",
    DT,
    L,
    set_("assessments#asm-lithium.date", "2025-10-01"),
    "the lithium assessment seven weeks before conception (2025-11-19)",
)
rec_ok(
    "dt-l-assessment-at-twenty-weeks",
    DT,
    L,
    set_("assessments#asm-lithium.date", "2026-04-10"),
    "the lithium assessment at 20+2 weeks, before the overall conclusion",
)
rec_ok(
    "dt-m-attested-later-same-day",
    DT,
    M,
    set_("attestation.at", "2026-03-02T17:30:00+00:00"),
    "attested an hour after the last update: a warning at most",
)
rec_bad(
    "dt-c-attested-before-assessment",
    DT,
    C,
    set_("attestation.at", "2026-02-09T09:25:00+00:00"),
    "attested the day before the assessment it attests",
)
rec_bad(
    "dt-v-edd-disagrees",
    DT,
    V,
    set_("pregnancy.edd", "2026-11-30"),
    "an EDD thirty days from what 8+0 on 2026-05-20 implies",
)
rec_ok(
    "dt-v-edd-within-tolerance",
    DT,
    V,
    set_("pregnancy.edd", "2027-01-05"),
    "an EDD six days from the gestation: within tolerance",
)
rec_bad(
    "dt-f-delivery-future",
    DT,
    F,
    set_("pregnancy.delivery_date", "2026-12-25"),
    "a delivery date after today",
)

# ====================================================================================================== forms
rec_bad(
    "fm-m-sertraline-applied",
    FM,
    M,
    set_("medicines#med-sertraline.dose", "Two tablets (100 mg) applied to the skin once daily"),
    "tablets applied to the skin",
)
rec_ok(
    "fm-m-sertraline-swallowed",
    FM,
    M,
    set_("medicines#med-sertraline.dose", "Two tablets (100 mg) swallowed once daily with breakfast"),
    "tablets swallowed",
)
bad(
    "fm-meth-patch-in-passing",
    FM,
    "meth",
    METH.replace("methadone 60 mg (60 ml) once daily", "your methadone patch, 60 mg once daily"),
    "an oral solution called a patch in passing",
    cyr,
)
ok(
    "fm-meth-oral-solution-swallowed",
    FM,
    "meth",
    METH.replace("methadone 60 mg (60 ml) once daily", "methadone oral solution, 60 ml once daily swallowed"),
    "the oral solution swallowed",
)
bad(
    "fm-lith-by-injection",
    FM,
    "lith",
    LITH.replace("lithium (Priadel) 800 mg at night", "lithium (Priadel) 800 mg by injection at night"),
    "modified-release tablets given by injection",
    fw,
)
rec_bad(
    "fm-p-quetiapine-patch",
    FM,
    P,
    set_("medicines#med-partner-quetiapine.dose", "300 mg (three tablets) at night, applied as a patch"),
    "tablets worn as a patch",
)
rec_ok(
    "fm-p-quetiapine-with-water",
    FM,
    P,
    set_("medicines#med-partner-quetiapine.dose", "300 mg (three tablets) by mouth at night"),
    "tablets by mouth",
)
bad(
    "fm-dzp-injected",
    FM,
    "dzp",
    DZP.replace("diazepam 5 mg three times a day", "diazepam tablets given by intramuscular injection, 5 mg three "
                "times a day"),
    "tablets given by intramuscular injection in passing",
)
rec_ok(
    "fm-f-diazepam-by-mouth",
    FM,
    F,
    set_("medicines#med-diazepam.dose", "5 mg by mouth three times a day"),
    "diazepam tablets by mouth",
)
rec_bad(
    "fm-c-citalopram-sniffed",
    FM,
    C,
    set_("medicines#med-citalopram.dose", "20 mg sniffed once daily"),
    "tablets sniffed",
)
rec_ok(
    "fm-c-citalopram-morning",
    FM,
    C,
    set_("medicines#med-citalopram.dose", "20 mg once daily in the morning, swallowed with water"),
    "tablets swallowed with water",
)

# ====================================================================================================== doses
ok(
    "ds-meth-ml-of-solution",
    DS,
    "meth",
    METH.replace("methadone 60 mg (60 ml) once daily", "60 ml of the 1 mg/ml methadone oral solution once daily"),
    "the dose given as a volume of the oral solution",
)
bad(
    "ds-meth-micrograms",
    DS,
    "meth",
    METH.replace("methadone 60 mg (60 ml) once daily", "methadone 60 micrograms once daily"),
    "micrograms where the line gives milligrams: a thousandfold contradiction",
    shy,
)
ok(
    "ds-valp-day-total",
    DS,
    "valp",
    VALP.replace("500 mg twice a day", "500 mg twice a day (1 g a day in all)"),
    "a day's total that fits the line",
)
bad(
    "ds-valp-day-total-wrong",
    DS,
    "valp",
    VALP.replace("500 mg twice a day", "500 mg twice a day (2 g a day in all)"),
    "a day's total that is not twice 500 mg",
    greek,
)
bad(
    "ds-lith-target-tenfold",
    DS,
    "lith",
    LITH.replace("Levels every 4 weeks", "Target level 6 to 8 mmol/L; levels every 4 weeks"),
    "a lithium level target no range holds",
)
ok(
    "ds-lith-target-usual",
    DS,
    "lith",
    LITH.replace("Levels every 4 weeks", "Target level 0.6 to 0.8 mmol/L; levels every 4 weeks"),
    "the usual lithium target",
    zwsp,
)
bad(
    "ds-sert-volume-of-tablets",
    DS,
    "sert",
    SERT.replace("sertraline 100 mg daily", "sertraline 100 ml daily"),
    "a volume for a tablet",
)
ok(
    "ds-sert-two-tablets",
    DS,
    "sert",
    SERT.replace("sertraline 100 mg daily", "sertraline, two 50 mg tablets (100 mg) daily,"),
    "the dose told as two tablets of the strength",
)
rec_bad(
    "ds-p-quetiapine-zero-tablets",
    DS,
    P,
    set_("medicines#med-partner-quetiapine.dose", "zero tablets at night"),
    "a dose of nothing",
)
rec_ok(
    "ds-p-quetiapine-three-hundreds",
    DS,
    P,
    set_("medicines#med-partner-quetiapine.dose", "three 100 mg tablets (300 mg) at night"),
    "the dose told as three tablets",
)
bad(
    "ds-dzp-pregabalin-micrograms",
    DS,
    "dzp",
    DZP.replace("pregabalin 150 mg twice", "pregabalin 150 micrograms twice"),
    "micrograms for pregabalin where the line gives milligrams",
)

# ====================================================================================================== routes
rec_bad(
    "rt-l-fhir-plain-http",
    RT,
    L,
    set_("recipients#rcp-maternity.route.base_url", "http://maternity.northgate.example/fhir/R4"),
    "a FHIR base URL without https",
)
rec_ok(
    "rt-l-fhir-other-path",
    RT,
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://fhir.maternity.northgate.example/api/R4"),
    "a well-formed https FHIR base",
)
rec_bad(
    "rt-m-mesh-lowercase",
    RT,
    M,
    set_("recipients#rcp-hv.route.mailbox", "x26hc003"),
    "a MESH mailbox id in lower case",
)
rec_ok(
    "rt-m-mesh-other-box",
    RT,
    M,
    set_("recipients#rcp-hv.route.mailbox", "X26HC013"),
    "another well-formed MESH mailbox",
)
rec_bad(
    "rt-f-manual-em-dash",
    RT,
    F,
    set_("recipients#rcp-foster-carer.route.description", "\u2014"),
    "a manual hand-over described by a dash",
)
rec_bad(
    "rt-f-manual-you-will-get-it",
    RT,
    F,
    set_("recipients#rcp-foster-carer.route.description", "You will get it somehow."),
    "a hand-over that names no one and nothing",
)
rec_ok(
    "rt-f-manual-we-agreed",
    RT,
    F,
    set_("recipients#rcp-foster-carer.route.description",
         "We agreed the ward midwife hands Sandra a printed copy at discharge on 2026-06-12 and talks her through it."),
    "a hand-over agreed in the first person plural",
)
rec_bad(
    "rt-v-mllp-localhost",
    RT,
    V,
    set_("recipients#rcp-maternity.route.host", "localhost"),
    "an MLLP host that is this machine",
)
rec_ok(
    "rt-v-mllp-other-host",
    RT,
    V,
    set_("recipients#rcp-maternity.route.host", "hl7.castleford.example"),
    "a fully qualified MLLP host",
)
rec_bad(
    "rt-p-hv-mailbox-tbc",
    RT,
    P,
    set_("recipients#rcp-hv.route.mailbox", "TBC"),
    "a placeholder mailbox",
)
rec_bad(
    "rt-c-hv-ods-zeros",
    RT,
    C,
    set_("recipients#rcp-hv.organisation.ods_code", "00000"),
    "an ODS code of zeros",
)
rec_bad(
    "rt-f-sw-phone-zeros",
    RT,
    F,
    set_("safeguarding.social_worker.telephone", "0000 000 0000"),
    "a social worker's number of zeros",
)
rec_ok(
    "rt-f-sw-phone-mobile",
    RT,
    F,
    set_("safeguarding.social_worker.telephone", "07700 900123"),
    "a mobile number that can be rung",
)

# ====================================================================================================== authors
_PRICE: dict[str, Any] = {
    "name": {"given": ["Joanna"], "family": "Price"},
    "role": "health-visitor",
    "organisation": {"ods_code": "Y90510", "name": "Millbrook Health Visiting Service"},
}
rec_bad(
    "au-p-hv-gphc",
    AU,
    P,
    set_("assessments#asm-partner-quetiapine.author", {**_PRICE, "registration": {"body": "GPhC", "number": "2087123"}}),
    "a health visitor on the pharmacy register",
)
rec_ok(
    "au-p-hv-other-nmc",
    AU,
    P,
    set_("assessments#asm-partner-quetiapine.author", {**_PRICE, "registration": {"body": "NMC", "number": "14C2468E"}}),
    "the health visitor with an NMC PIN",
)
_MOSS: dict[str, Any] = {
    "name": {"given": ["Leanne"], "family": "Moss"},
    "role": "social-worker",
    "registration": {"body": "SWE", "number": "SW112233"},
    "organisation": {"ods_code": "Y90310", "name": "Millbrook Children's Services"},
}
rec_bad(
    "au-f-social-worker-assesses",
    AU,
    F,
    set_("assessments#asm-diazepam-pregabalin.author", _MOSS),
    "a social worker signs the medicines assessment",
)
_GILL: dict[str, Any] = {
    "name": {"given": ["Harpreet"], "family": "Gill"},
    "role": "clinical-pharmacist",
    "registration": {"body": "GPhC", "number": "2076543"},
    "organisation": MILLBROOK,
}
rec_ok(
    "au-f-pharmacist-assesses",
    AU,
    F,
    set_("assessments#asm-diazepam-pregabalin.author", _GILL),
    "the practice pharmacist writes the assessment",
)
rec_bad(
    "au-m-attester-no-registration",
    AU,
    M,
    delete("attestation.by.registration"),
    "an attester with no registration",
)
rec_bad(
    "au-l-gp-with-psychiatrists-number",
    AU,
    L,
    set_("overall_conclusion.author.registration.number", "7056789"),
    "the GP recorded with the psychiatrist's GMC number",
)

# ====================================================================================================== lawful
rec_bad(
    "lb-f-ticks-only",
    LB,
    F,
    set_("lawful_basis.justification", "[x] Safeguarding [x] Without consent [x] Lead informed [x] Recorded"),
    "a justification of ticks with no reason",
)
rec_ok(
    "lb-f-we-decided-because",
    LB,
    F,
    set_("lawful_basis.justification",
         "We decided to share without Kayleigh's consent because the foster carer must know that diazepam and "
         "pregabalin sedate her; without that the baby could be put at risk in a shared bed."),
    "a reason given in the first person plural",
)
rec_bad(
    "lb-m-consent-tick",
    LB,
    M,
    set_("lawful_basis.justification", "[x]"),
    "consent recorded as a bare tick",
)
rec_ok(
    "lb-m-consent-you-agreed",
    LB,
    M,
    set_("lawful_basis.justification",
         "You agreed on 2026-03-02 that we share this with maternity, the health visitor and children's services."),
    "consent written to the mother",
)
rec_bad(
    "lb-c-recorded-in-future",
    LB,
    C,
    set_("lawful_basis.recorded_on", "2026-12-18"),
    "consent recorded after today",
)
rec_ok(
    "lb-c-recorded-at-booking",
    LB,
    C,
    set_("lawful_basis.recorded_on", "2026-01-20"),
    "consent given at an earlier visit",
)

# ====================================================================================================== registers
ok(
    "hl-meth-keyworker-note",
    HL,
    "meth",
    "Keyworker note (drug service): methadone 60 mg (60 ml) daily, supervised at the chemist, stays as it is; no "
    "on-top use. Told her the baby is scored for withdrawal on the postnatal ward for 72 h and the HV looks for late "
    "signs to day 8. Breastfeeding encouraged on a stable dose. She knows she is drowsy after her dose, so the baby "
    "sleeps in the cot, never in her bed or on the sofa; HV to see the cot.",
    "a drug-service keyworker's note, complete",
)
ok(
    "hl-mo-sbar",
    HL,
    "mo",
    "S: 29 weeks, on methadone 60 mg and sertraline 100 mg, both continuing. B: stable for months, CP plan. "
    "A: baby at risk of NAS and SSRI adaptation signs; methadone sedates her. R: 72 h scoring on the postnatal "
    "ward, HV to day 8; breastfeeding supported; no bed or sofa sharing, cot seen by HV and social worker before "
    "discharge.",
    "an SBAR that holds the plan",
)
ok(
    "hl-co-midwife-note",
    HL,
    "co",
    "MW note: citalopram 20 mg od continues through pregnancy and BF. Baby obs for adaptation signs 48 h on the "
    "PN ward; GP mood review at 6/52. Amended on 2026-02-12 to add the HV as a recipient.",
    "a midwife's terse note with the amendment kept",
)
ok(
    "hl-sert-pharmacist-note",
    HL,
    "sert",
    "Pharmacist's note: sertraline 100 mg daily is the SSRI of choice here and continues, as relapse is the bigger "
    "risk to mother and baby. Small amounts in breast milk: breastfeeding is fine. Baby may be jittery or feed "
    "poorly for the first 48 h; the midwives watch. GP reviews mood at 6 weeks.",
    "a pharmacist's note, complete",
)
ok(
    "hl-fo-social-worker-note",
    HL,
    "fo",
    "Case note (social worker): we agreed with the GP and foster carer that Kayleigh's diazepam and pregabalin "
    "continue for now and make her drowsy, so she never sleeps with the baby or feeds lying down, and the foster "
    "carer does every night feed. The foster carer and HV watch for late withdrawal to day 8. The interim care "
    "order does not lower the risk; I hold this plan.",
    "a social worker's case note, complete",
)
rec_ok(
    "rt-p-hv-mailbox-other",
    RT,
    P,
    set_("recipients#rcp-hv.route.mailbox", "X26MB013"),
    "another well-formed MESH mailbox for the health visitor",
)
rec_ok(
    "rt-c-hv-ods-five",
    RT,
    C,
    set_("recipients#rcp-hv.organisation.ods_code", "Y9052"),
    "a five-character ODS site code",
)
# ====================================================================================================== more shapes
_METH_TICKS = (
    "[x] Methadone 60 mg once daily continues, supervised. [x] NAS scoring on the postnatal ward for 72 h, HV to "
    "day 8. [x] Breastfeeding supported."
)
bad(
    "cn-meth-ticks-sleep-crossed",
    CN,
    "meth",
    _METH_TICKS + " [ ] Safe sleep advice - not given; she left before we got to it.",
    "the safe-sleep box left empty because the advice was not given",
    fw,
)
ok(
    "cn-meth-ticks-sleep-ticked",
    CN,
    "meth",
    _METH_TICKS + " [x] Safe sleep: no bed or sofa sharing after her dose, as it makes her drowsy; HV sees the cot.",
    "every box ticked with what it says",
)
bad(
    "hl-dzp-boxes-to-complete",
    HL,
    "dzp",
    "Diazepam and pregabalin: [ ] withdrawal [ ] sleep [ ] feeding [ ] placement - all to be completed next time.",
    "an empty checklist put off",
)
bad(
    "dt-meth-seen-after-attestation",
    DT,
    "meth",
    METH + " She was seen by the obstetric consultant on the tenth of March, who agreed the plan.",
    "a review told as done eight days after the record was attested",
)
ok(
    "dt-meth-seen-before",
    DT,
    "meth",
    METH + " She was seen by the obstetric consultant on the twenty-third of February, who agreed the plan.",
    "a review told as done a week before the assessment",
)
ok(
    "dt-valp-anomaly-scan-iso",
    DT,
    "valp",
    VALP + " The detailed anomaly scan is booked for 2026-08-12, at 20 weeks.",
    "20 weeks on 2026-08-12 agrees with the EDD",
)
bad(
    "fm-sert-applied-in-passing",
    FM,
    "sert",
    SERT.replace("sertraline 100 mg daily continues", "sertraline 100 mg daily, applied to the skin, continues"),
    "sertraline tablets applied to the skin, told in passing",
)
bad(
    "fm-quet-patch-in-passing",
    FM,
    "quet",
    QUET.replace("takes quetiapine 300 mg at night", "wears a quetiapine patch at night"),
    "the father's tablets called a patch in passing",
)
bad(
    "pt-quet-we-agreed-no-effect",
    PT,
    "quet",
    "We agreed Daniel's quetiapine does not affect the baby, as he is not the one breastfeeding; no further action.",
    "the partner's sedation dismissed as irrelevant to the baby",
    cyr,
)
rec_bad(
    "rt-l-fhir-credentials",
    RT,
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://gp:secret@maternity.northgate.example/fhir/R4"),
    "a FHIR URL carrying credentials",
)
rec_ok(
    "rt-l-fhir-with-port",
    RT,
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://maternity.northgate.example:8443/fhir/R4"),
    "an https FHIR base with a port",
)
rec_ok(
    "rt-f-manual-you-sandra",
    RT,
    F,
    set_("recipients#rcp-foster-carer.route.description",
         "You, Sandra, receive a printed copy from the ward midwife at the discharge meeting, who goes through it "
         "with you."),
    "a manual hand-over written to the foster carer",
)

if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F143CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F143CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F143CASES):3}"
    )
