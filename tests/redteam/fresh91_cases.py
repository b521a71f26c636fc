"""A ninety-first independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt,
thirty-first round, against the readings landed in the last hour (as a reviewer knows them from the changelog).

The gate now reads as saying nothing: circular statements ("managed as it is managed"), praise of the assessment
itself, attention-only instructions ("bear X in mind", "keep X under consideration"), a hand-off at the end of a
list ("will settle A, B and C as it sees fit"), "nothing can be excluded", advice for every woman or baby,
clauses about a population in general, "at the X's discretion", a not-of-concern reason that only points to a
person or reports someone's verdict, item answers made only of conditions with would/might, "Feeding
discussed." and "Plan in notes."; MESH mailbox ids at most 12 characters and not the ODS code alone; telephone
values with a label, a note or two numbers; "as usual" beside a full manual hand-over.

These cases are written from the issue, docs/rules.md, README.md and the examples, not from the gate's code or
its word lists. Most are GOOD, complete work that uses the same words legitimately; each has a near miss that
must be refused:

* ``circular``: "where the parents sleep: in a cot beside their bed", "managed as per the NAS guideline", "is
  what she wants and what we support"; near misses that only restate themselves;
* ``praise``: praise of the mother's engagement beside a decision; near misses praising the assessment only;
* ``attention``: "keep the baby in view of an adult who has not taken diazepam", "keep in mind" beside an
  action; near misses of attention only;
* ``hand-off``: "at her own discretion within the agreed range", a list the clinician settles; near misses
  handing everything over, "nothing can be excluded";
* ``population``: population facts followed by "so this baby ..."; "as advised for every pregnant woman" beside
  her own plan; near misses of population facts and advice for everyone only;
* ``reasons``: not-of-concern reasons citing a pharmacist's finding with its content; near misses that only
  point to a person or report a verdict;
* ``items``: conditional item answers that also say what will happen, "discussed and she chose bottle feeding";
  near misses of would/might only, "Feeding discussed.", "Plan in notes.";
* ``routes``: long-ish valid MESH ids, telephone values in many real formats, "as usual" beside a full
  hand-over; near misses (13 characters, the ODS code alone, labels with no number, "as usual" alone);
* ``disguise``: about a fifth of the corpus, texts from above in look-alike letters, zero-width characters,
  soft hyphens, bidi marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (medicines added here carry no code).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh91_cases`` for the counts per category.
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
    N,
    P,
    V,
    add_medicine,
    conclusion_of,
    gp_prescriber,
    medicine,
    overall_of,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F91CASES: list[Case] = []

CATEGORIES = (
    "circular",
    "praise",
    "attention",
    "hand-off",
    "population",
    "reasons",
    "items",
    "routes",
    "disguise",
)

CI, PR, AT, HO, PO, RE, IT, RT, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F91CASES.append(Case(f"f91-{name}", category, expect, base, mutate, why))


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

MC = conclusion_of(M, "asm-methadone")
SC = conclusion_of(M, "asm-sertraline")
CC = conclusion_of(C, "asm-citalopram")
LC = conclusion_of(L, "asm-lithium")
VC = conclusion_of(V, "asm-valproate")
DC = conclusion_of(F, "asm-diazepam-pregabalin")
QC = conclusion_of(P, "asm-partner-quetiapine")
MO, CO, LO, VO, FO, PO_ = (overall_of(b) for b in (M, C, L, V, F, P))

SETTERS: dict[str, tuple[str, Setter, str]] = {
    "meth": (M, meth, MC),
    "sert": (M, sert, SC),
    "mo": (M, overall, MO),
    "cit": (C, cit, CC),
    "co": (C, overall, CO),
    "lith": (L, lith, LC),
    "lo": (L, overall, LO),
    "valp": (V, valp, VC),
    "vo": (V, overall, VO),
    "dzp": (F, dzp, DC),
    "fo": (F, overall, FO),
    "quet": (P, quet, QC),
    "po": (P, overall, PO_),
}


def cyr(text: str) -> str:
    return homoglyphs(text, "aeopc")


def greek(text: str) -> str:
    return homoglyphs(text, "oivx", variant=1)


def zwsp(text: str) -> str:
    return inside_words(text, "\u200b", every=3)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


def lrm(text: str) -> str:
    return " ".join(f"\u2066{word}\u2069" for word in text.split(" "))


def fw(text: str) -> str:
    return full_width(text)


Disguise = Callable[[str], str]


def case(
    name: str,
    category: str,
    expect: Expect,
    where: str,
    extra: str,
    why: str,
    *,
    whole: bool = False,
    disguise: Disguise | None = None,
) -> None:
    """The shipped conclusion at `where` with `extra` appended, or replaced by it (whole=True); and, when a
    disguise is given, the same text disguised (same verdict)."""
    base, setter, shipped = SETTERS[where]
    text = extra if whole else f"{shipped} {extra}"
    add(name, category, expect, base, setter(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, setter(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def ok(
    name: str, category: str, where: str, extra: str, why: str, *, whole: bool = True, disguise: Disguise | None = None
) -> None:
    case(name, category, PASS, where, extra, why, whole=whole, disguise=disguise)


def bad(
    name: str, category: str, where: str, extra: str, why: str, *, whole: bool = True, disguise: Disguise | None = None
) -> None:
    case(name, category, REFUSE, where, extra, why, whole=whole, disguise=disguise)


def item(
    name: str,
    category: str,
    expect: Expect,
    base: str,
    path: str,
    text: str,
    why: str,
    *,
    disguise: Disguise | None = None,
) -> None:
    """One assessment item answer set to `text` (and, with a disguise, its disguised twin)."""
    add(name, category, expect, base, set_(path, text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, set_(path, disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def reason(
    name: str, expect: Expect, product: str, dose: str, text: str, why: str, *, disguise: Disguise | None = None
) -> None:
    """The postnatal record with nothing of concern, given one uncoded medicine classified with `text`."""

    def mutation(value: str) -> Mutation:
        return add_medicine(
            medicine("med-extra", product, dose, "2026-04-05", gp_prescriber(RIVERSIDE), not_of_concern_reason=value)
        )

    add(name, RE, expect, N, mutation(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, N, mutation(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def route(
    name: str, expect: Expect, base: str, path: str, value: str, why: str, *, disguise: Disguise | None = None
) -> None:
    add(name, RT, expect, base, set_(path, value), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, set_(path, disguise(value)), f"{why} [disguised: {disguise.__name__}]")


# ============================================================================================================
# circular: words that come back as their own predicate used legitimately, and near misses that only do that.

ok(
    "ci-meth-sleeps-where-parents-sleep",
    CI,
    "meth",
    "Methadone 60 mg continues through pregnancy. The baby sleeps where the parents sleep: in a cot beside their "
    "bed, never in their bed or on the sofa, because she is drowsy for hours after her dose. Expect NAS; the ward "
    "scores the baby for at least 72 hours and breastfeeding is encouraged.",
    "'sleeps where the parents sleep' is defined by a real place and a reason",
    disguise=cyr,
)
ok(
    "ci-meth-managed-as-per-nas-guideline",
    CI,
    "meth",
    "Methadone 60 mg daily continues unchanged. The baby's withdrawal will be managed as per the NAS guideline: "
    "Finnegan scoring 4-hourly on the postnatal ward for at least 72 h, HV checks for late signs to day 8. "
    "Breastfeeding encouraged; no co-sleeping after her dose.",
    "'managed as per the NAS guideline' names a guideline and what it means",
    disguise=zwsp,
)
ok(
    "ci-sert-what-she-wants",
    CI,
    "sert",
    "Continuing sertraline 100 mg is what she wants and what we support: she relapsed when she stopped it in 2023. "
    "The baby may be jittery or feed poorly for the first 2-3 days, so the midwife will watch feeds and breathing "
    "on the ward before discharge.",
    "'is what she wants and what we support' beside a reason and a plan for the baby",
)
ok(
    "ci-cit-plan-is-continue",
    CI,
    "cit",
    "The plan is the plan we agreed at 12/40 and it still holds: citalopram 20 mg continues, the midwife watches "
    "the baby for adaptation symptoms for 48 h and breastfeeding is supported.",
    "a plan named and then stated in full",
)
ok(
    "ci-lith-dose-is-the-dose",
    CI,
    "lith",
    "Lithium stays at 800 mg nocte: the dose that kept her well is the dose she keeps, with levels monthly, weekly "
    "from 36/40 and within 24 h of birth. Baby to have a paediatric review after delivery; she will bottle feed "
    "as breastfeeding on lithium is not advised.",
    "a dose said to be the dose, with the dose given and the baby's plan",
)
ok(
    "ci-quet-arrangement-stays",
    CI,
    "quet",
    "The father's quetiapine 300 mg at night leaves him too drowsy to wake for the baby. The arrangement stays as "
    "it is because it works: mum does every night feed and the baby sleeps in her own crib, never in his bed or "
    "on the sofa with him. HV to check at each visit.",
    "'stays as it is' followed by what the arrangement is",
)
ok(
    "ci-dzp-care-is-care-by-awake-adult",
    CI,
    "dzp",
    "Diazepam and pregabalin continue for now. Night care is care by an adult who is awake and has taken neither: "
    "the foster carer does the night feeds and the baby sleeps in a cot in her room. Watch for late withdrawal "
    "until day 8; diazepam to be reduced slowly from the 6-week review.",
    "a circular-looking opening defined by who does what",
)
ok(
    "ci-mo-as-it-was-at-booking",
    CI,
    "mo",
    "Methadone and sertraline stay as they were at booking: methadone 60 mg daily, sertraline 100 mg daily. Baby "
    "to be observed for NAS on the postnatal ward for 72 h minimum; breastfeeding supported; no co-sleeping after "
    "the methadone dose, and the SW and HV will see the cot before discharge.",
    "'stay as they were' followed by the doses and the baby's plan",
)
ok(
    "ci-vo-what-it-is-specified",
    CI,
    "vo",
    "The exposure is what it is - 8 weeks of valproate 500 mg bd - and cannot be undone, so valproate continues "
    "unchanged until the urgent neurology review, fetal medicine will scan early and folic acid 5 mg continues. "
    "She must not stop valproate suddenly because of the seizure risk.",
    "'is what it is' followed by what the exposure is and what will be done",
)
ok(
    "ci-po-routine-is-routine",
    CI,
    "po",
    "Paracetamol raises no concern. The father's quetiapine makes him heavily sedated at night, so the night "
    "routine is the routine they already keep: the mother does all night feeds and the baby sleeps in her crib, "
    "never with the father on a bed, sofa or armchair. HV to keep checking.",
    "'the routine is the routine they already keep' followed by the routine",
)
bad(
    "ci-meth-managed-as-managed",
    CI,
    "meth",
    "Methadone will be managed as it is managed, and the baby will be looked after as babies are looked after.",
    "circular throughout: nothing about this baby or what anyone will do",
)
bad(
    "ci-sert-is-what-it-is",
    CI,
    "sert",
    "Sertraline is what it is and the situation for the baby is what it is; it will be whatever it turns out to be.",
    "circular: is what it is, whatever it turns out to be",
)
bad(
    "ci-quet-arrangement-is-arrangement",
    CI,
    "quet",
    "The father's quetiapine: the arrangement is the arrangement and the baby's nights will be as they will be.",
    "the arrangement is the arrangement: states nothing",
    disguise=shy,
)
bad(
    "ci-lith-plan-will-be-the-plan",
    CI,
    "lith",
    "Lithium: the plan for the baby will be the plan that is planned, and the levels will be the levels.",
    "circular plan and levels",
)
bad(
    "ci-dzp-care-is-care",
    CI,
    "dzp",
    "Diazepam and pregabalin: care will be provided as care is provided, and sleep will be managed as sleep is "
    "managed.",
    "circular care and sleep",
)

# ============================================================================================================
# praise: praise of the mother beside a decision; near misses praising the assessment itself.

ok(
    "pr-meth-engaged-decision",
    PR,
    "meth",
    "She has engaged well with the drug service and every antenatal appointment, and methadone 60 mg continues "
    "unchanged. Her baby is likely to show NAS: the ward will score for at least 72 h; breastfeeding is "
    "encouraged; no co-sleeping after her dose.",
    "praise of the mother's engagement beside a decision and the baby's plan",
    disguise=greek,
)
ok(
    "pr-cit-credit-to-her",
    PR,
    "cit",
    "It is to her credit that she asked early about citalopram in pregnancy. We agreed citalopram 20 mg continues; "
    "the midwife will watch the baby for adaptation symptoms in the first 48 h and breastfeeding is supported.",
    "praise of the mother, then a decision and a plan for the baby",
)
ok(
    "pr-lith-thorough-levels",
    PR,
    "lith",
    "She has kept every lithium level appointment this pregnancy, which is reassuring; lithium 800 mg nocte "
    "continues, levels weekly from 36/40 and within 24 h of birth, paediatric review of the baby, bottle feeding.",
    "engagement praised; the plan is complete",
)
ok(
    "pr-quet-father-commended",
    PR,
    "quet",
    "The father is commended for being open about how his quetiapine 300 mg knocks him out at night. He will not "
    "do night feeds or share a bed or sofa with the baby after his dose; the mother does the nights and the HV "
    "checks the crib at every visit.",
    "praise of the father's honesty, then the arrangement",
)
ok(
    "pr-dzp-mother-worked-hard",
    PR,
    "dzp",
    "Mum has worked hard on the ward and cares for the baby well with prompting. Diazepam and pregabalin continue "
    "for now; she must not co-sleep or feed lying down, night feeds by the foster carer, and the baby is watched "
    "for late withdrawal to day 8.",
    "praise of the mother's care beside the plan",
    disguise=fw,
)
ok(
    "pr-mo-thorough-and-careful",
    PR,
    "mo",
    "A careful, shared plan that she helped write: continue methadone 60 mg and sertraline 100 mg; NAS observation "
    "on the postnatal ward for 72 h; breastfeeding supported; no co-sleeping because methadone sedates her; SW "
    "and HV to see the sleeping arrangements before discharge.",
    "the plan described as careful, and then given in full",
)
ok(
    "pr-valp-open-about-pregnancy",
    PR,
    "valp",
    "She did well to tell us at 8 weeks. Valproate 500 mg bd must continue until neurology sees her urgently - "
    "stopping suddenly risks seizures; the baby was exposed in the first trimester so fetal medicine will scan "
    "early; folic acid 5 mg started today.",
    "praise of the mother's early disclosure beside a decision",
)
bad(
    "pr-meth-thorough-compassionate",
    PR,
    "meth",
    "A thorough, compassionate assessment of methadone that gives full weight to the needs of mother and baby "
    "and reflects best practice throughout.",
    "praise of the assessment: decides nothing",
)
bad(
    "pr-sert-comprehensive-balanced",
    PR,
    "sert",
    "This is a comprehensive and balanced review of sertraline in pregnancy, sensitive to the baby's wellbeing and "
    "to the mother's mental health.",
    "praise of the review itself",
)
bad(
    "pr-lith-exemplary",
    PR,
    "lith",
    "An exemplary, holistic and person-centred lithium assessment which considers the baby at every step.",
    "praise only",
)
bad(
    "pr-po-robust-review",
    PR,
    "po",
    "A robust, multidisciplinary review of the father's quetiapine and the mother's paracetamol, giving full "
    "weight to the safety of the baby.",
    "praise of the review; no arrangement stated",
)

# ============================================================================================================
# attention: keep in view of an adult, keep in mind beside an action; near misses of attention only.

ok(
    "at-dzp-keep-in-view",
    AT,
    "dzp",
    "Diazepam and pregabalin continue for now. Keep the baby in view of an adult who has not taken diazepam at all "
    "times she holds him after a dose; she must not co-sleep or feed lying down; the foster carer does night "
    "feeds. Late withdrawal possible to day 8.",
    "'keep the baby in view of an adult' is an instruction about the baby",
    disguise=cyr,
)
ok(
    "at-quet-keep-crib-in-view",
    AT,
    "quet",
    "The father's quetiapine 300 mg makes him too drowsy at night. After his dose the baby stays in her crib in "
    "view of the mother, who does the night feeds; he must not share a bed or sofa with the baby. HV to check.",
    "'in view of the mother' is an arrangement",
)
ok(
    "at-meth-bear-in-mind-and-score",
    AT,
    "meth",
    "Methadone 60 mg continues. Bear in mind that NAS signs can start as late as day 8: the ward scores the baby "
    "for at least 72 h and the HV checks on days 5 and 8. Breastfeeding encouraged; no co-sleeping after her dose.",
    "'bear in mind' beside what the ward and HV will do",
)
ok(
    "at-sert-keep-in-mind-pphn",
    AT,
    "sert",
    "Sertraline 100 mg continues. The paediatric team should keep PPHN in mind if the baby breathes fast after "
    "birth and will check oxygen saturations before discharge; midwife to watch for adaptation symptoms for 48 h.",
    "keep in mind beside a concrete check",
)
ok(
    "at-lith-under-review-weekly",
    AT,
    "lith",
    "Lithium 800 mg continues. Her levels are kept under review weekly from 36 weeks and within 24 hours of "
    "birth; the baby has a paediatric review after delivery and will be bottle fed.",
    "'kept under review weekly' has a time and a measure",
)
ok(
    "at-fo-watchful-adult",
    AT,
    "fo",
    "Diazepam and pregabalin continue for now. The baby is kept within sight of a wakeful adult who has not taken "
    "either medicine; no bed, sofa or armchair sharing with mum; night feeds by the foster carer; late withdrawal "
    "signs watched for until day 8 by the foster carer and HV.",
    "within sight of a wakeful adult: an arrangement",
    disguise=zwsp,
)
ok(
    "at-cit-keep-her-mood-in-view",
    AT,
    "cit",
    "Citalopram 20 mg continues through pregnancy. The GP will keep her mood in view at every antenatal contact "
    "and at the 6-week check; the midwife will watch the baby for adaptation signs for 48 h; breastfeeding "
    "supported.",
    "'keep in view' with who, when and a plan for the baby",
)
bad(
    "at-meth-bear-in-mind",
    AT,
    "meth",
    "Methadone: bear the baby's withdrawal risk and the sleeping arrangements in mind.",
    "attention only: nobody does anything",
    disguise=cyr,
)
bad(
    "at-sert-keep-in-view",
    AT,
    "sert",
    "Sertraline: keep the baby's breathing and feeding in view and the mother's mood under consideration.",
    "keep in view / under consideration: no action",
)
bad(
    "at-dzp-keep-under-consideration",
    AT,
    "dzp",
    "Diazepam and pregabalin: the baby's sedation risk and withdrawal are to be kept under consideration by all.",
    "kept under consideration",
)
bad(
    "at-quet-be-mindful",
    AT,
    "quet",
    "The father's quetiapine should be borne in mind by everyone caring for the baby at night.",
    "borne in mind: no arrangement",
)

# ============================================================================================================
# hand-off: discretion within an agreed range; the clinician settles the list; near misses hand everything over.

ok(
    "ho-dzp-own-discretion-within-range",
    HO,
    "dzp",
    "Diazepam and pregabalin continue for now. Pregabalin may be taken at her own discretion within the agreed "
    "range of 75-150 mg bd, never more; diazepam stays 5 mg tds until the 6-week review. She must not co-sleep or "
    "feed lying down; the foster carer does night feeds; watch for late withdrawal to day 8.",
    "'at her own discretion within the agreed range' is a decided limit",
    disguise=greek,
)
ok(
    "ho-meth-we-settled",
    HO,
    "meth",
    "Methadone 60 mg daily continues. We settled the dose, the feeding and the sleeping arrangements today: no "
    "change to the dose, breastfeeding encouraged, cot beside the parents' bed. The ward will score the baby for "
    "NAS for at least 72 h.",
    "a list the clinician settles, with each answer",
)
ok(
    "ho-sert-ward-to-decide-time",
    HO,
    "sert",
    "Sertraline 100 mg continues. The midwife watches the baby for adaptation symptoms for at least 48 h; the ward "
    "may decide to keep her longer at their discretion if feeding is poor, but never less than 48 h.",
    "discretion to extend a minimum that is stated",
)
ok(
    "ho-lith-no-cause-excluded",
    HO,
    "lith",
    "Lithium 800 mg continues. If the baby is floppy or feeds poorly after birth, the paediatrician will check a "
    "lithium level and thyroid function; no cause will be assumed until those results are back. Bottle feeding "
    "as breastfeeding on lithium is not advised; maternal level within 24 h of birth.",
    "a condition with what follows, and a plan",
)
ok(
    "ho-mo-as-she-chooses-within-plan",
    HO,
    "mo",
    "Continue methadone 60 mg and sertraline 100 mg. She may take sertraline morning or evening as she chooses; "
    "the methadone dose stays supervised. Baby observed for NAS on the postnatal ward for 72 h; breastfeeding "
    "supported; no co-sleeping after methadone; SW and HV see the cot before discharge.",
    "'as she chooses' limited to timing inside a decided plan",
)
ok(
    "ho-po-parents-decide-feeds",
    HO,
    "po",
    "Paracetamol raises no concern. The father's quetiapine makes him too sedated at night; the parents decided "
    "together that mum does every night feed and the baby sleeps in her own crib, never with him on a bed or sofa. "
    "HV will check this at each visit.",
    "the parents' decision is stated in full",
)
bad(
    "ho-meth-ward-as-sees-fit",
    HO,
    "meth",
    "Methadone: the ward will settle the baby's observation, feeding and sleeping arrangements as it sees fit.",
    "hand-off at the end of a list",
    disguise=greek,
)
bad(
    "ho-sert-midwife-discretion",
    HO,
    "sert",
    "Sertraline: observation of the baby after birth and breastfeeding advice are at the midwife's discretion.",
    "at the midwife's discretion hands over",
)
bad(
    "ho-dzp-foster-carer-discretion",
    HO,
    "dzp",
    "Diazepam and pregabalin: night feeds, where the baby sleeps and watching for withdrawal are at the foster "
    "carer's discretion.",
    "everything at the carer's discretion",
)
bad(
    "ho-lith-nothing-excluded",
    HO,
    "lith",
    "Lithium: nothing can be excluded for the baby at this stage and every outcome remains possible.",
    "nothing can be excluded",
)
bad(
    "ho-quet-family-as-they-wish",
    HO,
    "quet",
    "The father's quetiapine: the family will arrange night feeds and where the baby sleeps as they see fit.",
    "hand-off to the family",
)

# ============================================================================================================
# population: population facts then "so this baby"; advice for everyone beside her own plan.

ok(
    "po-meth-so-this-baby",
    PO,
    "meth",
    "Up to 80% of babies exposed to methadone develop some NAS, so this baby will be scored on the postnatal ward "
    "for at least 72 h and the HV will look for late signs until day 8. Methadone 60 mg continues; breastfeeding "
    "encouraged; no co-sleeping after her dose.",
    "a population fact followed by 'so this baby ...'",
    disguise=cyr,
)
ok(
    "po-sert-3-in-1000-so",
    PO,
    "sert",
    "PPHN follows late SSRI exposure in about 3 in 1,000 babies, so her baby will have saturations checked before "
    "leaving the ward and the midwife will watch feeds for 48 h. Sertraline 100 mg continues because relapse is "
    "the bigger risk.",
    "a rate followed by what happens to this baby",
)
ok(
    "po-valp-1-in-10-therefore",
    PO,
    "valp",
    "About 1 in 10 babies exposed to valproate in the first trimester have a major malformation, therefore this "
    "baby needs the early fetal medicine scan booked today. Valproate 500 mg bd continues until the urgent "
    "neurology review; folic acid 5 mg started.",
    "population rate, therefore this baby's plan",
)
ok(
    "po-dzp-half-of-babies-so",
    PO,
    "dzp",
    "Roughly half of babies exposed to benzodiazepines and gabapentinoids together show withdrawal, so this baby "
    "stays on the ward 5 days and the foster carer watches for late signs to day 8. Diazepam and pregabalin "
    "continue for now; no co-sleeping or feeding lying down.",
    "half of babies, so this baby",
)
ok(
    "po-mo-every-woman-and-her",
    PO,
    "mo",
    "Every pregnant woman on methadone should be offered NAS observation for her baby; she accepted, so her baby "
    "will stay 72 h on the postnatal ward. Methadone 60 mg and sertraline 100 mg continue; breastfeeding "
    "supported; no co-sleeping; SW and HV check the cot before discharge.",
    "advice for every woman, then what she chose and what happens",
    disguise=shy,
)
ok(
    "po-lith-for-all-and-for-her",
    PO,
    "lith",
    "As for all women on lithium, breastfeeding is not advised, and she will bottle feed. Lithium 800 mg continues "
    "with levels weekly from 36/40 and within 24 h of birth; paediatric review of the baby after delivery.",
    "'as for all women' followed by her own choice and plan",
)
ok(
    "po-quet-most-fathers-but-this",
    PO,
    "quet",
    "Most adults on 300 mg of quetiapine are hard to wake at night, and this father is: he will not do night "
    "feeds or share a bed or sofa with the baby after his dose. Mum does the nights; the HV checks the crib.",
    "population fact, then this father and this baby",
)
ok(
    "po-cit-safe-sleep-advice-for-her",
    PO,
    "cit",
    "Citalopram 20 mg continues. Every baby should sleep on its back in its own cot, and hers will: she has a "
    "crib for their room. Midwife to watch the baby for adaptation symptoms for 48 h; breastfeeding supported.",
    "advice for every baby followed by 'and hers will'",
)
bad(
    "po-meth-80-percent",
    PO,
    "meth",
    "Methadone: up to 80% of exposed babies develop NAS and around half of those need morphine treatment.",
    "population only: nothing about this baby",
    disguise=cyr,
)
bad(
    "po-sert-every-woman-should",
    PO,
    "sert",
    "Sertraline: every pregnant woman should continue her antidepressant where relapse is likely, and every baby "
    "should be watched after birth.",
    "advice for every woman and baby",
)
bad(
    "po-dzp-babies-in-general",
    PO,
    "dzp",
    "Diazepam and pregabalin: babies exposed to both commonly show withdrawal by day 3 and mothers taking them "
    "are often drowsy at night.",
    "population facts only",
)
bad(
    "po-lith-all-women",
    PO,
    "lith",
    "Lithium: all women on lithium should have levels checked and all babies exposed to lithium should have a "
    "paediatric review.",
    "advice for all women and babies",
)

# ============================================================================================================
# reasons: not-of-concern reasons citing a pharmacist's finding; near misses pointing to a person or a verdict.

reason(
    "re-domperidone-pharmacist-finding",
    PASS,
    "Domperidone 10mg tablets",
    "10 mg three times a day",
    "Practice pharmacist checked the UKDILAS entry: domperidone passes into breast milk in very small amounts, "
    "does not sedate the baby and is used to support supply; no concern for the baby.",
    "a pharmacist's finding with its content",
    disguise=greek,
)
reason(
    "re-mebeverine-pharmacist-content",
    PASS,
    "Mebeverine 135mg tablets",
    "135 mg three times a day",
    "Pharmacist Bethany Cole confirmed mebeverine is hardly absorbed, does not sedate and is compatible with "
    "breastfeeding.",
    "the pharmacist's confirmation with what was confirmed",
)
reason(
    "re-famotidine-says-ok-because",
    PASS,
    "Famotidine 20mg tablets",
    "20 mg twice a day",
    "Pharmacist says OK because famotidine is an H2 blocker that does not sedate and passes into milk in "
    "amounts too small to affect the baby.",
    "'Pharmacist says OK' followed by the reason",
)
reason(
    "re-simeticone-see-pharmacist-plus",
    PASS,
    "Simeticone 40mg/ml oral suspension",
    "2.5 ml with feeds",
    "Not absorbed from the gut, so none reaches the baby through milk and it cannot sedate. See pharmacist's "
    "note of 5 April for the reference.",
    "a reason with a pointer beside it",
)
reason(
    "re-domperidone-see-pharmacist",
    REFUSE,
    "Domperidone 10mg tablets",
    "10 mg three times a day",
    "See pharmacist.",
    "points to a person only",
    disguise=greek,
)
reason(
    "re-mebeverine-pharmacist-says-ok",
    REFUSE,
    "Mebeverine 135mg tablets",
    "135 mg three times a day",
    "Pharmacist says OK.",
    "reports a verdict only",
)
reason(
    "re-famotidine-cleared-by",
    REFUSE,
    "Famotidine 20mg tablets",
    "20 mg twice a day",
    "Cleared by Bethany Cole, practice pharmacist.",
    "reports someone's verdict with no content",
)
reason(
    "re-simeticone-ask-gp",
    REFUSE,
    "Simeticone 40mg/ml oral suspension",
    "2.5 ml with feeds",
    "Discussed with Dr Shah, who was happy.",
    "a person's verdict only",
)

# ============================================================================================================
# items: conditional answers that also say what happens; near misses of would/might only and bare notes.

WD_M = "assessments#asm-methadone.impact_on_baby.neonatal_withdrawal_plan"
BF_M = "assessments#asm-methadone.impact_on_baby.breastfeeding"
SS_M = "assessments#asm-methadone.impact_on_mother.safe_sleep"
WD_F = "assessments#asm-diazepam-pregabalin.impact_on_baby.neonatal_withdrawal_plan"
BF_F = "assessments#asm-diazepam-pregabalin.impact_on_baby.breastfeeding"
SS_F = "assessments#asm-diazepam-pregabalin.impact_on_mother.safe_sleep"
BF_L = "assessments#asm-lithium.impact_on_baby.breastfeeding"
SS_P = "assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep"
BF_C = "assessments#asm-citalopram.impact_on_baby.breastfeeding"

item(
    "it-meth-were-baby-plus-plan",
    IT,
    PASS,
    M,
    WD_M,
    "Were the baby to show signs early, scoring might start sooner; either way the ward observes the baby for at "
    "least 72 h under the NAS guideline and the HV checks for late signs until day 8.",
    "a condition with would/might, plus what will happen",
    disguise=cyr,
)
item(
    "it-meth-if-signs-then-scoring",
    IT,
    PASS,
    M,
    WD_M,
    "If the baby shows tremor, poor feeding or a high-pitched cry, the midwife will start Finnegan scoring and "
    "call the neonatal team; the baby stays on the postnatal ward for 72 h regardless.",
    "a condition with what will follow",
)
item(
    "it-f-should-signs-plus-days",
    IT,
    PASS,
    F,
    WD_F,
    "Observed 5 days on the ward: mild signs on day 3, no treatment. Should late signs appear, the foster carer "
    "will call the neonatal unit the same day; HV visits on days 6 and 8.",
    "a condition plus what was and will be done",
)
item(
    "it-f-discussed-chose-bottle",
    IT,
    PASS,
    F,
    BF_F,
    "Discussed and she chose bottle feeding; diazepam and pregabalin in milk therefore do not arise, and the "
    "foster carer makes up feeds.",
    "'discussed and she chose bottle feeding' answers",
    disguise=zwsp,
)
item(
    "it-m-feeding-discussed-breast",
    IT,
    PASS,
    M,
    BF_M,
    "Feeding discussed at 28/40: she plans to breastfeed and this is encouraged on a stable methadone dose; "
    "she should not stop breastfeeding abruptly if the dose changes.",
    "'feeding discussed' followed by what was decided",
)
item(
    "it-l-bottle-chosen",
    IT,
    PASS,
    L,
    BF_L,
    "Discussed at 24/40 and she chose bottle feeding, as lithium passes into milk and can reach toxic levels in "
    "the baby.",
    "discussed and chosen, with the reason",
)
item(
    "it-c-plan-in-notes-plus",
    IT,
    PASS,
    C,
    BF_C,
    "Breastfeeding is compatible with citalopram 20 mg; the midwife will watch for drowsiness or poor feeding. "
    "Full plan also in notes.",
    "'plan in notes' beside the answer",
)
item(
    "it-p-sleep-where-parents-sleep",
    IT,
    PASS,
    P,
    SS_P,
    "The baby sleeps where the parents sleep: in a crib beside their bed, on the mother's side. The father "
    "never has the baby in bed or on the sofa after his quetiapine.",
    "safe sleep described with place and rule",
)
item(
    "it-m-ss-would-plus-rule",
    IT,
    PASS,
    M,
    SS_M,
    "Co-sleeping after her dose would be dangerous, so she has agreed never to share a bed or sofa with the "
    "baby; cot beside the parents' bed, to be seen at the first home visit.",
    "a would-clause followed by the agreement",
)
item(
    "it-meth-were-baby-only",
    IT,
    REFUSE,
    M,
    WD_M,
    "Were the baby to show signs of withdrawal, scoring might start and the neonatal team might be called.",
    "only conditions with might",
)
item(
    "it-f-should-would-only",
    IT,
    REFUSE,
    F,
    WD_F,
    "Should the baby become irritable, observation would be extended and treatment could be considered.",
    "only what would or could follow",
)
item("it-m-feeding-discussed", IT, REFUSE, M, BF_M, "Feeding discussed.", "answers nothing")
item("it-m-plan-in-notes", IT, REFUSE, M, WD_M, "Plan in notes.", "points elsewhere")
item("it-c-feeding-discussed-with-mum", IT, REFUSE, C, BF_C, "Feeding discussed with mum.", "answers nothing")
item(
    "it-p-ss-might",
    IT,
    REFUSE,
    P,
    SS_P,
    "If the father took his dose late, co-sleeping might be risky and a crib might be needed.",
    "conditions and mights only",
)

# ============================================================================================================
# routes: MESH ids, telephone values, manual hand-over "as usual".

HV_MB = "recipients#rcp-hv.route.mailbox"
MW_MB = "recipients#rcp-midwife.route.mailbox"
SW_TEL = "safeguarding.social_worker.telephone"
FC_DESC = "recipients#rcp-foster-carer.route.description"

route("rt-mesh-12-chars", PASS, M, HV_MB, "X26HC003OT01", "a 12-character mailbox id")
route("rt-mesh-ods-plus-suffix", PASS, M, HV_MB, "Y90500HV001", "the ODS code with a mailbox suffix")
route("rt-mesh-10-chars", PASS, M, MW_MB, "RBA26MW004", "a 10-character id")
route("rt-mesh-11-chars-digits", PASS, M, MW_MB, "X26HC002010", "an 11-character id")
route("rt-mesh-13-chars", REFUSE, M, HV_MB, "X26HC003OT012", "13 characters: longer than MESH issues")
route("rt-mesh-ods-alone", REFUSE, M, HV_MB, "Y90500", "the ODS code alone")
route("rt-tel-duty-desk", PASS, M, SW_TEL, "Duty desk: 01632 960999", "a label and a number", disguise=fw)
route("rt-tel-two-numbers", PASS, M, SW_TEL, "01632 960123 (direct) / 07700 900456 (mobile)", "two numbers")
route("rt-tel-plus44-zero", PASS, M, SW_TEL, "+44 (0)1632 960123", "+44 with the (0)")
route("rt-tel-extension", PASS, M, SW_TEL, "01632 960000 ext. 4521", "switchboard and extension")
route(
    "rt-tel-hours-note",
    PASS,
    M,
    SW_TEL,
    "0300 123 4567 (Mon-Fri 9-5; out of hours EDT 01632 960777)",
    "a number with a note of hours and a second number",
)
route("rt-tel-brackets-area", PASS, M, SW_TEL, "(01632) 960123", "area code in brackets")
route("rt-tel-mobile-intl", PASS, M, SW_TEL, "+44 7700 900123", "an international mobile")
route(
    "rt-tel-label-direct-line",
    PASS,
    F,
    SW_TEL,
    "Direct line - 01632 960456, team 01632 960400",
    "labelled direct line and a team number",
)
route("rt-tel-label-tbc", REFUSE, M, SW_TEL, "Duty desk: tbc", "a label and a placeholder")
route("rt-tel-hours-only", REFUSE, M, SW_TEL, "Mon-Fri 9-5 via duty desk", "hours are no number")
route("rt-tel-one-repeated", REFUSE, M, SW_TEL, "01632 960123 / 00000 000000", "one of two numbers repeated zeros")
route("rt-tel-ask-switchboard", REFUSE, F, SW_TEL, "Ring switchboard and ask", "no number")
route(
    "rt-manual-as-usual-full",
    PASS,
    F,
    FC_DESC,
    "As usual, the ward midwife handed a printed copy to the foster carer at the discharge planning meeting on "
    "2026-06-12 and read the plan through with her.",
    "'as usual' beside a full hand-over",
    disguise=greek,
)
route(
    "rt-manual-usual-post",
    PASS,
    F,
    FC_DESC,
    "Printed letter sent by recorded post to Sandra Hollis at the placement, as we usually do for Brightwater "
    "carers, and the SW will go through it with her on her visit.",
    "usual practice beside a described post",
)
route("rt-manual-as-usual", REFUSE, F, FC_DESC, "As usual.", "says no hand-over")
route(
    "rt-manual-same-as-usual", REFUSE, F, FC_DESC, "Same arrangement as usual for this carer.", "no hand-over described"
)


# ============================================================================================================
# More good work in clinicians' own voices, each using one of the new readings' words legitimately.

ok(
    "ci-meth-soap-managed-as-per",
    CI,
    "meth",
    "S: stable, no on-top use. O: UDS clear x3. A: methadone 60 mg od, baby at risk of NAS. P: continue "
    "methadone; NAS managed as per the trust guideline (72 h on PNW, Finnegan 4-hrly); BF encouraged; no "
    "co-sleeping after dose - cot beside bed, HV to see it.",
    "SOAP note, 'managed as per the guideline' with its content",
    disguise=shy,
)
ok(
    "ci-sert-letter-what-we-support",
    CI,
    "sert",
    "Dear colleague, staying on sertraline 100 mg is what she wants and what we support. Please watch her baby "
    "for jitteriness, fast breathing and poor feeding for 48 h after birth and check sats before discharge.",
    "a letter: her wish and our support, with the baby's plan",
    disguise=greek,
)
ok(
    "ci-quet-bullets-sleeps-where",
    CI,
    "po",
    "- Paracetamol: no concern\n- Father's quetiapine 300 mg nocte: too sedated for night care\n- Baby sleeps "
    "where the parents sleep: in a crib beside their bed, mum's side\n- No bed/sofa sharing with dad after dose\n"
    "- HV to check at every contact",
    "bullets: the crib beside their bed",
    disguise=cyr,
)
ok(
    "pr-sert-well-engaged-continue",
    PR,
    "sert",
    "Well engaged with the perinatal team and her mood is the best it has been; sertraline 100 mg continues. "
    "Midwife to watch the baby for adaptation symptoms over the first 48 h; sats before discharge.",
    "engagement praised beside a decision",
    disguise=zwsp,
)
ok(
    "pr-po-parents-managed-brilliantly",
    PR,
    "po",
    "The parents have managed nights brilliantly: paracetamol is no concern, and because the father's quetiapine "
    "sedates him the mother does every night feed and the baby sleeps in her own crib, never in bed or on the "
    "sofa with him. HV will keep checking.",
    "praise of the parents with the arrangement",
    disguise=fw,
)
ok(
    "at-dzp-eyes-on-baby",
    AT,
    "dzp",
    "Diazepam and pregabalin: continue both for now. For an hour after each dose the baby must be kept in view of "
    "an adult who has not taken diazepam or pregabalin - the foster carer in the placement. No co-sleeping, no "
    "feeding lying down; late withdrawal watched to day 8.",
    "keep the baby in view of a named adult for a stated time",
    disguise=cyr,
)
ok(
    "at-meth-keep-under-review-with-dates",
    AT,
    "meth",
    "Methadone 60 mg continues, kept under review by the drug service every 2 weeks to 36/40 then weekly. Baby "
    "will be scored for NAS for 72 h on PNW; breastfeeding encouraged; no bed-sharing after the dose.",
    "under review with a frequency",
    disguise=greek,
)
ok(
    "ho-dzp-discretion-to-ring",
    HO,
    "fo",
    "Diazepam and pregabalin continue for now; no bed, sofa or armchair sharing, no feeding lying down, night "
    "feeds by the foster carer. The foster carer may ring the neonatal unit at her discretion for any worry, and "
    "must ring for tremor, inconsolable crying or poor feeding up to day 8.",
    "discretion to ring more, with a must beside it",
    disguise=shy,
)
ok(
    "ho-cit-her-discretion-timing",
    HO,
    "co",
    "Citalopram 20 mg continues through pregnancy and breastfeeding; she may take it morning or night at her own "
    "discretion. Midwife to watch for neonatal adaptation symptoms for 48 h; GP mood review at 6 weeks.",
    "her discretion over timing, the plan decided",
    disguise=zwsp,
)
ok(
    "po-lo-half-of-women-so-her",
    PO,
    "lo",
    "About half of women with bipolar disorder who stop lithium relapse after birth, so she continues lithium "
    "(Priadel) 800 mg nocte with levels monthly, weekly from 36/40 and within 24 h of birth. Baby: paediatric "
    "review after birth; bottle feeding. PMH review within a week of delivery.",
    "a share of women, so her plan",
    disguise=fw,
)
ok(
    "po-fo-most-babies-but-this-one",
    PO,
    "fo",
    "Most babies exposed to diazepam and pregabalin show signs by day 3; this baby had mild signs on day 3 and "
    "needed no treatment, and may still show late signs to day 8. Diazepam and pregabalin continue; no co-"
    "sleeping; night feeds by the foster carer.",
    "population fact, then this baby's course",
)
ok(
    "re-vo-every-woman-plus-hers",
    PO,
    "vo",
    "Every woman on valproate should be on a pregnancy prevention programme; she was, and this pregnancy was "
    "unplanned. Valproate continues unchanged until the urgent neurology review; do not stop abruptly. Early "
    "fetal medicine scan and folic acid 5 mg for this baby.",
    "advice for every woman, then her own facts and plan",
)
ok(
    "ci-cit-shorthand-as-is",
    CI,
    "co",
    "Citalopram 20 mg od - continue as is (relapse on stopping 2025). Baby: MW to watch for adaptation sx 48 h, "
    "PPHN risk ~3/1000. BF supported. GP mood r/v at 6/52.",
    "shorthand 'continue as is' with the dose and plan",
)
item(
    "it-f-ss-keep-in-view",
    IT,
    PASS,
    F,
    SS_F,
    "Must never share a bed, sofa or armchair with the baby. Baby kept in view of the foster carer, who has taken "
    "nothing sedating, whenever mum holds him in the evening; cot in the foster carer's room.",
    "safe sleep with 'kept in view of' an adult",
    disguise=cyr,
)

reason(
    "re-loratadine-pharmacist-looked-up",
    PASS,
    "Loratadine 10mg tablets",
    "10 mg once daily for hay fever",
    "Pharmacist looked it up in the SPS guidance: loratadine is a non-sedating antihistamine, passes into milk "
    "in tiny amounts and is the preferred choice when breastfeeding.",
    "a pharmacist's look-up with what it found",
)
reason(
    "re-domperidone-per-pharmacist-with-content",
    PASS,
    "Domperidone 10mg tablets",
    "10 mg three times a day",
    "Per the practice pharmacist: short course to help milk supply, no sedation, very little reaches the baby; "
    "HV to stop it at 4 weeks.",
    "'per the pharmacist' followed by the finding",
)

# ============================================================================================================
# A harder second round: the new readings' words carry more of the good text's weight.

ok(
    "po-meth-semicolon-so-this-baby",
    PO,
    "meth",
    "Methadone 60 mg continues. Up to 80% of exposed babies develop NAS; so this baby stays on the postnatal ward "
    "for 72 h with 4-hourly scoring. BF encouraged; cot beside the bed, never bed-sharing after her dose.",
    "the population clause and 'so this baby' split by a semicolon",
    disguise=zwsp,
)
ok(
    "po-cit-as-for-any-baby-and-hers",
    PO,
    "cit",
    "Citalopram 20 mg continues. Back to sleep in her own cot, as for any baby, and in this family the midwife "
    "will also watch for jitteriness and poor feeding for the first 48 h; breastfeeding supported.",
    "'as for any baby' followed by what is done for this one",
)
ok(
    "pr-meth-agree-with-thorough-assessment",
    PR,
    "meth",
    "A thorough, compassionate assessment by the drug service, and I agree with it: methadone 60 mg continues, "
    "the baby will be observed for NAS for at least 72 h, breastfeeding is encouraged and she must not co-sleep "
    "after her dose.",
    "praise of an assessment followed by the decision",
    disguise=greek,
)
ok(
    "pr-vo-excellent-neurology-plan",
    PR,
    "vo",
    "Excellent joint working today. Valproate 500 mg bd continues unchanged until neurology see her this week; "
    "she must not stop it abruptly. Early fetal medicine scan booked for the baby; folic acid 5 mg started.",
    "praise of joint working beside decisions",
)
ok(
    "ho-valp-nothing-excluded-so-scan",
    HO,
    "valp",
    "Valproate 500 mg bd must continue until the urgent neurology review: stopping risks seizures. At 8 weeks "
    "nothing can be excluded for the baby, so fetal medicine will scan at 12 and 20 weeks with a detailed "
    "anomaly and heart scan; folic acid 5 mg started today.",
    "'nothing can be excluded' followed by the scans it leads to",
    disguise=fw,
)
ok(
    "ho-dzp-contact-at-sw-discretion",
    HO,
    "dzp",
    "Diazepam and pregabalin continue for now; she must never co-sleep or feed lying down, night feeds by the "
    "foster carer, late withdrawal watched to day 8. Extra daytime contact is at the SW's discretion; the night "
    "care plan is fixed.",
    "discretion over contact only; the medicine plan is decided",
)
ok(
    "ho-mo-meeting-settles-contact-only",
    HO,
    "mo",
    "The medical plan is fixed: methadone 60 mg and sertraline 100 mg continue; NAS observation 72 h on PNW; "
    "breastfeeding supported; no co-sleeping after methadone. The pre-birth meeting will settle family contact "
    "as it sees fit, which does not change any of this.",
    "a hand-off of a non-medical matter beside a decided plan",
)
ok(
    "ci-meth-what-she-takes-is-what",
    CI,
    "meth",
    "What she takes is what she is prescribed: methadone 60 mg daily, supervised, and the drug service's urine "
    "screens confirm no on-top use. The baby will need NAS observation for 72 h; BF encouraged; no co-sleeping.",
    "a circular-looking opening followed by its evidence",
)
ok(
    "ci-quet-nights-are-mums",
    CI,
    "quet",
    "Nights are mum's nights: after his 10pm quetiapine the father does no feeds and never has the baby in his "
    "bed or on the sofa; the baby sleeps in her crib beside the mother. HV to check at each visit.",
    "'nights are mum's nights' explained",
    disguise=cyr,
)
ok(
    "at-lith-bear-in-mind-toxicity-plan",
    AT,
    "lith",
    "Lithium 800 mg continues. Bear in mind that levels rise after delivery: a level within 24 h of birth, then "
    "weekly for 4 weeks. Paediatric review of the baby after birth; bottle feeding.",
    "'bear in mind' with what is done about it",
)
ok(
    "at-quet-keep-in-view-crib",
    AT,
    "po",
    "Paracetamol: no concern. The father's quetiapine sedates him heavily, so when he minds the baby in the "
    "evening before his dose the mother keeps them in view; after it he does no feeds and never shares a bed or "
    "sofa with the baby. HV to recheck the crib.",
    "keep in view beside the arrangement",
)
ok(
    "at-sert-bear-in-mind-and-refer",
    AT,
    "sert",
    "Sertraline 100 mg continues. Bear in mind her history of postnatal relapse: PNMH will see her at 2 weeks "
    "postpartum. Midwife to watch the baby for adaptation symptoms for 48 h; sats before discharge.",
    "keep in mind with a referral and a plan for the baby",
    disguise=shy,
)
item(
    "it-m-plan-in-notes-plus-plan",
    IT,
    PASS,
    M,
    WD_M,
    "NAS obs 72 h on PNW with Finnegan 4-hrly, HV to D8 (full plan in notes).",
    "'plan in notes' beside the plan",
)
item(
    "it-m-bear-in-mind-with-plan",
    IT,
    PASS,
    M,
    WD_M,
    "Bear in mind NAS can start late: observe on PNW for at least 72 h and HV checks on D5 and D8.",
    "bear in mind with a time and a place",
)
item("it-m-bear-in-mind-only", IT, REFUSE, M, WD_M, "Bear NAS in mind.", "attention only")
item(
    "it-m-keep-in-view-only",
    IT,
    REFUSE,
    M,
    SS_M,
    "Keep the sleeping arrangements under consideration.",
    "under consideration only",
)
reason(
    "re-emollient-pharmacist-gphc",
    PASS,
    "Zerobase emollient cream",
    "Apply twice a day",
    "Pharmacist (GPhC 2087654) confirmed it is a paraffin emollient used on the skin: nothing reaches the "
    "milk and it does not sedate.",
    "a pharmacist's registered finding with content",
    disguise=zwsp,
)
reason(
    "re-mebeverine-pharmacist-happy",
    REFUSE,
    "Mebeverine 135mg tablets",
    "135 mg three times a day",
    "Pharmacist happy.",
    "a verdict only",
)
reason(
    "re-famotidine-per-pharmacist",
    REFUSE,
    "Famotidine 20mg tablets",
    "20 mg twice a day",
    "Per pharmacist.",
    "points to a person only",
)
route("rt-tel-no-spaces", PASS, M, SW_TEL, "01632960123", "a number written without spaces")
route(
    "rt-tel-or-second",
    PASS,
    M,
    SW_TEL,
    "Tel: 01632 960123 or 01632 960124",
    "two numbers joined by 'or'",
    disguise=greek,
)
route("rt-tel-leave-message", PASS, F, SW_TEL, "01632 960456 (leave a message if no answer)", "a number with a note")
route("rt-tel-0044", PASS, M, SW_TEL, "0044 1632 960123", "international prefix 00")
route("rt-tel-see-switchboard", REFUSE, M, SW_TEL, "Duty desk (see switchboard)", "a label with no number")
route("rt-mesh-three-letter-ods-suffix", PASS, M, MW_MB, "RBA00MW001", "trust ODS code with a suffix")
route(
    "rt-manual-usual-full-handover",
    PASS,
    F,
    FC_DESC,
    "Handed over as usual for this placement: the ward midwife gave the foster carer a printed copy of the "
    "plan at discharge on 2026-06-12 and went through the night-care arrangements with her.",
    "'as usual' beside a described hand-over",
    disguise=cyr,
)

if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F91CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F91CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F91CASES):3}"
    )
