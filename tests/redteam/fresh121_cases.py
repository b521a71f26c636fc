"""A hundred-and-twenty-first independent "fresh" batch of red-team cases for the share gate: a false-refusal
hunt, forty-fourth round, against the readings that landed in the last hour.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. Most of it is good, complete work that legitimately uses the shapes the newest readings refuse (must
pass), each paired with a near miss that really is hollow or impossible (must refuse):

* ``gestation``: a present gestation that agrees with the record, rounded, history, plans and times to come;
  against a present gestation weeks away from it;
* ``yearless``: events on a day written without a year before the record's date, or planned after it; against
  an event told as done weeks after the record was attested;
* ``counts``: counts of scores that follow from their interval and window (exact, fencepost, "about"); against
  counts that cannot;
* ``started``: medicines told as started before conception where the list agrees, advice and counterfactuals;
  against a start the list dates after conception;
* ``objects``: verbs with their objects ("looked after", "seeing her weekly", "looked in on"); against the
  baby's only care clause cut from its object;
* ``disown``: drafts superseded, plans nobody objects to, a draft said not to be one; against a plan disowned;
* ``endings``: texts ending with no full stop on a word a sentence may end on; against texts cut off on a
  conjunction, article or preposition;
* ``pointers``: a referral of the baby to a team, a guideline as the standard of an act, numbered items said to
  be done and written out, terse field-style headings, numbered aims with who acts, "Goals: ... Plan: ...";
  against pointers to guidelines and numbered items for the topics, and bare aims;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (medicines added carry no code).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh121_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import (
    CASTLE_STREET,
    NORTHGATE,
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
    add_medicine,
    chain,
    gp_prescriber,
    medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F121CASES: list[Case] = []

CATEGORIES = (
    "gestation",
    "yearless",
    "counts",
    "started",
    "objects",
    "disown",
    "endings",
    "pointers",
    "disguise",
)

GS, YL, CT, ST, OB, DO, EN, PT, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F121CASES.append(Case(f"f121-{name}", category, expect, base, mutate, why))


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
    return " ".join(f"\u2066{word}\u2069" for word in text.split(" "))


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


def ok(
    name: str,
    category: str,
    where: str,
    text: str,
    why: str,
    disguise: Disguise | None = None,
    pre: Mutation | None = None,
) -> None:
    case(name, category, PASS, where, text, why, disguise, pre)


def bad(
    name: str,
    category: str,
    where: str,
    text: str,
    why: str,
    disguise: Disguise | None = None,
    pre: Mutation | None = None,
) -> None:
    case(name, category, REFUSE, where, text, why, disguise, pre)


def folic_lithium(started: str) -> Mutation:
    """Folic acid 5 mg added to the lithium record (conception about 2025-11-19), started on ``started``."""
    return add_medicine(
        medicine("med-f121-folic", "Folic acid 5mg tablets", "5 mg once daily", started, gp_prescriber(NORTHGATE))
    )


def folic_citalopram(started: str) -> Mutation:
    """Folic acid 400 micrograms added to the citalopram record (conception about 2025-07-15)."""
    return add_medicine(
        medicine(
            "med-f121-folic-c",
            "Folic acid 400microgram tablets",
            "400 micrograms once daily",
            started,
            gp_prescriber(CASTLE_STREET),
        )
    )


# Reusable complete bodies, written afresh for this batch.
METH_BODY = (
    "After birth the baby stays with her on the postnatal ward for 72 h of NAS scoring by the midwives; the HV "
    "looks for late signs to day 8. No bed or sofa sharing after her dose; the cot goes in the parents' room. "
    "Breastfeeding is encouraged."
)
LITH_BODY = (
    "Levels every 4 weeks, weekly from 36/40 and within 24 h of delivery. Paeds to review the baby after birth for "
    "floppiness, poor feeding and thyroid problems. Bottle feeding as lithium passes into breast milk. PMHT to see "
    "her within a week of birth because relapse risk is high."
)
VALP_BODY = (
    "Valproate 500 mg bd must not be stopped suddenly; the neurologist reviews it urgently this week. The baby has "
    "had first-trimester exposure (about 1 in 10 risk of a major malformation, up to 4 in 10 of later "
    "developmental problems), so the fetal medicine clinic sees her early and a detailed anomaly scan is booked."
)
DZP_BODY = (
    "Diazepam 5 mg tds and pregabalin 150 mg bd both continue; together they make her drowsy, so she never sleeps "
    "with the baby on a bed, sofa or armchair and does not feed lying down; the foster carer does night feeds. "
    "Late withdrawal signs possible to day 8: the foster carer and HV are watching."
)
QUET_BODY = (
    "Daniel's quetiapine 300 mg nocte leaves him very hard to wake: no night feeds by him after his dose and he "
    "never falls asleep with the baby on a bed, sofa or armchair. Chloe does the nights; the baby sleeps in her own "
    "crib. The HV checks this at every visit."
)
CIT_BODY = (
    "Citalopram 20 mg od continues. Midwives observe the baby for 48 h for poor neonatal adaptation; breastfeeding "
    "supported; GP mood review at the 6-week check."
)

# ============================================================================================================
# gestation: a present gestation that agrees (lithium 24+0 on 2026-05-06; methadone 29+2 on 2026-03-02;
# citalopram 32+1 on 2026-02-10; valproate 8+0 on 2026-05-20), history, plans; against one weeks away.

ok(
    "gs-lith-24-today",
    GS,
    "lith",
    "She is 24 weeks pregnant today and well on lithium (Priadel) 800 mg nocte. " + LITH_BODY,
    "the present gestation is the record's",
    cyr,
)
ok(
    "gs-lith-booked-levels-from",
    GS,
    "lith",
    "Booked at 12/40 on lithium 800 mg nocte; fetal echo at 20/40 normal. " + LITH_BODY,
    "history and plans, not the present",
)
ok(
    "gs-lith-end-of-week-24",
    GS,
    "lith",
    "Currently 24+0, i.e. at the end of week 24, on lithium 800 mg at night. " + LITH_BODY,
    "the record's gestation written as clinicians do",
)
ok(
    "gs-lith-will-be-36",
    GS,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. When she is 36 weeks levels go "
    "weekly; at 38-39 weeks the obstetric team plan delivery with levels within 24 h of birth. Paeds to review the "
    "baby after birth for floppiness, poor feeding and thyroid problems. Bottle feeding as lithium passes into "
    "breast milk. PMHT to see her within a week of birth.",
    "times to come, not the present",
)
bad(
    "gs-lith-now-31",
    GS,
    "lith",
    "She is now 31 weeks and well on lithium (Priadel) 800 mg nocte. " + LITH_BODY,
    "a present gestation seven weeks from the record's 24+0",
)
ok(
    "gs-meth-29-today",
    GS,
    "meth",
    "At 29/40 today; methadone 60 mg od supervised, stable dose, no on-top use. " + METH_BODY,
    "29/40 today agrees with 29+2",
    shy,
)
ok(
    "gs-meth-prev-preg-36",
    GS,
    "meth",
    "Now 29+2. In her last pregnancy she was reduced at 36 weeks and relapsed, "
    "so methadone 60 mg od stays unchanged to term this time. " + METH_BODY,
    "history of another pregnancy",
)
bad(
    "gs-meth-at-37-today",
    GS,
    "meth",
    "At 37/40 today on methadone 60 mg od supervised, stable. " + METH_BODY,
    "a present gestation eight weeks from the record's 29+2",
)
ok("gs-cit-32-now", GS, "cit", "She is 32 weeks now and mood is stable. " + CIT_BODY, "agrees with 32+1", greek)
bad(
    "gs-cit-now-24",
    GS,
    "cit",
    "She is now 24 weeks and mood is stable. " + CIT_BODY,
    "eight weeks from the record's 32+1",
)
ok(
    "gs-vo-unplanned-found-at-6",
    GS,
    "vo",
    "Unplanned pregnancy, found on a home test at 6 weeks, now 8 weeks on "
    "sodium valproate 500 mg bd. Do not stop valproate abruptly; urgent neurology review this week and early fetal "
    "medicine review for the first-trimester exposure. Folic acid 5 mg started today.",
    "history then the present, both agree",
)
bad(
    "gs-vo-unplanned-at-15",
    GS,
    "vo",
    "Unplanned pregnancy at 15 weeks on sodium valproate 500 mg bd. Do not "
    "stop valproate abruptly; urgent neurology review this week and early fetal medicine review for the exposure. "
    "Folic acid 5 mg started today.",
    "fifteen weeks against the record's 8+0",
    cyr,
)
ok(
    "gs-lo-levels-from-36-baby-at-term",
    GS,
    "lo",
    "Lithium (Priadel) 800 mg nocte continues through pregnancy. "
    "Levels monthly, weekly from 36 weeks, within 24 h of birth; deliver in hospital around 38-40 weeks. Paeds "
    "review the baby after birth; bottle feeding agreed; PMHT review within a week of birth.",
    "plans at weeks to come",
)
ok(
    "gs-mo-third-trimester",
    GS,
    "mo",
    "Now in the third trimester (29 weeks). Methadone 60 mg and sertraline "
    "100 mg continue unchanged. Baby: NAS and SSRI adaptation obs on the postnatal ward for 72 h; HV for late "
    "signs to day 8. No co-sleeping because of methadone sedation; SW and HV see the cot before discharge. BF "
    "supported.",
    "the present stated, agrees",
)
bad(
    "gs-mo-now-35",
    GS,
    "mo",
    "She is now 35 weeks. Methadone 60 mg and sertraline 100 mg continue unchanged. "
    "Baby: NAS and SSRI adaptation obs on the postnatal ward for 72 h; HV for late signs to day 8. No co-sleeping "
    "because of methadone sedation; SW and HV see the cot before discharge. BF supported.",
    "six weeks from the record's 29+2",
)

# ============================================================================================================
# yearless: events on a day without its year (methadone attested 2026-03-02, foster 2026-06-14, partner
# 2026-05-28, lithium 2026-05-06).

ok(
    "yl-meth-hv-2-3",
    YL,
    "meth",
    "Methadone 60 mg od continues to term. The HV's visit on 2/3 confirmed the cot is "
    "in the parents' room and she understands no bed or sofa sharing after her dose. After birth: 72 h NAS scoring "
    "on the postnatal ward; HV watches for late signs to day 8. Breastfeeding encouraged.",
    "the day of the record",
    zwsp,
)
ok(
    "yl-meth-sw-on-24-02",
    YL,
    "meth",
    "Methadone 60 mg od unchanged. The SW's home visit on 24/02 saw a cot "
    "ready; no sharing a bed or sofa with the baby after her dose. NAS obs 72 h on PNW after birth, HV for late "
    "signs to day 8. BF encouraged.",
    "a week before the record",
)
bad(
    "yl-meth-hv-on-28-03-confirmed",
    YL,
    "meth",
    "Methadone 60 mg od unchanged. The HV's visit on 28/03 "
    "confirmed a cot in the parents' room; no sharing a bed or sofa with the baby after her dose. NAS obs 72 h on "
    "PNW after birth, HV for late signs to day 8. BF encouraged.",
    "a visit told as done 26 days after the record was attested",
)
ok(
    "yl-dzp-hv-12-06",
    YL,
    "dzp",
    "HV visit on 12/06 found the baby feeding well with no tremor. " + DZP_BODY,
    "two days before the record",
    greek,
)
bad(
    "yl-dzp-hv-on-3-07",
    YL,
    "dzp",
    "HV visit on 3/07 found the baby feeding well with no tremor. " + DZP_BODY,
    "a visit told as done three weeks after the record",
)
ok(
    "yl-quet-booked-20-06",
    YL,
    "quet",
    QUET_BODY + " His GP review on 20/06 will look at a lower evening dose.",
    "a plan on a day after the record",
)
bad(
    "yl-quet-seen-on-the-20th-june",
    YL,
    "quet",
    QUET_BODY + " His GP saw him on the 20th of June and lowered the evening dose.",
    "a past review three weeks after the record",
)
ok(
    "yl-lith-scan-on-22-04",
    YL,
    "lith",
    "The anomaly scan on 22/04 was normal. Lithium (Priadel) 800 mg nocte continues. " + LITH_BODY,
    "two weeks before the record",
)
bad(
    "yl-lith-echo-on-30-06-normal",
    YL,
    "lith",
    "The fetal echo on 30/06 was normal. Lithium (Priadel) 800 mg nocte continues. " + LITH_BODY,
    "a scan told as done eight weeks after the record",
)
ok(
    "yl-po-crib-seen-on-26-5",
    YL,
    "po",
    "Paracetamol for Chloe raises no concern. Daniel's quetiapine sedates him "
    "at night: he does no night feeds after his dose and never sleeps with the baby on a bed or sofa. The HV saw the "
    "crib on 26/5 and it is safe; she will recheck at each visit.",
    "two days before the record",
    bidi,
)

# ============================================================================================================
# counts: scores that follow from the interval and window.

ok(
    "ct-meth-18-in-all",
    CT,
    "meth",
    "Methadone 60 mg od continues. After birth the midwives score the baby "
    "4-hourly for 72 hours, 18 scores in all, on the postnatal ward; HV for late signs to day 8. No bed or sofa "
    "sharing after her dose; cot by the bed. BF encouraged.",
    "72/4 = 18",
    cyr,
)
ok(
    "ct-meth-19-with-birth",
    CT,
    "meth",
    "Methadone 60 mg od continues. Baby: NAS score at birth then 4-hourly for "
    "72 h (19 scores) on the postnatal ward; HV for late signs to day 8. No co-sleeping after her dose; cot by the "
    "bed. Breastfeeding encouraged.",
    "one over the window counts the first at birth",
)
ok(
    "ct-meth-about-twenty",
    CT,
    "meth",
    "Methadone 60 mg od continues. The baby will have about twenty NAS scores, "
    "4-hourly over 72 hours on the postnatal ward; HV for late signs to day 8. No co-sleeping after her dose. "
    "Breastfeeding encouraged.",
    "an approximate count",
)
bad(
    "ct-meth-40-scores",
    CT,
    "meth",
    "Methadone 60 mg od continues. The baby is scored 4-hourly for 72 hours: 40 "
    "scores in all on the postnatal ward; HV for late signs to day 8. No co-sleeping after her dose. "
    "Breastfeeding encouraged.",
    "40 cannot follow from 4-hourly for 72 h",
)
ok(
    "ct-mo-6-hourly-5-days",
    CT,
    "mo",
    "Methadone 60 mg and sertraline 100 mg continue. Baby: NAS scoring 6-hourly "
    "for 5 days, 20 scores, on the postnatal ward; HV late-sign checks to day 8. No co-sleeping; SW and HV see the "
    "cot before discharge. BF supported.",
    "120/6 = 20",
)
bad(
    "ct-mo-6-hourly-48h-30",
    CT,
    "mo",
    "Methadone 60 mg and sertraline 100 mg continue. Baby: NAS scoring 6-hourly "
    "for 48 hours, 30 scores, on the postnatal ward; HV late-sign checks to day 8. No co-sleeping; SW and HV see "
    "the cot before discharge. BF supported.",
    "30 cannot follow from 6-hourly for 48 h",
)
ok(
    "ct-dzp-done-18",
    CT,
    "dzp",
    "The baby was scored 4-hourly for the first 72 hours on SCBU, 18 scores, all under 8. " + DZP_BODY,
    "a past watch whose count follows",
)
bad(
    "ct-dzp-done-6",
    CT,
    "dzp",
    "The baby was scored 3-hourly for the first 72 hours on SCBU, 6 scores, all under 8. " + DZP_BODY,
    "6 cannot follow from 3-hourly for 72 h",
    shy,
)
ok(
    "ct-cit-4-hourly-48h-12",
    CT,
    "cit",
    "Citalopram 20 mg od continues. Midwives check the baby 4-hourly for the "
    "first 48 h (12 checks) for poor neonatal adaptation; breastfeeding supported; GP mood review at 6 weeks.",
    "48/4 = 12",
)

# ============================================================================================================
# started: told as started before conception (lithium conception ~2025-11-19; methadone ~2025-08-08;
# valproate ~2026-03-25, folic acid listed from 2026-05-20; citalopram ~2025-07-15).

ok(
    "st-lith-folic-before",
    ST,
    "lith",
    "Folic acid 5 mg was started before conception and continues. "
    "Lithium (Priadel) 800 mg nocte continues. " + LITH_BODY,
    "the list starts folic acid in October 2025",
    fw,
    folic_lithium("2025-10-01"),
)
bad(
    "st-lith-folic-after",
    ST,
    "lith",
    "Folic acid 5 mg was started before conception and continues. "
    "Lithium (Priadel) 800 mg nocte continues. " + LITH_BODY,
    "the list starts folic acid in January 2026",
    None,
    folic_lithium("2026-01-20"),
)
ok(
    "st-lith-years-before",
    ST,
    "lith",
    "Lithium was started in 2021, years before this pregnancy, and she has been well on it since. " + LITH_BODY,
    "the list agrees",
)
ok(
    "st-sert-before-conception",
    ST,
    "sert",
    "Sertraline 100 mg od was started before conception and keeps her "
    "mood stable; continue. Low risk to the baby; the midwives watch for jitteriness and poor feeding for 72 h with "
    "the methadone obs. Breastfeeding fine. GP mood review at 6 weeks postnatal.",
    "the list starts it June 2025",
    cyr,
)
bad(
    "st-valp-folic-before",
    ST,
    "valp",
    "Folic acid 5 mg was started before conception. " + VALP_BODY,
    "folic acid is listed from today, at 8 weeks",
)
ok(
    "st-valp-folic-should-have",
    ST,
    "valp",
    "Folic acid 5 mg should have been started before conception; it was started today. " + VALP_BODY,
    "advice in hindsight, not a fact",
)
ok(
    "st-valp-valproate-since-2019",
    ST,
    "valp",
    "Sodium valproate was started in 2019, long before she conceived. " + VALP_BODY + " Folic acid 5 mg started today.",
    "the list agrees",
)
bad(
    "st-vo-both-before",
    ST,
    "vo",
    "Valproate 500 mg bd and folic acid 5 mg were both started before conception. "
    "Do not stop valproate abruptly; urgent neurology review and early fetal medicine review for the "
    "first-trimester exposure.",
    "the list starts folic acid at 8 weeks",
)
ok(
    "st-co-folic-before",
    ST,
    "co",
    "Citalopram 20 mg od (started 2024) continues; folic acid 400 micrograms was "
    "started three months before conception. Midwife to watch the baby for adaptation symptoms for 48 h; GP mood "
    "review at the 6-week check.",
    "the list starts folic acid in April 2025",
    None,
    folic_citalopram("2025-04-14"),
)
bad(
    "st-co-folic-before-wrong",
    ST,
    "co",
    "Citalopram 20 mg od (started 2024) continues; folic acid 400 micrograms "
    "was started three months before conception. Midwife to watch the baby for adaptation symptoms for 48 h; GP "
    "mood review at the 6-week check.",
    "the list starts folic acid in October 2025",
    None,
    folic_citalopram("2025-10-01"),
)

# ============================================================================================================
# objects: verbs with their objects; against the baby's only care clause cut from its object.

ok(
    "ob-meth-looked-after-ward",
    OB,
    "meth",
    "Methadone 60 mg od continues. The baby will be looked after on the "
    "ward with her for 72 h of NAS scoring; HV for late signs to day 8. No co-sleeping after her dose. "
    "Breastfeeding encouraged.",
    "looked after on the ward",
    bidi,
)
bad(
    "ob-meth-looked",
    OB,
    "meth",
    "Methadone 60 mg od continues to term at the same supervised dose. After the birth the baby will be looked.",
    "the baby's only care clause lost its object",
)
ok(
    "ob-lith-seeing-weekly",
    OB,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. We are seeing her weekly from "
    "36/40 for levels and within 24 h of delivery. Paeds review the baby after birth for floppiness, poor feeding "
    "and thyroid problems. Bottle feeding as lithium passes into milk. PMHT within a week of birth.",
    "seeing her weekly",
)
bad(
    "ob-lith-we-are-seeing",
    OB,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues with levels monthly; PMHT "
    "within a week of birth. As for the baby, we are seeing.",
    "the only baby clause has no object",
)
ok(
    "ob-cit-looked-in-on",
    OB,
    "cit",
    "Citalopram 20 mg od continues. The baby will be looked in on 4-hourly by "
    "the midwives for 48 h for poor neonatal adaptation; breastfeeding supported; GP mood review at 6 weeks.",
    "looked in on: a phrasal verb",
    fw,
)
ok(
    "ob-meth-looked-over",
    OB,
    "meth",
    "Methadone 60 mg od continues. The baby will be looked over by the "
    "paediatrician at 24 h and scored for NAS on the postnatal ward for 72 h; HV to day 8. No co-sleeping after her "
    "dose. Breastfeeding encouraged.",
    "looked over by the paediatrician",
)
ok(
    "ob-quet-seeing-them-both",
    OB,
    "quet",
    QUET_BODY + " Chloe's mum is staying for a fortnight and the HV is seeing them both on day 12.",
    "seeing them both",
)
bad(
    "ob-dzp-baby-watched-for",
    OB,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd both continue unchanged "
    "for now. The baby until day 8 is being watched for.",
    "the baby's only clause lost what it watches for",
)
ok(
    "ob-dzp-watched-for-signs",
    OB,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd both continue; she never "
    "sleeps with the baby on a bed or sofa and does not feed lying down; the foster carer does night feeds. The "
    "baby is being watched for late withdrawal signs until day 8 by the foster carer and HV.",
    "watched for what",
)

# ============================================================================================================
# disown: drafts superseded, no objections; against a plan disowned.

ok(
    "do-meth-replaces-draft",
    DO,
    "meth",
    "Methadone 60 mg od continues to term. " + METH_BODY + " This replaces the draft of 3 February.",
    "a draft superseded",
    zwsp,
)
ok(
    "do-lith-nobody-raised",
    DO,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. " + LITH_BODY + " Nobody has raised concerns about the plan.",
    "no concerns raised",
)
bad(
    "do-lith-only-a-draft",
    DO,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. " + LITH_BODY + " This is a "
    "draft for discussion; none of it is agreed yet.",
    "the plan disowned",
    zwsp,
)
ok(
    "do-valp-not-a-draft",
    DO,
    "valp",
    VALP_BODY + " Folic acid 5 mg started today. This is not a draft: she, neurology and the GP all agreed it today.",
    "a draft denied",
)
bad(
    "do-valp-nobody-agreed",
    DO,
    "valp",
    VALP_BODY + " Folic acid 5 mg started today. Nobody has agreed to any of this.",
    "the plan disowned",
)
ok(
    "do-quet-no-one-objected",
    DO,
    "quet",
    QUET_BODY + " No one has objected to the plan; Daniel agrees.",
    "no objections",
)
bad(
    "do-quet-not-the-plan",
    DO,
    "quet",
    QUET_BODY + " The above is not the plan: it was never agreed with them.",
    "the plan disowned",
)
ok(
    "do-co-draft-now-final",
    DO,
    "co",
    "The draft plan from the January MDT is now final: citalopram 20 mg "
    "continues through pregnancy and breastfeeding; midwife watches the baby for adaptation symptoms for 48 h; GP "
    "mood review at the 6-week check.",
    "a draft made final",
)
ok(
    "do-fo-earlier-draft-discarded",
    DO,
    "fo",
    "Diazepam and pregabalin continue for now and both sedate her; the "
    "earlier draft that had her doing night feeds is discarded. The foster carer does all night feeds; no bed, "
    "sofa or armchair sharing; HV and foster carer watch for late withdrawal to day 8; SW holds the plan.",
    "an earlier draft set aside, the plan in force",
    cyr,
)

# ============================================================================================================
# endings: no full stop on a word a sentence may end on; against texts cut off.

ok(
    "en-meth-as-agreed-by-all",
    EN,
    "meth",
    "Methadone 60 mg od continues to term. " + METH_BODY + " Plan "
    "discussed with Jodie and the drug service, as agreed by all",
    "ends on 'all' with no full stop",
    greek,
)
bad(
    "en-meth-cut-on-and",
    EN,
    "meth",
    "Methadone 60 mg od continues to term at the same supervised dose. After "
    "birth the baby will stay on the postnatal ward and",
    "the baby's only plan cut off on 'and'",
)
ok(
    "en-quet-hv-to-follow-up",
    EN,
    "quet",
    QUET_BODY.removesuffix(" The HV checks this at every visit.") + " HV to follow up",
    "ends on 'up'",
)
bad(
    "en-quet-cut-on-the",
    EN,
    "quet",
    "Daniel's quetiapine 300 mg nocte leaves him very hard to wake. Chloe does the nights and the baby sleeps in the",
    "the sleep plan cut off on 'the'",
)
ok(
    "en-cit-reviewed-by-gp",
    EN,
    "cit",
    "Citalopram 20 mg od continues; breastfeeding supported; the baby is "
    "watched for 48 h for poor neonatal adaptation by the midwives; mood at 6 weeks postnatal reviewed by GP",
    "ends on 'GP'",
)
bad(
    "en-cit-cut-on-by",
    EN,
    "cit",
    "Citalopram 20 mg od continues; breastfeeding supported. The baby is to be watched for poor neonatal adaptation by",
    "cut off on 'by'",
)
ok(
    "en-lith-levels-as-planned",
    EN,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues; paeds review the baby "
    "after birth for floppiness, poor feeding and thyroid problems; bottle feeding; PMHT within a week of birth; "
    "levels monthly, weekly from 36/40 and within 24 h of delivery, as planned",
    "ends on 'planned'",
)
bad(
    "en-lith-cut-on-by-the",
    EN,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues with levels monthly; PMHT "
    "within a week of birth. After the birth the baby will be reviewed by the",
    "the baby's review cut off on 'the'",
)
ok(
    "en-dzp-happy-with-this",
    EN,
    "dzp",
    DZP_BODY + " Mum and the foster carer are both happy with this",
    "ends on 'this'",
)

# ============================================================================================================
# pointers: referrals, guidelines as standards, numbered items done, field-style headings, aims with actors.

ok(
    "pt-meth-refer-neonatal-team",
    PT,
    "meth",
    "Methadone 60 mg od continues. At birth refer to the neonatal team, "
    "who score the baby 4-hourly for 72 h on the postnatal ward; HV watches to day 8. No co-sleeping after her "
    "dose; cot by the bed. Breastfeeding encouraged.",
    "a referral of the baby to a team",
    cyr,
)
bad(
    "pt-meth-refer-to-guideline",
    PT,
    "meth",
    "Methadone 60 mg od continues. For withdrawal monitoring, safe "
    "sleep and feeding, refer to the Trust neonatal abstinence guideline.",
    "topics set aside to a guideline",
)
ok(
    "pt-meth-per-guideline-standard",
    PT,
    "meth",
    "Methadone 60 mg od continues. The midwives score the baby "
    "4-hourly for 72 h on the postnatal ward in line with the Trust NAS guideline; HV to day 8. No bed or sofa "
    "sharing after her dose. BF encouraged.",
    "a guideline as the standard of an act",
)
ok(
    "pt-lith-items-done",
    PT,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. Items 1-4 of the lithium in "
    "pregnancy checklist were completed today: the midwife books levels monthly and weekly from 36/40, the "
    "obstetrician plans delivery with a level within 24 h, paeds review the baby after birth for floppiness and "
    "thyroid problems, and bottle feeding is agreed. PMHT within a week of birth.",
    "numbered items done, written out",
    shy,
)
bad(
    "pt-lith-as-per-items",
    PT,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. Levels, delivery, the baby and "
    "feeding: as per items 1-4 of the lithium in pregnancy checklist.",
    "numbered items pointed to",
    shy,
)
ok(
    "pt-meth-field-style",
    PT,
    "meth",
    "Methadone 60 mg od: continue to term. NAS: 72 h obs on the postnatal "
    "ward. Sleep: own cot, no sofa or bed sharing after her dose, HV checks day 10. Feeding: BF encouraged.",
    "terse field-style plan",
)
bad(
    "pt-meth-headings-pointer",
    PT,
    "meth",
    "Methadone 60 mg od: continue to term. NAS, sleep and feeding: see steps 3-6 of the maternity pathway.",
    "headings set aside with a pointer",
)
ok(
    "pt-lith-aims-with-actors",
    PT,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. Aims: 1. levels in range - "
    "the lithium clinic checks monthly, weekly from 36/40 and within 24 h of birth; 2. a well baby - paeds review "
    "after birth for floppiness, poor feeding and thyroid problems; 3. no relapse - PMHT sees her within a week of "
    "birth. Bottle feeding agreed.",
    "numbered aims, each with who acts",
    bidi,
)
bad(
    "pt-lith-aims-bare",
    PT,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. Aims: 1. levels in range; 2. a "
    "well baby; 3. no relapse; 4. safe feeding.",
    "aims with no one acting",
    bidi,
)
ok(
    "pt-quet-goals-then-plan",
    PT,
    "quet",
    "Goals: a safe sleeping baby and a rested Chloe. Plan: Daniel's "
    "quetiapine 300 mg nocte continues; he does no night feeds after his dose and never sleeps with the baby on a "
    "bed or sofa; Chloe does nights with the baby in her own crib; HV checks at each visit.",
    "goals then a plan",
)
bad(
    "pt-quet-goals-only",
    PT,
    "quet",
    "Daniel's quetiapine 300 mg nocte continues. Goals: 1. safe sleep; 2. a settled baby; 3. a rested Chloe.",
    "goals only, no one acting",
)
ok(
    "pt-valp-steps-done",
    PT,
    "valp",
    "Steps 1 and 2 of the valproate pathway are done today: urgent neurology "
    "referral sent and the early fetal medicine appointment booked. " + VALP_BODY + " Folic acid 5 mg started.",
    "numbered steps said done",
)
bad(
    "pt-valp-per-protocol",
    PT,
    "valp",
    "Valproate 500 mg bd continues. Stopping, the fetal scan and pregnancy "
    "prevention: refer to the MHRA valproate protocol.",
    "topics to a protocol",
)
ok(
    "pt-co-refer-hv-who",
    PT,
    "co",
    "Citalopram 20 mg continues. Refer to the health visitor, who will see mother "
    "and baby on day 10 and ask about mood; midwives observe the baby for 48 h for adaptation symptoms; "
    "breastfeeding supported.",
    "a referral to a team who acts",
)
ok(
    "pt-dzp-field-style",
    PT,
    "dzp",
    "Diazepam 5 mg tds, pregabalin 150 mg bd: continue, GP taper plan at 6 weeks. "
    "Sleep: never asleep with the baby on a bed, sofa or armchair; no feeding lying down. Nights: foster carer. "
    "Withdrawal: foster carer and HV watch for late signs to day 8.",
    "field-style plan",
    greek,
)
bad(
    "pt-dzp-see-points",
    PT,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue. Sleep, night feeds and "
    "late withdrawal: points 2, 4 and 7 of the placement plan.",
    "numbered points pointed to",
)
ok(
    "pt-mo-points-written-out",
    PT,
    "mo",
    "Methadone 60 mg and sertraline 100 mg continue. The birth plan's points "
    "are: (1) NAS and SSRI adaptation scoring 72 h on the postnatal ward; (2) no co-sleeping, SW and HV see the cot "
    "before discharge; (3) BF supported; (4) HV checks late signs to day 8.",
    "numbered points written out",
)

# ============================================================================================================
# More good work in the same shapes, and a few more near misses.

ok(
    "gs-meth-29-weeks-pregnant",
    GS,
    "meth",
    "29 weeks pregnant and stable on methadone 60 mg od, supervised. " + METH_BODY,
    "the present, agrees",
    fw,
)
ok("gs-cit-at-32-plus-1", GS, "cit", "Mood stable at 32+1 weeks. " + CIT_BODY, "the record's gestation exactly")
ok(
    "gs-valp-8-weeks-today",
    GS,
    "valp",
    "She is 8 weeks pregnant today (unplanned). " + VALP_BODY + " Folic acid 5 mg started today.",
    "the present, agrees",
)
ok(
    "gs-lo-pregnancy-at-24",
    GS,
    "lo",
    "Pregnancy at 24 weeks, going well on lithium (Priadel) 800 mg nocte. "
    "Levels monthly, weekly from 36 weeks and within 24 h of birth. Paeds review the baby after birth; bottle "
    "feeding agreed; PMHT review within a week of birth.",
    "'pregnancy at N weeks' that agrees",
    zwsp,
)
bad(
    "gs-lo-pregnancy-at-33",
    GS,
    "lo",
    "Pregnancy at 33 weeks, going well on lithium (Priadel) 800 mg nocte. "
    "Levels monthly, weekly from 36 weeks and within 24 h of birth. Paeds review the baby after birth; bottle "
    "feeding agreed; PMHT review within a week of birth.",
    "nine weeks from the record's 24+0",
)
ok(
    "gs-co-seen-32-40",
    GS,
    "co",
    "Seen at 32/40 today. Citalopram 20 mg continues through pregnancy and "
    "breastfeeding; the midwife watches the baby for adaptation symptoms for 48 h; GP mood review at 6 weeks.",
    "the present in shorthand, agrees",
)

ok(
    "yl-cit-mw-6-2",
    YL,
    "cit",
    "The community midwife's visit on 6/2 found her mood stable. " + CIT_BODY,
    "four days before the conclusion",
)
ok(
    "yl-fo-sw-10-06",
    YL,
    "fo",
    "The SW visit on 10/06 agreed the placement plan. Diazepam and pregabalin continue "
    "and both sedate her: no bed, sofa or armchair sharing, no feeding lying down; the foster carer does night "
    "feeds. Late withdrawal possible to day 8: foster carer and HV watching.",
    "before the record",
    cyr,
)
ok(
    "yl-meth-plan-16-03",
    YL,
    "meth",
    "Methadone 60 mg od continues; the drug service sees Jodie on 16/03 to confirm the dose to term. " + METH_BODY,
    "a plan after the record",
)
ok(
    "yl-quet-on-21-may-crib",
    YL,
    "quet",
    "On 21 May the HV saw the crib by Chloe's side of the bed. " + QUET_BODY,
    "a week before the record",
)
bad(
    "yl-po-crib-on-19-07",
    YL,
    "po",
    "Paracetamol for Chloe raises no concern. Daniel's quetiapine sedates him at "
    "night: no night feeds by him after his dose and never asleep with the baby. The HV saw the crib on 19/07 and "
    "it is safe.",
    "a visit told as done seven weeks after the record",
)

ok(
    "ct-mo-4-hourly-96h",
    CT,
    "mo",
    "Methadone 60 mg and sertraline 100 mg continue. Baby: Finnegan scores 4-hourly "
    "over 96 h, 24 scores, on the postnatal ward; HV checks late signs to day 8. No co-sleeping; SW and HV see the "
    "cot before discharge. BF supported.",
    "96/4 = 24",
    greek,
)
ok(
    "ct-lith-paeds-6-sets",
    CT,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. Levels monthly, weekly from 36/40 "
    "and within 24 h of delivery. The baby has obs 4-hourly for 24 h after birth, 6 sets, and a paeds review for "
    "floppiness and thyroid problems. Bottle feeding. PMHT within a week of birth.",
    "24/4 = 6",
)
bad(
    "ct-cit-20-sets",
    CT,
    "cit",
    "Citalopram 20 mg od continues. Midwives do obs on the baby 6-hourly for 48 h, 20 "
    "sets, for poor neonatal adaptation; breastfeeding supported; GP mood review at 6 weeks.",
    "20 cannot follow from 6-hourly for 48 h",
)

ok(
    "st-cit-before-conceived",
    ST,
    "cit",
    "Citalopram was started before she conceived and has kept her well. " + CIT_BODY,
    "the list starts it June 2024",
    shy,
)
ok(
    "st-quet-long-before",
    ST,
    "quet",
    "Daniel's quetiapine was started long before the pregnancy. " + QUET_BODY,
    "the partner's medicine, the list agrees",
)
ok(
    "st-valp-not-on-folic",
    ST,
    "valp",
    "She was not taking folic acid before conception; 5 mg daily was started today. " + VALP_BODY,
    "a negation",
)
ok(
    "st-mo-both-before",
    ST,
    "mo",
    "Methadone 60 mg and sertraline 100 mg were both started before this pregnancy "
    "and continue unchanged. Baby: NAS and SSRI adaptation obs on the postnatal ward for 72 h; HV to day 8. No "
    "co-sleeping; SW and HV see the cot before discharge. BF supported.",
    "the list agrees for both",
)
bad(
    "st-valp-folic-month-before",
    ST,
    "valp",
    "Folic acid was started a month before she conceived. " + VALP_BODY,
    "folic acid is listed from 8 weeks",
)

ok(
    "ob-lith-looked-at-paeds",
    OB,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. Levels monthly, weekly from "
    "36/40 and within 24 h of delivery. The baby will be looked at by the paediatrician within 24 h for floppiness "
    "and thyroid problems. Bottle feeding. PMHT within a week of birth.",
    "looked at by the paediatrician",
)
ok(
    "ob-quet-hv-seeing-family",
    OB,
    "quet",
    QUET_BODY.removesuffix(" The HV checks this at every visit.")
    + " The HV is seeing the family weekly for 4 weeks and checks the crib each time.",
    "seeing the family",
    cyr,
)
ok(
    "ob-meth-we-are-seeing-jodie",
    OB,
    "meth",
    "Methadone 60 mg od continues; we are seeing Jodie fortnightly at the surgery to term. " + METH_BODY,
    "seeing Jodie",
)
ok(
    "ob-fo-looking-after",
    OB,
    "fo",
    "Diazepam and pregabalin continue and both sedate her. The foster carer is "
    "looking after the baby day and night; contact is supervised and never while she is drowsy; no bed or sofa "
    "sharing. HV and foster carer watch for late withdrawal to day 8.",
    "looking after the baby",
)
ok(
    "ob-cit-keeping-an-eye",
    OB,
    "cit",
    "Citalopram 20 mg od continues. The midwives will be keeping an eye on the "
    "baby for 48 h for poor neonatal adaptation; breastfeeding supported; GP mood review at 6 weeks.",
    "keeping an eye on the baby",
)

ok(
    "do-lith-supersedes-april",
    DO,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. " + LITH_BODY + " It supersedes the draft circulated in April.",
    "a draft superseded",
)
ok(
    "do-dzp-nobody-disagreed",
    DO,
    "dzp",
    DZP_BODY + " Nobody disagreed with this plan at the professionals' meeting.",
    "no disagreement",
    fw,
)
bad(
    "do-mo-not-agreed-by-anyone",
    DO,
    "mo",
    "Methadone 60 mg and sertraline 100 mg continue. Baby: NAS obs on the "
    "postnatal ward for 72 h; no co-sleeping; BF supported. This has not been agreed by anyone and should be "
    "treated as a draft.",
    "the plan disowned",
)
ok(
    "do-mo-draft-updated-final",
    DO,
    "mo",
    "Methadone 60 mg and sertraline 100 mg continue. Baby: NAS and SSRI "
    "adaptation obs on the postnatal ward for 72 h; HV to day 8. No co-sleeping; SW and HV see the cot before "
    "discharge. BF supported. The draft birth plan has been updated to this final version.",
    "a draft made final",
)

ok(
    "en-mo-no-stop",
    EN,
    "mo",
    "Methadone 60 mg and sertraline 100 mg continue. NAS and SSRI adaptation obs 72 h "
    "on PNW; HV to day 8; BF supported; no co-sleeping, SW and HV to see the cot before discharge",
    "ends with no full stop on 'discharge'",
    bidi,
)
ok(
    "en-fo-reviewed-weekly",
    EN,
    "fo",
    "Diazepam and pregabalin continue; both sedate her, so no bed, sofa or "
    "armchair sharing and no feeding lying down; foster carer does nights; late withdrawal watched to day 8 by the "
    "foster carer and HV; plan reviewed weekly",
    "ends on 'weekly'",
)
ok(
    "en-lo-pmht-aware",
    EN,
    "lo",
    "Lithium (Priadel) 800 mg nocte continues; levels monthly, weekly from 36/40 and "
    "within 24 h of birth; paeds review of the baby after birth; bottle feeding; PMHT aware",
    "ends on 'aware'",
)
bad(
    "en-vo-cut-on-of",
    EN,
    "vo",
    "Sodium valproate 500 mg bd continues pending urgent neurology review; do not "
    "stop it abruptly. For the first-trimester exposure the baby needs early review of",
    "cut off on 'of'",
)

ok(
    "pt-lith-per-protocol-act",
    PT,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. Per the Trust lithium "
    "protocol the midwife takes a level within 24 h of birth; levels monthly until then, weekly from 36/40. Paeds "
    "review the baby after birth; bottle feeding; PMHT within a week of birth.",
    "a protocol as the standard of an act",
)
ok(
    "pt-quet-field-style",
    PT,
    "quet",
    "Daniel: quetiapine 300 mg nocte, very drowsy after it. Nights: Chloe. "
    "Sleep: baby in her own crib on Chloe's side; never asleep with Daniel on a bed or sofa. HV: checks at each "
    "visit.",
    "terse field-style plan",
    greek,
)
ok(
    "pt-mo-items-1-3-done",
    PT,
    "mo",
    "Items 1-3 of the pre-birth checklist were done today: methadone 60 mg and "
    "sertraline 100 mg confirmed unchanged; the postnatal ward is booked for 72 h of NAS and SSRI adaptation "
    "scoring; SW and HV will see the cot before discharge, no co-sleeping. BF supported.",
    "numbered items said done and written out",
)
ok(
    "pt-fo-aims-with-actors",
    PT,
    "fo",
    "Diazepam and pregabalin continue and both sedate her. Aims: 1. a safe "
    "placement - the foster carer does all care overnight; 2. safe contact - the SW supervises it and never while "
    "she is drowsy; 3. no missed withdrawal - the HV sees the baby on day 6 and day 8.",
    "aims with who acts",
)
ok(
    "pt-co-goals-plan",
    PT,
    "co",
    "Goals: mood stable, baby settled. Plan: citalopram 20 mg continues; the "
    "midwife watches the baby 48 h for adaptation symptoms; breastfeeding supported; GP mood review at 6 weeks.",
    "goals then a plan",
)
bad(
    "pt-mo-refer-to-policy",
    PT,
    "mo",
    "Methadone 60 mg and sertraline 100 mg continue. The baby's withdrawal "
    "scoring, sleep and feeding: refer to the Trust safe sleep and NAS policy.",
    "topics set aside to a policy",
    fw,
)
ok(
    "pt-valp-refer-fmu-who",
    PT,
    "valp",
    "Refer to the fetal medicine unit, who will scan at 12 and 20 weeks for "
    "the valproate exposure. " + VALP_BODY.split(". ")[0] + ". Folic acid 5 mg started today.",
    "a referral to a unit that acts",
)

if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F121CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F121CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F121CASES):3}"
    )
