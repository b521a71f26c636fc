"""A sixty-eighth independent "fresh" batch of red-team cases for the share gate: the adversary, twelfth round.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. A careless clinician (or integrator) writes a conclusion that LOOKS
substantive, in shapes earlier batches did not try; beside each hollow shape (MUST REFUSE) is a near-miss twin in
similar words that decides clearly (MUST PASS). Every assessment's own items already answer its concerns, so only
the conclusion (or the overall conclusion) is judged. It covers:

* ``yes-noted``: a conclusion written as a list of questions answered only "yes", "noted" or "n/a", beside the
  same questions answered with the plan;
* ``monograph``: the medicine's licence, SPC or BNF monograph restated, beside the monograph quoted as the reason
  for a decision about this baby;
* ``mind-only``: the mother's (or father's) mental state only, nothing on the medicine and the baby, beside the
  mental state given as the reason for a plan;
* ``other-pregnancy``: an earlier pregnancy, or someone else's, told as if it answered this one, beside the
  earlier pregnancy mentioned before a decision for this baby;
* ``past-conditional``: "would have been advised", "should have been switched": what might have been, beside
  the same clause followed by what is now decided;
* ``stacked-hedges``: "may possibly perhaps be considered": hedges piled until nothing is said, beside one hedge
  about later and a decision for now;
* ``delegated``: a named person "has this in hand", "is dealing with it", beside the named person carrying a
  stated plan;
* ``admin-only``: the only decision is administrative (coded, scanned, filed, recall set), beside the same
  housekeeping after a real plan;
* ``dose-history``: a history of doses and levels with no meaning for the baby, beside the history leading to
  a decision;
* ``signature-padding``: a one-word verdict padded with time-stamps, signatures and references, beside a real
  conclusion signed the same way;
* ``symbols``: emoji and ticks for words, beside arrows and ticks as shorthand inside a real plan;
* ``disguise``: about a fifth of the batch, hollow and good texts of the shapes above in look-alike letters,
  zero-width and format characters, soft hyphens, bidi controls, full-width forms, mathematical letters, odd
  spaces and combining marks; each must be judged exactly like its plain form.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh68_cases`` for the
counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import PASS, REFUSE, C, Case, Expect, F, L, M, Mutation, P, V, set_
from tests.redteam.disguise import full_width, homoglyphs, inside_words, plain, swap_spaces

F68CASES: list[Case] = []

CATEGORIES = (
    "yes-noted",
    "monograph",
    "mind-only",
    "other-pregnancy",
    "past-conditional",
    "stacked-hedges",
    "delegated",
    "admin-only",
    "dose-history",
    "signature-padding",
    "symbols",
    "disguise",
)

# Where a text goes: (base example, path of the conclusion).
WHERE: dict[str, tuple[str, str]] = {
    "meth": (M, "assessments#asm-methadone.conclusion"),
    "sert": (M, "assessments#asm-sertraline.conclusion"),
    "m-all": (M, "overall_conclusion.text"),
    "lith": (L, "assessments#asm-lithium.conclusion"),
    "valp": (V, "assessments#asm-valproate.conclusion"),
    "dp": (F, "assessments#asm-diazepam-pregabalin.conclusion"),
    "p-all": (P, "overall_conclusion.text"),
    "quet": (P, "assessments#asm-partner-quetiapine.conclusion"),
    "cit": (C, "assessments#asm-citalopram.conclusion"),
}

# Every text of the batch by case name (without the prefix), kept for the disguise category.
TEXTS: dict[str, tuple[str, str]] = {}


def add(name: str, category: str, expect: Expect, where: str, text: str, why: str) -> None:
    assert category in CATEGORIES, category
    base, path = WHERE[where]
    mutate: Mutation = set_(path, text)
    F68CASES.append(Case(f"f68-{name}", category, expect, base, mutate, why))
    TEXTS[name] = (where, text)


def bad(name: str, category: str, where: str, text: str, why: str) -> None:
    add(name, category, REFUSE, where, text, why)


def ok(name: str, category: str, where: str, text: str, why: str) -> None:
    add(name, category, PASS, where, text, why)


def math_sans(text: str) -> str:
    """ASCII letters and digits as MATHEMATICAL SANS-SERIF letters and digits (NFKC folds them back)."""
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(0x1D5A0 + ord(ch) - ord("A")))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D5BA + ord(ch) - ord("a")))
        elif "0" <= ch <= "9":
            out.append(chr(0x1D7E2 + ord(ch) - ord("0")))
        else:
            out.append(ch)
    return "".join(out)


def grave_marks(text: str) -> str:
    """A combining grave accent after every vowel."""
    return "".join(ch + "\u0300" if ch in "aeiou" else ch for ch in text)


# ============================================================================================================
# yes-noted: questions answered only "yes", "noted" or "n/a" (MA103/MA104), beside questions answered with a plan.

bad(
    "qa-meth-yes-noted",
    "yes-noted",
    "meth",
    "Continue methadone? Yes. Withdrawal in the baby? Noted. Breastfeeding? Yes. Co-sleeping? N/A.",
    "questions answered with 'yes', 'noted' and 'n/a' only: no plan for the baby (MA103)",
)
bad(
    "qa-lith-noted",
    "yes-noted",
    "lith",
    "Lithium: relapse risk? Yes. Levels? Noted. Baby review? Noted. Breastfeeding? N/A.",
    "each question answered 'noted' or 'n/a': no levels, no review, no feeding decision (MA103)",
)
bad(
    "qa-p-all-ticks",
    "yes-noted",
    "p-all",
    "Father's quetiapine: sedating? Yes. Co-sleeping? Noted. Night feeds? N/A. Health visitor aware? Yes.",
    "the partner's sedation answered 'yes' and the baby's sleep only 'noted' (MA103/MA123)",
)
bad(
    "qa-valp-noted",
    "yes-noted",
    "valp",
    "Valproate in pregnancy - fetal risk? Yes. Stop it? Noted. Neurology? Noted. Pregnancy prevention? N/A.",
    "'noted' against stopping and neurology, 'n/a' against prevention: nothing decided (MA103)",
)
bad(
    "qa-dp-noted",
    "yes-noted",
    "dp",
    "Diazepam and pregabalin - sedation? Yes. Late withdrawal? Noted. Night care? Noted. Reduction? N/A.",
    "sedation acknowledged, no safe-sleep or night-care decision (MA103)",
)
bad(
    "qa-cit-noted",
    "yes-noted",
    "cit",
    "Citalopram - continue? Noted. Adaptation in the baby? Noted. Breastfeeding? Yes.",
    "the decision itself only 'noted' (MA103)",
)
ok(
    "qa-meth-answered",
    "yes-noted",
    "meth",
    "Continue methadone? Yes, 60 mg unchanged. Withdrawal in the baby? Observe on the ward for 72 hours, then "
    "health visitor checks to day 8. Co-sleeping? Never after a dose; the cot is checked at the home visit.",
    "questions answered with the plan",
)
ok(
    "qa-lith-answered",
    "yes-noted",
    "lith",
    "Lithium to continue? Yes, as her relapse risk is high. Levels? Monthly, weekly from 36 weeks and within 24 "
    "hours of birth. Baby? Paediatric review after birth. Breastfeeding? Not advised; she will bottle feed.",
    "questions answered with levels, review and feeding",
)
ok(
    "qa-p-all-answered",
    "yes-noted",
    "p-all",
    "Is the father's quetiapine sedating? Yes, heavily at night, so the baby never sleeps with him on a bed or "
    "sofa and he does no night feeds after his dose; the health visitor checks the crib at each visit.",
    "one question answered with the safe-sleep plan",
)
ok(
    "qa-dp-answered",
    "yes-noted",
    "dp",
    "Are diazepam and pregabalin sedating together? Yes: no co-sleeping or feeding lying down, and another adult "
    "awake for night care in the placement. Late withdrawal? Possible to day 8, so the health visitor looks for "
    "it at each visit. Both continue; the diazepam reduction is supervised.",
    "questions answered with the plan",
)
ok(
    "qa-cit-answered",
    "yes-noted",
    "cit",
    "Continue citalopram? Yes, 20 mg: relapse would harm her and the baby more than its small risks. Baby? The "
    "midwife watches for adaptation signs for 48 hours. Breastfeeding? Yes, supported.",
    "questions answered with reasons and actions",
)


# ============================================================================================================
# monograph: the licence, SPC or BNF restated (MA103), beside the monograph as the reason for a decision.

bad(
    "mono-meth-licence",
    "monograph",
    "meth",
    "Methadone is a synthetic opioid agonist licensed as an adjunct in the treatment of opioid dependence; it has "
    "a long half-life, is metabolised by CYP3A4, and the BNF lists neonatal withdrawal among its effects.",
    "the monograph, not this baby: no decision (MA103)",
)
bad(
    "mono-sert-indications",
    "monograph",
    "sert",
    "Sertraline: SSRI. Indications: depression, OCD, PTSD, panic disorder. Cautions: pregnancy, breastfeeding. "
    "Common side effects: nausea, insomnia, headache.",
    "a BNF entry copied in (MA103/MA104)",
)
bad(
    "mono-lith-spc",
    "monograph",
    "lith",
    "Lithium carbonate (Priadel) is licensed for mania and the prophylaxis of bipolar disorder; it has a narrow "
    "therapeutic index; the BNF says avoid in pregnancy if possible, and it is present in breast milk.",
    "the licence and the BNF's cautions, no decision for her (MA103)",
)
bad(
    "mono-valp-spc-43",
    "monograph",
    "valp",
    "Sodium valproate is licensed for all forms of epilepsy and is contraindicated in women of childbearing "
    "potential unless the conditions of the Pregnancy Prevention Programme are fulfilled (SPC section 4.3).",
    "the SPC's contraindication restated, nothing for this pregnancy (MA103)",
)
bad(
    "mono-p-all-somnolence",
    "monograph",
    "p-all",
    "Quetiapine is an atypical antipsychotic licensed for schizophrenia and bipolar disorder; its SPC lists "
    "somnolence as very common, affecting more than one in ten people.",
    "the partner's medicine's SPC (MA103)",
)
bad(
    "mono-cit-qt",
    "monograph",
    "cit",
    "Citalopram is licensed for depressive illness and panic disorder; its SPC warns of QT prolongation and of "
    "a neonatal adaptation syndrome after exposure late in pregnancy.",
    "the SPC's warnings, no plan (MA103)",
)
ok(
    "mono-meth-then-plan",
    "monograph",
    "meth",
    "Methadone is licensed for opioid dependence and her 60 mg dose continues; as the BNF warns, the baby may "
    "withdraw, so ward observation for 72 hours, then the health visitor to day 8; no co-sleeping after a dose.",
    "the licence and the BNF as reasons for a plan",
)
ok(
    "mono-lith-then-plan",
    "monograph",
    "lith",
    "Lithium's licence advises avoiding pregnancy use where possible, but for her relapse is the greater risk: "
    "Priadel 800 mg continues with levels monthly, weekly from 36 weeks and within 24 hours of birth; the baby has "
    "a paediatric review and is bottle fed.",
    "the caution weighed and a decision made",
)
ok(
    "mono-valp-then-plan",
    "monograph",
    "valp",
    "The valproate SPC contraindicates pregnancy outside the Pregnancy Prevention Programme; here valproate must "
    "continue until the neurologist reviews it, as stopping risks seizures, and the exposed baby is referred today "
    "for early fetal medicine review.",
    "the SPC quoted, then what happens for this baby",
)
ok(
    "mono-cit-then-plan",
    "monograph",
    "cit",
    "Citalopram's SPC warns of neonatal adaptation syndrome; she continues 20 mg because relapse is the greater "
    "risk, and the midwife watches the baby for adaptation signs for 48 hours; breastfeeding is supported.",
    "the warning turned into a watch",
)
ok(
    "mono-p-all-then-plan",
    "monograph",
    "p-all",
    "Quetiapine's SPC lists somnolence as very common, and the father is heavily sedated at night: the baby never "
    "sleeps with him on a bed, sofa or armchair, he does no night feeds after his dose, and the health visitor "
    "checks the crib.",
    "the SPC's somnolence carried into the baby's sleep",
)


# ============================================================================================================
# mind-only: the parent's mental state only, nothing on the medicine and the baby (MA103/MA122).

bad(
    "mind-sert-brighter",
    "mind-only",
    "sert",
    "Sertraline: her mood is much brighter, she is sleeping and eating well and enjoying the pregnancy; no "
    "thoughts of self-harm; PHQ-9 today is 6.",
    "a mental state examination, nothing for the baby (MA103)",
)
bad(
    "mind-cit-calmer",
    "mind-only",
    "cit",
    "Citalopram: she feels calmer, her panic attacks have stopped, and she says she is looking forward to the "
    "birth and coping well.",
    "how she feels, no decision (MA103)",
)
bad(
    "mind-lith-euthymic",
    "mind-only",
    "lith",
    "Lithium: euthymic, good insight, no psychotic features, sleeping seven hours a night; she and her mother "
    "know her early warning signs.",
    "mental state only, no levels, review or feeding (MA103)",
)
bad(
    "mind-dp-anxiety",
    "mind-only",
    "dp",
    "Diazepam and pregabalin: her anxiety is lower since the placement was agreed and she engages with her key "
    "worker; mood reactive; no suicidal ideation.",
    "her mental state only, the baby's sedation risk unanswered (MA103/MA123)",
)
bad(
    "mind-p-all-settled",
    "mind-only",
    "p-all",
    "The father's quetiapine: he is settled in mood, has had no psychotic symptoms since the spring, and attends "
    "every appointment with his community psychiatric nurse.",
    "his mental state, not the baby's sleep (MA123)",
)
ok(
    "mind-sert-as-reason",
    "mind-only",
    "sert",
    "Sertraline continues: her mood is much brighter on it and relapse would harm her and the baby, so no change; "
    "the maternity team will watch the baby for adaptation signs after birth.",
    "her mood as the reason",
)
ok(
    "mind-cit-as-reason",
    "mind-only",
    "cit",
    "She feels calmer on citalopram and the panic attacks have stopped, so it continues at 20 mg; the midwife "
    "watches the baby for adaptation signs in the first 48 hours, and breastfeeding is supported.",
    "her calm as the reason for continuing, then the baby",
)
ok(
    "mind-lith-as-reason",
    "mind-only",
    "lith",
    "Euthymic on lithium with good insight, so it continues: levels monthly, weekly from 36 weeks and within 24 "
    "hours of birth; the baby has a paediatric review; bottle feeding, as breastfeeding is not advised.",
    "the mental state, then the plan",
)
ok(
    "mind-dp-as-reason",
    "mind-only",
    "dp",
    "Her anxiety is lower on diazepam and pregabalin, but together they sedate her: no co-sleeping or feeding "
    "lying down, another adult awake at night in the placement, and the baby watched for late withdrawal to day "
    "8; both continue for now.",
    "the anxiety beside the sedation plan",
)


# ============================================================================================================
# other-pregnancy: an earlier pregnancy, or someone else's, instead of this one (MA103).

bad(
    "prev-meth-last-baby",
    "other-pregnancy",
    "meth",
    "Methadone: in her last pregnancy on the same dose the baby needed no treatment for withdrawal and went home "
    "on day 4; she breastfed him for a year.",
    "the previous baby, nothing decided for this one (MA103)",
)
bad(
    "prev-lith-first-daughter",
    "other-pregnancy",
    "lith",
    "Lithium: she took it through her first pregnancy in 2021, and her daughter was healthy at birth and has "
    "developed normally since.",
    "the first child's outcome, no plan now (MA103)",
)
bad(
    "prev-valp-sister",
    "other-pregnancy",
    "valp",
    "Valproate: her sister took valproate through both of her pregnancies and both children are well.",
    "someone else's pregnancies as reassurance (MA103)",
)
bad(
    "prev-cit-two-babies",
    "other-pregnancy",
    "cit",
    "Citalopram: her two previous babies were exposed to it throughout and both were fine.",
    "earlier babies, no plan for this one (MA103)",
)
bad(
    "prev-p-all-first-child",
    "other-pregnancy",
    "p-all",
    "The father's quetiapine: he took it when their first child was born and there were no problems with the "
    "sleeping arrangements then.",
    "the first child's sleep, not this baby's (MA103/MA123)",
)
ok(
    "prev-meth-and-now",
    "other-pregnancy",
    "meth",
    "In her last pregnancy on methadone the baby went home on day 4; this baby may withdraw all the same, so "
    "methadone 60 mg continues with 72 hours of ward observation, health visitor checks to day 8, and no "
    "co-sleeping after a dose.",
    "the last pregnancy beside this plan",
)
ok(
    "prev-lith-and-now",
    "other-pregnancy",
    "lith",
    "She took lithium through her first pregnancy in 2021 without problems; for this pregnancy it continues with "
    "levels monthly, weekly from 36 weeks and within 24 hours of birth, a paediatric review of the baby, and "
    "bottle feeding.",
    "the first pregnancy, then this one decided",
)
ok(
    "prev-valp-unlike-sister",
    "other-pregnancy",
    "valp",
    "Unlike her sister's pregnancies, this one is unplanned on valproate: it continues until the urgent "
    "neurology review, as stopping risks seizures, and the exposed baby is referred today for early fetal "
    "medicine review.",
    "the sister mentioned, this pregnancy decided",
)
ok(
    "prev-cit-and-now",
    "other-pregnancy",
    "cit",
    "Her two previous babies were exposed to citalopram and were well; this baby too will be watched by the "
    "midwife for adaptation signs for 48 hours, citalopram 20 mg continues and breastfeeding is supported.",
    "earlier babies beside this baby's watch",
)
ok(
    "prev-p-all-and-now",
    "other-pregnancy",
    "p-all",
    "When their first child was born the father took quetiapine too; for this baby he again does no night feeds "
    "after his dose and never shares a bed, sofa or armchair with the baby; the health visitor checks the crib.",
    "the first child, then this baby's sleep",
)


# ============================================================================================================
# past-conditional: what would have been done, never what is done (MA103).

bad(
    "would-meth-finalised",
    "past-conditional",
    "meth",
    "Methadone would have been continued, and the baby would have been observed for withdrawal, had the plan "
    "been finalised.",
    "a counterfactual: nothing is decided (MA103)",
)
bad(
    "would-sert-normally",
    "past-conditional",
    "sert",
    "Sertraline would normally have been continued, and the baby would have been watched after birth.",
    "what would normally happen, not what will (MA103)",
)
bad(
    "would-lith-referred-earlier",
    "past-conditional",
    "lith",
    "Lithium would have been reviewed by the perinatal team, and levels would have been arranged, if she had "
    "been referred earlier.",
    "a regret about the referral (MA103)",
)
bad(
    "would-valp-should-have",
    "past-conditional",
    "valp",
    "Valproate should have been switched before conception, and she would have been advised about pregnancy "
    "prevention.",
    "blame for the past, no plan for this pregnancy (MA103)",
)
bad(
    "would-dp-advised",
    "past-conditional",
    "dp",
    "The mother would have been advised not to co-sleep on diazepam and pregabalin, and the baby would have "
    "been watched for withdrawal.",
    "advice that would have been given (MA103)",
)
bad(
    "would-p-all-attended",
    "past-conditional",
    "p-all",
    "The father would have been told not to share a bed with the baby while on quetiapine, had he attended.",
    "advice never given (MA103/MA123)",
)
ok(
    "would-meth-but-stable",
    "past-conditional",
    "meth",
    "Methadone would have been reduced had she wished, but she is stable: 60 mg continues; the baby is observed "
    "for withdrawal for 72 hours on the ward, never co-sleeps after a dose, and the cot is checked at home.",
    "the conditional set aside, the plan stated",
)
ok(
    "would-valp-now",
    "past-conditional",
    "valp",
    "Valproate should have been switched before conception; now it continues until the urgent neurology review, "
    "because stopping risks seizures, and the exposed baby is referred today for early fetal medicine review.",
    "the past regret, then now",
)
ok(
    "would-lith-but-high",
    "past-conditional",
    "lith",
    "Lithium would have been stopped were her relapse risk lower; it is high, so lithium continues with monthly "
    "levels, weekly from 36 weeks and within 24 hours of birth; paediatric review of the baby; no breastfeeding.",
    "a counterfactual rejected",
)
ok(
    "would-p-all-but-sedated",
    "past-conditional",
    "p-all",
    "He would have done the night feeds, but on quetiapine the father is too sedated: the mother does them, the "
    "baby sleeps in its own crib and never with him on a bed, sofa or armchair, and the health visitor checks.",
    "the conditional, then the arrangement",
)
ok(
    "would-sert-but-both",
    "past-conditional",
    "sert",
    "Sertraline would have been the one to stop if either had to be, but it continues unchanged because relapse "
    "is the bigger danger; the maternity team will watch the baby for adaptation signs after birth.",
    "the conditional, then the decision",
)


# ============================================================================================================
# stacked-hedges: hedges piled until nothing is said (MA103).

bad(
    "hedge-meth-possibly-perhaps",
    "stacked-hedges",
    "meth",
    "Methadone may possibly perhaps be considered for potential continuation, and some form of observation of "
    "the baby might conceivably be appropriate in due course.",
    "every verb hedged twice (MA103)",
)
bad(
    "hedge-sert-arguably",
    "stacked-hedges",
    "sert",
    "Sertraline could perhaps arguably be continued, possibly, subject to further thought, and the baby might "
    "potentially be looked at.",
    "hedges and a deferral (MA103)",
)
bad(
    "hedge-lith-may-be-that",
    "stacked-hedges",
    "lith",
    "It may be that lithium could potentially be thought about further and, if felt appropriate, some "
    "monitoring of the baby could possibly be arranged.",
    "nothing survives the hedges (MA103)",
)
bad(
    "hedge-dp-may-or-may-not",
    "stacked-hedges",
    "dp",
    "Diazepam and pregabalin might possibly be reduced at some point, and co-sleeping may or may not "
    "conceivably be a consideration for the baby.",
    "safe sleep left open (MA103/MA123)",
)
bad(
    "hedge-cit-sort-of",
    "stacked-hedges",
    "cit",
    "Citalopram may perhaps possibly be continued, potentially, and the baby might conceivably need some sort "
    "of watching, perhaps.",
    "hedges on hedges (MA103)",
)
ok(
    "hedge-meth-later-now",
    "stacked-hedges",
    "meth",
    "Methadone may possibly be reduced by the drug service after birth, but for now 60 mg continues; the baby "
    "must be observed on the ward for 72 hours for withdrawal and must never co-sleep after a dose.",
    "a hedge about later, a decision for now",
)
ok(
    "hedge-sert-later-now",
    "stacked-hedges",
    "sert",
    "Sertraline might perhaps be changed after the birth, but it continues unchanged now because relapse is the "
    "bigger danger; the maternity team will watch the baby for adaptation signs.",
    "one hedge, then the decision",
)
ok(
    "hedge-lith-later-now",
    "stacked-hedges",
    "lith",
    "Perhaps lithium could be lowered after the birth, but it continues now: levels monthly, weekly from 36 weeks "
    "and within 24 hours of birth; the baby needs a paediatric review and is to be bottle fed.",
    "'perhaps' about later",
)
ok(
    "hedge-cit-later-now",
    "stacked-hedges",
    "cit",
    "Citalopram could possibly be switched later if side effects grow, but it continues at 20 mg now; the "
    "midwife will watch the baby for adaptation signs for 48 hours; breastfeeding supported.",
    "a possibility for later beside the plan",
)


# ============================================================================================================
# delegated: a named person has it in hand, and nothing is said (MA103/MA112).

bad(
    "deleg-meth-in-hand",
    "delegated",
    "meth",
    "Methadone: Dr Patel at the drug service has this in hand.",
    "delegation to a named person with no content (MA103)",
)
bad(
    "deleg-lith-aware",
    "delegated",
    "lith",
    "Lithium: Dr Okafor, perinatal psychiatrist, is aware and is managing this.",
    "'aware and managing' says nothing about the baby (MA103)",
)
bad(
    "deleg-valp-hughes",
    "delegated",
    "valp",
    "Valproate: the neurologist, Dr Hughes, is dealing with it and will decide.",
    "deferral to a named person (MA103)",
)
bad(
    "deleg-p-all-cpn",
    "delegated",
    "p-all",
    "The father's quetiapine: his community psychiatric nurse, Sam Reid, has it covered.",
    "the partner's sedation handed to a named nurse, the baby's sleep unanswered (MA103/MA123)",
)
bad(
    "deleg-dp-jo",
    "delegated",
    "dp",
    "Diazepam and pregabalin: leave to Jo in the social work team, who knows the family well.",
    "left to a named social worker (MA103)",
)
ok(
    "deleg-meth-with-plan",
    "delegated",
    "meth",
    "Dr Patel at the drug service keeps methadone at 60 mg; the baby will be observed on the ward for withdrawal "
    "for 72 hours, breastfeeding is supported, and there must be no co-sleeping after a dose.",
    "the named person carries a stated plan",
)
ok(
    "deleg-lith-with-plan",
    "delegated",
    "lith",
    "Dr Okafor, perinatal psychiatrist, and I agree lithium continues: levels monthly, weekly from 36 weeks and "
    "within 24 hours of birth; the baby has a paediatric review; breastfeeding not advised.",
    "agreement with a named colleague, then the plan",
)
ok(
    "deleg-valp-meanwhile",
    "delegated",
    "valp",
    "Dr Hughes in neurology sees her this week; until then valproate continues unchanged, because stopping risks "
    "seizures, and the baby's first-trimester exposure is referred for fetal medicine review today.",
    "a named reviewer and a decision meanwhile",
)
ok(
    "deleg-p-all-with-plan",
    "delegated",
    "p-all",
    "His community psychiatric nurse, Sam Reid, will reinforce the plan: the father's quetiapine sedates him at "
    "night, so no co-sleeping with him on a bed, sofa or armchair and no night feeds by him; the health visitor "
    "checks the crib.",
    "the named nurse reinforces a stated plan",
)
ok(
    "deleg-dp-with-plan",
    "delegated",
    "dp",
    "Jo in the social work team holds this plan too: diazepam and pregabalin sedate the mother, so no "
    "co-sleeping or feeding lying down, a waking adult for night care, and the baby watched for withdrawal to "
    "day 8; both continue for now.",
    "the named social worker and the plan",
)


# ============================================================================================================
# admin-only: coding, filing and scanning as the only decision (MA103).

bad(
    "admin-meth-coded",
    "admin-only",
    "meth",
    "Methadone: assessment coded and scanned into the notes; a copy is placed in the maternity file.",
    "housekeeping only (MA103)",
)
bad(
    "admin-sert-filed",
    "admin-only",
    "sert",
    "Sertraline: filed under medication reviews; the letter has been scanned and the task closed.",
    "filing only (MA103)",
)
bad(
    "admin-lith-register",
    "admin-only",
    "lith",
    "Lithium: added to the high-risk drug register and the recall set; the entry is saved to the shared drive.",
    "a recall, no levels or baby plan (MA103)",
)
bad(
    "admin-valp-alert",
    "admin-only",
    "valp",
    "Valproate: annual risk acknowledgement form scanned to the record and an alert added to the summary.",
    "paperwork about the form, nothing about this pregnancy (MA103)",
)
bad(
    "admin-p-all-household",
    "admin-only",
    "p-all",
    "The father's quetiapine is recorded in the mother's notes as a household medicine; copy sent to the file.",
    "recorded and filed, the baby's sleep unanswered (MA103/MA123)",
)
bad(
    "admin-cit-workflowed",
    "admin-only",
    "cit",
    "Citalopram: document workflowed to the GP inbox and coded as medication review done.",
    "workflow only (MA103)",
)
ok(
    "admin-meth-after-plan",
    "admin-only",
    "meth",
    "Methadone 60 mg continues; the baby will be observed for withdrawal for 72 hours on the ward and must never "
    "co-sleep after a dose. Coded and scanned; copy to the maternity file.",
    "the plan, then the housekeeping",
)
ok(
    "admin-sert-after-plan",
    "admin-only",
    "sert",
    "Sertraline continues because relapse is the bigger risk; the maternity team will watch the baby for "
    "adaptation signs. Letter filed under medication reviews.",
    "the decision, then the filing",
)
ok(
    "admin-lith-after-plan",
    "admin-only",
    "lith",
    "Lithium continues with levels monthly, weekly from 36 weeks and within 24 hours of birth; paediatric review "
    "of the baby after birth; no breastfeeding. Recall set on the high-risk drug register.",
    "the recall beside the plan",
)
ok(
    "admin-valp-after-plan",
    "admin-only",
    "valp",
    "Valproate continues until the urgent neurology review, as stopping risks seizures; the exposed baby is "
    "referred for early fetal medicine review today. The risk acknowledgement form is scanned to the record.",
    "the form mentioned after the plan",
)
ok(
    "admin-cit-after-plan",
    "admin-only",
    "cit",
    "Citalopram 20 mg continues through pregnancy and breastfeeding; the midwife watches the baby for adaptation "
    "signs for 48 hours. Coded as medication review done.",
    "the coding after the decision",
)


# ============================================================================================================
# dose-history: a history of doses and levels with no meaning for the baby (MA104).

bad(
    "doses-meth-titration",
    "dose-history",
    "meth",
    "Methadone: 30 mg from November 2024, 45 mg from January 2025, 60 mg since December 2025; supervised daily "
    "at the pharmacy.",
    "a titration history (MA104)",
)
bad(
    "doses-lith-levels",
    "dose-history",
    "lith",
    "Lithium: 400 mg in 2019, 600 mg in 2021, 800 mg since 2023; levels 0.6, 0.7, 0.8 and 0.7 mmol/L.",
    "doses and levels, no decision (MA104)",
)
bad(
    "doses-sert-up-down",
    "dose-history",
    "sert",
    "Sertraline: 50 mg started in 2023, increased to 100 mg in 2024, and back to 50 mg this January.",
    "dose changes only (MA104)",
)
bad(
    "doses-dp-since",
    "dose-history",
    "dp",
    "Diazepam 5 mg three times a day since 2023; pregabalin 75 mg twice a day since 2024, previously 150 mg; no "
    "change this year.",
    "a dose record, no sedation plan (MA104/MA123)",
)
bad(
    "doses-cit-missed",
    "dose-history",
    "cit",
    "Citalopram 10 mg in 2022, 20 mg since 2023; one missed week in December.",
    "a dose record (MA104)",
)
ok(
    "doses-meth-then-meaning",
    "dose-history",
    "meth",
    "Methadone went from 30 mg to 60 mg over the last year and she is stable at 60 mg, which continues; the baby "
    "needs 72 hours of withdrawal observation on the ward, and no co-sleeping after a dose.",
    "the history, then what it means",
)
ok(
    "doses-lith-then-meaning",
    "dose-history",
    "lith",
    "Lithium has been 800 mg since 2023 with levels of 0.6 to 0.8 mmol/L; it continues, with levels monthly, "
    "weekly from 36 weeks and within 24 hours of birth; paediatric review of the baby; breastfeeding not advised.",
    "levels given, then the plan",
)
ok(
    "doses-dp-then-meaning",
    "dose-history",
    "dp",
    "Diazepam 5 mg three times a day and pregabalin 75 mg twice a day continue for now; together they sedate "
    "her, so no co-sleeping or feeding lying down, and the baby is watched for late withdrawal until day 8.",
    "the doses and their meaning for the baby",
)
ok(
    "doses-cit-then-meaning",
    "dose-history",
    "cit",
    "Citalopram, 10 mg from 2022 and 20 mg since 2023, continues unchanged; the midwife watches the baby for "
    "adaptation signs for 48 hours, and breastfeeding is supported.",
    "history as a clause of a decision",
)


# ============================================================================================================
# signature-padding: a one-word verdict padded with time-stamps and signatures (MA103/MA104).

bad(
    "sig-meth-continue",
    "signature-padding",
    "meth",
    "Methadone: continue. -- Dr P Shah, GP, GMC 7012345, Riverside Surgery, 02/03/2026 14:32, electronically signed.",
    "one word and a signature block: nothing for the baby (MA103)",
)
bad(
    "sig-sert-ok",
    "signature-padding",
    "sert",
    "Sertraline - OK. [Signed 2026-03-02T14:35:07Z by P. Shah (GMC 7012345)]",
    "'OK' and a signature (MA103)",
)
bad(
    "sig-lith-fine",
    "signature-padding",
    "lith",
    "Lithium: fine. Reviewed 02/03/2026 09:14. Checked 02/03/2026 09:20. Signed 02/03/2026 09:21.",
    "'fine' and three time-stamps (MA103)",
)
bad(
    "sig-valp-agreed",
    "signature-padding",
    "valp",
    "Valproate: agreed. Entered by reception 11:02; verified 11:05; authorised 11:06.",
    "'agreed' and an audit trail (MA103)",
)
bad(
    "sig-p-all-safe",
    "signature-padding",
    "p-all",
    "Quetiapine (father): safe. /s/ health visiting team, ref HV-2291.",
    "'safe' and a reference (MA103/MA123)",
)
bad(
    "sig-cit-tick",
    "signature-padding",
    "cit",
    "Citalopram: reviewed. E-signed 12/02/2026 10:01:44 GMT, session 88231.",
    "'reviewed' and a session stamp",
)
ok(
    "sig-meth-real",
    "signature-padding",
    "meth",
    "Methadone continues at 60 mg; the baby is observed on the ward for withdrawal for 72 hours and never "
    "co-sleeps after a dose. -- Dr P Shah, GP, 02/03/2026 14:32.",
    "a real conclusion, then the signature",
)
ok(
    "sig-sert-real",
    "signature-padding",
    "sert",
    "Sertraline continues, as relapse would harm mother and baby more than its small risks; the maternity team "
    "will watch the baby for adaptation signs. [Signed 2026-03-02 by P. Shah]",
    "signed after the decision",
)
ok(
    "sig-lith-real",
    "signature-padding",
    "lith",
    "Lithium continues with levels monthly, weekly from 36 weeks and within 24 hours of birth; paediatric review "
    "for the baby; she bottle feeds. Reviewed 02/03/2026 09:14.",
    "a time-stamp after the plan",
)
ok(
    "sig-p-all-real",
    "signature-padding",
    "p-all",
    "Quetiapine (father): too sedating at night for him to co-sleep or do night feeds, so the mother does them "
    "and the baby sleeps in its crib; the health visitor checks at each visit. /s/ health visiting team.",
    "the plan, then a team signature",
)


# ============================================================================================================
# symbols: emoji and ticks for words (MA113/MA103), beside symbols as shorthand inside a real plan.

bad(
    "sym-meth-emoji",
    "symbols",
    "meth",
    "Methadone \u2714\ufe0f \U0001f476 \U0001f91e \U0001f64f",
    "a tick, a baby, crossed fingers and a prayer: no words (MA113)",
)
bad(
    "sym-sert-arrows",
    "symbols",
    "sert",
    "Sertraline \u2192 \U0001f44d ; baby \u2192 \U0001f91e ; everyone \U0001f60a",
    "a thumbs-up and crossed fingers (MA113/MA103)",
)
bad(
    "sym-lith-ticks",
    "symbols",
    "lith",
    "Lithium \u2714 \u2714 \u2714 - levels \u2714 - baby \u2714 - feeding \u2714",
    "ticks against topics, no decision (MA103)",
)
bad(
    "sym-p-all-zzz",
    "symbols",
    "p-all",
    "Dad's quetiapine \U0001f4a4\U0001f4a4 \u2192 \U0001f476 \u2753\u2753 \u2192 \U0001f937",
    "sleep, baby, question marks and a shrug (MA113/MA123)",
)
bad(
    "sym-cit-smiles",
    "symbols",
    "cit",
    "Citalopram = \u263a ; baby = \u263a ; breastfeeding = \u263a",
    "smiles for verdicts (MA113)",
)
ok(
    "sym-meth-shorthand",
    "symbols",
    "meth",
    "Methadone 60 mg \u2192 continue; baby: ward observation \u2265 72 h for withdrawal, HV checks to day 8; "
    "breastfeeding \u2714; no co-sleeping after a dose.",
    "arrows and a tick inside a real plan",
)
ok(
    "sym-sert-shorthand",
    "symbols",
    "sert",
    "Sertraline \u2192 continue unchanged (relapse risk > small risk to the baby); the maternity team watch the "
    "baby for adaptation signs after birth \u2714",
    "an arrow and a comparison sign inside a decision",
)
ok(
    "sym-lith-shorthand",
    "symbols",
    "lith",
    "Lithium \u2714 continue 800 mg; levels monthly \u2192 weekly from 36 weeks \u2192 within 24 h of birth; "
    "paediatric review of the baby after birth; breastfeeding \u2718 (bottle feeding).",
    "ticks and arrows as shorthand for a plan",
)
ok(
    "sym-cit-shorthand",
    "symbols",
    "cit",
    "Citalopram 20 mg \u2192 continue; midwife watches the baby for adaptation signs \u00d7 48 h; breastfeeding "
    "supported \U0001f44d",
    "a thumbs-up after the plan",
)


# ============================================================================================================
# disguise: texts of the shapes above, disguised; each must be judged exactly like its plain form.

_DISGUISES: dict[str, Callable[[str], str]] = {
    "cyrillic": lambda t: homoglyphs(t, "aeopcs"),
    "greek": lambda t: homoglyphs(t, "aoi", variant=1),
    "zwsp": lambda t: inside_words(t, "\u200b", every=2),
    "zwj": lambda t: inside_words(t, "\u200d", every=3),
    "soft-hyphen": lambda t: inside_words(t, "\u00ad", every=3),
    "bidi-rlm": lambda t: inside_words(t, "\u200f", every=4),
    "bidi-isolate": lambda t: " ".join(f"\u2068{w}\u2069" for w in t.split(" ")),
    "full-width": full_width,
    "math-sans": math_sans,
    "thin-spaces": lambda t: swap_spaces(homoglyphs(t, "e"), "\u2009"),
    "word-joiner": lambda t: inside_words(t, "\u2060", every=2),
    "grave-marks": grave_marks,
    "bom": lambda t: inside_words(t, "\ufeff", every=5),
}
_ROUND_TRIPS = set(_DISGUISES) - {"grave-marks"}
"""The disguises the corpus's own plain() reads back to the plain text (combining marks it keeps)."""

