"""A twenty-third independent "fresh" batch of red-team cases for the share gate: the determined adversary, fourth
round, against the newest reading of MA103 (a conclusion must state what follows).

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from the gate's
code or its word lists. Most refusals are hollow conclusions that still carry a token statement; beside each is a
genuinely good near miss using the same words, which the gate must share. It covers:

* empty-modals: a modal or negation used emptily ("nothing can be ruled out", "there is no single answer", "it
  would be wrong to say"), beside the same words opening a real decision;
* empty-imperatives: commands addressed to nobody about nothing ("Note this.", "Bear it in mind"), beside notes
  and cautions that carry the plan;
* process-claims: statements about the record or the process with claim-like verbs ("the form continues on the
  next page", "the plan stays in the notes"), beside the same verbs about the medicine and the baby;
* life-not-medicine: claims about the mother's life unrelated to the medicine or the baby (a job, a flat, a
  holiday), beside life events that change the plan;
* self-cancelling and tautology: claims taken back in the same breath, and things said to be themselves in new
  forms, beside contrasts and restatements that decide;
* others-decide: predictions about other people ("the team will do what they think best"), beside named people
  given a named task;
* verdict-no-object: verdicts with nothing they are a verdict on ("fine overall", "acceptable on balance"),
  beside the same verdicts on a stated plan;
* buried: very long conclusions of accounts, labels and hedges with one buried empty claim, beside the same text
  with one buried real decision;
* copies: copy-and-paste edits between medicines (partial copies, a sentence added or removed, synonyms swapped,
  the overall conclusion copied), beside conclusions that share words but decide different things;
* disguise: look-alike letters, zero-width and format characters, soft hyphens, bidi controls, full-width forms
  and combining marks over this batch's hollow and good texts.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh23_cases`` for the
counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import (
    PASS,
    REFUSE,
    Case,
    Expect,
    F,
    L,
    M,
    Mutation,
    P,
    V,
    _split_f,
    chain,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F23CASES: list[Case] = []

CATEGORIES = (
    "empty-modals",
    "empty-imperatives",
    "process-claims",
    "life-not-medicine",
    "self-cancelling",
    "tautology",
    "others-decide",
    "verdict-no-object",
    "buried",
    "copies",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F23CASES.append(Case(f"f23-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def meth(text: str) -> Mutation:
    return set_("assessments#asm-methadone.conclusion", text)


def sert(text: str) -> Mutation:
    return set_("assessments#asm-sertraline.conclusion", text)


def quet(text: str) -> Mutation:
    return set_("assessments#asm-partner-quetiapine.conclusion", text)


def valp(text: str) -> Mutation:
    return set_("assessments#asm-valproate.conclusion", text)


def lith(text: str) -> Mutation:
    return set_("assessments#asm-lithium.conclusion", text)


def fost(text: str) -> Mutation:
    return set_("assessments#asm-diazepam-pregabalin.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


_SETTERS: dict[str, Callable[[str], Mutation]] = {
    "meth": meth,
    "sert": sert,
    "quet": quet,
    "valp": valp,
    "lith": lith,
    "fost": fost,
    "overall": overall,
}
_BASE_OF = {"meth": M, "sert": M, "quet": P, "valp": V, "lith": L, "fost": F}


def pairs(category: str, rows: list[tuple[str, str, str, str, str]]) -> None:
    """Rows of (name, target, expect, text, why); the target picks the base and the conclusion set."""
    for name, target, expect, text, why in rows:
        base = _BASE_OF.get(target, M)
        add(name, category, REFUSE if expect == "bad" else PASS, base, _SETTERS[target](text), why)


# ============================================================================================================
# empty-modals: a modal or a negation that rules nothing in or out. Methadone's own items answer withdrawal,
# safe sleep and breastfeeding, so only the conclusion is judged (MA103/MA124).

pairs(
    "empty-modals",
    [
        (
            "nothing-ruled-out",
            "meth",
            "bad",
            "With methadone, nothing can be ruled out for the baby: withdrawal, sleepiness or feeding trouble.",
            "'nothing can be ruled out' over a topic list: no decision (MA103)",
        ),
        (
            "no-single-answer",
            "meth",
            "bad",
            "There is no single answer on methadone, neonatal withdrawal or co-sleeping for this baby.",
            "'there is no single answer' states nothing (MA103)",
        ),
        (
            "wrong-to-say",
            "meth",
            "bad",
            "It would be wrong to say anything firm yet about methadone and the unborn baby's withdrawal or sleep.",
            "a refusal to conclude dressed as a modal (MA103)",
        ),
        (
            "cannot-be-said",
            "meth",
            "bad",
            "It cannot be said in advance whether methadone will make the baby withdraw or how the baby will feed.",
            "'cannot be said whether' is a question in disguise (MA103)",
        ),
        (
            "no-guarantee",
            "meth",
            "bad",
            "No guarantee can be given about methadone for the baby, on withdrawal, breastfeeding or co-sleeping.",
            "a negated modal with nothing guaranteed or planned (MA103)",
        ),
        (
            "might-or-might-not",
            "meth",
            "bad",
            "Methadone might or might not cause withdrawal in the baby, and co-sleeping may or may not matter.",
            "both ways at once: no claim (MA103)",
        ),
        (
            "anything-possible",
            "quet",
            "bad",
            "With the father's quetiapine anything is possible at night for the baby, in bed or on the sofa.",
            "'anything is possible' for a partner's sedating medicine (MA103)",
        ),
        (
            "not-impossible",
            "valp",
            "bad",
            "It is not impossible that valproate has affected the baby, nor is it certain; neither can be excluded.",
            "a double negation that concludes nothing (MA103)",
        ),
        (
            "good-nothing-ruled-out",
            "meth",
            "good",
            "Nothing can be ruled out, so methadone 60 mg continues and the baby stays on the ward for at least 72 "
            "hours of withdrawal scoring; she must never co-sleep after a dose.",
            "the same modal as the reason for a plan",
        ),
        (
            "good-no-single-answer",
            "meth",
            "good",
            "There is no single answer for every mother; for her, methadone 60 mg continues, the baby is scored for "
            "withdrawal for 72 hours on the ward and sleeps in a cot, never in her bed.",
            "the same phrase, then this mother's answer",
        ),
        (
            "good-wrong-to-stop",
            "meth",
            "good",
            "It would be wrong to stop methadone now: relapse would harm her and the baby more than withdrawal, which "
            "the ward observes for 72 hours; no co-sleeping after a dose.",
            "'it would be wrong to' with an object and a reason",
        ),
        (
            "good-cannot-be-reduced",
            "meth",
            "good",
            "Methadone cannot be reduced safely before birth, so 60 mg continues; the midwife must book 72 hours of "
            "withdrawal observation for the baby and check the cot at home.",
            "'cannot' that decides",
        ),
        (
            "good-might-be-sleepy",
            "quet",
            "good",
            "The father's quetiapine might leave him unrousable at night, so he must never sleep with the baby on a "
            "bed or sofa and the mother does the night feeds; the health visitor checks each visit.",
            "a modal that leads to a rule",
        ),
        (
            "good-not-impossible",
            "valp",
            "good",
            "Harm from first-trimester valproate is not impossible, so the baby needs an early fetal medicine review "
            "and a detailed anomaly scan; valproate continues until the neurologist sees her, as stopping risks "
            "seizures.",
            "the same double negation, then the plan",
        ),
    ],
)


# ============================================================================================================
# empty-imperatives: commands to nobody about nothing.

pairs(
    "empty-imperatives",
    [
        (
            "note-this",
            "meth",
            "bad",
            "Note this about methadone and the baby.",
            "an imperative with no content (MA103/MA104)",
        ),
        (
            "note-each",
            "meth",
            "bad",
            "Methadone: note. Baby: note. Withdrawal: note. Co-sleeping: note. Breastfeeding: note.",
            "'note' after each topic (MA103)",
        ),
        (
            "bear-in-mind",
            "meth",
            "bad",
            "Bear methadone in mind where the baby is concerned, including withdrawal and sleep.",
            "'bear in mind' says nothing to do (MA103)",
        ),
        (
            "consider-all",
            "meth",
            "bad",
            "Consider methadone, consider the baby, consider withdrawal, consider breastfeeding and co-sleeping.",
            "'consider' repeated over topics (MA103/MA114)",
        ),
        (
            "be-aware",
            "quet",
            "bad",
            "Be aware: quetiapine, father, baby, night-time, bed and sofa.",
            "'be aware' over a list of words (MA103/MA104)",
        ),
        (
            "take-note-overall",
            "overall",
            "bad",
            "Take note of methadone and of sertraline, and keep the baby in mind.",
            "the overall conclusion as instructions to notice (MA103)",
        ),
        (
            "good-note-then-plan",
            "meth",
            "good",
            "Note: methadone 60 mg continues, and the baby must be observed on the ward for withdrawal for at least "
            "72 hours; she must never co-sleep after a dose.",
            "'Note:' heading a decision",
        ),
        (
            "good-bear-in-mind-late",
            "meth",
            "good",
            "Bear in mind that methadone withdrawal can start as late as day 8: methadone continues, the ward observes "
            "the baby for 72 hours and the health visitor looks for late signs to day 8.",
            "'bear in mind' with an object that matters",
        ),
        (
            "good-be-aware-father",
            "quet",
            "good",
            "Be aware that the father is hard to wake after his quetiapine: he must not do night feeds or sleep with "
            "the baby on a bed or sofa, and the health visitor will check the crib at each visit.",
            "'be aware' with the fact and the rule",
        ),
        (
            "good-consider-overall",
            "overall",
            "good",
            "Methadone and sertraline both continue. Consider the baby at risk of withdrawal for 72 hours: ward "
            "observation, then health visitor checks to day 8; no co-sleeping after the methadone dose.",
            "'consider' as an instruction with content",
        ),
    ],
)


# ============================================================================================================
# process-claims: claim-like verbs about the record, the form or the paperwork.

pairs(
    "process-claims",
    [
        (
            "form-continues",
            "meth",
            "bad",
            "The methadone form continues on the next page with the baby's withdrawal and safe sleep sections.",
            "'continues' about the form, not the medicine (MA103)",
        ),
        (
            "plan-stays-in-notes",
            "meth",
            "bad",
            "The methadone plan for the baby stays in the notes and remains available to the maternity team.",
            "'stays' and 'remains' about where a plan is kept (MA103)",
        ),
        (
            "record-will-be-updated",
            "meth",
            "bad",
            "The record will be updated after the birth; methadone and the baby's withdrawal chart remain on file.",
            "a promise to update the record (MA103)",
        ),
        (
            "leaflet-remains-attached",
            "quet",
            "bad",
            "The safe sleep leaflet about the father's quetiapine remains attached to the baby's record for visits.",
            "a leaflet's whereabouts, nothing said about the father and baby (MA103)",
        ),
        (
            "section-must-be-read",
            "valp",
            "bad",
            "This valproate section must be read with the impact on the baby section and the neurology referral.",
            "'must' about reading the record: a pointer (MA103)",
        ),
        (
            "template-will-be-closed",
            "lith",
            "bad",
            "The lithium template will be closed once the baby's paediatric review is entered by the ward clerk.",
            "'will be closed' about the template (MA103)",
        ),
        (
            "copy-goes-to-hv",
            "fost",
            "bad",
            "A copy of this diazepam and pregabalin assessment goes to the foster carer, health visitor and social "
            "worker for the baby's file.",
            "distribution described as a claim (MA103)",
        ),
        (
            "good-plan-stays",
            "meth",
            "good",
            "The plan stays as agreed: methadone 60 mg continues, the baby stays on the ward for at least 72 hours of "
            "withdrawal scoring, and she must never co-sleep after a dose.",
            "'stays' about the plan itself",
        ),
        (
            "good-continues-next-script",
            "meth",
            "good",
            "Methadone continues unchanged at 60 mg on the next prescription; the baby is observed for withdrawal for "
            "72 hours and the cot is checked at the home visit.",
            "'continues' about the medicine",
        ),
        (
            "good-leaflet-and-rule",
            "quet",
            "good",
            "The safe sleep leaflet was given to both parents and the rule is plain: after his quetiapine the father "
            "never sleeps with the baby on a bed or sofa and does no night feeds; the health visitor checks.",
            "paperwork beside the rule",
        ),
        (
            "good-lith-level-entered",
            "lith",
            "good",
            "Lithium continues; the baby's paediatric review and lithium level within 24 hours of birth must be "
            "entered before discharge, levels weekly from 36 weeks, and breastfeeding is not advised.",
            "'must be entered' about a test the baby needs",
        ),
        (
            "good-copy-and-plan",
            "fost",
            "good",
            "Diazepam and pregabalin continue; the foster carer does all night feeds and the baby never shares a bed, "
            "sofa or armchair with the mother. Late withdrawal watched to day 8; a copy goes to the health visitor.",
            "distribution after the plan",
        ),
    ],
)


# ============================================================================================================
# life-not-medicine: claims about her life that touch neither the medicine nor the baby's care.

pairs(
    "life-not-medicine",
    [
        (
            "college-and-flat",
            "meth",
            "bad",
            "Methadone: she will start a hairdressing course in September and is moving to a ground-floor flat near "
            "her mother before the baby comes.",
            "true claims about her life, nothing about methadone or the baby's care (MA103/MA124)",
        ),
        (
            "holiday",
            "meth",
            "bad",
            "Methadone aside, she is going to Skegness with her sister for a week before the baby arrives and will "
            "enjoy the break.",
            "a holiday plan (MA103)",
        ),
        (
            "job-return",
            "sert",
            "bad",
            "Sertraline: she will go back to her job at the bakery when the baby is six months old, on three days a "
            "week.",
            "a work plan, nothing on sertraline or the baby's risks (MA103)",
        ),
        (
            "father-hobbies",
            "quet",
            "bad",
            "The father on quetiapine plays five-a-side football on Tuesdays and will paint the baby's room this "
            "weekend.",
            "the father's life, not his sedation (MA103)",
        ),
        (
            "lithium-wedding",
            "lith",
            "bad",
            "Lithium: she is getting married in the spring, after the baby is born, and her sister will be bridesmaid.",
            "a wedding plan (MA103)",
        ),
        (
            "valp-driving",
            "valp",
            "bad",
            "On valproate she has passed her driving theory test and will take the practical test before the baby "
            "is due.",
            "a driving test, nothing on the exposure (MA103/MA124)",
        ),
        (
            "good-college-changes-pharmacy",
            "meth",
            "good",
            "She starts college in September, so the drug service moves her supervised methadone 60 mg to a pharmacy "
            "near it; no dose missed. The baby is observed for withdrawal for 72 hours; no co-sleeping after a dose.",
            "a life event that changes the plan",
        ),
        (
            "good-holiday-supply",
            "meth",
            "good",
            "Methadone continues at 60 mg; her week away with her sister needs a temporary pharmacy arranged by the "
            "drug service before she travels. The baby is observed for withdrawal for 72 hours after birth.",
            "the holiday as a reason for a supply plan",
        ),
        (
            "good-job-and-sertraline",
            "sert",
            "good",
            "Sertraline 100 mg continues through pregnancy and after, including when she returns to work: stopping "
            "risks relapse, and the baby's adaptation signs are watched after birth.",
            "work mentioned beside a decision",
        ),
        (
            "good-father-football-nights",
            "quet",
            "good",
            "The father takes quetiapine at night after football; from then he is too sedated to do night feeds or "
            "share a bed or sofa with the baby, so the mother does them and the health visitor checks the crib.",
            "his life linked to the sleeping rule",
        ),
        (
            "good-lith-wedding-levels",
            "lith",
            "good",
            "Lithium continues through the wedding and the birth: levels monthly, weekly from 36 weeks and within 24 "
            "hours of birth; paediatric review of the baby; breastfeeding not advised; relapse risk high after birth.",
            "a life event beside the plan",
        ),
    ],
)


# ============================================================================================================
# self-cancelling: each claim taken back.

pairs(
    "self-cancelling",
    [
        (
            "continue-or-not",
            "meth",
            "bad",
            "Methadone should continue, or perhaps not; the baby may need withdrawal observation, or perhaps not.",
            "each claim withdrawn (MA103)",
        ),
        (
            "except-when-not",
            "meth",
            "bad",
            "Co-sleeping is advised against with methadone, except when it is not, and the baby is observed except "
            "when not.",
            "a rule with an exception that swallows it (MA103)",
        ),
        (
            "yes-and-no",
            "quet",
            "bad",
            "Yes and no: the father's quetiapine does and does not make co-sleeping with the baby unsafe.",
            "a contradiction (MA103)",
        ),
        (
            "both-continue-stop",
            "lith",
            "bad",
            "Lithium both continues and stops after the birth, and breastfeeding is both advised and not advised "
            "for the baby.",
            "contradictory claims (MA103)",
        ),
        (
            "for-now-until-not",
            "valp",
            "bad",
            "Valproate continues for now until it does not, and the baby's scan happens if it happens.",
            "a claim undone by its own condition (MA103)",
        ),
        (
            "overall-either-way",
            "overall",
            "bad",
            "Methadone and sertraline go on or come off, whichever; the baby is watched or not for withdrawal.",
            "the overall conclusion leaves every choice open (MA103)",
        ),
        (
            "good-rather-than-stop",
            "meth",
            "good",
            "Methadone continues rather than stops, because stopping risks relapse to heroin; the baby is scored for "
            "withdrawal for 72 hours on the ward and never sleeps in her bed after a dose.",
            "a contrast that decides",
        ),
        (
            "good-reduce-after-not-before",
            "meth",
            "good",
            "Methadone may be reduced after the birth but not before it; until then 60 mg continues, the baby gets 72 "
            "hours of withdrawal observation, and no co-sleeping after a dose.",
            "a modal bounded by a decision",
        ),
        (
            "good-yes-daytime-no-night",
            "quet",
            "good",
            "Yes in the day and no at night: the father cares for the baby in the daytime, but after his quetiapine "
            "he does no night feeds and never sleeps with the baby on a bed or sofa; the health visitor checks.",
            "yes and no about different times",
        ),
        (
            "good-lith-continues-bf-not",
            "lith",
            "good",
            "Lithium continues and breastfeeding does not: the baby is bottle fed, has a paediatric review after "
            "birth, and her levels are checked weekly from 36 weeks and within 24 hours of birth.",
            "two contrasting claims, both decided",
        ),
        (
            "good-overall-on-and-off",
            "overall",
            "good",
            "Methadone and sertraline stay on; nothing comes off before birth. The baby is observed on the ward for "
            "withdrawal and adaptation for 72 hours, and never co-sleeps after the methadone dose.",
            "on and off, each decided",
        ),
    ],
)


# ============================================================================================================
# tautology: things said to be themselves, in forms not used before.

pairs(
    "tautology",
    [
        (
            "does-what-it-does",
            "meth",
            "bad",
            "Methadone does what methadone does, and the baby will react however the baby reacts.",
            "a tautology in 'does what it does' form (MA103)",
        ),
        (
            "whatever-happens",
            "meth",
            "bad",
            "Whatever happens with methadone and the baby's withdrawal after birth is what will happen.",
            "a tautology with 'will happen' (MA103)",
        ),
        (
            "risk-as-large",
            "valp",
            "bad",
            "The baby's risk from valproate is exactly as large as it is, no larger and no smaller.",
            "a measure of nothing (MA103)",
        ),
        (
            "father-is-father",
            "quet",
            "bad",
            "The father on quetiapine is the father, the baby is the baby, and the bed is the bed.",
            "identity statements (MA103)",
        ),
        (
            "levels-are-levels",
            "lith",
            "bad",
            "Lithium levels are lithium levels and the baby's review is the baby's review.",
            "identity statements about lithium (MA103)",
        ),
        (
            "good-does-what-plan-says",
            "meth",
            "good",
            "Methadone does what the plan needs: 60 mg continues, relapse is avoided, and the baby is observed for "
            "withdrawal for 72 hours on the ward; the cot is checked at the home visit.",
            "the same opening, then the plan",
        ),
        (
            "good-whatever-happens-ward",
            "meth",
            "good",
            "Whatever happens in labour, the baby stays on the ward for at least 72 hours of withdrawal scoring; "
            "methadone 60 mg continues and she never co-sleeps after a dose.",
            "'whatever happens' before a fixed plan",
        ),
        (
            "good-risk-size",
            "valp",
            "good",
            "The baby's risk from valproate is about 1 in 10 for a major malformation, so a detailed anomaly scan and "
            "fetal medicine review are booked; valproate continues until neurology reviews it.",
            "a risk with its size and what follows",
        ),
        (
            "good-father-is-father",
            "quet",
            "good",
            "He is still the baby's father in the daytime, but after his night quetiapine he is too sedated to wake: "
            "no night feeds and no bed or sofa with the baby; the health visitor checks.",
            "a restatement that leads somewhere",
        ),
    ],
)


# ============================================================================================================
# others-decide: predictions about what other people will decide, with nothing decided here.

pairs(
    "others-decide",
    [
        (
            "team-does-best",
            "meth",
            "bad",
            "The team will do what they think best for the baby regarding methadone after the birth.",
            "a prediction about others, no decision (MA103)",
        ),
        (
            "unit-takes-view",
            "meth",
            "bad",
            "The maternity unit will take whatever view it takes on methadone, withdrawal and co-sleeping.",
            "another team's view predicted, not given (MA103)",
        ),
        (
            "hv-own-mind",
            "quet",
            "bad",
            "The health visitor will make up her own mind about the baby's sleeping, given the father's quetiapine.",
            "the decision left to someone else's judgement (MA103)",
        ),
        (
            "parents-work-out",
            "quet",
            "bad",
            "The parents will sort out night feeds and sleeping between them as they see fit, quetiapine or not.",
            "left to the family with no rule (MA103)",
        ),
        (
            "neurology-will-know",
            "valp",
            "bad",
            "Neurology will know what to do about valproate and the baby; they usually do.",
            "trust in another team stated as a claim (MA103)",
        ),
        (
            "carers-decide",
            "fost",
            "bad",
            "The foster carer and social worker will decide what diazepam and pregabalin mean for the baby.",
            "the conclusion handed to the carers (MA103)",
        ),
        (
            "overall-everyone-decides",
            "overall",
            "bad",
            "Everyone involved will reach their own conclusions about methadone, sertraline and the baby.",
            "the overall conclusion handed to everyone (MA103)",
        ),
        (
            "good-paed-decides-on-scores",
            "meth",
            "good",
            "Methadone 60 mg continues; the baby stays on the ward for 72 hours and the paediatrician decides on "
            "treatment if withdrawal scores reach the threshold; no co-sleeping after a dose.",
            "another person's decision bounded by a rule",
        ),
        (
            "good-hv-will-check",
            "quet",
            "good",
            "The health visitor will check at every visit that the father, sedated by quetiapine at night, never "
            "sleeps with the baby on a bed or sofa and does no night feeds.",
            "a named person with a named task",
        ),
        (
            "good-parents-agreed",
            "quet",
            "good",
            "The parents have agreed between them that the mother does the night feeds and the father never sleeps "
            "with the baby after his quetiapine; the health visitor will see the crib at each visit.",
            "the parents' agreement, stated",
        ),
        (
            "good-neurology-will-review",
            "valp",
            "good",
            "Valproate continues until neurology reviews it within two weeks, as stopping risks seizures; the baby "
            "needs early fetal medicine review and a detailed anomaly scan, both requested today.",
            "another team with a time and the plan meanwhile",
        ),
        (
            "good-overall-each-does",
            "overall",
            "good",
            "Methadone and sertraline continue. The ward observes the baby for withdrawal for 72 hours; the health "
            "visitor checks for late signs to day 8 and that the baby never shares her bed after a dose.",
            "each professional given a task",
        ),
    ],
)


# ============================================================================================================
# verdict-no-object: a verdict with nothing it is a verdict on.

pairs(
    "verdict-no-object",
    [
        (
            "fine-overall",
            "meth",
            "bad",
            "Methadone and the baby: fine overall, on balance, all things considered.",
            "'fine' with no object (MA103)",
        ),
        (
            "satisfactory",
            "meth",
            "bad",
            "Satisfactory on balance regarding methadone, the baby, withdrawal and co-sleeping.",
            "a verdict over a list (MA103)",
        ),
        (
            "acceptable",
            "quet",
            "bad",
            "Father's quetiapine and the baby's sleep: acceptable, all in all.",
            "'acceptable' on nothing stated (MA103)",
        ),
        (
            "reasonable-position",
            "valp",
            "bad",
            "A reasonable position overall with valproate and the unborn baby at this stage.",
            "'reasonable position' with no position (MA103)",
        ),
        (
            "ok-to-proceed",
            "lith",
            "bad",
            "Lithium and the baby: OK to proceed as things stand.",
            "'OK to proceed' with nothing to proceed with (MA103/MA104)",
        ),
        (
            "overall-all-good",
            "overall",
            "bad",
            "All good overall with methadone and sertraline for the baby, broadly speaking.",
            "the overall conclusion as a verdict on nothing (MA103)",
        ),
        (
            "good-fine-to-continue",
            "meth",
            "good",
            "Methadone is fine to continue at 60 mg; the baby is observed for withdrawal for 72 hours on the ward, "
            "and she must never share a bed or sofa with the baby after a dose.",
            "'fine' with its object and the plan",
        ),
        (
            "good-acceptable-if-rule",
            "quet",
            "good",
            "The father's quetiapine is acceptable only with a strict rule: no night feeds after his dose and never a "
            "bed or sofa with the baby; the mother does the nights and the health visitor checks.",
            "'acceptable' with its condition and rule",
        ),
        (
            "good-reasonable-continue",
            "valp",
            "good",
            "Continuing valproate until the urgent neurology review is reasonable: stopping risks seizures. The baby "
            "needs early fetal medicine review and a detailed anomaly scan.",
            "'reasonable' about a stated choice",
        ),
        (
            "good-ok-to-continue-lith",
            "lith",
            "good",
            "Lithium is OK to continue with levels weekly from 36 weeks and within 24 hours of birth; the baby has a "
            "paediatric review after birth and is bottle fed, as breastfeeding is not advised.",
            "'OK to continue' with the plan",
        ),
        (
            "good-overall-all-continue",
            "overall",
            "good",
            "All good to continue: methadone 60 mg and sertraline 100 mg unchanged, the baby observed on the ward for "
            "withdrawal for 72 hours, and no co-sleeping after the methadone dose.",
            "the verdict with what continues",
        ),
    ],
)


# ============================================================================================================
# buried: long conclusions of accounts, labels and hedges with one buried claim, empty or real.

_PAD_A = (
    "Methadone was discussed at length with her at the antenatal clinic today, with her partner present. "
    "Neonatal withdrawal, sedation, safe sleep and breastfeeding were all gone through in turn, and the leaflets "
    "on each were offered. Her history with the drug service was reviewed, and the supervised consumption "
    "arrangements were noted. "
)
_PAD_B = (
    " The risks and benefits of methadone in pregnancy are a consideration for all involved. The health visitor, "
    "midwife and social worker were copied in, and the drug service letter of last month was read again."
)
_PAD_Q = (
    "The father's quetiapine was discussed with both parents at the home visit, with the baby present. Sedation, "
    "night feeds and the sleeping arrangements were considered one by one, and the safe sleep leaflet was gone "
    "through. His mental health history was reviewed, and his GP's letter was noted. "
)
_PAD_Q2 = " Co-sleeping is a relevant topic for this family, and the notes were updated afterwards."

pairs(
    "buried",
    [
        (
            "meth-nothing-ruled-out",
            "meth",
            "bad",
            _PAD_A + "Nothing can be ruled out at this stage." + _PAD_B,
            "a long account whose only claim is an empty modal (MA103)",
        ),
        (
            "meth-team-decides",
            "meth",
            "bad",
            _PAD_A + "The maternity team will do as they see fit after the birth." + _PAD_B,
            "a long account whose only claim hands the decision on (MA103)",
        ),
        (
            "meth-form-continues",
            "meth",
            "bad",
            _PAD_A + "The form continues overleaf." + _PAD_B,
            "a long account whose only claim is about the form (MA103)",
        ),
        (
            "meth-fine-overall",
            "meth",
            "bad",
            _PAD_A + "Fine overall." + _PAD_B,
            "a long account whose only claim is a verdict on nothing (MA103)",
        ),
        (
            "quet-as-they-see-fit",
            "quet",
            "bad",
            _PAD_Q + "They will arrange things as they see fit." + _PAD_Q2,
            "a long account whose only claim is the family's choice (MA103)",
        ),
        (
            "quet-question",
            "quet",
            "bad",
            _PAD_Q + "Should he do night feeds at all?" + _PAD_Q2,
            "a long account with a question in place of the rule (MA103)",
        ),
        (
            "good-meth-buried-plan",
            "meth",
            "good",
            _PAD_A + "Methadone 60 mg continues; the baby must be observed on the ward for withdrawal for at least 72 "
            "hours, and she must never co-sleep after a dose." + _PAD_B,
            "the same long account with one real decision buried in it",
        ),
        (
            "good-meth-buried-short-plan",
            "meth",
            "good",
            _PAD_A + "Decision: methadone continues unchanged, the baby stays 72 hours for withdrawal scoring, cot "
            "only." + _PAD_B,
            "a terse decision buried in the account",
        ),
        (
            "good-quet-buried-rule",
            "quet",
            "good",
            _PAD_Q + "After his quetiapine he must not do night feeds or sleep with the baby on a bed or sofa; the "
            "mother does the nights and the health visitor checks the crib." + _PAD_Q2,
            "the same long account with the rule buried in it",
        ),
    ],
)


# ============================================================================================================
# copies: one conclusion pasted across medicines with small edits (MA121).

_METH = (
    "Methadone 60 mg carries on unchanged to delivery, since stopping now would risk a return to heroin. Expect the "
    "baby to show withdrawal from day 2 to day 8: ward scoring for at least 72 hours, then health visitor checks. "
    "She must not sleep with the baby on a bed or sofa after her dose."
)
_METH_S1, _METH_S2, _METH_S3 = (s.strip() + "." for s in _METH.rstrip(".").split(". "))
_SERT_OWN = (
    "Sertraline 100 mg stays as it is, because her depression returned the last time she stopped. The baby's "
    "small risks, adaptation signs and about 3 in 1,000 for PPHN, are watched for by the midwife after birth."
)

bad(
    "partial-copy",
    "copies",
    M,
    chain(meth(_METH), sert(_METH_S1.replace("Methadone 60 mg", "Sertraline 100 mg") + " " + _METH_S2)),
    "sertraline's conclusion is methadone's first two sentences with the name swapped (MA121)",
)
bad(
    "copy-sentence-added",
    "copies",
    M,
    chain(
        meth(_METH),
        sert(
            _METH.replace("Methadone 60 mg", "Sertraline 100 mg").replace("heroin", "depression")
            + " Sertraline is compatible with breastfeeding."
        ),
    ),
    "methadone's conclusion under sertraline with one sentence added (MA121)",
)
bad(
    "copy-synonyms-sentence-dropped",
    "copies",
    M,
    chain(
        meth(_METH),
        sert(
            "Sertraline 100 mg continues unaltered until the birth, as stopping it now would risk relapse. Expect the "
            "infant to show withdrawal from day 2 until day 8: scoring on the ward for 72 hours or more, then checks by "
            "the health visitor."
        ),
    ),
    "methadone's conclusion with synonyms swapped and its last sentence dropped (MA121)",
)
bad(
    "copy-reordered-synonyms",
    "copies",
    M,
    chain(
        meth(_METH),
        sert(
            "After her dose she must not share a bed or settee with the infant. Sertraline 100 mg carries on unchanged "
            "to delivery, since stopping now would risk a return of depression. Expect the baby to show withdrawal from "
            "day 2 to day 8: ward scoring for at least 72 hours, then health visitor checks."
        ),
    ),
    "sentences reordered and two words swapped (MA121)",
)
bad(
    "overall-is-methadone-plus",
    "copies",
    M,
    chain(meth(_METH), overall(_METH + " Sertraline continues too.")),
    "the overall conclusion is methadone's with a sentence about sertraline tacked on (MA121)",
)
bad(
    "split-foster-copy",
    "copies",
    F,
    _split_f(
        "Diazepam continues at 5 mg three times a day; it makes her drowsy, so the foster carer does every night "
        "feed and the baby never shares a bed, sofa or armchair with her. Late withdrawal is watched for until day "
        "8.",
        "Pregabalin continues at 150 mg twice a day; it makes her drowsy, so the foster carer does every night "
        "feed and the baby never shares a bed, sofa or armchair with her. Late withdrawal is watched for until day "
        "8.",
    ),
    "split foster assessments with one conclusion, name and dose swapped (MA121)",
)
bad(
    "split-foster-copy-synonyms",
    "copies",
    F,
    _split_f(
        "Diazepam goes on at 5 mg three times daily and makes her sleepy: the foster carer takes all night feeds and "
        "the baby must not share a bed, sofa or armchair with the mother. Withdrawal signs are looked for to day 8.",
        "Pregabalin goes on at 150 mg twice daily and makes her drowsy: the foster carer does all night feeds and "
        "the infant must not share a bed, settee or armchair with the mother. Withdrawal signs are looked for to "
        "day 8.",
    ),
    "the same conclusion with synonyms swapped across split assessments (MA121)",
)
ok(
    "good-own-conclusions",
    "copies",
    M,
    chain(meth(_METH), sert(_SERT_OWN)),
    "methadone's and sertraline's conclusions each their own",
)
ok(
    "good-shared-last-sentence",
    "copies",
    M,
    chain(meth(_METH), sert(_SERT_OWN + " The health visitor checks the baby at home until day 8.")),
    "one shared practical point, different decisions",
)
ok(
    "good-overall-own",
    "copies",
    M,
    chain(
        meth(_METH),
        overall(
            "Methadone and sertraline both continue unchanged. The baby is scored on the ward for withdrawal and SSRI "
            "adaptation for at least 72 hours, then checked by the health visitor to day 8; no bed or sofa sharing "
            "after the methadone dose."
        ),
    ),
    "the overall conclusion draws both together in its own words",
)
ok(
    "good-split-foster-own",
    "copies",
    F,
    _split_f(
        "Diazepam continues at 5 mg three times a day with a slow reduction from the 6-week review; never stop it "
        "suddenly. It makes her drowsy, so the foster carer does every night feed and the baby never shares a bed, "
        "sofa or armchair with her.",
        "Pregabalin continues at 150 mg twice a day. The newborn check was normal after first-trimester exposure, "
        "but the baby may show withdrawal until day 8, which the foster carer and health visitor watch for; it adds "
        "to her drowsiness, so no co-sleeping.",
    ),
    "split foster assessments with different content",
)
ok(
    "good-split-foster-shared-clause",
    "copies",
    F,
    _split_f(
        "Diazepam continues at 5 mg three times a day, reducing slowly from the 6-week review because stopping "
        "suddenly risks seizures. The foster carer does every night feed; no co-sleeping.",
        "Pregabalin continues at 150 mg twice a day; the baby may show withdrawal signs until day 8, watched by the "
        "foster carer and health visitor. The foster carer does every night feed; no co-sleeping.",
    ),
    "one shared safety sentence, the rest each medicine's own",
)


# ============================================================================================================
# The same shapes padded with concern words, so that too few clinical words (MA104) cannot be what refuses them:
# only the reading of what the conclusion states (MA103) can.

_PADDED = [
    (
        "pad-nothing-excluded",
        "empty-modals",
        "meth",
        "With methadone nothing can be excluded for the baby's neonatal withdrawal, sedation at feeds, breastfeeding "
        "or co-sleeping.",
        "an empty modal padded with concern words (MA103)",
    ),
    (
        "pad-no-guarantees",
        "empty-modals",
        "meth",
        "Methadone: nothing about the baby's neonatal withdrawal, sedation, co-sleeping or breastfeeding can be ruled "
        "out, and no guarantees are possible.",
        "two empty modals padded with concern words (MA103)",
    ),
    (
        "pad-valp-wrong-to-say",
        "empty-modals",
        "valp",
        "Valproate: it would be wrong to say whether the baby has a neural tube defect or a heart malformation, or "
        "what the anomaly scan will show.",
        "'it would be wrong to say' over the fetal risks (MA103)",
    ),
    (
        "pad-keep-in-view",
        "empty-imperatives",
        "meth",
        "Keep methadone in view regarding the baby's neonatal withdrawal, breastfeeding, sedation and co-sleeping.",
        "an imperative to nobody padded with concern words (MA103)",
    ),
    (
        "pad-consider-topics",
        "empty-imperatives",
        "meth",
        "Consider methadone with regard to the baby: neonatal withdrawal, breastfeeding, sedation after doses, "
        "co-sleeping.",
        "'consider' over concern words (MA103)",
    ),
    (
        "pad-chart-stays",
        "process-claims",
        "meth",
        "The methadone neonatal withdrawal chart, the breastfeeding leaflet and the co-sleeping advice sheet stay in "
        "the baby's notes.",
        "where the paperwork stays, padded with concern words (MA103)",
    ),
    (
        "pad-wedding-36-weeks",
        "life-not-medicine",
        "meth",
        "Methadone aside, she will go to her sister's wedding at 36 weeks of pregnancy in a maternity dress and has "
        "chosen the baby's name.",
        "her life with pregnancy words, nothing about methadone (MA103/MA124)",
    ),
    (
        "pad-lith-flat-grandparents",
        "life-not-medicine",
        "lith",
        "Lithium: she is saving for a bigger flat near the hospital before delivery, and the baby's grandparents will "
        "visit weekly after the birth.",
        "housing and family visits, nothing about lithium (MA103)",
    ),
    (
        "pad-does-and-does-not",
        "self-cancelling",
        "meth",
        "Methadone 60 mg continues and does not; neonatal withdrawal observation is booked and not booked; "
        "breastfeeding is supported and unsupported.",
        "every claim taken back, with a dose (MA103)",
    ),
    (
        "pad-means-itself",
        "tautology",
        "meth",
        "For methadone, neonatal withdrawal means neonatal withdrawal, breastfeeding means breastfeeding, and "
        "co-sleeping means co-sleeping for this baby.",
        "'means' itself (MA103)",
    ),
    (
        "pad-ward-as-it-sees-fit",
        "others-decide",
        "meth",
        "The postnatal ward will settle the baby's neonatal withdrawal observation, breastfeeding support and "
        "co-sleeping advice on methadone as it sees fit.",
        "the ward's choice predicted, none made (MA103)",
    ),
    (
        "pad-team-own-view",
        "others-decide",
        "meth",
        "The maternity team will take their own view on methadone, neonatal withdrawal scoring, breastfeeding and "
        "co-sleeping for the baby.",
        "another team's view, not given (MA103)",
    ),
    (
        "pad-quet-however-they-choose",
        "others-decide",
        "quet",
        "The parents will arrange the father's night feeds, co-sleeping and the baby's crib around his quetiapine "
        "sedation however they choose.",
        "left to the parents with no rule (MA103)",
    ),
    (
        "pad-fost-whatever-right",
        "others-decide",
        "fost",
        "Diazepam and pregabalin: the foster carer, health visitor and social worker will do whatever they think right "
        "about night feeds, co-sleeping and withdrawal.",
        "left to the carers' judgement (MA103)",
    ),
    (
        "pad-fine-all-considered",
        "verdict-no-object",
        "meth",
        "Methadone, neonatal withdrawal, breastfeeding, sedation and co-sleeping for the baby: fine overall, all "
        "things considered.",
        "a verdict after a topic list (MA103)",
    ),
    (
        "pad-satisfactory-broadly",
        "verdict-no-object",
        "meth",
        "On methadone, the baby's neonatal withdrawal, breastfeeding and co-sleeping are satisfactory on balance, "
        "broadly speaking.",
        "'satisfactory' with no object (MA103)",
    ),
]
for _n, _cat, _target, _t, _w in _PADDED:
    pairs(_cat, [(_n, _target, "bad", _t, _w)])


# ============================================================================================================
# disguise: this batch's hollow and good texts disguised; the gate must read the plain text.

_HOLLOW_D = [
    (
        "consider",
        "Consider methadone for the baby: neonatal withdrawal, breastfeeding, sedation after each dose and "
        "co-sleeping.",
        "an empty imperative over topics",
    ),
    (
        "acceptable",
        "On methadone the baby's neonatal withdrawal, feeding and co-sleeping are acceptable on balance, broadly.",
        "a verdict on nothing",
    ),
    (
        "means-itself",
        "For methadone, co-sleeping means co-sleeping, neonatal withdrawal means neonatal withdrawal, and "
        "breastfeeding means breastfeeding.",
        "a tautology",
    ),
    (
        "all-fine",
        "Methadone, neonatal withdrawal, breast milk, sedation and the cot for the baby: all fine, everything "
        "considered.",
        "a verdict after a topic list",
    ),
    (
        "note-each",
        "Note methadone. Note the baby's neonatal withdrawal. Note breastfeeding. Note co-sleeping after doses.",
        "'note' over each topic",
    ),
    (
        "satisfactory",
        "Satisfactory overall on methadone regarding the baby's neonatal withdrawal, breastfeeding and co-sleeping.",
        "a verdict with no object",
    ),
]
_GOOD_D = (
    "Nothing can be ruled out, so methadone 60 mg continues and the ward scores the baby for withdrawal for 72 "
    "hours; no co-sleeping after a dose, and the health visitor checks to day 8."
)


def _zw(text: str) -> str:
    return inside_words(text, "\u200b", every=2)


def _shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=3)


def _bidi(text: str) -> str:
    return " ".join("\u2066" + word + "\u2069" for word in text.split(" "))


def _combining(text: str) -> str:
    return "".join(ch + "\u0308" if ch in "aeiou" else ch for ch in text)


def _cyr(text: str) -> str:
    return homoglyphs(text, "aceopxy")


_DISGUISES: list[tuple[str, Callable[[str], str], str]] = [
    ("cyrillic", _cyr, "Cyrillic look-alike letters"),
    ("zero-width", _zw, "zero-width spaces inside words"),
    ("soft-hyphen", _shy, "soft hyphens inside words"),
    ("bidi-isolates", _bidi, "every word wrapped in bidi isolates"),
    ("full-width", full_width, "full-width forms"),
    ("combining", _combining, "a combining diaeresis on every vowel"),
]
for (_dn, _df, _dw), (_hn, _ht, _hw) in zip(_DISGUISES, _HOLLOW_D, strict=True):
    bad(f"{_dn}-{_hn}", "disguise", M, meth(_df(_ht)), f"{_hw} in {_dw} (MA103)")
    ok(f"{_dn}-good", "disguise", M, meth(_df(_GOOD_D)), f"a good conclusion in {_dw}")


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F23CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:20} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F23CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F23CASES),
        "total",
        len(F23CASES),
    )
