"""A fifty-second independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt,
seventeenth round, against the readings added in the last stop (CHANGELOG.md, the newest Fixed entries).

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), CHANGELOG.md, README.md, the templates and the
examples, not from the gate's code or its word lists. The gate has just learnt to refuse what only "could",
"might" or a passive "may be" governs beside a condition or alternatives; menus of every choice and choices left
to later; "yet to be decided"; rates as ranges; "when an adult shares a bed" as general; condition names holding
"the newborn" as no baby's; unmarked questions and instructions to the writer; scores out of 5 or 10; "pregnant"
and "expecting" as empty; everyday medicines written bare; two-letter slips of the record's medicines;
English-word brands owned or dosed; one-word names read across separate words; asides "in passing"; the baby's
own treatment; the mother's dose given as the baby's; titles, role words and place nouns beside brand-like
names; "replaced by/with"; and a partner's sedation denied while another adult's is named. About 85% of the
cases here are GOOD records that use those very words legitimately (MUST PASS), beside hollow near misses (MUST
REFUSE):

* ``likelihood``: "may" and "might" of likelihood beside a firm plan; "could" in reasons;
* ``permission``: "she may breastfeed or formula feed, both are safe" and other permissions that decide;
* ``choices``: rules with alternatives that still decide; options discussed and a choice made;
* ``dated-plans``: "to be reviewed on 12 March" beside what is decided now;
* ``rates``: rates and ranges as context, then the plan for this baby;
* ``baby-treatment``: the baby's own morphine or phenobarbital for withdrawal, in a plan;
* ``everyday``: everyday medicines of no concern listed and named beside the medicines of concern;
* ``names``: correctly spelt, misspelt and brand-written medicines beside place names and staff names;
* ``partner``: the partner's medicine fully assessed, other adults named in the night plan;
* ``asides``: "in passing", "replaced" and "pregnant" used in full conclusions;
* ``disguise``: a fifth of the good texts in look-alike letters, zero-width and format characters, soft hyphens,
  bidi controls, full-width forms and combining marks, and a few hollow ones.

Medicines named here are real; no clinical code is used or invented. ``test_fresh_records.py`` runs them; the
cases the gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh52_cases``
for the counts per category.
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
    P,
    V,
    add_medicine,
    chain,
    conclusion,
    gp_prescriber,
    medicine,
    overall,
    set_,
)
from tests.redteam.disguise import BIDI_CONTROLS, SOFT_HYPHEN, full_width, homoglyphs, inside_words

F52CASES: list[Case] = []

CATEGORIES = (
    "likelihood",
    "permission",
    "choices",
    "dated-plans",
    "rates",
    "baby-treatment",
    "everyday",
    "names",
    "partner",
    "asides",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F52CASES.append(Case(f"f52-{name}", category, expect, base, mutate, why))


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


def item(asm: str, path: str, text: str) -> Mutation:
    return set_(f"assessments#{asm}.{path}", text)


def extra_med(mid: str, name: str, dose: str, org: dict[str, str] = RIVERSIDE, **more: object) -> Mutation:
    return add_medicine(medicine(mid, name, dose, "2026-01-20", gp_prescriber(org), **more))


def with_extra(mid: str, name: str, dose: str, put: Mutation, org: dict[str, str] = RIVERSIDE) -> Mutation:
    return chain(extra_med(mid, name, dose, org), put)


def combining(text: str, mark: str = "\u0301") -> str:
    """A combining acute accent after every vowel."""
    return "".join(ch + mark if ch in "aeiou" else ch for ch in text)


def bidi(text: str) -> str:
    """Each word wrapped in a first-strong isolate and its pop."""
    return " ".join(f"{BIDI_CONTROLS[9]}{w}{BIDI_CONTROLS[10]}" for w in text.split(" "))


DISGUISES: dict[str, Callable[[str], str]] = {
    "cyrillic": lambda t: homoglyphs(t, "aeopcy"),
    "greek": lambda t: homoglyphs(t, "aoiv", variant=1),
    "zwsp": lambda t: inside_words(t, "\u200b", every=3),
    "zwnj": lambda t: inside_words(t, "\u200c", every=2),
    "shy": lambda t: inside_words(t, SOFT_HYPHEN, every=2),
    "bidi": bidi,
    "fullwidth": full_width,
    "combining": combining,
    "wordjoiner": lambda t: inside_words(t, "\u2060", every=3),
    "rlm": lambda t: inside_words(t, "\u200f", every=4),
}

# Good texts are collected as (name, category, base, put, text, why) so a fifth can be disguised as well.
_GOOD: list[tuple[str, str, str, Callable[[str], Mutation], str, str]] = []


def good(name: str, category: str, base: str, put: Callable[[str], Mutation], text: str, why: str) -> None:
    _GOOD.append((name, category, base, put, text, why))
    ok(name, category, base, put(text), why)


# ============================================================================================================
# likelihood: "may" and "might" of likelihood beside a firm plan; "could" in reasons.

good(
    "may-show-signs-firm-ward-meth",
    "likelihood",
    M,
    meth,
    "The baby may show withdrawal from methadone in the first days, so the maternity team scores him every four "
    "hours for at least 72 hours before discharge and the health visitor looks for late signs until day 8. "
    "Methadone stays at 60 mg; breastfeeding goes ahead; the baby sleeps in his cot, never in her bed or on the "
    "sofa after her dose.",
    "'may show' is a likelihood; the scoring, the dose and the sleep rule are firm",
)
good(
    "might-be-jittery-sert",
    "likelihood",
    M,
    sert,
    "Sertraline carries on at 100 mg. The baby might be jittery or slow to feed for a day or two; the midwife "
    "checks his feeding and tone at every shift for 72 hours and calls the paediatrician if it lasts longer. "
    "Breastfeeding on sertraline is safe and she wants to do it.",
    "'might be' of likelihood, with the checks that follow it",
)
good(
    "could-relapse-reason-lith",
    "likelihood",
    L,
    lith,
    "Stopping lithium could bring back a severe episode after birth, which is why Priadel 800 mg continues. The "
    "obstetric team checks levels every week from 36 weeks and within 24 hours of delivery; the paediatrician "
    "examines the baby for low tone, poor feeding and thyroid problems on day 1. She bottle feeds because "
    "lithium reaches the baby through breast milk.",
    "'could' gives the reason; what follows decides",
)
good(
    "could-seize-reason-valp",
    "likelihood",
    V,
    valp,
    "She could have a seizure if valproate stopped overnight, which would endanger her and the pregnancy, so "
    "sodium valproate continues at 500 mg twice daily until the neurologist sees her this week. The baby was "
    "exposed through the first eight weeks: the fetal medicine unit will do a detailed scan at 20 weeks for "
    "spina bifida and heart defects, and folic acid 5 mg is taken daily.",
    "'could' in the reason for a firm decision",
)
good(
    "may-be-sleepy-dzp",
    "likelihood",
    F,
    dzp,
    "The baby may be sleepy or feed poorly in the first week because of diazepam and pregabalin in pregnancy, "
    "so the foster carer writes down each feed and rings the neonatal unit if he misses two in a row. The "
    "mother is sedated by both medicines and never sleeps with the baby on a bed or sofa; the foster carer does "
    "every night feed. Both continue until the diazepam reduction starts at six weeks.",
    "'may be' as likelihood; the carer's actions are fixed",
)
good(
    "might-need-extra-help-cit",
    "likelihood",
    C,
    cit,
    "Citalopram 20 mg continues, because she relapsed the last time she stopped. Her baby might need a little "
    "extra help with feeding or settling in the first two days; the midwife observes him for 48 hours on the "
    "postnatal ward before going home. Breastfeeding is supported.",
    "'might need' as likelihood beside the observation period",
)
good(
    "may-well-overall-meth",
    "likelihood",
    M,
    overall,
    "Methadone 60 mg and sertraline 100 mg both continue. The baby may well need treatment for withdrawal; he "
    "stays on the postnatal ward at least 72 hours with scoring, and the midwife also watches for SSRI "
    "adaptation signs. She breastfeeds. No co-sleeping after her methadone dose: the health visitor and the "
    "social worker see the cot before the baby goes home.",
    "'may well need' as likelihood in an overall conclusion with the whole plan",
)
good(
    "could-harm-reason-quet",
    "likelihood",
    P,
    quet,
    "Quetiapine 300 mg leaves the father so deeply asleep that he could roll onto the baby or not wake to him, "
    "so he does not share a bed, sofa or armchair with the baby and gives no feeds after his dose. The mother "
    "does the nights with the crib beside her; the health visitor checks the crib at each visit.",
    "'could' explains the danger; the rules are firm",
)
bad(
    "could-might-menu-meth",
    "likelihood",
    M,
    meth(
        "Methadone could be kept at 60 mg or might be reduced; the baby may be observed if the team feel it is "
        "needed, and co-sleeping could be discussed."
    ),
    "only 'could', 'might' and a passive 'may be ... if' govern every clause: nothing is decided (MA103)",
)
bad(
    "may-be-passive-cit",
    "likelihood",
    C,
    cit("Citalopram may be continued or may be stopped, and the baby may be watched after birth if there is concern."),
    "passive 'may be' with alternatives and a condition: an offer, not a conclusion (MA103)",
)

# ============================================================================================================
# permission: "may" of permission that decides.

good(
    "may-breastfeed-or-formula-sert",
    "permission",
    M,
    sert,
    "She may breastfeed or formula feed; with sertraline 100 mg both are safe, and she has chosen to "
    "breastfeed. Sertraline continues. The midwife watches the baby for jitteriness, fast breathing and poor "
    "feeding for the first 72 hours and refers to the paediatrician if they persist.",
    "permission with both options safe, then the choice and the plan",
)
good(
    "may-breastfeed-cit",
    "permission",
    C,
    cit,
    "Citalopram 20 mg continues through the pregnancy. She may breastfeed: the amount in milk is small and "
    "the baby is watched for sleepiness or poor feeding by the midwife during the first 48 hours. Her GP "
    "reviews her mood at the six-week check.",
    "'may breastfeed' is permission, with the watch that goes with it",
)
good(
    "may-hold-baby-day-dzp",
    "permission",
    F,
    dzp,
    "The mother may feed and cuddle the baby during the day while sitting up and awake; diazepam and "
    "pregabalin sedate her, so she must not lie down with him or sleep with him on a bed, sofa or armchair, and "
    "the foster carer does all night care. Both medicines continue, and the baby is watched for late "
    "withdrawal until day 8.",
    "permission for daytime care beside the rules for sleep",
)
good(
    "may-bottle-or-donor-lith",
    "permission",
    L,
    lith,
    "Lithium continues at 800 mg. Breastfeeding is not advised, so the baby is bottle fed; she may use formula "
    "or donor milk, whichever she prefers. Levels are checked weekly from 36 weeks and within 24 hours of "
    "birth, and the paediatrician reviews the baby for low tone and thyroid function.",
    "a permission between two safe options after a firm 'not advised'",
)
good(
    "may-do-day-feeds-quet",
    "permission",
    P,
    quet,
    "The father may give daytime feeds and bathe the baby, since quetiapine does not affect him then; after "
    "his 300 mg night dose he gives no feeds, never shares a bed or sofa with the baby and never has sole "
    "charge overnight. The mother does the nights and the health visitor checks the crib each visit.",
    "permission by day, prohibition by night",
)
good(
    "may-take-paracetamol-overall-p",
    "permission",
    P,
    overall,
    "The mother may keep taking paracetamol for pain while she breastfeeds; it raises no concern for the baby. "
    "The father's quetiapine sedates him heavily at night, so he does no night feeds after his dose and never "
    "falls asleep with the baby on a bed, sofa or armchair. The crib is safe and the health visitor keeps "
    "checking it.",
    "permission for a harmless medicine beside the partner's plan",
)
bad(
    "may-choose-anything-valp",
    "permission",
    V,
    valp("She may continue valproate, or may stop it, or may change to something else, whichever she prefers."),
    "permission among every choice, with nothing about the baby: a menu (MA103)",
)

# ============================================================================================================
# choices: alternatives in a rule that decides; options discussed and a choice made.

good(
    "options-discussed-chose-continue-sert",
    "choices",
    M,
    sert,
    "Options were discussed: continuing, reducing or switching sertraline. She chose to continue at 100 mg, "
    "which we support given her past relapse. The baby is watched for adaptation symptoms for 72 hours on the "
    "ward, and breastfeeding is encouraged.",
    "a menu discussed, then the choice made",
)
good(
    "either-midwife-or-nurse-meth",
    "choices",
    M,
    meth,
    "Methadone 60 mg daily continues. Either the midwife or the neonatal nurse scores the baby for withdrawal "
    "every four hours for at least 72 hours, and the baby is not discharged before then. She may breastfeed. "
    "After her dose the baby sleeps in the cot, never with her on a bed or sofa.",
    "'either ... or' names who does it; the rule stands",
)
good(
    "formula-or-expressed-lith",
    "choices",
    L,
    lith,
    "Priadel 800 mg continues. The baby is fed formula or expressed milk from a donor, not her own, because "
    "lithium passes into breast milk. Levels weekly from 36 weeks and within 24 hours of birth; the "
    "paediatrician checks the baby for floppiness and thyroid problems before discharge.",
    "alternatives inside a firm feeding rule",
)
good(
    "switch-considered-rejected-valp",
    "choices",
    V,
    valp,
    "Switching from valproate to lamotrigine was considered and is for the neurologist to weigh this week; "
    "until then sodium valproate continues unchanged and must not be stopped. The baby was exposed in the first "
    "trimester, so a detailed anomaly scan is booked and folic acid 5 mg is taken every day.",
    "an alternative considered; what holds now is decided",
)
good(
    "she-decided-keep-dose-cit",
    "choices",
    C,
    cit,
    "We went through staying on citalopram, halving it, or stopping; she decided to stay on 20 mg and we "
    "agree. The midwife observes the baby for 48 hours after birth for irritability and feeding problems. "
    "Breastfeeding is fine.",
    "three options listed, the decision recorded",
)
good(
    "carer-or-grandmother-nights-dzp",
    "choices",
    F,
    dzp,
    "While diazepam and pregabalin sedate the mother, night feeds are done by the foster carer or, on the "
    "carer's night off, the relief carer; never by the mother. She does not sleep with the baby on a bed or "
    "sofa. The baby is watched for late withdrawal until day 8 and both medicines continue for now.",
    "either of two named adults, never the mother: a rule",
)
good(
    "decision-made-overall-valp",
    "choices",
    V,
    overall,
    "After discussing stopping, switching and continuing, the decision is to continue sodium valproate "
    "unchanged until the urgent neurology review; she must not stop it. Fetal medicine review booked for the "
    "baby's first-trimester exposure, and folic acid 5 mg started.",
    "choices discussed and the decision stated",
)
bad(
    "menu-every-choice-lith",
    "choices",
    L,
    lith("Lithium: either continue, reduce or stop; the decision about the baby will be made later."),
    "a menu of every choice and the choice left to later (MA103)",
)
bad(
    "yet-to-be-decided-dzp",
    "choices",
    F,
    dzp(
        "Whether diazepam and pregabalin continue is yet to be decided, and night care for the baby is yet to "
        "be decided."
    ),
    "'yet to be decided' twice: nothing concluded (MA103)",
)

# ============================================================================================================
# dated-plans: a review on a date beside a decision made now.

good(
    "reviewed-12-march-meth",
    "dated-plans",
    M,
    meth,
    "Methadone stays at 60 mg, to be reviewed on 12 March by the drug service; no reduction before birth. The "
    "baby is scored for neonatal withdrawal for at least 72 hours, breastfeeding is supported, and there is no "
    "co-sleeping after her dose; the health visitor checks the cot on the first visit.",
    "a dated review with the decision made now",
)
good(
    "reviewed-at-36-weeks-sert",
    "dated-plans",
    M,
    sert,
    "Sertraline continues at 100 mg and will be reviewed again at 36 weeks. For now the plan for the baby is "
    "fixed: 72 hours of observation for poor adaptation on the ward, and breastfeeding encouraged.",
    "'will be reviewed' at a time, the plan standing now",
)
good(
    "levels-from-date-lith",
    "dated-plans",
    L,
    lith,
    "Lithium 800 mg at night continues; the next level is on 3 June, then weekly from 36 weeks and within 24 "
    "hours of delivery. The paediatrician reviews the baby at birth for tone, feeding and thyroid function. "
    "She will formula feed since lithium enters breast milk.",
    "dated levels in a decided plan",
)
good(
    "neuro-on-date-valp",
    "dated-plans",
    V,
    valp,
    "Valproate 500 mg twice daily continues until the neurology appointment on 14 April, when a switch will be "
    "decided; she must not stop it before then. The baby has had first-trimester exposure, so fetal medicine "
    "see her at 12 weeks and do the detailed scan at 20 weeks. Folic acid 5 mg daily.",
    "a later decision with a date beside what holds now",
)
good(
    "taper-from-date-dzp",
    "dated-plans",
    F,
    dzp,
    "Diazepam and pregabalin stay at their current doses, with the diazepam taper to start on 2 July under the "
    "GP. Until then and after, the mother never shares a bed, sofa or armchair with the baby and the foster "
    "carer does the night feeds; late withdrawal signs are watched for until day 8.",
    "a dated taper beside rules that apply now",
)
good(
    "hv-visit-date-quet",
    "dated-plans",
    P,
    quet,
    "Father's quetiapine: heavy sedation after the 300 mg night dose, so no night feeds by him and no bed, sofa "
    "or armchair sharing with the baby; the mother does the nights. The health visitor checks the crib on 9 "
    "June and at every visit after.",
    "a dated check in a decided plan",
)
good(
    "gp-review-date-cit",
    "dated-plans",
    C,
    cit,
    "Citalopram stays at 20 mg, to be reviewed by the GP on 20 February. The midwife watches the baby for "
    "adaptation symptoms for 48 hours after birth, and breastfeeding is supported.",
    "a dated review after the decision",
)
bad(
    "to-be-reviewed-only-sert",
    "dated-plans",
    M,
    sert("Sertraline to be reviewed on 12 March, when a plan for the baby will be decided."),
    "only a date; every decision is left to later (MA103)",
)

# ============================================================================================================
# rates: rates and ranges as context, then the plan for this baby.

good(
    "range-then-plan-valp",
    "rates",
    V,
    valp,
    "Valproate in early pregnancy causes a major malformation in about 1 in 10 babies and later learning "
    "difficulties in 3 to 4 in 10. For this baby, exposed through the first trimester, a detailed anomaly scan "
    "and fetal medicine review are booked; valproate continues until the neurologist sees her and is never "
    "stopped suddenly; folic acid 5 mg is taken.",
    "population rates as context, then this baby's scan and the plan",
)
good(
    "half-to-three-quarters-meth",
    "rates",
    M,
    meth,
    "Between half and three quarters of babies exposed to methadone need some withdrawal care, so this baby "
    "stays on the postnatal ward at least 72 hours with scoring and is not discharged early. Methadone 60 mg "
    "continues, breastfeeding is encouraged, and the cot is used after every dose, never her bed.",
    "a range as context for the length of stay",
)
good(
    "pphn-per-thousand-sert",
    "rates",
    M,
    sert,
    "The risk of persistent pulmonary hypertension after late-pregnancy sertraline is around 2 to 3 per "
    "thousand babies. Our baby's oxygen levels are checked after birth and the midwife watches his breathing "
    "and feeding for 72 hours. Sertraline continues; breastfeeding is fine.",
    "a rate for context, then checks for 'our baby'",
)
good(
    "ebstein-rate-lith",
    "rates",
    L,
    lith,
    "The chance of a heart defect with first-trimester lithium is small, perhaps 1 in 100 to 1 in 150, and her "
    "20-week heart scan was normal. Lithium continues at 800 mg with weekly levels from 36 weeks; the baby is "
    "reviewed by the paediatrician after birth and bottle fed.",
    "a range, this baby's normal scan, and the plan",
)
good(
    "most-babies-fine-cit",
    "rates",
    C,
    cit,
    "About a third of babies exposed to an SSRI like citalopram late in pregnancy have mild, short-lived "
    "symptoms. This baby will be observed for 48 hours by the midwife after birth; citalopram 20 mg continues "
    "and breastfeeding is supported.",
    "a share of babies, then this baby's observation",
)
good(
    "two-in-ten-dzp",
    "rates",
    F,
    dzp,
    "Late withdrawal from diazepam and pregabalin shows in perhaps 2 to 3 in 10 exposed babies after the "
    "first week, so the foster carer watches this baby for tremor, poor feeding and high-pitched crying until "
    "day 8. The mother is sedated on both: she never shares a bed or sofa with the baby and the foster carer "
    "does the nights. Both continue for now.",
    "a range as the reason for the carer's watch",
)
bad(
    "ranges-only-valp",
    "rates",
    V,
    valp(
        "Valproate: major malformations in 1 in 10 exposed babies; developmental problems in 3 to 4 in 10; "
        "autism in up to 1 in 10."
    ),
    "rates as ranges about all exposed babies: nothing of this baby or what is done (MA103)",
)
bad(
    "adult-shares-bed-only-quet",
    "rates",
    P,
    quet(
        "Sedating medicines such as quetiapine raise the risk of sudden infant death when an adult shares a bed "
        "with a baby."
    ),
    "a general fact about any adult and any baby: no plan for this father (MA103)",
)

# ============================================================================================================
# baby-treatment: the baby's own medicines for withdrawal, in a plan.

good(
    "baby-oral-morphine-meth",
    "baby-treatment",
    M,
    meth,
    "Methadone continues at 60 mg. The baby is scored for withdrawal for at least 72 hours; if the scores stay "
    "high the neonatal team starts the baby's own oral morphine and weans it over one to two weeks. "
    "Breastfeeding helps and is encouraged; the baby sleeps in the cot, not in her bed, after her dose.",
    "the baby's own oral morphine in the withdrawal plan",
)
good(
    "baby-phenobarbital-dzp",
    "baby-treatment",
    F,
    dzp,
    "Diazepam and pregabalin withdrawal in a baby can need phenobarbital from the neonatal team; this baby had "
    "mild signs only and needed none, but the foster carer rings the unit for tremor or poor feeding until day "
    "8. The mother never co-sleeps or feeds lying down while sedated; the foster carer does the nights; both "
    "medicines continue.",
    "phenobarbital as the baby's possible treatment, then the plan",
)
good(
    "neonatal-morphine-overall-meth",
    "baby-treatment",
    M,
    overall,
    "Methadone and sertraline continue unchanged. The baby is scored for neonatal withdrawal on the postnatal "
    "ward for at least 72 hours and given oral morphine by the neonatal team if scores require it. "
    "Breastfeeding is supported. No co-sleeping because methadone sedates her; the health visitor and social "
    "worker see the cot before discharge.",
    "the baby's morphine given by the neonatal team, in the overall plan",
)
good(
    "baby-vitamin-k-valp",
    "baby-treatment",
    V,
    valp,
    "Valproate continues until neurology review; she must not stop it suddenly. The baby, exposed since "
    "conception, has a detailed scan at 20 weeks and will be examined by the paediatrician at birth; he will "
    "get vitamin K as every baby does, and folic acid 5 mg is taken daily now.",
    "the baby's routine vitamin K beside the valproate plan",
)
bad(
    "mothers-dose-as-babys-meth",
    "baby-treatment",
    M,
    meth(
        "The baby will be given methadone 60 mg once daily on the postnatal ward for withdrawal, and she can "
        "breastfeed; no co-sleeping."
    ),
    "the mother's listed dose given as the baby's treatment: impossible (MA120)",
)

# ============================================================================================================
# everyday: everyday medicines listed and named beside the medicines of concern.


def everyday(mid: str, name: str, dose: str, reason: str, put: Callable[[str], Mutation]) -> Callable[[str], Mutation]:
    """Put a conclusion text in a record that also lists an everyday medicine with its no-concern reason."""

    def mutate(text: str) -> Mutation:
        return chain(extra_med(mid, name, dose, not_of_concern_reason=reason), put(text))

    return mutate


_OMEP = everyday(
    "med-omeprazole",
    "Omeprazole 20mg gastro-resistant capsules",
    "20 mg once daily",
    "Acid reflux in pregnancy; omeprazole is widely used in pregnancy and breastfeeding with no harm to the baby.",
    overall,
)
_CETI = everyday(
    "med-cetirizine",
    "Cetirizine 10mg tablets",
    "10 mg once daily in the hay fever season",
    "Non-sedating antihistamine for hay fever; no known effect on the pregnancy or on breastfeeding.",
    sert,
)
_SALB = everyday(
    "med-salbutamol",
    "Salbutamol 100micrograms/dose inhaler",
    "Two puffs when needed",
    "Inhaled reliever for mild asthma; very little reaches the blood, so none reaches the baby to matter.",
    overall,
)
_LEVO = everyday(
    "med-levothyroxine",
    "Levothyroxine 75microgram tablets",
    "75 micrograms once daily",
    "Thyroid replacement, needed in pregnancy; keeps the baby's development normal and is safe in breast milk.",
    valp,
)
_GAVI = everyday(
    "med-gaviscon",
    "Gaviscon Advance oral suspension",
    "10 ml after meals and at bedtime",
    "Alginate for heartburn; acts in the stomach only and is not absorbed, so the baby is not exposed.",
    dzp,
)

good(
    "omeprazole-beside-meth-overall",
    "everyday",
    M,
    _OMEP,
    "Methadone 60 mg and sertraline 100 mg continue unchanged; her omeprazole for reflux raises no concern. The "
    "baby needs at least 72 hours of withdrawal scoring on the ward, with the midwife also watching for SSRI "
    "adaptation signs, and breastfeeding is encouraged. Methadone sedates her, so no co-sleeping; the health "
    "visitor and social worker see the cot before discharge.",
    "omeprazole named bare as harmless beside the medicines of concern",
)
good(
    "cetirizine-beside-sert",
    "everyday",
    M,
    _CETI,
    "Sertraline continues at 100 mg; cetirizine for her hay fever is fine alongside it and does not make her "
    "drowsy. The baby is observed for 72 hours after birth for jitteriness, breathing and feeding problems, and "
    "breastfeeding on both is safe.",
    "cetirizine beside sertraline, each with what it means",
)
good(
    "salbutamol-beside-lith-overall",
    "everyday",
    L,
    _SALB,
    "Lithium (Priadel) 800 mg at night continues with levels monthly, weekly from 36 weeks and within 24 hours "
    "of birth; her salbutamol inhaler carries on as needed. The paediatrician reviews the baby after birth for "
    "tone, feeding and thyroid function. She bottle feeds because of lithium. Perinatal mental health sees her "
    "within a week of birth.",
    "salbutamol named in passing as continuing, lithium fully decided",
)
good(
    "levothyroxine-beside-valp",
    "everyday",
    V,
    _LEVO,
    "Sodium valproate continues until the urgent neurology review; stopping suddenly risks seizures. The baby "
    "was exposed in the first trimester, so a fetal medicine review and detailed scan are booked and folic acid "
    "5 mg is taken daily. Levothyroxine continues and its dose is checked by blood test each trimester.",
    "levothyroxine named beside valproate",
)
good(
    "gaviscon-beside-dzp",
    "everyday",
    F,
    _GAVI,
    "Diazepam and pregabalin continue for now and together sedate the mother, so she never sleeps with the "
    "baby on a bed, sofa or armchair and the foster carer does the night feeds. The baby is watched for late "
    "withdrawal to day 8. Her Gaviscon for heartburn makes no difference to any of this.",
    "a brand of an everyday medicine beside the sedating pair",
)
good(
    "paracetamol-ibuprofen-advice-p",
    "everyday",
    P,
    overall,
    "The mother's paracetamol is safe while breastfeeding and raises no concern; she has been told ibuprofen is "
    "also safe if she needs it. The father's quetiapine makes him very hard to wake at night: no night feeds by "
    "him after his dose, and he never sleeps with the baby on a bed, sofa or armchair. The health visitor checks "
    "the crib at each visit.",
    "advice about an everyday medicine she may take, not one she takes",
)
bad(
    "omeprazole-only-overall",
    "everyday",
    M,
    _OMEP("Omeprazole 20 mg daily continues for reflux."),
    "the overall conclusion speaks only of the everyday medicine, never of methadone or sertraline (MA119)",
)

# ============================================================================================================
# names: staff names and places beside medicines; brand and misspelt names of the record's medicines.

good(
    "dr-lomont-staff-meth",
    "names",
    M,
    meth,
    "Dr Lomont at the drug service keeps methadone at 60 mg through the pregnancy. The baby stays at least 72 "
    "hours for withdrawal scoring, then the health visitor checks for late signs to day 8. Breastfeeding is "
    "encouraged. She must not sleep with the baby after her dose; the cot is checked at the home visit.",
    "a staff surname after a title",
)
good(
    "midwife-zacco-sert",
    "names",
    M,
    sert,
    "Sertraline continues at 100 mg. Her midwife, Anna Zacco, watches the baby for jitteriness and poor "
    "feeding for 72 hours after birth and involves the paediatrician if it persists. Breastfeeding is safe.",
    "a midwife's name after her role word",
)
good(
    "priadel-castleford-lith",
    "names",
    L,
    lith,
    "Priadel 800 mg continues; the Castleford Royal maternity team checks lithium levels weekly from 36 weeks "
    "and within 24 hours of delivery, and she gives birth there. The paediatrician reviews the baby for "
    "floppiness and thyroid function, and she bottle feeds.",
    "a brand beside a hospital name",
)
good(
    "epilim-neurology-castleford-valp",
    "names",
    V,
    valp,
    "Epilim (sodium valproate) 500 mg twice daily continues until Castleford Royal Neurology sees her this "
    "week; she must not stop it. The baby was exposed in the first trimester, so fetal medicine at Northgate "
    "Hospital do a detailed scan; folic acid 5 mg daily.",
    "brand in brackets with place names",
)
good(
    "lyrica-mabron-house-dzp",
    "names",
    F,
    dzp,
    "Diazepam and Lyrica (pregabalin) continue for now. In the placement at Mabron House the foster carer does "
    "every night feed because the mother is sedated by both; she never lies down with the baby on a bed or "
    "sofa. The baby is watched for late withdrawal until day 8.",
    "a brand beside a placement named with a place noun",
)
good(
    "dr-shah-quet",
    "names",
    P,
    quet,
    "His GP, Dr Marol, confirmed the father takes quetiapine 300 mg at night, which sedates him heavily; he "
    "gives no night feeds and never shares a bed, sofa or armchair with the baby. The mother does the nights "
    "and the health visitor checks the crib at every visit.",
    "a GP's surname after a title beside the partner's medicine",
)
good(
    "misspelt-setraline-overall-meth",
    "names",
    M,
    overall,
    "Methadone 60 mg and setraline 100 mg both continue. At birth the baby is scored for withdrawal for at "
    "least 72 hours and watched for SSRI adaptation; breastfeeding is encouraged. Methadone sedates her, so no "
    "co-sleeping; the cot is checked before discharge.",
    "a one-letter slip of sertraline, the record's own medicine",
)
good(
    "lustral-brand-sert",
    "names",
    M,
    sert,
    "Lustral (sertraline) stays at 100 mg daily. The baby may have mild adaptation signs such as jitteriness "
    "or fast breathing, so the midwife observes him for 72 hours; breastfeeding is compatible and encouraged.",
    "the brand of the record's medicine",
)
good(
    "nurse-olwen-cit",
    "names",
    C,
    cit,
    "Citalopram 20 mg continues. The perinatal mental health nurse, Olwen Keppel, sees her monthly; the midwife "
    "observes the baby for 48 hours after birth for feeding and settling problems. Breastfeeding is supported.",
    "a nurse's name after her role",
)
bad(
    "sonata-owned-dzp",
    "names",
    F,
    dzp(
        "Diazepam and pregabalin continue; she also has her Sonata at night. The foster carer does the night "
        "feeds and the baby is watched for withdrawal until day 8; the mother never co-sleeps."
    ),
    "an English-word brand (zaleplon) owned and taken at night, not in the record (MA120)",
)

# ============================================================================================================
# partner: the partner's medicine fully assessed; other adults named.

good(
    "grandmother-helps-quet",
    "partner",
    P,
    quet,
    "The father's quetiapine 300 mg sedates him heavily for hours after his night dose, so he does no night "
    "feeds and never sleeps with the baby on a bed, sofa or armchair. The mother does the nights; on the two "
    "nights a week she works, the maternal grandmother, who takes no sedating medicine, stays over and does "
    "them. The health visitor checks the crib each visit.",
    "another adult named as not sedated, the father's sedation stated",
)
good(
    "partner-day-care-quet-item",
    "partner",
    P,
    lambda t: item("asm-partner-quetiapine", "impact_on_mother.parenting_capacity", t),
    "The father takes quetiapine 300 mg at night for bipolar disorder and is well; he cares for the baby safely "
    "by day but cannot be woken easily after his dose, so he never has the baby alone at night.",
    "the partner's parenting capacity answered fully",
)
good(
    "partner-overall-two-adults-p",
    "partner",
    P,
    overall,
    "Paracetamol, the mother's only medicine, raises no concern for the baby or for breastfeeding. The "
    "father's quetiapine sedates him deeply at night: he never shares a bed, sofa or armchair with the baby and "
    "does no night feeds after his dose; the mother, who is not sedated, does them. The health visitor keeps "
    "checking the crib and the father's GP tells her of any dose change.",
    "both adults' medicines covered, the father's sedation stated",
)
good(
    "partner-safe-sleep-item-quet",
    "partner",
    P,
    lambda t: item("asm-partner-quetiapine", "impact_on_mother.safe_sleep", t),
    "The baby sleeps in a next-to-me crib on the mother's side; the father, sedated by quetiapine, never has "
    "the baby in his bed or on the sofa with him.",
    "the partner's safe-sleep answer says where and with whom the baby sleeps",
)
good(
    "partner-dose-moved-quet",
    "partner",
    P,
    quet,
    "The father's psychiatrist has moved his quetiapine to 9 pm; he is sedated from then until morning, so "
    "the mother does all night feeds, the baby sleeps in the crib on her side, and he never dozes with the baby "
    "on the sofa in the evening. The health visitor reviews this at each visit.",
    "a changed dose time with the night plan that follows",
)
bad(
    "partner-denied-other-adult-quet",
    "partner",
    P,
    quet("The father's quetiapine does not sedate him. The grandmother takes zopiclone and is drowsy at night."),
    "the partner's sedation denied against the record, another adult's named, and no plan for the baby (MA103)",
)

# ============================================================================================================
# asides: "in passing", "replaced", "pregnant" and scores in full conclusions.

good(
    "in-passing-then-plan-cit",
    "asides",
    C,
    cit,
    "She mentioned in passing that she had missed a few citalopram doses; we agreed she takes 20 mg every day, "
    "as missed doses risk relapse and discontinuation symptoms. The midwife watches the baby for 48 hours after "
    "birth for adaptation symptoms, and breastfeeding is supported.",
    "'in passing' describes how it came up; the plan is complete",
)
good(
    "replaced-in-past-sert",
    "asides",
    M,
    sert,
    "Sertraline replaced fluoxetine in 2023 and has kept her well, so sertraline 100 mg continues now. The "
    "midwife observes the baby for 72 hours for jitteriness and poor feeding, and breastfeeding is encouraged.",
    "'replaced' of a past switch to the listed medicine",
)
good(
    "pregnant-30-weeks-lith",
    "asides",
    L,
    lith,
    "She is 24 weeks pregnant and well on lithium, which continues at 800 mg; levels weekly from 36 weeks and "
    "within 24 hours of delivery. The paediatrician reviews the baby after birth and she bottle feeds, since "
    "lithium passes into breast milk.",
    "'pregnant' as a fact beside the plan",
)
good(
    "expecting-first-meth",
    "asides",
    M,
    meth,
    "She is expecting her first baby in July and is stable on methadone 60 mg, which continues. The baby will "
    "need withdrawal scoring for at least 72 hours; breastfeeding is encouraged; she must not co-sleep after "
    "her dose, and the cot is seen before discharge.",
    "'expecting' beside the decisions",
)
good(
    "epds-12-cit",
    "asides",
    C,
    cit,
    "Her EPDS was 12 at booking, so citalopram 20 mg continues and her GP reviews her mood at 28 weeks. The "
    "midwife observes the baby for 48 hours after birth for adaptation symptoms; breastfeeding is supported.",
    "a score over 10 as a reason",
)
good(
    "pain-score-diazepam-dzp",
    "asides",
    F,
    dzp,
    "Her back pain is 6/10 on pregabalin, so pregabalin and diazepam continue unchanged until the supervised "
    "diazepam reduction at six weeks. Both sedate her: she never sleeps with the baby on a bed, sofa or armchair "
    "and the foster carer does the nights. Late withdrawal is watched for to day 8.",
    "a pain score as a reason",
)
good(
    "we-were-told-later-valp",
    "asides",
    V,
    valp,
    "Valproate was not replaced when she planned the pregnancy, which she regrets; it continues unchanged now "
    "until neurology review, and must not stop suddenly. The baby, exposed in the first trimester, has an "
    "early fetal medicine review and detailed scan; folic acid 5 mg daily.",
    "'not replaced' of the past",
)
bad(
    "in-passing-only-sert",
    "asides",
    M,
    sert("Sertraline was mentioned in passing at the methadone review."),
    "an aside about when it was mentioned: nothing concluded (MA103)",
)
bad(
    "replaced-by-unlisted-sert",
    "asides",
    M,
    sert(
        "Her sertraline has been replaced by mirtazapine 30 mg at night; the baby will be watched for 72 hours "
        "and breastfeeding continues."
    ),
    "'replaced by' an unlisted sedating medicine she now takes (MA120)",
)
bad(
    "pregnant-scores-only-lith",
    "asides",
    L,
    lith("Lithium: she is 30 weeks pregnant. Risk to the baby 3/10; benefit to mother 8/10."),
    "'pregnant' and scores only: nothing decided (MA103)",
)
bad(
    "describe-what-cit",
    "asides",
    C,
    cit("Describe what citalopram means for the baby and set out who watches the baby after birth"),
    "an instruction to the writer left in place (MA103)",
)
bad(
    "pphn-general-sert",
    "asides",
    M,
    sert(
        "Sertraline in late pregnancy is linked to persistent pulmonary hypertension of the newborn in a small "
        "share of exposed babies."
    ),
    "a class fact naming 'the newborn' only in a condition: no baby's plan (MA103)",
)

# ============================================================================================================
# more of each: a second pass over the readings, on other examples and other fields.

good(
    "might-overall-dzp",
    "likelihood",
    F,
    overall,
    "Diazepam and pregabalin continue unchanged for now; the diazepam taper starts at six weeks. The mother is "
    "sedated by both, so she never shares a bed, sofa or armchair with the baby or feeds lying down, and the "
    "foster carer does night feeds. Late withdrawal might still appear up to day 8: the foster carer rings the "
    "neonatal unit for tremor, poor feeding or constant crying.",
    "'might still appear' as likelihood beside a fixed instruction",
)
good(
    "could-wake-overall-lith",
    "likelihood",
    L,
    overall,
    "Lithium (Priadel) 800 mg continues, because a relapse after birth could be severe. Levels weekly from 36 "
    "weeks and within 24 hours of delivery, which is in hospital. The paediatrician reviews the baby for lithium "
    "effects, and she bottle feeds. Perinatal mental health sees her within a week of birth.",
    "'could be severe' as the reason in an overall conclusion",
)
good(
    "may-sit-up-feed-meth-item",
    "permission",
    M,
    lambda t: item("asm-methadone", "impact_on_baby.breastfeeding", t),
    "She may breastfeed on methadone 60 mg: little passes into milk and it can ease the baby's withdrawal; the "
    "midwife supports the first feeds and watches for sleepiness.",
    "permission with its reason in the breastfeeding item",
)
good(
    "chose-bottle-overall-lith",
    "choices",
    L,
    overall,
    "Continue Priadel (lithium) 800 mg at night with levels weekly from 36 weeks and within 24 hours of birth. "
    "Breastfeeding and bottle feeding were both discussed; she chose to bottle feed, which we advise because "
    "lithium passes into milk. The paediatrician reviews the baby after birth. Perinatal mental health review "
    "within a week of birth.",
    "two options discussed and one chosen",
)
good(
    "to-be-reviewed-overall-cit",
    "dated-plans",
    C,
    overall,
    "Continue citalopram 20 mg through pregnancy and breastfeeding, to be reviewed by the GP at the six-week "
    "check. The midwife watches the baby for adaptation symptoms for 48 hours after birth. The health visitor "
    "was added as a recipient on 12 February.",
    "a review at a later check, the decision made now",
)
good(
    "scores-range-meth-item",
    "rates",
    M,
    lambda t: item("asm-methadone", "impact_on_baby.summary", t),
    "Between 5 and 8 in 10 babies exposed to methadone show withdrawal; this baby is scored on the postnatal "
    "ward for at least 72 hours and not discharged before then.",
    "a rate range then this baby's scoring, in the baby item",
)
good(
    "baby-own-morphine-item-meth",
    "baby-treatment",
    M,
    lambda t: item("asm-methadone", "recommendations", t),
    "Neonatal team to score the baby four-hourly for 72 hours and to start the baby's own oral morphine if two "
    "scores in a row reach the threshold. Health visitor to look for late signs until day 8 and to see the cot. "
    "Drug service to keep methadone at 60 mg: it must not be stopped or cut suddenly, which risks relapse.",
    "the baby's own morphine in the recommendations",
)
good(
    "lactulose-beside-valp-overall",
    "everyday",
    V,
    everyday(
        "med-lactulose",
        "Lactulose 3.1-3.7g/5ml oral solution",
        "15 ml twice a day",
        "Laxative acting in the bowel; hardly absorbed, so no effect on the pregnancy or the baby.",
        overall,
    ),
    "Sodium valproate continues unchanged pending urgent neurology review, and she must not stop it; lactulose "
    "for constipation continues too and is harmless. The baby's first-trimester valproate exposure needs the "
    "early fetal medicine review, now booked. Folic acid 5 mg started.",
    "lactulose beside valproate in the overall conclusion",
)
good(
    "physeptone-brand-meth",
    "names",
    M,
    meth,
    "Physeptone (methadone) 60 mg daily continues, supervised at the Northgate pharmacy. The baby is scored "
    "for withdrawal for at least 72 hours on the ward; she may breastfeed; after each dose the baby sleeps in "
    "his own cot, not in her bed or on the sofa.",
    "a methadone brand beside a place name",
)
good(
    "sister-lomont-dzp",
    "names",
    F,
    dzp,
    "Sister Lomont on the neonatal unit reviewed the baby on day 3 for diazepam and pregabalin withdrawal and "
    "found mild signs; the foster carer watches for more until day 8. Both medicines sedate the mother, so she "
    "never sleeps with the baby and the foster carer does all night feeds. Both continue for now.",
    "a nurse's title and surname beside the medicines",
)
good(
    "partner-recommendations-quet",
    "partner",
    P,
    lambda t: item("asm-partner-quetiapine", "recommendations", t),
    "Health visitor to check at each visit that the baby sleeps in the crib on the mother's side and that the "
    "father, sedated by quetiapine, does no night feeds. His GP to tell the health visitor of any dose change.",
    "the partner's recommendations in full",
)
good(
    "partner-uncle-not-sedated-overall-p",
    "partner",
    P,
    overall,
    "Paracetamol for the mother is safe in breastfeeding. The father's quetiapine sedates him at night, so he "
    "gives no night feeds and never falls asleep with the baby; when the mother needs rest, her brother, who "
    "takes no medicines, does a night feed instead. The health visitor checks the crib at each visit.",
    "another adult named as unsedated beside the father's sedation",
)
good(
    "in-passing-overall-meth",
    "asides",
    M,
    overall,
    "Methadone and sertraline continue unchanged; she said in passing that she has stopped smoking, which we "
    "praised. The baby needs at least 72 hours' withdrawal scoring and SSRI adaptation checks; breastfeeding is "
    "supported; no co-sleeping after her methadone dose, and the cot is seen before discharge.",
    "'in passing' of something else, the plan complete",
)
bad(
    "might-overall-only-cit",
    "likelihood",
    C,
    overall("Citalopram might be continued, or might be reduced, depending on how she is."),
    "'might' and alternatives and a condition only (MA103)",
)
bad(
    "choice-later-overall-meth",
    "choices",
    M,
    overall("Methadone and sertraline: either continue, reduce or stop each; she will choose after the birth."),
    "a menu of every choice with the choice left to later (MA103)",
)
bad(
    "unmarked-question-dzp",
    "asides",
    F,
    dzp("Do diazepam and pregabalin sedate the mother; who does the night feeds; will the baby withdraw"),
    "unmarked questions without answers (MA103)",
)

# ============================================================================================================
# disguise: a fifth of the good texts in disguise (judged like the plain text), and a few hollow ones.

_HOWS = list(DISGUISES)
for _i, (_n, _c, _b, _put, _t, _w) in enumerate(_GOOD[::4]):
    _how = _HOWS[_i % len(_HOWS)]
    ok(
        f"dis-{_how}-{_n}",
        "disguise",
        _b,
        _put(DISGUISES[_how](_t)),
        f"{_w}; in {_how} disguise, judged like the plain text",
    )

bad(
    "dis-greek-could-might",
    "disguise",
    F,
    dzp(DISGUISES["greek"]("Diazepam could be reduced or pregabalin might be stopped; night care may be arranged.")),
    "only possibilities, in Greek look-alikes (MA103)",
)
bad(
    "dis-zwsp-yet-to-decide",
    "disguise",
    V,
    valp(DISGUISES["zwsp"]("Valproate: plan for the baby yet to be decided; options to be discussed later.")),
    "'yet to be decided' with zero-width spaces (MA103)",
)
bad(
    "dis-fullwidth-ranges",
    "disguise",
    M,
    meth(DISGUISES["fullwidth"]("Methadone: withdrawal in 5 to 8 in 10 exposed babies; sedation in most adults.")),
    "rates only, in full-width forms (MA103)",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F52CASES)
    for cat in CATEGORIES:
        print(f"{cat:15} refuse {counts[(cat, REFUSE)]:3}  pass {counts[(cat, PASS)]:3}")
    print(
        f"{'total':15} refuse {sum(c.expect == REFUSE for c in F52CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F52CASES):3}"
    )
