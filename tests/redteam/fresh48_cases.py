"""A forty-eighth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt,
fifteenth round, against the readings added today.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), CHANGELOG.md, README.md, the templates and the
examples, not from the gate's code or its word lists. Today the gate learnt to refuse plans resting only on
"could / might / may be" with a condition or alternatives, "depending on" and "as and when"; menus ("one, both or
neither") and choices left to later; "yet to be / not yet" decided; conclusions made only of class facts ("shares
a bed" read as general); yes/no questions without their mark and instructions to the writer; a guideline's name
as an item answer; a medicine named only in an aside or a list remark; the mother's medicine named as the baby's
at her dose; sedation "yes" beside "does not sedate him"; English-word brands owned or dosed; and a two-letter
slip of a held medicine read as it. About 85% of the cases here are GOOD records, written by every profession,
that use those very words legitimately (MUST PASS), beside a few hollow near misses (MUST REFUSE):

* ``could-might``: "could" and "might" in reasons and forecasts beside a plan that is decided;
* ``depending``: "depending on her scores, ward or SCBU, at least 72 hours either way"; "as and when" for top-ups
  beside a fixed plan;
* ``options``: either/or rules, and options with the choice already made, against menus and "will think about";
* ``pending``: a detail "yet to be" or "not yet" settled beside a decided plan, against nothing else;
* ``class-facts``: what a class does, "shares a bed" in general, followed by this baby's plan;
* ``questions``: "does it ...?" asked and answered; "describe", "set out", "state" in a plan for a professional;
* ``guideline``: a guideline named beside what it means here, in items and conclusions;
* ``aside``: "X as well as Y continue", "alongside methadone, sertraline continues ...", list remarks followed by
  decisions, against a medicine named only in passing;
* ``babys``: the baby's own treatment, levels and exposure, against the mother's medicine at her dose;
* ``sedation``: "not drowsy" of another person or at a time beside sedation "yes", against a plain denial;
* ``word-brands``: English words and names that are brands (a calm night, a sonata, Olena, Turgeon, the Tarka
  Trail) used as words, against the brand owned or dosed;
* ``near-names``: rare surnames and place names a letter or two from a medicine of the record;
* ``disguise``: a fifth of the cases in look-alike letters, zero-width and format characters, soft hyphens, bidi
  controls, full-width forms and combining marks.

Medicines named here are real; no clinical code is used or invented. ``test_fresh_records.py`` runs them; the
cases the gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh48_cases``
for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

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
    P,
    V,
    conclusion,
    overall,
    set_,
)
from tests.redteam.disguise import BIDI_CONTROLS, SOFT_HYPHEN, full_width, homoglyphs, inside_words

F48CASES: list[Case] = []

CATEGORIES = (
    "could-might",
    "depending",
    "options",
    "pending",
    "class-facts",
    "questions",
    "guideline",
    "aside",
    "babys",
    "sedation",
    "word-brands",
    "near-names",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F48CASES.append(Case(f"f48-{name}", category, expect, base, mutate, why))


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


def combining(text: str, mark: str = "\u0300") -> str:
    """A combining grave accent after every vowel."""
    return "".join(ch + mark if ch in "aeiou" else ch for ch in text)


def bidi(text: str) -> str:
    """Each word wrapped in a first-strong isolate and its pop."""
    return " ".join(f"{BIDI_CONTROLS[9]}{w}{BIDI_CONTROLS[10]}" for w in text.split(" "))


DISGUISES: dict[str, Callable[[str], str]] = {
    "cyrillic": lambda t: homoglyphs(t, "aeopcx"),
    "greek": lambda t: homoglyphs(t, "aoiv", variant=1),
    "zwsp": lambda t: inside_words(t, "\u200b", every=3),
    "zwnj": lambda t: inside_words(t, "\u200c", every=2),
    "shy": lambda t: inside_words(t, SOFT_HYPHEN, every=2),
    "bidi": bidi,
    "fullwidth": full_width,
    "combining": combining,
    "wordjoiner": lambda t: inside_words(t, "\u2060", every=3),
    "bom": lambda t: inside_words(t, "\ufeff", every=4),
}


# ============================================================================================================
# could-might: "could" and "might" in reasons and forecasts beside a decided plan.

ok(
    "could-tip-her-back",
    "could-might",
    M,
    meth(
        "Any cut in methadone now could tip her back into using on top, so the 60 mg dose stays as it is until after "
        "the birth. The newborn is scored for withdrawal on the postnatal ward for a minimum of 72 hours; she is "
        "encouraged to breastfeed, and after each dose the baby goes in the cot, not her bed or the sofa."
    ),
    "'could tip her back' is the reason; dose, ward stay, feeding and sleep are decided",
)
ok(
    "might-be-unsettled-sert",
    "could-might",
    M,
    sert(
        "Sertraline stays at 100 mg because her depression came back the last time she stopped. The newborn might be "
        "unsettled or jittery in the first two days; the ward midwives record this with the withdrawal scores and "
        "ask the paediatrician to see the baby if it lasts beyond 48 hours. She can breastfeed on sertraline."
    ),
    "GP: 'might be unsettled' forecasts signs; who watches and when they escalate is decided",
)
ok(
    "could-need-scbu-meth",
    "could-might",
    M,
    meth(
        "Methadone 60 mg continues with supervised doses. About half of babies exposed like this could need "
        "treatment, so the neonatal team scores this baby four-hourly for at least three days and the health visitor "
        "looks for late signs to day 8. Breastfeeding is encouraged; no bed or sofa sharing with the baby."
    ),
    "neonatal nurse: a forecast with 'could' followed by 'so' and the scoring plan",
)
ok(
    "might-miss-cries-quet",
    "could-might",
    P,
    quet(
        "After 300 mg of quetiapine the father might miss the baby's cries for several hours. He therefore gives no "
        "night feeds and never lies down with the baby on a bed, sofa or armchair; the mother does the nights, with "
        "the baby in the crib next to her, and the health visitor reviews this at each contact."
    ),
    "health visitor: 'might miss the cries' explains the rule that follows",
)
ok(
    "could-worsen-mood-lith",
    "could-might",
    L,
    lith(
        "Coming off lithium could bring on a severe relapse or postpartum psychosis, so Priadel continues at 800 mg "
        "with levels weekly from 36 weeks and within 24 hours of the birth. The paediatrician examines the baby on "
        "day one for floppiness or poor feeding; she will bottle feed because lithium passes into breast milk."
    ),
    "psychiatrist: 'could bring on' is the reason for continuing; the baby's review and feeding decided",
)
ok(
    "might-have-defect-valp",
    "could-might",
    V,
    valp(
        "This baby might have a neural tube or heart defect after valproate in the first trimester, so the fetal "
        "medicine scan is booked for 20 weeks and folic acid 5 mg is taken daily. Valproate is not stopped abruptly: "
        "it continues until neurology sees her this month, and effective contraception is planned after the birth."
    ),
    "obstetrician: 'might have a defect' with the scan, folic acid and contraception in place",
)
ok(
    "could-drop-baby-dzp",
    "could-might",
    F,
    dzp(
        "On diazepam with pregabalin the mother could fall asleep holding the baby, so feeds happen sitting up with "
        "the foster carer in the room and she never shares a bed, sofa or armchair with the baby. The baby is "
        "checked for late withdrawal to day 8; both medicines continue until the supervised diazepam taper."
    ),
    "social worker: 'could fall asleep holding' is the reason for the supervision rule",
)
ok(
    "might-be-sleepy-cit",
    "could-might",
    C,
    cit(
        "Citalopram 20 mg continues through pregnancy and after. In the first two days the baby might be sleepy or "
        "slow to feed; the midwife checks feeding and breathing at each observation round and calls the "
        "paediatrician if it continues past 48 hours. Breastfeeding is supported."
    ),
    "midwife: 'might be sleepy' forecasts, the checks are set",
)
ok(
    "could-overall-m",
    "could-might",
    M,
    overall(
        "Methadone 60 mg and sertraline 100 mg continue; changing either now could unsettle her recovery. The baby "
        "stays on the postnatal ward for 72 hours or more of withdrawal scoring, breastfeeding is supported, and "
        "there is no co-sleeping after her methadone: the health visitor sees the cot before discharge."
    ),
    "overall: 'could unsettle' is the reason for keeping both; the plan is complete",
)
ok(
    "may-be-offered-and-taken-lith",
    "could-might",
    L,
    lith(
        "She may be offered an earlier birth if her level climbs; whatever the date, lithium continues at 800 mg, "
        "the level is checked within 24 hours of delivery and the paediatrician reviews the baby. Bottle feeding is "
        "agreed as lithium is not advised with breastfeeding."
    ),
    "'may be offered' covers a possible change of date; everything for the baby is fixed regardless",
)
bad(
    "could-might-only-dzp",
    "could-might",
    F,
    dzp(
        "Diazepam and pregabalin could be reduced if the addiction team agree, or might be kept the same. Night care "
        "could be shared by the foster carer, and the baby might be checked again later."
    ),
    "every clause rests on 'could ... if' or 'might': nothing is decided for the baby",
)
bad(
    "might-alone-quet",
    "could-might",
    P,
    quet(
        "The father's quetiapine might be moved earlier in the evening, and he might stop doing night feeds; the crib "
        "might go in the mother's room."
    ),
    "each action is only 'might': no rule for the father and the baby at night",
)

# ============================================================================================================
# depending: "depending on" and "as and when" beside a floor that is decided.

ok(
    "depending-scores-ward-or-scbu",
    "depending",
    M,
    meth(
        "Methadone continues at 60 mg. Depending on her baby's scores, the baby stays on the postnatal ward or goes "
        "to SCBU, and stays at least 72 hours either way; the health visitor checks for late signs to day 8. "
        "Breastfeeding is encouraged and the baby never sleeps in her bed or on the sofa after her dose."
    ),
    "the brief's own example: where depends on scores, the 72-hour floor does not",
)
ok(
    "as-and-when-topups",
    "depending",
    M,
    meth(
        "Methadone: 60 mg daily continues, with split doses arranged as and when the drug service judges them "
        "necessary in late pregnancy. The baby is observed for withdrawal on the ward for at least 72 hours; "
        "breastfeeding is encouraged; cot only, never the bed or sofa, in the hours after her dose."
    ),
    "'as and when' governs an adjustment; the dose, the ward stay and the sleep rule are fixed",
)
ok(
    "depending-level-dose-lith",
    "depending",
    L,
    lith(
        "Lithium (Priadel) 800 mg continues; the dose is adjusted depending on the weekly levels from 36 weeks, and a "
        "level is taken within 24 hours of the birth. The paediatrician reviews the baby after birth for floppiness "
        "and poor feeding, and she bottle feeds because breastfeeding on lithium is not advised."
    ),
    "psychiatric pharmacist: dose tuned by levels, everything else decided",
)
ok(
    "depending-on-who-is-home-quet",
    "depending",
    P,
    quet(
        "Night feeds are done by the mother or, depending on who is staying, by the maternal grandmother, but never "
        "by the father after his quetiapine. He does not share a bed, sofa or armchair with the baby at any time, "
        "and the baby sleeps in the crib in the mother's room."
    ),
    "who helps depends on the household; the rule about the father does not",
)
ok(
    "paracetamol-as-and-when-overall-p",
    "depending",
    P,
    overall(
        "Paracetamol, which she takes as and when needed, raises no concern for feeding or sleep. The father's "
        "quetiapine sedates him heavily at night, so he does no night feeds after his dose and never shares a bed, "
        "sofa or armchair with the baby; the health visitor keeps checking the crib."
    ),
    "'as and when' describes her paracetamol; the decisions are firm",
)
ok(
    "depending-on-fits-valp",
    "depending",
    V,
    valp(
        "Valproate 500 mg twice daily continues until the neurologist reviews it within two weeks; any switch will "
        "be planned depending on her seizure history, never stopped suddenly. The exposed baby needs the detailed "
        "anomaly scan at 20 weeks (booked) and folic acid 5 mg daily (started); contraception is arranged for after "
        "delivery."
    ),
    "epilepsy nurse: the later switch depends on history; today's plan is fixed",
)
ok(
    "depending-feeds-dzp",
    "depending",
    F,
    dzp(
        "Both diazepam and pregabalin continue for now. Depending on how settled the baby is, night feeds are every "
        "three or four hours, and every one is given by the foster carer while the mother is sedated; the mother "
        "never co-sleeps or feeds lying down. Late withdrawal signs are watched for to day 8."
    ),
    "the interval depends on the baby; who feeds and the sleep rule are decided",
)
bad(
    "depending-only-meth",
    "depending",
    M,
    meth(
        "Methadone: depending on how the pregnancy goes, the baby will be observed as and when needed, with feeding "
        "and sleep advice depending on the situation."
    ),
    "everything hangs on 'depending on' and 'as and when': no floor, nothing decided",
)

# ============================================================================================================
# options: either/or rules and choices made, against menus and choices left to later.

ok(
    "either-mum-or-aunt-never-dad",
    "options",
    P,
    quet(
        "Each night feed is done either by the mother or by her sister, who stays over on weekdays, and never by "
        "the father once he has taken his quetiapine. He keeps off the bed, sofa and armchair with the baby; the "
        "crib stays on the mother's side of the bed."
    ),
    "either/or that makes a rule excluding the sedated father",
)
ok(
    "breast-or-bottle-both-fine-sert",
    "options",
    M,
    sert(
        "Sertraline continues at 100 mg. Breast or bottle are both fine on sertraline and she has chosen to breastfeed; "
        "the midwife watches the baby for jitteriness or poor feeding during the first 72 hours alongside the "
        "withdrawal scoring."
    ),
    "options laid out, then the choice made",
)
ok(
    "cot-or-moses-basket-dzp",
    "options",
    F,
    dzp(
        "The baby sleeps in either the cot or the Moses basket, always in the foster carer's room and never in a bed, "
        "sofa or armchair with the mother, whom diazepam and pregabalin sedate. The foster carer does the night "
        "feeds; late withdrawal is watched for to day 8; both medicines continue for now."
    ),
    "the choice between two safe places is open; the rule is not",
)
ok(
    "switch-considered-rejected-valp",
    "options",
    V,
    valp(
        "Stopping valproate at once or continuing it until the neurology review were both weighed; continuing was "
        "chosen, since a sudden stop risks seizures. The baby's first-trimester exposure means a detailed scan at 20 "
        "weeks (booked) and folic acid 5 mg daily (started); contraception is agreed for after the birth."
    ),
    "options weighed and the choice recorded",
)
ok(
    "ward-or-home-decided-ward-cit",
    "options",
    C,
    cit(
        "We discussed a ward stay or going home at 24 hours; because of citalopram, she and the midwife agreed on "
        "48 hours on the ward so the baby can be watched for adaptation signs. Citalopram continues at 20 mg and "
        "breastfeeding is supported."
    ),
    "the menu was discussed and a choice made",
)
ok(
    "whichever-she-prefers-lith",
    "options",
    L,
    lith(
        "Lithium continues at 800 mg. Formula or donor milk, whichever she prefers, but not her own breast milk while "
        "on lithium. A level is taken within 24 hours of delivery and the paediatrician checks the baby for poor "
        "tone and feeding before discharge."
    ),
    "a choice left to her preference within a firm rule",
)
bad(
    "one-both-neither-dzp",
    "options",
    F,
    dzp("Diazepam and pregabalin: reduce one, both or neither. Night care by the mother or the foster carer or both."),
    "a menu offering every choice: nothing decided",
)
bad(
    "will-think-about-which-meth",
    "options",
    M,
    meth(
        "Methadone: either a ward stay or early discharge with community checks; she will think about which she "
        "prefers and let us know."
    ),
    "alternatives with the choice left to later: no decision for the baby",
)

# ============================================================================================================
# pending: a detail "yet to be" or "not yet" settled beside a decided plan.

ok(
    "date-not-yet-set-lith",
    "pending",
    L,
    lith(
        "The date of the planned induction is not yet set, but the plan does not hang on it: lithium continues at 800 "
        "mg, a level is taken within 24 hours of birth, the paediatrician reviews the baby for floppiness and poor "
        "feeding, and she will bottle feed."
    ),
    "a date not yet set beside a decided plan",
)
ok(
    "hv-yet-to-be-allocated-meth",
    "pending",
    M,
    meth(
        "The named health visitor is yet to be allocated; until then the midwife does the home visits. Methadone 60 "
        "mg continues, the baby is scored for withdrawal on the ward for at least 72 hours, breastfeeding is "
        "encouraged, and no one sleeps with the baby on a bed or sofa after her dose."
    ),
    "a named person pending, with a stop-gap and the plan decided",
)
ok(
    "taper-date-not-yet-dzp",
    "pending",
    F,
    dzp(
        "The start of the diazepam reduction is not yet agreed with the addiction service; meanwhile diazepam and "
        "pregabalin continue and sedate her, so she never shares a bed, sofa or armchair with the baby, does not feed "
        "lying down, and the foster carer does the nights. Late withdrawal is watched for to day 8."
    ),
    "the taper date is pending; today's rules are set",
)
ok(
    "switch-yet-to-be-decided-valp",
    "pending",
    V,
    valp(
        "Which medicine replaces valproate is yet to be decided by neurology, and until then valproate continues at "
        "500 mg twice daily. For the baby already exposed: detailed scan at 20 weeks booked, folic acid 5 mg daily, "
        "and a neonatal examination at birth; contraception afterwards."
    ),
    "the replacement is pending; the baby's plan is not",
)
ok(
    "name-still-to-be-chosen-quet",
    "pending",
    P,
    quet(
        "The baby's name is still to be chosen, but the night plan is not: the father takes quetiapine at night and "
        "so never does night feeds or shares a bed, sofa or armchair with the baby, who sleeps in the crib by the "
        "mother. The health visitor checks at each visit."
    ),
    "something irrelevant pending, the plan decided",
)
bad(
    "not-yet-decided-only-cit",
    "pending",
    C,
    cit("Citalopram: whether to continue is not yet decided, and the plan for the baby is still to be agreed."),
    "nothing but 'not yet decided' and 'still to be agreed'",
)
bad(
    "yet-to-be-confirmed-lith",
    "pending",
    L,
    lith("Lithium plan yet to be confirmed; feeding and the baby's review not yet settled."),
    "the whole conclusion is pending",
)

# ============================================================================================================
# class-facts: what a class does, and "shares a bed" in general, followed by this baby's plan.

ok(
    "opioids-class-then-baby",
    "class-facts",
    M,
    meth(
        "Opioids taken through pregnancy commonly cause withdrawal in the newborn between day 2 and day 8. For this "
        "baby that means at least 72 hours of scoring on the postnatal ward, then health visitor checks to day 8. "
        "Methadone stays at 60 mg; she breastfeeds; the baby sleeps only in the cot after her dose."
    ),
    "class fact, then 'for this baby that means' and the plan",
)
ok(
    "shares-a-bed-general-then-rule",
    "class-facts",
    P,
    quet(
        "Sudden infant death is more likely when an adult who has taken a sedating medicine shares a bed with a baby. "
        "Here that adult is the father on quetiapine: he sleeps in the spare room, gives no night feeds after his "
        "dose, and never holds the baby on the sofa in the evening; the mother does the nights."
    ),
    "the general 'shares a bed' fact is followed by who does what in this house",
)
ok(
    "ssri-class-then-watch-cit",
    "class-facts",
    C,
    cit(
        "SSRIs late in pregnancy bring a small risk of breathing and adaptation problems in the newborn. So after "
        "the birth this baby is watched by the midwife for 48 hours, with the paediatrician called if signs persist. "
        "Citalopram continues at 20 mg; breastfeeding is encouraged."
    ),
    "class fact followed by 'so' and this baby's observation",
)
ok(
    "benzo-gabapentinoid-class-dzp",
    "class-facts",
    F,
    dzp(
        "Benzodiazepines and gabapentinoids together deepen sedation, and a sedated adult who shares a bed or sofa "
        "with a baby raises the risk of sudden infant death. This mother takes both, so in the placement she never "
        "sleeps with the baby, feeds sitting up by day only, and the foster carer does every night feed. Diazepam "
        "and pregabalin continue; late withdrawal is watched for to day 8."
    ),
    "two class facts, then the plan for this mother and baby",
)
ok(
    "valproate-class-then-scan",
    "class-facts",
    V,
    valp(
        "Valproate is the antiepileptic most likely to harm an unborn baby, with malformations and later "
        "developmental problems. This pregnancy was exposed until 8 weeks, so she has a detailed anomaly scan booked "
        "and takes folic acid 5 mg daily; valproate continues until neurology's urgent review and contraception is "
        "planned for after delivery."
    ),
    "class fact with this pregnancy's plan",
)
bad(
    "class-facts-only-quet",
    "class-facts",
    P,
    quet(
        "Quetiapine is a sedating antipsychotic. Sedated adults who share a bed with a baby raise the risk of sudden "
        "infant death, and antipsychotics can impair rousability at night."
    ),
    "nothing but class facts and what happens when anyone shares a bed: no rule for this father",
)
bad(
    "class-facts-only-cit",
    "class-facts",
    C,
    cit(
        "SSRIs such as citalopram are associated with neonatal adaptation syndrome in up to a third of exposed "
        "newborns and a small rise in pulmonary hypertension of the newborn."
    ),
    "class facts of SSRIs only: nothing for this baby",
)

# ============================================================================================================
# questions: "does it ...?" asked and answered; "describe", "set out", "state" as a plan for a professional.

ok(
    "does-it-sedate-answered-meth",
    "questions",
    M,
    meth(
        "Does methadone make her too drowsy to care for the baby? Only for a few hours after each dose, so in those "
        "hours the baby sleeps in the cot and never in her bed or on the sofa. Methadone continues at 60 mg, the "
        "baby has 72 hours of withdrawal scoring, and breastfeeding is encouraged."
    ),
    "a question with its mark, answered at once",
)
ok(
    "does-it-pass-into-milk-cit",
    "questions",
    C,
    cit(
        "Does citalopram pass into breast milk? A little does, and at 20 mg that is compatible with breastfeeding: "
        "she breastfeeds and the midwife watches the baby for drowsiness or poor feeding. Citalopram continues, "
        "and the baby is observed for adaptation signs for 48 hours."
    ),
    "pharmacist's question and answer",
)
ok(
    "hv-will-describe-safe-sleep",
    "questions",
    P,
    quet(
        "The health visitor will describe safe sleep to the grandmother, who helps at weekends. The father takes "
        "quetiapine at night, so he does no night feeds and never shares a bed, sofa or armchair with the baby; the "
        "mother does the nights with the crib beside her."
    ),
    "'describe' is a task for the health visitor, not an instruction to the writer",
)
ok(
    "set-out-in-letter-dzp",
    "questions",
    F,
    dzp(
        "The social worker will set out these rules in the placement agreement: the mother, sedated by diazepam and "
        "pregabalin, never sleeps with the baby on a bed, sofa or armchair or feeds lying down, and the foster carer "
        "gives the night feeds. Both medicines continue; the baby is checked for late withdrawal up to day 8."
    ),
    "'set out' as a social worker's task, with the rules themselves given",
)
ok(
    "midwife-to-state-in-handover-lith",
    "questions",
    L,
    lith(
        "The community midwife will state in the delivery-suite handover that the baby needs a paediatric review and "
        "a lithium level if floppy. Lithium 800 mg continues, her level is checked within 24 hours of delivery, and "
        "she bottle feeds because lithium is not advised in breastfeeding."
    ),
    "'state' in a plan for the midwife",
)
ok(
    "record-how-feeds-sert",
    "questions",
    M,
    sert(
        "Sertraline 100 mg continues. Ward staff record how the baby feeds and settles for 72 hours alongside the "
        "withdrawal scores, and ask the paediatrician to review if the baby is jittery or feeds poorly; "
        "breastfeeding on sertraline is supported."
    ),
    "'record how the baby feeds' stays a plan",
)
ok(
    "does-item-answered-quet",
    "questions",
    P,
    item(
        "asm-partner-quetiapine",
        "impact_on_mother.safe_sleep",
        "Does his quetiapine affect where the baby sleeps? Yes: he never sleeps with the baby on a bed, sofa or "
        "armchair and gives no night feeds after his dose; the baby's crib stays on the mother's side.",
    ),
    "an item answer asking its own question with the mark, then answering it",
)
bad(
    "unmarked-question-meth",
    "questions",
    M,
    meth(
        "Does methadone cause withdrawal in the baby that could need treatment; does it affect breastfeeding; is it "
        "sedating enough to matter for co-sleeping"
    ),
    "yes/no questions without their mark: nothing answered",
)
bad(
    "writer-instructions-valp",
    "questions",
    V,
    valp("Describe what valproate exposure means for this baby and set out who arranges the scan and contraception."),
    "instructions to the writer, not a conclusion",
)

# ============================================================================================================
# guideline: a guideline named beside what it means here.

ok(
    "nice-cg192-applied-cit",
    "guideline",
    C,
    cit(
        "Following NICE guidance on antenatal and postnatal mental health, citalopram 20 mg continues because her "
        "relapse risk outweighs the small risks to the baby. The midwife observes the baby for adaptation signs for "
        "48 hours; breastfeeding is supported."
    ),
    "NICE named, with what it means for her and the baby",
)
ok(
    "lullaby-with-meaning-item-meth",
    "guideline",
    M,
    item(
        "asm-methadone",
        "impact_on_mother.safe_sleep",
        "Lullaby Trust safe sleep guidance applied: the baby sleeps on its back in the cot in the parents' room, and "
        "never in her bed or on the sofa after her methadone dose.",
    ),
    "a guideline named with where the baby sleeps",
)
ok(
    "mhra-valproate-ppp-applied",
    "guideline",
    V,
    valp(
        "Under the MHRA valproate safety measures, valproate continues only until the urgent neurology review, as "
        "stopping suddenly risks seizures. The baby was exposed in the first trimester: detailed scan booked, folic "
        "acid 5 mg started, and the pregnancy prevention programme with contraception restarts after the birth."
    ),
    "the safety measures named, then applied to this pregnancy",
)
ok(
    "nas-guideline-item-dzp",
    "guideline",
    F,
    item(
        "asm-diazepam-pregabalin",
        "impact_on_baby.neonatal_withdrawal_plan",
        "Local neonatal abstinence guideline followed: five days of scoring on the postnatal ward, mild signs on day "
        "3 with no treatment; the foster carer and health visitor watch for late signs until day 8.",
    ),
    "the guideline with what was and will be done",
)
ok(
    "bumps-leaflet-with-decision-sert",
    "guideline",
    M,
    item(
        "asm-sertraline",
        "impact_on_baby.breastfeeding",
        "BUMPS and the lactation service agree sertraline is one of the preferred antidepressants when breastfeeding; "
        "she breastfeeds and the midwife watches for poor feeding.",
    ),
    "a source named beside the decision",
)
bad(
    "guideline-name-only-item-sert",
    "guideline",
    M,
    item("asm-sertraline", "impact_on_baby.breastfeeding", "As per BUMPS."),
    "the only breastfeeding answer for sertraline is a source's name",
)
bad(
    "guideline-names-only-valp",
    "guideline",
    V,
    valp("Valproate: as per the MHRA guidance and the trust epilepsy-in-pregnancy guideline."),
    "guidelines named instead of a conclusion",
)
ok(
    "rcog-greentop-applied-meth",
    "guideline",
    M,
    overall(
        "In line with the RCOG and local substance-use guidance, methadone 60 mg and sertraline 100 mg continue. The "
        "baby stays on the postnatal ward at least 72 hours for withdrawal and adaptation scoring; breastfeeding is "
        "supported; no co-sleeping after her methadone, and the health visitor sees the sleeping place before "
        "discharge."
    ),
    "guidance named, then what it means for both medicines and the baby",
)

# ============================================================================================================
# aside: "X as well as Y", "alongside X, Y continues", list remarks followed by decisions.

ok(
    "as-well-as-overall-m",
    "aside",
    M,
    overall(
        "Methadone as well as sertraline continue at the same doses. The baby stays on the postnatal ward for at "
        "least 72 hours of withdrawal and adaptation scoring; breastfeeding is supported; after her methadone the "
        "baby sleeps in the cot, and the health visitor and social worker see the sleeping space before discharge."
    ),
    "'X as well as Y continue': both medicines decided",
)
ok(
    "alongside-methadone-sert",
    "aside",
    M,
    sert(
        "Alongside methadone, sertraline continues at 100 mg and the baby is watched for jitteriness, poor feeding "
        "and fast breathing during the 72 hours of withdrawal scoring; she may breastfeed on sertraline."
    ),
    "the brief's own example: the aside names the other medicine; sertraline is decided",
)
ok(
    "besides-paracetamol-overall-p",
    "aside",
    P,
    overall(
        "Besides paracetamol for her own pain, which needs no change, the household has the father's quetiapine to "
        "plan around: he is heavily sedated after it, so he gives no night feeds and never shares a bed, sofa or "
        "armchair with the baby. The health visitor checks the crib at each visit."
    ),
    "the aside is the other medicine; paracetamol is also decided ('needs no change')",
)
ok(
    "also-on-list-then-decision-valp",
    "aside",
    V,
    valp(
        "Valproate is also on her list and is the medicine of concern: it continues at 500 mg twice daily until the "
        "neurologist reviews it, because stopping suddenly risks seizures. The exposed baby has a detailed scan "
        "booked; folic acid 5 mg is started; contraception after the birth."
    ),
    "a list remark followed by the decision",
)
ok(
    "pregabalin-also-listed-then-plan",
    "aside",
    F,
    dzp(
        "Diazepam is the main concern; pregabalin is also on her list and adds to the sedation, so both continue "
        "unchanged for now and she never co-sleeps or feeds lying down; the foster carer does the nights. The baby is "
        "watched for late withdrawal until day 8."
    ),
    "the listed medicine gets its effect and decision",
)
ok(
    "together-with-folic-overall-v",
    "aside",
    V,
    overall(
        "Valproate, together with folic acid 5 mg, continues until the urgent neurology review; she must not stop "
        "valproate abruptly. The baby's first-trimester exposure is followed up by the fetal medicine scan, and "
        "contraception is agreed for after the birth."
    ),
    "'together with' pairs the two; both decided",
)
bad(
    "alongside-only-meth",
    "aside",
    M,
    meth("Alongside methadone, sertraline 100 mg continues and the baby is watched for jitteriness in the first days."),
    "the methadone conclusion names methadone only in the aside: nothing decided about methadone",
)
bad(
    "also-on-list-only-valp",
    "aside",
    V,
    valp("Folic acid 5 mg continues daily until 12 weeks and the scan is booked. Valproate is also on her list."),
    "valproate named only in a list remark",
)

# ============================================================================================================
# babys: the baby's own treatment, levels and exposure, against the mother's medicine at her dose.

ok(
    "babys-own-morphine-weight",
    "babys",
    M,
    meth(
        "Methadone continues at 60 mg for the mother. If the scores call for treatment, the baby's oral morphine is "
        "started by the neonatal team in micrograms per kilogram and weaned over days; the baby stays at least 72 "
        "hours. Breastfeeding helps and is encouraged; no bed sharing after her dose."
    ),
    "the baby's own treatment in micrograms per kilogram",
)
ok(
    "babys-lithium-level",
    "babys",
    L,
    lith(
        "Lithium continues at 800 mg for the mother. The baby's lithium level is taken with the heel-prick if the "
        "baby is floppy or feeds poorly, and the paediatrician reviews the baby after birth. She bottle feeds, since "
        "breastfeeding on lithium is not advised; her own level within 24 hours of delivery."
    ),
    "the baby's level of the mother's medicine is a check, not a dose",
)
ok(
    "babys-exposure-to-diazepam",
    "babys",
    F,
    dzp(
        "The baby's exposure to diazepam and pregabalin ended at birth, but withdrawal can still appear up to day 8, "
        "so the foster carer and health visitor watch for it. Both continue for the mother for now; she does not "
        "co-sleep or feed lying down, and the foster carer does the nights."
    ),
    "the baby's exposure, not the baby's medicine",
)
ok(
    "babys-phenobarbital-by-weight",
    "babys",
    F,
    item(
        "asm-diazepam-pregabalin",
        "impact_on_baby.neonatal_withdrawal_plan",
        "Five days on the postnatal ward under the local guideline: mild signs on day 3, no treatment needed. If late "
        "signs come before day 8 the foster carer brings the baby back, and the baby's phenobarbital, if needed, is "
        "dosed by weight by the neonatal team.",
    ),
    "the baby's own treatment, dosed by weight, is not the mother's medicine",
)
bad(
    "babys-sertraline-at-her-dose",
    "babys",
    M,
    sert("The baby's sertraline continues at 100 mg daily; the midwife watches for jitteriness after birth."),
    "the mother's medicine given to the baby at her dose",
)
bad(
    "babys-citalopram-20",
    "babys",
    C,
    cit("The baby's citalopram stays at 20 mg once daily through the pregnancy and after birth."),
    "citalopram named as the baby's at the mother's dose",
)

# ============================================================================================================
# sedation: "not drowsy" of another person or at a time beside sedation "yes"; a plain denial refused.

ok(
    "not-drowsy-mornings-quet",
    "sedation",
    P,
    quet(
        "The father is not drowsy in the mornings and does the morning bath and bottle. His night-time quetiapine "
        "makes him very hard to wake until about 7 am, so he gives no night feeds and never shares a bed, sofa or "
        "armchair with the baby; the mother does the nights."
    ),
    "'not drowsy in the mornings' is limited to a time; sedation at night is affirmed",
)
ok(
    "mother-not-sedated-father-is",
    "sedation",
    P,
    quet(
        "The mother is not sedated by anything she takes; the father is, heavily, after his quetiapine at night. So "
        "the mother does all night feeds, the baby sleeps in the crib at her side, and the father never shares a bed, "
        "sofa or armchair with the baby."
    ),
    "the denial is of another adult",
)
ok(
    "foster-carer-not-drowsy-dzp",
    "sedation",
    F,
    dzp(
        "The foster carer is not on any sedating medicine and is awake for the night feeds. The mother is drowsy on "
        "diazepam and pregabalin, so she never shares a bed, sofa or armchair with the baby nor feeds lying down. "
        "Both continue for now; late withdrawal is watched for to day 8."
    ),
    "'not on any sedating medicine' is said of the foster carer",
)
ok(
    "not-sedated-at-clinic-meth",
    "sedation",
    M,
    meth(
        "She did not seem sedated at clinic, which is before her dose; afterwards she is drowsy for some hours, so the "
        "baby sleeps in the cot, never in her bed or on the sofa. Methadone 60 mg continues, breastfeeding is "
        "encouraged, and the baby is scored for withdrawal for at least 72 hours."
    ),
    "'not sedated at clinic' is limited to when she was seen",
)
bad(
    "does-not-sedate-him-quet",
    "sedation",
    P,
    quet(
        "Quetiapine does not sedate him at all, so the father can share the night feeds and have the baby in the big "
        "bed when he is tired."
    ),
    "plain denial beside the record's sedation 'yes', with a bed-sharing plan",
)

# ============================================================================================================
# word-brands: English words and names that are brands, used as words.

ok(
    "calm-night-dzp",
    "word-brands",
    F,
    dzp(
        "After a calm night in the placement the baby is feeding well. Diazepam and pregabalin continue and leave the "
        "mother drowsy, so she never shares a bed, sofa or armchair with the baby or feeds lying down, and the foster "
        "carer gives every night feed. Late withdrawal is watched for to day 8."
    ),
    "'a calm night' is a description, not Nightcalm",
)
ok(
    "hums-a-sonata-meth",
    "word-brands",
    M,
    meth(
        "She hums a Mozart sonata to settle the baby. Methadone continues at 60 mg; the baby is observed on the ward "
        "for at least 72 hours for withdrawal; breastfeeding is encouraged; the cot, not her bed, after each dose."
    ),
    "a sonata is music",
)
ok(
    "interpreter-olena-cit",
    "word-brands",
    C,
    cit(
        "Discussed with her through her interpreter, Olena. Citalopram 20 mg continues; the midwife watches the baby "
        "for adaptation signs for 48 hours after birth, and she breastfeeds on citalopram."
    ),
    "Olena is the interpreter's first name (also a fluoxetine brand)",
)
ok(
    "dr-turgeon-neonatal-meth",
    "word-brands",
    M,
    meth(
        "Agreed with Dr Turgeon, the neonatal consultant: methadone 60 mg continues, the baby is scored four-hourly "
        "on the postnatal ward for at least 72 hours, breastfeeding is encouraged, and the baby never sleeps in her "
        "bed or on the sofa after her dose."
    ),
    "Turgeon is a surname (also a buprenorphine patch brand)",
)
ok(
    "tarka-trail-quet",
    "word-brands",
    P,
    quet(
        "The family live near the Tarka Trail and the father walks the baby there in the afternoons, when he is "
        "alert. At night his quetiapine sedates him, so the mother does the night feeds and he never shares a bed, "
        "sofa or armchair with the baby."
    ),
    "the Tarka Trail is a place (Tarka is also an ACE inhibitor brand)",
)
ok(
    "contact-not-contac-lith",
    "word-brands",
    L,
    lith(
        "Lithium continues at 800 mg. Her contact on the perinatal team is the named nurse, who phones weekly from "
        "36 weeks. The baby is reviewed by the paediatrician after birth; she bottle feeds because lithium is not "
        "advised in breastfeeding; her level is taken within 24 hours of delivery."
    ),
    "ordinary 'contact' next to the Contac brand",
)
bad(
    "her-nightcalm",
    "word-brands",
    M,
    meth(
        "Methadone 60 mg continues, and she takes her Nightcalm most nights. The baby has 72 hours of withdrawal "
        "scoring; breastfeeding is encouraged; no co-sleeping after her dose."
    ),
    "'her Nightcalm' is a sedating antihistamine she takes, not on the list",
)
bad(
    "olena-20mg",
    "word-brands",
    C,
    cit(
        "Citalopram 20 mg continues, and Olena 20 mg each morning too. The midwife watches the baby for adaptation "
        "signs for 48 hours; breastfeeding is supported."
    ),
    "Olena dosed is fluoxetine, a second SSRI not on the list",
)

# ============================================================================================================
# near-names: rare surnames and place names a letter or two from a medicine of the record.

ok(
    "mrs-pradel-cpn-lith",
    "near-names",
    L,
    lith(
        "Her community psychiatric nurse, Mrs Pradel, sees her weekly from 36 weeks. Lithium continues at 800 mg with "
        "a level within 24 hours of birth; the paediatrician reviews the baby for floppiness or poor feeding; she "
        "bottle feeds."
    ),
    "Pradel is a surname one letter from Priadel, her lithium brand",
)
ok(
    "dr-priddle-lith",
    "near-names",
    L,
    lith(
        "Dr Priddle, the obstetrician, will deliver her at the hospital with the paediatrician present. Lithium "
        "(Priadel) continues at 800 mg; a level is taken within 24 hours of birth; the baby is reviewed for "
        "floppiness and poor feeding; she bottle feeds as breastfeeding on lithium is not advised."
    ),
    "Priddle is a surname two letters from Priadel, written beside Priadel itself",
)
ok(
    "lustleigh-village-sert",
    "near-names",
    M,
    sert(
        "She is moving to Lustleigh before the birth, so the Devon maternity team takes over; sertraline continues at "
        "100 mg, the baby is watched for adaptation signs for 72 hours alongside the withdrawal scoring, and "
        "breastfeeding is supported."
    ),
    "Lustleigh is a Devon village (near Lustral, sertraline's brand)",
)
ok(
    "ms-valpre-valp",
    "near-names",
    V,
    valp(
        "Ms Valpré, the epilepsy nurse specialist, will see her this week. Valproate continues at 500 mg twice daily "
        "until neurology review and must not be stopped suddenly; the baby's detailed scan is booked, folic acid "
        "5 mg daily is started, and contraception is arranged for after the birth."
    ),
    "a surname near valproate, with the accent clinicians would type",
)
bad(
    "mother-quetiapene",
    "near-names",
    P,
    quet(
        "The father's night quetiapine stops him doing night feeds. She also takes Quetiapene 50 mg at night, and the "
        "baby sleeps in the crib in their room."
    ),
    "a one-letter slip of quetiapine given to the mother, who is not prescribed it (MA120)",
)

# ============================================================================================================
# more good records from other professions, using today's words.

ok(
    "pharmacist-could-split-dose",
    "could-might",
    M,
    meth(
        "Community pharmacist: her methadone could be split into two daily doses if late-pregnancy metabolism drops "
        "her levels, but today 60 mg once daily continues. The baby is scored for withdrawal on the ward for at least "
        "72 hours; breastfeeding on methadone is encouraged; the baby sleeps in the cot after her dose."
    ),
    "a possible later change beside today's decided dose and plan",
)
ok(
    "drug-worker-as-and-when-keyworker",
    "depending",
    F,
    dzp(
        "Her drug worker visits the placement as and when the foster carer asks, and in any case every Tuesday. "
        "Diazepam and pregabalin continue and sedate her: no bed, sofa or armchair with the baby, no feeding lying "
        "down, and the foster carer does the nights; late withdrawal is watched for to day 8."
    ),
    "'as and when' beside a fixed weekly visit and the rules",
)
ok(
    "hv-either-cot-rule-meth",
    "options",
    M,
    meth(
        "Health visitor: the baby sleeps either in the cot or the bedside crib, never in her bed or on the sofa, "
        "because methadone 60 mg makes her drowsy after each dose. Methadone continues; the baby has at least 72 hours "
        "of withdrawal scoring, and breastfeeding is encouraged."
    ),
    "an either/or that is a safe-sleep rule",
)
ok(
    "psychiatrist-not-yet-discharged-lith",
    "pending",
    L,
    lith(
        "She has not yet been discharged from the perinatal team, and will not be before the baby is three months "
        "old. Lithium 800 mg continues with levels weekly from 36 weeks; the baby is examined by the paediatrician "
        "after birth; she bottle feeds."
    ),
    "'not yet discharged' is a fact, not a decision put off",
)
ok(
    "does-he-wake-answered-quet",
    "questions",
    P,
    quet(
        "Does the father wake to the baby after his quetiapine? No, not for several hours, so he does no night feeds "
        "and never shares a bed, sofa or armchair with the baby; the mother does the nights, with the crib beside her."
    ),
    "health visitor's question with its mark, answered 'No'",
)
ok(
    "as-well-as-foster-carer-dzp",
    "aside",
    F,
    overall(
        "Diazepam as well as pregabalin continue for now, with a supervised diazepam reduction to follow. Together "
        "they sedate the mother: no bed, sofa or armchair sharing, no feeding lying down, and the foster carer does "
        "the night feeds. The baby is watched for late withdrawal until day 8."
    ),
    "'X as well as Y continue' in the overall",
)
ok(
    "not-drowsy-by-lunchtime-dzp",
    "sedation",
    F,
    dzp(
        "She is not drowsy by lunchtime, when she gives the baby a supervised feed; after her evening diazepam and "
        "pregabalin she is, so the foster carer does every night feed and the mother never shares a bed, sofa or "
        "armchair with the baby. Both continue; late withdrawal watched to day 8."
    ),
    "a denial limited to a time, sedation affirmed at night",
)

# ============================================================================================================
# disguise: good texts (and hollow twins) in look-alike letters and invisible or format characters.

_GOOD_DISGUISED: list[tuple[str, str, Callable[[str], Mutation], str]] = [
    (
        "cyrillic-could-cut",
        M,
        meth,
        "A lower methadone dose could push her back to heroin, so 60 mg continues; the baby is scored on the ward "
        "for 72 hours or more, she breastfeeds, and the baby never sleeps in her bed or on the sofa after a dose.",
    ),
    (
        "greek-depending-scbu",
        M,
        meth,
        "Methadone 60 mg continues. Depending on the scores the baby is nursed on the ward or in SCBU, for at least "
        "72 hours whichever it is; breastfeeding encouraged; cot only after her dose.",
    ),
    (
        "zwsp-either-sister",
        P,
        quet,
        "Night feeds are by the mother or her sister, never the father after his quetiapine; he does not share a bed, "
        "sofa or armchair with the baby, who sleeps in the crib by the mother.",
    ),
    (
        "zwnj-not-yet-date",
        L,
        lith,
        "The induction date is not yet fixed; lithium continues at 800 mg, her level is checked within 24 hours of "
        "birth, the paediatrician reviews the baby, and she bottle feeds.",
    ),
    (
        "shy-shares-a-bed-then-rule",
        F,
        dzp,
        "A sedated adult who shares a bed with a baby raises the risk of sudden infant death; so this mother, on "
        "diazepam and pregabalin, never does, nor feeds lying down; the foster carer does the nights; both continue; "
        "late withdrawal watched to day 8.",
    ),
    (
        "bidi-does-it-answered",
        C,
        cit,
        "Does citalopram affect breastfeeding? Not at 20 mg: she breastfeeds, and the midwife watches the baby for "
        "sleepiness and adaptation signs over 48 hours; citalopram continues.",
    ),
    (
        "fullwidth-hv-describe",
        P,
        quet,
        "The health visitor will describe safe sleep to the father's mother. The father's quetiapine sedates him at "
        "night: no night feeds by him and no bed, sofa or armchair with the baby.",
    ),
    (
        "combining-guideline-meaning",
        M,
        meth,
        "By the local abstinence guideline the baby has at least 72 hours of ward scoring; methadone 60 mg "
        "continues; breastfeeding encouraged; no bed or sofa sharing after her dose.",
    ),
    (
        "wordjoiner-alongside",
        M,
        sert,
        "Alongside her methadone, sertraline stays at 100 mg; the ward watches the baby for jitteriness and feeding "
        "over 72 hours and she breastfeeds on sertraline.",
    ),
    (
        "bom-babys-morphine",
        M,
        meth,
        "Methadone 60 mg continues. Should the baby need treatment, the baby's morphine is dosed by weight by the "
        "neonatal team; at least 72 hours on the ward; breastfeeding encouraged; cot, not her bed.",
    ),
    (
        "cyrillic-not-drowsy-daytime",
        P,
        quet,
        "The father is not drowsy in the daytime, but quetiapine at night leaves him hard to wake, so the mother does "
        "night feeds and he never shares a bed, sofa or armchair with the baby.",
    ),
    (
        "greek-calm-night",
        F,
        dzp,
        "A calm night for the baby in the foster carer's room; the mother, drowsy on diazepam and pregabalin, never "
        "shares a bed, sofa or armchair with the baby nor feeds lying down; both continue; late withdrawal watched.",
    ),
    (
        "zwsp-pradel",
        L,
        lith,
        "Mrs Pradel, her nurse, visits weekly. Lithium continues at 800 mg; level within 24 hours of birth; the "
        "paediatrician checks the baby for floppiness; she bottle feeds.",
    ),
    (
        "zwnj-as-and-when",
        V,
        valp,
        "Valproate continues until neurology review, with rescue medicine as and when the epilepsy nurse advises; the "
        "baby's detailed scan is booked, folic acid 5 mg started, and contraception follows the birth.",
    ),
    (
        "shy-yet-to-be-hv",
        M,
        sert,
        "The health visitor is yet to be named, but sertraline 100 mg continues and the baby is watched for "
        "adaptation signs over the 72 hours on the ward; breastfeeding on sertraline is supported.",
    ),
    (
        "bidi-might-sleepy",
        C,
        cit,
        "The baby might be sleepy for a day or two after birth, so the midwife checks feeding at every round for "
        "48 hours; citalopram 20 mg continues; breastfeeding supported.",
    ),
    (
        "fullwidth-list-remark-decided",
        V,
        valp,
        "Valproate is also on her list, and continues until neurology review: never stopped suddenly. The baby's "
        "detailed scan is booked; folic acid 5 mg started; contraception after the birth.",
    ),
    (
        "combining-class-then-baby",
        C,
        cit,
        "SSRIs can cause adaptation signs; so this baby is watched by the midwife for 48 hours. Citalopram 20 mg "
        "continues and she breastfeeds.",
    ),
    (
        "wordjoiner-chose-ward",
        C,
        cit,
        "A 24-hour discharge or 48 hours on the ward were offered; she chose the ward so the baby can be watched for "
        "adaptation signs on citalopram, which continues at 20 mg; breastfeeding supported.",
    ),
    (
        "bom-tarka",
        P,
        quet,
        "He walks the baby on the Tarka Trail by day. At night, after quetiapine, he gives no feeds and never shares "
        "a bed, sofa or armchair with the baby; the mother does the nights.",
    ),
]

for _n, _b, _put, _text in _GOOD_DISGUISED:
    _how = _n.split("-")[0]
    ok(
        _n,
        "disguise",
        _b,
        _put(DISGUISES[_how](_text)),
        f"a good conclusion in {_how} disguise: judged like the plain text, which passes",
    )

bad(
    "greek-menu-neither",
    "disguise",
    L,
    lith(DISGUISES["greek"]("Lithium: continue, reduce or stop; breast, bottle or both; review or no review.")),
    "a menu with no choice, in Greek look-alikes",
)
bad(
    "zwsp-could-if",
    "disguise",
    C,
    cit(
        DISGUISES["zwsp"](
            "Citalopram could be reduced if her mood allows, and the baby might be observed if the ward has room."
        )
    ),
    "conditional 'could ... if' and 'might ... if' only, with zero-width spaces",
)
bad(
    "fullwidth-babys-lithium",
    "disguise",
    L,
    lith(DISGUISES["fullwidth"]("The baby's lithium continues at 800 mg at night.")),
    "the mother's lithium given to the baby at her dose, in full-width forms",
)
bad(
    "shy-describe-prompt",
    "disguise",
    F,
    dzp(
        DISGUISES["shy"]("Describe what diazepam and pregabalin mean for the baby and state who does the night feeds.")
    ),
    "instructions to the writer, with soft hyphens",
)
bad(
    "cyrillic-does-not-sedate",
    "disguise",
    P,
    quet(
        DISGUISES["cyrillic"](
            "Quetiapine does not sedate the father, so he shares night feeds and naps with the baby on the sofa."
        )
    ),
    "a denial of the record's sedation 'yes' with a sofa-sharing plan, in Cyrillic look-alikes",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F48CASES)
    for cat in CATEGORIES:
        print(f"{cat:14} refuse {counts[(cat, REFUSE)]:3}  pass {counts[(cat, PASS)]:3}")
    print(
        f"{'total':14} refuse {sum(c.expect == REFUSE for c in F48CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F48CASES):3}"
    )
