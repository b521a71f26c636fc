"""A forty-seventh independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt,
fourteenth round, aimed where the gate is being tightened now.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. The gate is being taught to refuse plans that rest only on "could / might /
may be offered / depending on / as and when", menus of options with no choice made, "yet to be finalised",
conclusions made only of class facts, template prompts and instructions to the writer, a guideline's name as an
item answer, a medicine named only in an aside, the mother's medicine given to "the baby's", conclusions that
contradict the record's own answers, and brands that are also English words used as medicines. About four in
five cases here are GOOD records sitting right beside each of those (MUST PASS):

* ``likelihood``: "may" and "might" of likelihood with a decision made ("the baby may show signs, so ...");
* ``reasons``: "could" inside a reason ("stopping could bring back her depression, so it continues");
* ``conditional``: "depending on", "as and when", "if ... then" with a floor that is decided;
* ``options``: a rule with alternatives ("either mum or nan does the night feeds, never dad") or a choice made
  between options, against a menu with no choice;
* ``pending``: a detail still to be finalised beside a plan that is decided, against nothing but "yet to be
  finalised";
* ``class-facts``: class facts followed by what they mean for this baby, against the facts alone;
* ``prompts``: words such as "describe", "state" and "record" used in ordinary clinical sentences, against the
  template's prompts strung together;
* ``guideline``: a guideline applied with what it means, against its name as the whole answer;
* ``aside``: "alongside methadone, sertraline continues and ..." with claims about each medicine covered,
  against a covered medicine named only in an aside;
* ``babys``: "the baby's morphine" for neonatal withdrawal treatment, the baby's own checks and levels, against
  the mother's medicine given to "the baby's";
* ``no-risk``: "no particular risk" where that is the right clinical conclusion (sertraline and breastfeeding,
  lithium and sleep), against it said of a concern that is real;
* ``consistent``: conclusions that agree with the record's answers in words the tightening may misread ("not
  sedated in the mornings, but ..."; "breastfeeding is not advised"), against real contradictions;
* ``word-brands``: English words that are brand names used in their ordinary sense ("a sonata on the radio"),
  against the brand used as a medicine that is not on the list;
* ``disguise``: a fifth of the good texts, and hollow twins, in look-alike letters, zero-width and format
  characters, soft hyphens, bidi controls, full-width forms and combining marks.

Medicines named here are real; no clinical code is used or invented. ``test_fresh_records.py`` runs them; the
cases the gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh47_cases``
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
    _merge_m,
    conclusion,
    overall,
    set_,
)
from tests.redteam.disguise import BIDI_CONTROLS, SOFT_HYPHEN, full_width, homoglyphs, inside_words

F47CASES: list[Case] = []

CATEGORIES = (
    "likelihood",
    "reasons",
    "conditional",
    "options",
    "pending",
    "class-facts",
    "prompts",
    "guideline",
    "aside",
    "babys",
    "no-risk",
    "consistent",
    "word-brands",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F47CASES.append(Case(f"f47-{name}", category, expect, base, mutate, why))


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


def combining(text: str, mark: str = "\u0301") -> str:
    """A combining acute accent after every vowel."""
    return "".join(ch + mark if ch in "aeiou" else ch for ch in text)


def bidi(text: str) -> str:
    """Each word wrapped in a left-to-right isolate and its pop."""
    return " ".join(f"{BIDI_CONTROLS[7]}{w}{BIDI_CONTROLS[10]}" for w in text.split(" "))


DISGUISES: dict[str, Callable[[str], str]] = {
    "cyrillic": lambda t: homoglyphs(t, "aeopcx"),
    "greek": lambda t: homoglyphs(t, "aoiv", variant=1),
    "zwsp": lambda t: inside_words(t, "\u200b", every=2),
    "zwj": lambda t: inside_words(t, "\u200d", every=3),
    "shy": lambda t: inside_words(t, SOFT_HYPHEN, every=3),
    "bidi": bidi,
    "fullwidth": full_width,
    "combining": combining,
    "wordjoiner": lambda t: inside_words(t, "\u2060", every=4),
    "bom": lambda t: inside_words(t, "\ufeff", every=5),
}


# ============================================================================================================
# likelihood: "may" and "might" of likelihood, with the decision made.

ok(
    "may-signs-so-stays",
    "likelihood",
    M,
    meth(
        "Methadone stays at 60 mg. The baby may show withdrawal signs from day 2 to day 8, so the baby stays on the "
        "postnatal ward for 72 hours with scoring and the health visitor checks at home to day 8. Breastfeeding is "
        "encouraged; after each dose she may be drowsy, so the baby sleeps in the cot, never in her bed."
    ),
    "'may' of likelihood followed by 'so' and the decision for this baby",
)
ok(
    "might-need-morphine",
    "likelihood",
    M,
    meth(
        "Her baby might need treatment for neonatal withdrawal after months of methadone at 60 mg; the neonatal team "
        "will score the baby for at least three days before discharge. She keeps her methadone dose, breastfeeds, and "
        "must not sleep with the baby in her bed or on the sofa after dosing."
    ),
    "'might need' is a likelihood; the ward stay, feeding and sleep rules are decided",
)
ok(
    "may-be-sleepy-sert",
    "likelihood",
    M,
    sert(
        "Sertraline 100 mg continues. The baby may be jittery or feed poorly for a day or two, so the midwife scores "
        "adaptation signs with the withdrawal observations and calls the paediatrician if they last. Breastfeeding on "
        "sertraline is fine."
    ),
    "likelihood of adaptation signs, with who watches and what they do",
)
ok(
    "may-relapse-lithium",
    "likelihood",
    L,
    lith(
        "Lithium carries on at 800 mg: without it she may relapse into psychosis in the first weeks after birth. The "
        "baby has a paediatric review at birth, and levels are taken on the ward because lithium in the newborn may "
        "cause floppiness and poor feeding. She will bottle feed, as breastfeeding on lithium is not advised."
    ),
    "'may relapse' and 'may cause' are reasons; the plan is decided",
)
ok(
    "may-have-defect-valp",
    "likelihood",
    V,
    valp(
        "Valproate continues until the neurologist sees her, since stopping it may bring on seizures. The baby may "
        "have a neural tube or heart defect after first-trimester exposure, so a detailed anomaly scan is booked and "
        "folic acid 5 mg started today; effective contraception is agreed for after the birth."
    ),
    "likelihood of harm with the scan, folic acid and contraception decided",
)
ok(
    "might-roll-quet",
    "likelihood",
    P,
    quet(
        "The father's quetiapine at night means he might not wake if the baby were in his bed, so he never shares a "
        "bed, sofa or armchair with the baby and does no night feeds after his dose. The baby sleeps in the crib on "
        "the mother's side; the health visitor checks this at each visit."
    ),
    "'might not wake' explains the rule, which is decided",
)
ok(
    "may-feed-poorly-dzp",
    "likelihood",
    F,
    dzp(
        "Diazepam and pregabalin together may leave her too drowsy to wake for the baby, so she must not co-sleep or "
        "feed lying down and the foster carer does the night feeds. The baby may still show late withdrawal to day 8: "
        "the foster carer and health visitor watch and call the neonatal unit if it appears. Both continue for now."
    ),
    "two likelihoods, each followed by a decision",
)
ok(
    "may-permission-breastfeed",
    "likelihood",
    M,
    overall(
        "Methadone and sertraline continue unchanged. She may breastfeed on both, and is encouraged to. The baby stays "
        "on the postnatal ward at least 72 hours for withdrawal and adaptation scoring; no co-sleeping after her "
        "methadone, and the health visitor sees the cot before discharge."
    ),
    "'may' of permission ('she may breastfeed') beside a decided plan",
)
bad(
    "might-offered-only",
    "likelihood",
    M,
    meth(
        "Methadone: the baby might need some observation, and a ward stay may be offered if thought appropriate. "
        "Breastfeeding could perhaps be considered, and co-sleeping advice might be given at some point."
    ),
    "every action rests on 'might', 'may be offered', 'could perhaps' and 'at some point': nothing decided",
)
bad(
    "may-may-may-valp",
    "likelihood",
    V,
    valp(
        "Valproate may continue or may be changed. A scan may be offered and neurology may be involved, and "
        "contraception might be discussed later on."
    ),
    "a plan of 'may' and 'might' only: no decision about the exposed baby",
)

# ============================================================================================================
# reasons: "could" inside a reason, with the decision made.

ok(
    "could-relapse-so-continues",
    "reasons",
    M,
    sert(
        "Stopping sertraline could bring back her depression, which would harm her and the baby more, so it continues "
        "at 100 mg. The midwife watches the baby for adaptation signs for the first days; breastfeeding on sertraline "
        "is supported."
    ),
    "'could' names the harm that justifies the decision to continue",
)
ok(
    "could-fit-so-continue-valp",
    "reasons",
    V,
    valp(
        "A sudden stop of valproate could cause a seizure that endangers her and the pregnancy, so it continues until "
        "the urgent neurology review. The baby was exposed in the first trimester: detailed anomaly scan booked, "
        "folic acid 5 mg started, and contraception to be arranged before she leaves hospital after the birth."
    ),
    "'could cause' is the reason; the plan is set",
)
ok(
    "could-be-floppy-lithium",
    "reasons",
    L,
    lith(
        "Lithium near birth could make the baby floppy, sleepy or slow to feed, which is why the paediatrician reviews "
        "the baby after delivery and checks a level if signs show. Lithium itself continues for her relapse risk, with "
        "levels weekly from 36 weeks; she will bottle feed."
    ),
    "'could make the baby floppy' explains the paediatric review",
)
ok(
    "could-not-wake-quet",
    "reasons",
    P,
    quet(
        "Because he could sleep through the baby's cries after his quetiapine, the father does not do night feeds and "
        "never sleeps with the baby on a bed, sofa or chair. The mother does the nights with the baby in the side "
        "crib, and the health visitor reviews the arrangement at every visit."
    ),
    "'could sleep through' is the reason for the rule",
)
ok(
    "could-seize-dzp",
    "reasons",
    F,
    dzp(
        "Diazepam is not stopped suddenly, as that could cause seizures; a slow reduction with pregabalin kept steady "
        "is planned at 6 weeks. Meanwhile both sedate her: no co-sleeping, no feeding lying down, an awake adult for "
        "night care. The baby is watched for late withdrawal to day 8."
    ),
    "'could cause seizures' explains the slow reduction",
)
ok(
    "could-withdraw-meth",
    "reasons",
    M,
    meth(
        "A reduction now could push her back into street heroin, so methadone 60 mg continues with the drug service. "
        "For the baby this means likely neonatal withdrawal: 72 hours of ward scoring and health visitor checks to day "
        "8. Breastfeeding encouraged; no sharing a bed or sofa with the baby after her dose."
    ),
    "the feared outcome of reducing is the reason for keeping the dose",
)
ok(
    "could-cit",
    "reasons",
    C,
    cit(
        "Citalopram 20 mg continues, because coming off it could bring back the anxiety and low mood that returned "
        "within six weeks last time. The midwife watches the baby for 48 hours for jitteriness, fast breathing and "
        "poor feeding; breastfeeding is supported."
    ),
    "reason with 'could', decision and the baby's watch",
)
bad(
    "could-either-way-sert",
    "reasons",
    M,
    sert(
        "Sertraline could continue, or could be reduced; either could be reasonable. The baby could be watched, and "
        "breastfeeding could be fine."
    ),
    "'could' everywhere and no decision: a list of possibilities",
)
bad(
    "could-generic-lithium",
    "reasons",
    L,
    lith(
        "Lithium could be continued or stopped, and the baby could be reviewed by someone after birth if felt useful."
    ),
    "conditional possibilities only, nothing decided for this baby",
)

# ============================================================================================================
# conditional: "depending on", "as and when", "if ... then", beside a decided floor.

ok(
    "depending-scores-floor",
    "conditional",
    M,
    meth(
        "Methadone 60 mg continues. The baby stays on the ward for at least 72 hours; how much longer depends on the "
        "withdrawal scores, and the neonatal team treats if they rise. Breastfeeding is encouraged. She must not sleep "
        "with the baby after her dose; the cot is checked at the home visit."
    ),
    "'depends on' the scores only extends a minimum stay that is decided",
)
ok(
    "as-and-when-extra-visits",
    "conditional",
    M,
    overall(
        "Methadone and sertraline both continue. The baby is observed on the ward for 72 hours or more for withdrawal "
        "and adaptation signs; the health visitor visits weekly to day 8 and as and when the mother asks after that. "
        "No co-sleeping after her methadone; breastfeeding supported."
    ),
    "'as and when' adds visits on top of a fixed schedule",
)
ok(
    "if-fits-then",
    "conditional",
    V,
    valp(
        "Valproate continues unchanged until neurology reviews it this month. If she has a seizure before then, she "
        "calls 999 and the neurologist is told the same day. First-trimester exposure means the baby needs a detailed "
        "anomaly scan (booked) and folic acid 5 mg (started); contraception is agreed for after the birth."
    ),
    "an 'if' contingency beside a decided plan",
)
ok(
    "depending-dose-sleep-quet",
    "conditional",
    P,
    quet(
        "Whatever his quetiapine dose, the father never shares a bed, sofa or armchair with the baby; depending on the "
        "timing of his dose he helps with the evening bath, but never does the night feeds. The baby sleeps in the "
        "mother's side crib; the health visitor checks at every visit."
    ),
    "'depending on' the timing shapes a detail; the safety rule is absolute",
)
ok(
    "offered-and-accepted",
    "conditional",
    L,
    lith(
        "Lithium continues: relapse risk after birth is high. She was offered a planned birth at the maternity unit and "
        "accepted it, so levels are taken within 24 hours of delivery and the paediatrician reviews the baby for "
        "lithium effects. She bottle feeds, as breastfeeding is not advised."
    ),
    "'offered' with the offer taken up: a decision, not a hedge",
)
ok(
    "if-scores-rise-dzp",
    "conditional",
    F,
    dzp(
        "Diazepam and pregabalin continue for now and sedate her: no co-sleeping, no lying-down feeds, and the foster "
        "carer does the night feeds. If the baby shows late withdrawal signs before day 8, the foster carer calls the "
        "neonatal unit the same day; the health visitor checks weekly."
    ),
    "an 'if' for the baby's late signs with the response decided",
)
bad(
    "depending-only",
    "conditional",
    M,
    meth(
        "Methadone: observation of the baby depending on circumstances; feeding as and when; sleeping arrangements "
        "depending on how she is after the birth."
    ),
    "every plan 'depending on' or 'as and when': nothing decided",
)
bad(
    "offered-if-wanted-quet",
    "conditional",
    P,
    quet(
        "The father's quetiapine: advice may be offered to the family if they want it, and arrangements can be looked "
        "at as and when needed."
    ),
    "advice 'may be offered' and arrangements 'as and when': no rule about co-sleeping",
)

# ============================================================================================================
# options: a rule with alternatives, or a choice made between options, against a menu with no choice.

ok(
    "either-mum-or-nan",
    "options",
    P,
    quet(
        "The father's quetiapine leaves him hard to wake at night, so either mum or nan does the night feeds, never "
        "dad after his dose, and he never shares a bed or sofa with the baby. The baby sleeps in the side crib; the "
        "health visitor checks each visit."
    ),
    "'either ... or ...' is a rule with alternatives, and it excludes the sedated father",
)
ok(
    "choice-made-switch-rejected",
    "options",
    M,
    sert(
        "Switching sertraline to another antidepressant was weighed against staying on it; we chose to stay, as she is "
        "well on 100 mg and a switch risks relapse. The baby is watched for adaptation signs for 72 hours; "
        "breastfeeding is fine on sertraline."
    ),
    "two options weighed and one chosen with the reason",
)
ok(
    "neither-reduce-nor-stop",
    "options",
    M,
    meth(
        "Neither reducing nor stopping methadone is safe before the birth, so 60 mg continues. The baby has 72 hours "
        "of withdrawal scoring on the ward and health visitor checks to day 8; breastfeeding encouraged; no bed or "
        "sofa sharing after her dose."
    ),
    "'neither ... nor' rules out both options: a decision",
)
ok(
    "bottle-chosen-lithium",
    "options",
    L,
    lith(
        "Breast or bottle was talked through: she has chosen to bottle feed, since breastfeeding on lithium is not "
        "advised. Lithium continues for her relapse risk; levels monthly, weekly from 36 weeks, within 24 hours of "
        "birth; the paediatrician reviews the baby after birth."
    ),
    "a choice between options made and recorded",
)
ok(
    "one-of-two-units-chosen",
    "options",
    F,
    dzp(
        "Of the two placements offered, the one with a foster carer awake at night was chosen, because diazepam and "
        "pregabalin leave the mother too drowsy for night care: no co-sleeping, no feeding lying down. The baby is "
        "watched for late withdrawal until day 8."
    ),
    "a choice made between two placements, with the reason",
)
ok(
    "switch-decided-drug-open",
    "options",
    V,
    valp(
        "Valproate will be switched to a safer antiepileptic this month; whether the replacement is started before or "
        "after valproate is tapered is for neurology, but the switch itself is decided. Until then valproate "
        "continues. The baby's first-trimester exposure means a detailed scan (booked) and folic acid 5 mg (started); "
        "contraception after the birth."
    ),
    "the decision to switch is made; only the sequence is left to the specialist",
)
bad(
    "menu-no-choice",
    "options",
    M,
    meth(
        "Methadone options: either continue, reduce or stop; for the baby, either ward observation, home with "
        "community follow-up, or both; breastfeeding one, both or neither of bottle and breast."
    ),
    "a menu of options with no choice made",
)
bad(
    "either-or-valp",
    "options",
    V,
    valp("Valproate: either carry on or switch; either a scan or no scan; contraception either now or later."),
    "either/or throughout and no decision",
)

# ============================================================================================================
# pending: a detail still to be finalised beside a decided plan, against nothing but "yet to be finalised".

ok(
    "induction-date-pending",
    "pending",
    M,
    meth(
        "The date of induction is yet to be finalised, but whatever the date, methadone 60 mg continues and the baby "
        "stays on the ward for at least 72 hours of withdrawal scoring. Breastfeeding is encouraged; no co-sleeping "
        "after her dose."
    ),
    "a date still to be fixed beside a plan that is decided",
)
ok(
    "switch-drug-pending-valp",
    "pending",
    V,
    valp(
        "Which medicine replaces valproate is yet to be finalised by neurology next week; until then valproate "
        "continues, as stopping it suddenly could cause seizures. Detailed anomaly scan for the baby booked, folic acid "
        "5 mg started, contraception planned for after the birth."
    ),
    "the replacement is pending; the plan for now and for the baby is decided",
)
ok(
    "hv-date-tbc-quet",
    "pending",
    P,
    quet(
        "The father's quetiapine sedates him heavily at night, so he never shares a bed, sofa or armchair with the "
        "baby and does no night feeds. The date of the first home visit is still to be confirmed, but the health "
        "visitor will see the side crib then."
    ),
    "a visit date to be confirmed; the rule is decided",
)
ok(
    "reduction-schedule-pending",
    "pending",
    F,
    dzp(
        "The exact diazepam reduction schedule is yet to be agreed at the 6-week review; for now diazepam and "
        "pregabalin both continue and sedate her: no co-sleeping, no lying-down feeds, the foster carer does the night "
        "feeds. The baby is watched for late withdrawal to day 8."
    ),
    "a schedule pending beside a decided plan",
)
ok(
    "birth-plan-lithium-pending",
    "pending",
    L,
    lith(
        "Her birth plan is not yet finalised, but lithium continues, levels are taken within 24 hours of delivery, the "
        "baby has a paediatric review for floppiness and feeding, and she bottle feeds as breastfeeding is not "
        "advised."
    ),
    "'not yet finalised' about the birth plan; the lithium plan is decided",
)
bad(
    "yet-to-be-finalised-only",
    "pending",
    M,
    meth(
        "The methadone plan for the baby is yet to be finalised. Details of observation and feeding will be confirmed "
        "once agreed."
    ),
    "nothing but 'yet to be finalised' and 'will be confirmed'",
)
bad(
    "tbc-lithium",
    "pending",
    L,
    lith("Lithium: plan for pregnancy and birth yet to be finalised with the perinatal team; to follow."),
    "the whole conclusion is pending",
)

# ============================================================================================================
# class-facts: class facts followed by what they mean here, against the facts alone.

ok(
    "opioids-cross-then-here",
    "class-facts",
    M,
    meth(
        "Opioids cross the placenta, and most babies exposed to methadone late in pregnancy show some withdrawal. For "
        "this baby that means at least 72 hours on the ward with scoring and health visitor checks to day 8. Methadone "
        "60 mg continues; breastfeeding encouraged; no co-sleeping after her dose."
    ),
    "a class fact followed by what it means for this baby",
)
ok(
    "ssri-pphn-then-here",
    "class-facts",
    M,
    sert(
        "SSRIs in late pregnancy carry a small risk of persistent pulmonary hypertension and of adaptation signs. "
        "Here sertraline continues at 100 mg because she relapses without it, and the midwife checks the baby's "
        "breathing and feeding for 72 hours alongside the withdrawal scoring. Breastfeeding is fine."
    ),
    "class facts, then the decision and the watch for this baby",
)
ok(
    "valproate-class-then-here",
    "class-facts",
    V,
    valp(
        "Valproate is the most harmful antiepileptic in pregnancy, causing malformations in about one baby in ten. "
        "This baby was exposed in the first trimester, so a detailed scan is booked and folic acid 5 mg started; "
        "valproate continues until neurology's urgent review, and contraception is arranged for after the birth."
    ),
    "class facts, then what they mean here",
)
ok(
    "benzo-class-then-here",
    "class-facts",
    F,
    dzp(
        "Benzodiazepines and gabapentinoids together deepen sedation. Diazepam and pregabalin therefore mean this "
        "mother must not share a bed, sofa or armchair with the baby or feed lying down, and the foster carer does "
        "the night feeds. The baby is watched for late withdrawal to day 8; both continue for now."
    ),
    "a class fact, then 'therefore' and the rules for this baby",
)
ok(
    "lithium-class-then-here",
    "class-facts",
    L,
    lith(
        "Lithium passes freely to the baby before birth and in breast milk. So she will bottle feed, the paediatrician "
        "reviews the baby after birth with a lithium level if the baby is floppy or feeds poorly, and lithium "
        "continues for her with levels weekly from 36 weeks."
    ),
    "a class fact, then 'so' and the plan",
)
ok(
    "antipsychotic-class-then-quet",
    "class-facts",
    P,
    quet(
        "Sedating antipsychotics taken at night make deep sleep hard to rouse from. The father's quetiapine does this "
        "to him, so he never sleeps with the baby on a bed, sofa or chair and does not do night feeds; the mother does "
        "them with the baby in the side crib, checked by the health visitor."
    ),
    "a class fact, then what it means for this father and baby",
)
bad(
    "opioids-textbook-only",
    "class-facts",
    M,
    meth(
        "Opioids such as methadone cross the placenta freely. Neonatal abstinence syndrome follows in many exposed "
        "newborns. Methadone passes into breast milk in small amounts. Opioids cause drowsiness."
    ),
    "class facts only: nothing about this baby or what anyone will do",
)
bad(
    "ssri-textbook-only",
    "class-facts",
    C,
    cit(
        "Citalopram is a selective serotonin reuptake inhibitor. SSRIs are associated with neonatal adaptation "
        "syndrome and persistent pulmonary hypertension of the newborn. SSRIs are found in breast milk."
    ),
    "class facts only",
)

# ============================================================================================================
# prompts: words like "describe", "state" and "record" in ordinary sentences, against the template's prompts.

ok(
    "asked-to-describe",
    "prompts",
    M,
    meth(
        "Asked to describe her sleep after dosing, she says she is drowsy for about three hours; so methadone 60 mg "
        "continues with the baby in the cot, never her bed or the sofa. The baby is scored for withdrawal for 72 hours "
        "on the ward; breastfeeding encouraged."
    ),
    "'asked to describe' reports what she said, then the plan",
)
ok(
    "state-of-cot",
    "prompts",
    P,
    quet(
        "The state of the sleeping arrangements was seen today: the side crib is up by the mother's bed. The father's "
        "quetiapine sedates him, so he does no night feeds and never shares a bed or sofa with the baby; the health "
        "visitor checks again at each visit."
    ),
    "'state' as a noun in a report",
)
ok(
    "record-levels",
    "prompts",
    L,
    lith(
        "The lithium levels record shows her stable at 0.6. Lithium continues; the baby has a paediatric review after "
        "birth and a level if floppy or feeding poorly; she will bottle feed; levels weekly from 36 weeks and within "
        "24 hours of the birth."
    ),
    "'record' as a noun in a finding",
)
ok(
    "explain-to-father",
    "prompts",
    P,
    overall(
        "Her paracetamol needs nothing. We explained to the father that his quetiapine makes him too sleepy to be safe "
        "with the baby at night: no co-sleeping with him anywhere and no night feeds by him. The crib is by the "
        "mother's side; the health visitor keeps checking."
    ),
    "'explained' reports what was done, beside the rule",
)
ok(
    "list-of-signs-given",
    "prompts",
    F,
    dzp(
        "Diazepam and pregabalin: the foster carer has a written list of withdrawal signs to watch for until day 8 and "
        "calls the neonatal unit if they appear. Both medicines sedate the mother, so no co-sleeping, no lying-down "
        "feeds and the foster carer takes the nights. Both continue for now."
    ),
    "'list' as a noun: a list that was given",
)
bad(
    "prompts-strung",
    "prompts",
    M,
    meth(
        "Describe the impact of methadone on the baby. State the neonatal observation plan. Record the safe sleep "
        "advice given. Comment on breastfeeding."
    ),
    "the template's prompts strung together: instructions to the writer",
)
bad(
    "prompts-enter-here",
    "prompts",
    V,
    valp(
        "Valproate: enter the risks to the baby here. Summarise the plan for pregnancy prevention. Add the referrals."
    ),
    "instructions to the writer, no content",
)

# ============================================================================================================
# guideline: a guideline applied with what it means, against its name as the whole answer.

ok(
    "nas-guideline-applied",
    "guideline",
    M,
    meth(
        "Under the local neonatal abstinence guideline the baby is scored four-hourly on the postnatal ward for at "
        "least 72 hours after birth, and the health visitor looks for late signs to day 8. Methadone 60 mg continues; "
        "breastfeeding encouraged; no bed or sofa sharing after her dose."
    ),
    "a guideline applied: what it means for this baby",
)
ok(
    "nice-applied-sert",
    "guideline",
    M,
    sert(
        "In line with NICE guidance on antenatal mental health, sertraline continues at 100 mg as her depression "
        "returned when she stopped before. The baby is watched for adaptation signs over 72 hours; breastfeeding on "
        "sertraline is supported."
    ),
    "NICE guidance named, with the decision it leads to",
)
ok(
    "mhra-valproate-applied",
    "guideline",
    V,
    valp(
        "Following the MHRA valproate safety measures, the risks were explained and she continues valproate only until "
        "neurology's urgent review. The baby was exposed in the first trimester: detailed anomaly scan booked, folic "
        "acid 5 mg started. A highly effective contraceptive is agreed for after the birth."
    ),
    "the MHRA measures named and applied",
)
ok(
    "lullaby-trust-applied",
    "guideline",
    P,
    quet(
        "Applying the Lullaby Trust safer sleep advice to the father's quetiapine: he is too sedated at night to share "
        "a bed, sofa or armchair with the baby and does no night feeds after his dose. Baby in the crib on the "
        "mother's side; the health visitor checks every visit."
    ),
    "a safer-sleep guide named and applied",
)
ok(
    "item-guideline-with-plan",
    "guideline",
    M,
    item(
        "asm-methadone",
        "impact_on_baby.neonatal_withdrawal_plan",
        "Local neonatal abstinence guideline: four-hourly Finnegan scoring on the postnatal ward for at least 72 hours; "
        "neonatal team to review if two scores are 8 or more; health visitor checks for late signs to day 8.",
    ),
    "the item names the guideline and says what it means",
)
ok(
    "item-bf-ukdilas-applied",
    "guideline",
    C,
    item(
        "asm-citalopram",
        "impact_on_baby.breastfeeding",
        "Checked with the UK Drugs in Lactation Advisory Service: citalopram is compatible with breastfeeding; watch "
        "the baby for drowsiness or poor feeding.",
    ),
    "a service named with its answer",
)
bad(
    "guideline-name-only",
    "guideline",
    M,
    meth("Methadone: as per the local neonatal abstinence guideline and NICE CG110."),
    "the conclusion is a guideline's name: nothing about this baby or what anyone does",
)
bad(
    "mhra-name-only-valp",
    "guideline",
    V,
    valp("Valproate: managed in line with the MHRA Valproate Pregnancy Prevention Programme."),
    "a programme's name as the whole conclusion",
)

# ============================================================================================================
# aside: "alongside X" in a text whose claims cover each medicine, against a covered medicine named only aside.

ok(
    "alongside-methadone-sert-joint",
    "aside",
    M,
    _merge_m(
        "Methadone 60 mg continues, and alongside methadone, sertraline 100 mg continues too as she relapses without "
        "it. The baby is scored for methadone withdrawal and sertraline adaptation signs for at least 72 hours; "
        "breastfeeding is supported on both; no co-sleeping after her methadone dose."
    ),
    "a joint assessment: 'alongside methadone' and claims about both medicines",
)
ok(
    "alongside-in-sert-conclusion",
    "aside",
    M,
    sert(
        "Alongside her methadone, sertraline 100 mg continues: stopping it risks a relapse of depression. The midwife "
        "scores the baby for adaptation signs with the withdrawal observations; breastfeeding on sertraline is fine."
    ),
    "'alongside her methadone' in sertraline's own conclusion, whose claims are about sertraline",
)
ok(
    "pregabalin-with-diazepam-both",
    "aside",
    F,
    dzp(
        "Pregabalin continues alongside diazepam, and together they sedate her: no co-sleeping, no feeding lying down, "
        "night feeds by the foster carer. The baby was exposed to both and may show late withdrawal to day 8. A slow "
        "diazepam reduction starts at 6 weeks; pregabalin stays as it is."
    ),
    "both covered medicines carry claims",
)
ok(
    "overall-also-on-list-with-claims",
    "aside",
    M,
    overall(
        "Methadone continues at 60 mg and sertraline, also on her list, continues at 100 mg; both matter for the baby, "
        "who is scored for withdrawal and adaptation on the ward for 72 hours. Breastfeeding supported; no "
        "co-sleeping after her methadone."
    ),
    "'also on her list' with a claim about sertraline",
)
ok(
    "paracetamol-aside-quet",
    "aside",
    P,
    overall(
        "Alongside her paracetamol, which is of no concern, the father's quetiapine is what matters: he is too sedated "
        "at night to share a bed or sofa with the baby or do night feeds. Crib on the mother's side; the health "
        "visitor keeps checking."
    ),
    "an uncovered harmless medicine in an aside; the covered one carries the claims",
)
bad(
    "pregabalin-aside-only",
    "aside",
    F,
    dzp(
        "Diazepam sedates her heavily: no co-sleeping, no feeding lying down, and the foster carer does the night "
        "feeds; the baby may show late withdrawal to day 8 and diazepam is reduced slowly from 6 weeks. Pregabalin is "
        "also on her list."
    ),
    "pregabalin, covered by this assessment, is named only in an aside; every claim is about diazepam",
)
bad(
    "sertraline-alongside-only-joint",
    "aside",
    M,
    _merge_m(
        "Methadone 60 mg continues, alongside sertraline. The baby is scored for methadone withdrawal for 72 hours; "
        "breastfeeding is encouraged on methadone, and there is no co-sleeping after her methadone dose."
    ),
    "the joint assessment names sertraline only in 'alongside sertraline'; every claim is about methadone",
)

# ============================================================================================================
# babys: "the baby's" own treatment, checks and levels, against the mother's medicine given to "the baby's".

ok(
    "babys-morphine",
    "babys",
    M,
    meth(
        "Methadone 60 mg continues. If the baby's withdrawal scores stay high, the neonatal team starts the baby's own "
        "oral morphine and weans it over days before discharge. Breastfeeding is encouraged; she never shares a bed or "
        "sofa with the baby after her dose."
    ),
    "'the baby's own oral morphine' is NAS treatment for the baby",
)
ok(
    "babys-lithium-level",
    "babys",
    L,
    lith(
        "Lithium continues for her high relapse risk. The baby's lithium level and thyroid function are checked after "
        "birth if the baby is floppy or feeds poorly, and the paediatrician reviews the baby. She will bottle feed; "
        "levels within 24 hours of the birth."
    ),
    "'the baby's lithium level' is the baby's own blood test",
)
ok(
    "babys-scores",
    "babys",
    F,
    dzp(
        "The baby's scores on the ward were mild on day 3 and needed no treatment. Diazepam and pregabalin still "
        "sedate the mother: no co-sleeping, no lying-down feeds; the foster carer does nights and watches for late "
        "withdrawal to day 8 with the health visitor."
    ),
    "the baby's own scores",
)
ok(
    "babys-exposure-valp",
    "babys",
    V,
    valp(
        "The baby's exposure to valproate in the first trimester means a detailed anomaly scan, now booked, and folic "
        "acid 5 mg from today. Valproate continues until the urgent neurology review, since a seizure would endanger "
        "them both; contraception agreed for after the birth."
    ),
    "'the baby's exposure' is about the baby",
)
ok(
    "babys-crib-quet",
    "babys",
    P,
    quet(
        "The baby's crib stays on the mother's side of the bed. The father's quetiapine leaves him too drowsy at night "
        "to wake for the baby, so no night feeds by him and no sharing a bed, sofa or armchair with the baby; the "
        "health visitor checks at each visit."
    ),
    "'the baby's crib' beside the father's medicine",
)
bad(
    "babys-methadone",
    "babys",
    M,
    meth(
        "The baby's methadone continues at 60 mg daily with supervised consumption, and the baby's dose must not be "
        "changed without the drug service."
    ),
    "the mother's methadone given to the baby: nothing about the baby's exposure, withdrawal or sleep",
)
bad(
    "babys-valproate",
    "babys",
    V,
    valp("The baby's valproate stays at 500 mg twice a day until neurology reviews the baby's epilepsy."),
    "the mother's valproate and epilepsy given to the unborn baby",
)

# ============================================================================================================
# no-risk: "no particular risk" where that is right, against it said of a real concern.

ok(
    "sert-bf-no-particular-risk",
    "no-risk",
    M,
    sert(
        "Sertraline continues at 100 mg as she relapses without it. It carries no particular risk in breastfeeding, "
        "so she is encouraged to breastfeed. The midwife watches the baby for adaptation signs for 72 hours."
    ),
    "'no particular risk' of sertraline in breast milk is the right conclusion",
)
ok(
    "lithium-sleep-no-risk",
    "no-risk",
    L,
    lith(
        "Lithium at this level poses no particular risk to safe sleep, as it does not sedate her. The risk is to the "
        "baby near birth: the paediatrician reviews the baby for floppiness and feeding; she bottle feeds; lithium "
        "continues with levels weekly from 36 weeks."
    ),
    "no sedation risk for lithium, with the real risks handled",
)
ok(
    "quet-no-direct-effect",
    "no-risk",
    P,
    quet(
        "The father's quetiapine poses no risk to the baby through milk or pregnancy, only through sleep: he is too "
        "sedated at night to share a bed, sofa or armchair with the baby or do the night feeds. The mother does the "
        "nights; the health visitor checks the crib."
    ),
    "no exposure risk, correctly, and the sleep risk answered",
)
ok(
    "cit-no-particular-concern-bf",
    "no-risk",
    C,
    cit(
        "Citalopram continues at 20 mg since stopping led to relapse. Breastfeeding raises no particular concern; the "
        "midwife watches the baby for adaptation signs for 48 hours and the GP reviews her mood at 6 weeks."
    ),
    "'no particular concern' for breastfeeding on citalopram",
)
ok(
    "valp-no-sedation-risk",
    "no-risk",
    V,
    valp(
        "Valproate is not sedating, so sleep is no particular risk; the risk is to the baby from first-trimester "
        "exposure, so a detailed scan is booked and folic acid 5 mg started. It continues until neurology's urgent "
        "review; contraception is arranged for after the birth."
    ),
    "no sedation risk, correctly, beside the real one",
)
bad(
    "meth-no-particular-risk",
    "no-risk",
    M,
    meth("Methadone poses no particular risk to the baby, so no special arrangements are needed."),
    "a dismissal of likely neonatal withdrawal and sedation: no plan",
)
bad(
    "dzp-nothing-to-worry",
    "no-risk",
    F,
    dzp("Diazepam and pregabalin: no particular risk to the baby identified; nothing further required."),
    "dismisses sedation and withdrawal the record itself describes",
)

# ============================================================================================================
# consistent: texts agreeing with the record in words a naive check may read as contradiction, against real ones.

ok(
    "not-sedated-mornings",
    "consistent",
    M,
    meth(
        "Methadone 60 mg continues. She is not sedated in the mornings before her dose, but she is drowsy for two to "
        "four hours afterwards, so the baby never sleeps in her bed or on the sofa. The baby has 72 hours of "
        "withdrawal scoring; breastfeeding encouraged."
    ),
    "'not sedated in the mornings, but drowsy afterwards' agrees with sedation yes",
)
ok(
    "bf-not-advised-lithium",
    "consistent",
    L,
    lith(
        "Breastfeeding is not advised on lithium, so she will bottle feed and the midwife supports that from birth. "
        "Lithium continues for her relapse risk; the baby is reviewed by the paediatrician for floppiness and "
        "feeding; levels within 24 hours of the birth."
    ),
    "agrees with the breastfeeding item",
)
ok(
    "no-bf-needed-foster",
    "consistent",
    F,
    dzp(
        "The baby is bottle fed, so no breastfeeding advice applies. Diazepam and pregabalin sedate the mother: no "
        "co-sleeping, no feeding lying down, the foster carer does the night feeds. The baby may show late withdrawal "
        "up to day 8; the health visitor watches."
    ),
    "agrees with the bottle-fed answer",
)
ok(
    "father-sedated-not-mother",
    "consistent",
    P,
    quet(
        "The mother is not sedated; the father is, after his quetiapine. So the mother does the night feeds with the "
        "baby in the side crib, and the father never shares a bed, sofa or armchair with the baby. The health visitor "
        "checks every visit."
    ),
    "'not sedated' is said of the mother, which is right",
)
ok(
    "not-stopped-valp",
    "consistent",
    V,
    valp(
        "Valproate is not stopped: she keeps taking it until the urgent neurology review, since a sudden stop risks "
        "seizures. The baby needs a detailed scan after first-trimester exposure (booked) and folic acid 5 mg "
        "(started); contraception after the birth."
    ),
    "'not stopped' agrees with the record",
)
bad(
    "not-sedated-contradicts",
    "consistent",
    M,
    meth(
        "Methadone 60 mg continues. She is not sedated by her methadone, so she can share her bed with the baby. The "
        "baby has 72 hours of withdrawal scoring; breastfeeding encouraged."
    ),
    "contradicts sedation 'yes' and the safe-sleep answer, and advises co-sleeping",
)
bad(
    "bf-encouraged-lithium",
    "consistent",
    L,
    lith(
        "Lithium continues for her relapse risk; breastfeeding is encouraged and the paediatrician reviews the baby "
        "after birth."
    ),
    "contradicts the breastfeeding item (not advised) and her plan to bottle feed",
)

# ============================================================================================================
# word-brands: brand names that are English words used in their ordinary sense, against the brand as a medicine.

ok(
    "sonata-on-radio",
    "word-brands",
    M,
    meth(
        "Methadone 60 mg continues. A sonata on the radio helps her settle in the evenings, and she is drowsy for a "
        "few hours after her dose, so the baby sleeps in the cot, never her bed. The baby has 72 hours of ward scoring "
        "for withdrawal; breastfeeding encouraged."
    ),
    "'a sonata on the radio' is music, not zaleplon",
)
ok(
    "sonata-piano-quet",
    "word-brands",
    P,
    quet(
        "The father plays a piano sonata to the baby in the afternoon, when he is alert. His quetiapine at night "
        "leaves him too sedated for night feeds or sharing a bed, sofa or armchair with the baby; the mother does the "
        "nights with the crib at her side."
    ),
    "'piano sonata' is music",
)
ok(
    "night-calm-dzp",
    "word-brands",
    F,
    dzp(
        "The foster carer keeps the house dark and the night calm, so the baby settles in the cot in her room. Diazepam and pregabalin sedate the mother: she must not co-sleep or "
        "feed lying down, and the foster carer does the night feeds. The baby is watched for late withdrawal signs to "
        "day 8."
    ),
    "'the night calm' (the night kept calm) is a description, not Nightcalm",
)
ok(
    "stay-all-night",
    "word-brands",
    L,
    lith(
        "Lithium continues; levels weekly from 36 weeks. Her sister will stay all night for the first fortnight to "
        "let her sleep, which protects against relapse. The baby is reviewed by the paediatrician after birth; she "
        "bottle feeds, as breastfeeding on lithium is not advised."
    ),
    "'stay all night' and 'sleep' in ordinary sense",
)
bad(
    "her-sonata-at-night",
    "word-brands",
    M,
    meth(
        "Methadone 60 mg continues with her Sonata at night. The baby has 72 hours of withdrawal scoring; "
        "breastfeeding encouraged; no co-sleeping after her dose."
    ),
    "'her Sonata at night' is zaleplon, a sedating hypnotic not on the medicine list (MA120)",
)
bad(
    "father-sonata",
    "word-brands",
    P,
    quet(
        "The father's quetiapine and his Sonata 10 mg at night make him too sedated for night feeds or sharing a bed "
        "with the baby; the mother does the nights and the health visitor checks."
    ),
    "Sonata (zaleplon) used as the father's medicine but not on the list (MA120)",
)

# ============================================================================================================
# disguise: good texts (and two hollow twins) in look-alike letters and invisible or format characters.

_GOOD_DISGUISED: list[tuple[str, str, Callable[[str], Mutation], str]] = [
    (
        "cyrillic-may-so",
        M,
        meth,
        "Methadone continues at 60 mg. The baby may show withdrawal, so the baby stays on the ward for 72 hours of "
        "scoring and the health visitor checks to day 8; breastfeeding encouraged; no co-sleeping after her dose.",
    ),
    (
        "greek-could-reason",
        M,
        sert,
        "Stopping sertraline could bring back her depression, so it continues at 100 mg; the baby is watched for "
        "adaptation signs for 72 hours and breastfeeding on sertraline is fine.",
    ),
    (
        "zwsp-either-mum-or-gran",
        P,
        quet,
        "Either mum or gran does the night feeds, never the father after his quetiapine, and he never shares a bed, "
        "sofa or armchair with the baby; crib on the mother's side, checked by the health visitor.",
    ),
    (
        "zwj-pending-date",
        M,
        meth,
        "The induction date is yet to be set, but methadone 60 mg continues and the baby stays at least 72 hours "
        "for withdrawal scoring; breastfeeding encouraged; no bed or sofa sharing after her dose.",
    ),
    (
        "shy-class-then-here",
        V,
        valp,
        "Valproate harms about one exposed baby in ten. This baby was exposed early, so a detailed scan is booked "
        "and folic acid 5 mg started; valproate continues until neurology's urgent review; contraception after the "
        "birth.",
    ),
    (
        "bidi-guideline-applied",
        M,
        meth,
        "Under the local neonatal abstinence guideline the baby is scored on the ward for at least 72 hours; "
        "methadone 60 mg continues, breastfeeding is encouraged, and she never sleeps with the baby after her dose.",
    ),
    (
        "fullwidth-alongside",
        M,
        sert,
        "Alongside her methadone, sertraline continues at 100 mg so she stays well; the midwife scores the baby for "
        "adaptation signs with the withdrawal observations; breastfeeding on sertraline supported.",
    ),
    (
        "combining-babys-morphine",
        M,
        meth,
        "Methadone continues at 60 mg; if the baby's scores rise, the neonatal team treats with the baby's own "
        "morphine. Breastfeeding encouraged; no co-sleeping after her dose; the cot is checked at home.",
    ),
    (
        "wordjoiner-no-particular-risk",
        C,
        cit,
        "Citalopram continues at 20 mg for her mood; it carries no particular risk in breastfeeding, and the midwife "
        "watches the baby for adaptation signs for 48 hours.",
    ),
    (
        "bom-not-sedated-mornings",
        M,
        meth,
        "Methadone continues at 60 mg; she is not sedated in the mornings but is drowsy after her dose, so the baby "
        "sleeps in the cot, never her bed; 72 hours of withdrawal scoring; breastfeeding encouraged.",
    ),
    (
        "cyrillic-sonata-radio",
        P,
        quet,
        "A sonata on the radio settles the baby in the evening. The father's quetiapine makes him too sleepy for night "
        "feeds or bed sharing with the baby; the mother does the nights and the health visitor checks the crib.",
    ),
    (
        "greek-lithium-bottle",
        L,
        lith,
        "Lithium continues for her relapse risk. She has chosen the bottle, as breastfeeding on lithium is not "
        "advised; the paediatrician reviews the baby after birth; levels within 24 hours of delivery.",
    ),
    (
        "zwsp-dzp-depending",
        F,
        dzp,
        "Diazepam and pregabalin continue and sedate her: no co-sleeping, no lying-down feeds, the foster carer does "
        "nights. If late withdrawal signs appear before day 8, the foster carer calls the neonatal unit that day.",
    ),
    (
        "shy-offered-accepted-lithium",
        L,
        lith,
        "Lithium continues. She accepted the offer of a hospital birth, so her level is taken within 24 hours and "
        "the paediatrician reviews the baby for floppiness; she bottle feeds as breastfeeding is not advised.",
    ),
    (
        "fullwidth-valp-if",
        V,
        valp,
        "Valproate continues until neurology reviews it; if she fits she calls 999. The baby needs a detailed scan "
        "(booked) and folic acid 5 mg (started); contraception after the birth.",
    ),
    (
        "combining-quet-could",
        P,
        quet,
        "He could sleep through the baby's cries after his quetiapine, so the father does no night feeds and never "
        "shares a bed or sofa with the baby; the mother does nights, checked by the health visitor.",
    ),
    (
        "bidi-dzp-class",
        F,
        dzp,
        "Diazepam and pregabalin deepen each other's sedation, so this mother never shares a bed or sofa with the baby "
        "and the foster carer does night feeds; late withdrawal is watched for to day 8.",
    ),
    (
        "zwj-cit-guideline",
        C,
        cit,
        "As the local SSRI guideline sets out, the midwife watches the baby for jitteriness and poor feeding for 48 "
        "hours; citalopram continues at 20 mg to prevent relapse; breastfeeding supported.",
    ),
]

for _i, (_n, _b, _put, _text) in enumerate(_GOOD_DISGUISED):
    _how = _n.split("-")[0]
    ok(
        _n,
        "disguise",
        _b,
        _put(DISGUISES[_how](_text)),
        f"a good conclusion in {_how} disguise: judged like the plain text, which passes",
    )

bad(
    "cyrillic-menu",
    "disguise",
    M,
    meth(
        DISGUISES["cyrillic"](
            "Methadone: either continue or reduce; baby either on the ward or at home; feeding either breast or bottle."
        )
    ),
    "a menu of options with no choice, in Cyrillic look-alikes",
)
bad(
    "zwsp-prompts",
    "disguise",
    V,
    valp(
        DISGUISES["zwsp"](
            "Describe the valproate risks to the baby. State the pregnancy prevention plan. List referrals."
        )
    ),
    "template prompts with zero-width spaces inside words",
)
bad(
    "fullwidth-tbc",
    "disguise",
    L,
    lith(DISGUISES["fullwidth"]("Lithium: the plan is yet to be finalised; details to follow.")),
    "'yet to be finalised' only, in full-width forms",
)
bad(
    "combining-babys-methadone",
    "disguise",
    M,
    meth(DISGUISES["combining"]("The baby's methadone stays at 60 mg daily, supervised by the pharmacy.")),
    "the mother's medicine given to the baby, with combining marks",
)

bad(
    "combining-unlisted-diazepam",
    "disguise",
    M,
    meth(
        "Methadone 60 mg continues; the baby has 72 hours of withdrawal scoring and breastfeeding is encouraged. "
        + combining("She also takes diazepam 10 mg at night")
        + ", so she never shares a bed or sofa with the baby."
    ),
    "diazepam, a medicine of concern not on the list, named with combining marks (MA120 as for the plain text)",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F47CASES)
    for cat in CATEGORIES:
        print(f"{cat:14} refuse {counts[(cat, REFUSE)]:3}  pass {counts[(cat, PASS)]:3}")
    print(
        f"{'total':14} refuse {sum(c.expect == REFUSE for c in F47CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F47CASES):3}"
    )