_DISGUISED = [
    # hollow: (source case, disguise)
    ("qa-meth-yes-noted", "cyrillic"),
    ("qa-lith-noted", "zwsp"),
    ("mono-valp-spc-43", "soft-hyphen"),
    ("mono-sert-indications", "full-width"),
    ("mind-lith-euthymic", "greek"),
    ("prev-meth-last-baby", "bidi-rlm"),
    ("prev-p-all-first-child", "zwj"),
    ("would-meth-finalised", "math-sans"),
    ("hedge-cit-sort-of", "thin-spaces"),
    ("deleg-meth-in-hand", "bidi-isolate"),
    ("admin-valp-alert", "word-joiner"),
    ("doses-dp-since", "grave-marks"),
    ("sig-meth-continue", "bom"),
    # good
    ("qa-dp-answered", "cyrillic"),
    ("mono-lith-then-plan", "zwsp"),
    ("mind-cit-as-reason", "soft-hyphen"),
    ("prev-valp-unlike-sister", "full-width"),
    ("would-p-all-but-sedated", "greek"),
    ("hedge-meth-later-now", "bidi-rlm"),
    ("deleg-lith-with-plan", "zwj"),
    ("admin-sert-after-plan", "math-sans"),
    ("doses-cit-then-meaning", "thin-spaces"),
    ("sig-lith-real", "bidi-isolate"),
    ("sym-meth-shorthand", "word-joiner"),
    ("mono-p-all-then-plan", "grave-marks"),
    ("prev-cit-and-now", "bom"),
]
_EXPECT = {c.name.removeprefix("f68-"): c.expect for c in F68CASES}
for _src, _how in _DISGUISED:
    _where, _text = TEXTS[_src]
    add(
        f"dis-{_how}-{_src}",
        "disguise",
        _EXPECT[_src],
        _where,
        _DISGUISES[_how](_text),
        f"'{_src}' in {_how} disguise: judged as its plain form ({_EXPECT[_src]})",
    )


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F68CASES)


if __name__ == "__main__":  # pragma: no cover
    for _src, _how in _DISGUISED:
        if _how in _ROUND_TRIPS:
            assert plain(_DISGUISES[_how](TEXTS[_src][1])) == plain(TEXTS[_src][1]), (_src, _how)
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:20} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F68CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F68CASES),
        "total",
        len(F68CASES),
    )
