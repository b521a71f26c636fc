"""A twenty-first independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt, fourth round.

The gate was made stricter about what counts as a "statement of what follows" (docs/rules.md, MA103): a
question, a condition without what follows, a passive or perfect account ("has been discussed") and a word that
only places an account in time ("again", "after", "each") no longer count. This batch asks whether good
conclusions survive that: conclusions a UK GP, midwife, health visitor or perinatal psychiatrist would write,
whose statement is carried in ways a word list might miss:

* states and adjectives ("she is heavily sedated at night", "the baby is jittery", "the cot is beside the bed");
* passive plans ("the baby is to be weighed on day 5", "is booked for", "has been referred ... " beside a plan);
* questions answered ("Breastfeeding? Yes.", "Co-sleeping? Never after a dose.");
* conditions with a default ("if she relapses ...; otherwise ...");
* imperatives ("Weigh the baby on day 5", "Keep the cot beside the bed");
* verbless telegraphic notes ("Baby: NAS scoring 72 h. Cot only.");
* recommendations ("recommend", "advise against", "best avoided");
* risk statements ("a small risk of ...", "no increased risk");
* past events that decide ("was switched to", "was stopped at 8 weeks, so ...");
* unusual verbs ("carry on", "tail off", "come off", "hold", "swap", "taper", "titrate", "halve");
* and the same good texts in disguise (look-alike letters, zero-width and format characters, soft hyphens,
  full-width forms, combining marks).

Every shipped pass example is used, with the citalopram record on template 1.0.0 and records moved to 1.2.0,
the mother's and the partner's medicines, and every class of concern. Beside them, refuse controls: each the
near miss of a pass case with the statement taken out (the question left unanswered, the condition with nothing
after it, the passive account alone, an adverb of time over a list of topics).

Where a case adds a medicine (to the nothing-concerning example), the one mutation is "this medicine, with its
assessment": a complete assessment answering every concern in its items, and an overall conclusion naming it.
Medicines named here are real; no clinical code is invented (added medicines are uncoded, which only warns).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail). Run
``python -m tests.redteam.fresh21_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import (
    PASS,
    REFUSE,
    RIVERSIDE,
    SHAH,
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
    gp_prescriber,
    medicine,
    set_,
)
from tests.redteam.disguise import SOFT_HYPHEN, full_width, homoglyphs, inside_words, swap_spaces

F21CASES: list[Case] = []

CATEGORIES = (
    "states",
    "passive-plans",
    "questions",
    "conditions",
    "imperatives",
    "telegraphic",
    "recommendations",
    "risk-statements",
    "past-decides",
    "verbs",
    "added-medicines",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F21CASES.append(Case(f"f21-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


METH = "asm-methadone"
SERT = "asm-sertraline"
LITH = "asm-lithium"
VALP = "asm-valproate"
DZPG = "asm-diazepam-pregabalin"
QUET = "asm-partner-quetiapine"
CITA = "asm-citalopram"

_BASE_OF = {METH: M, SERT: M, LITH: L, VALP: V, DZPG: F, QUET: P, CITA: C}


def concl(assessment_id: str, text: str) -> Mutation:
    return set_(f"assessments#{assessment_id}.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


def combining(text: str, mark: str = "\u0301") -> str:
    """A combining mark after every vowel."""
    return "".join(ch + mark if ch in "aeiou" else ch for ch in text)


Row = tuple[str, str, str, str]
"""(name, assessment id or "overall:<base>", text, why)."""


def run(category: str, expect: Expect, rows: list[Row], wrap: Mutation | None = None) -> None:
    for name, target, text, why in rows:
        if target.startswith("overall:"):
            base, mutation = target.removeprefix("overall:"), overall(text)
        else:
            base, mutation = _BASE_OF[target], concl(target, text)
        first = set_("template.version", "1.2.0") if name.endswith("-v120") else wrap  # moved to 1.2.0 as well
        add(name, category, expect, base, chain(first, mutation) if first else mutation, why)


OM, OL, OV, OF, OP, OC = (f"overall:{b}" for b in (M, L, V, F, P, C))


# ============================================================================================================
# states: the statement is a state or an adjective ("is sedated", "is jittery", "is safe"), not an action verb.

S = "states"
run(
    S,
    PASS,
    [
        (
            "st-meth-heavily-sedated",
            METH,
            "She is heavily sedated for a few hours after her methadone dose, so the baby is never in her bed or on the "
            "sofa with her; the cot is beside the bed. The baby is likely to withdraw, so the ward scores it for 72 hours.",
            "sedation and the baby's likely withdrawal as states",
        ),
        (
            "st-sert-jittery-baby",
            SERT,
            "Sertraline is right for her: she is well on it and would be at high risk of relapse off it. A baby exposed "
            "late is sometimes jittery or breathless for a day or two; the midwife is alert to that after delivery.",
            "'is right', 'is well', 'is jittery', 'is alert'",
        ),
        (
            "st-lith-stable-levels",
            LITH,
            "She is stable on lithium and her levels are in range; the baby is at risk of floppiness, poor feeding and "
            "thyroid upset after birth, so a paediatric review on day one is essential. Formula feeding is safest here.",
            "stability, risk and 'essential' as states",
        ),
        (
            "st-valp-seizure-free",
            VALP,
            "She is seizure-free on valproate and is safer on it until the neurologist sees her; coming off abruptly is "
            "dangerous. The baby is at real risk of malformation, so the early fetal medicine review is urgent.",
            "'is safer', 'is dangerous', 'is urgent'",
        ),
        (
            "st-dzpg-too-drowsy",
            DZPG,
            "On diazepam with pregabalin she is too drowsy at night to feed or settle the baby safely, so the foster "
            "carer is the one awake for night feeds and the baby is always in its own cot. The baby is at risk of late "
            "withdrawal up to day 8.",
            "adjective states ('too drowsy', 'awake', 'at risk')",
        ),
        (
            "st-quet-hard-to-wake",
            QUET,
            "On quetiapine the father is very hard to wake at night, so he is not the one caring for the baby overnight; "
            "the baby is in its crib on the mother's side and never on a bed or sofa with him. The health visitor is "
            "checking this at each visit.",
            "the partner's state decides the baby's night care",
        ),
        (
            "st-cita-well-controlled",
            CITA,
            "Her mood is well controlled on citalopram and she is better on it than off it; the baby is at small risk of "
            "jitteriness or fast breathing, and the midwife is watching for that for the first 48 hours. Breastfeeding is "
            "fine.",
            "states on template 1.0.0",
        ),
        (
            "st-overall-m-both-right",
            OM,
            "Methadone and sertraline are both right for her now and unchanged. The baby is likely to be unsettled or "
            "shaky from day 2 or 3, so the ward is where it stays for at least 72 hours; she is drowsy after methadone, "
            "so the cot is the baby's only bed. Breastfeeding is welcome.",
            "overall in states",
        ),
        (
            "st-overall-p-arrangements-safe",
            OP,
            "Paracetamol is harmless for the breastfed baby. The father is deeply sedated after his quetiapine, so he is "
            "never the adult in a bed or on a sofa with the baby, and night feeds are the mother's; the crib is on her "
            "side, and the health visitor is keeping an eye on it.",
            "partner overall in states",
        ),
    ],
)
run(
    S,
    REFUSE,
    [
        (
            "st-meth-states-topics",
            METH,
            "Methadone: her sedation, the baby's withdrawal, breastfeeding and co-sleeping are all relevant topics for "
            "this pregnancy.",
            "near miss: 'are relevant topics' says what the subjects are, not what follows (MA103)",
        ),
        (
            "st-cita-is-a-consideration",
            CITA,
            "Citalopram in pregnancy is a consideration for the baby, for breastfeeding and for her mood.",
            "near miss: 'is a consideration' states nothing (MA103)",
        ),
    ],
)


# ============================================================================================================
# passive-plans: the plan is passive ("is to be", "is booked", "will be", "has been referred" beside a plan).

PP = "passive-plans"
run(
    PP,
    PASS,
    [
        (
            "pp-meth-to-be-weighed",
            METH,
            "Methadone is to be continued at 60 mg. The baby is to be kept on the postnatal ward for 72 hours of "
            "withdrawal scoring and weighed on day 5; she is to be reminded that the baby sleeps in the cot after her "
            "dose, never her bed.",
            "'is to be' plans",
        ),
        (
            "pp-sert-booked",
            SERT,
            "Sertraline is being continued at 100 mg. A paediatric check is booked for the day after delivery to look for "
            "adaptation symptoms in the baby, and the mood review is booked for six weeks.",
            "'is booked for'",
        ),
        (
            "pp-lith-referred-beside-plan",
            LITH,
            "She has been referred to the obstetric team for a delivery plan; meanwhile lithium is to be continued with "
            "levels monthly and weekly from 36 weeks. The baby is to be reviewed by a paediatrician after birth and "
            "bottle fed.",
            "'has been referred' beside a passive plan",
        ),
        (
            "pp-valp-scan-arranged",
            VALP,
            "Valproate is to be kept at the current dose until neurology review. A detailed anomaly scan is arranged for "
            "18 to 20 weeks because the baby is at raised risk of neural tube and other defects; folic acid 5 mg is to "
            "be taken daily.",
            "'is arranged', 'is to be'",
        ),
        (
            "pp-dzpg-nights-covered",
            DZPG,
            "Diazepam and pregabalin are to be kept unchanged for now. Night feeds are to be covered by the foster carer "
            "while the mother is sedated, and the baby is to be laid only in its cot. Late withdrawal is to be watched "
            "for until day 8.",
            "passive night plan",
        ),
        (
            "pp-quet-crib-to-be-checked",
            QUET,
            "The father's quetiapine is left unchanged; he is not to share a bed or sofa with the baby or be given night "
            "feeds after his dose. The crib is to be checked by the health visitor at every visit until 8 weeks.",
            "'is not to', 'is to be checked'",
        ),
        (
            "pp-cita-midwife-informed",
            CITA,
            "Citalopram 20 mg is to carry on through pregnancy. The midwife is to be told before delivery so that the "
            "baby can be watched for jitteriness and fast breathing for 48 hours; breastfeeding is to be encouraged.",
            "passive plans on 1.0.0",
        ),
        (
            "pp-overall-v-referrals-sent",
            OV,
            "Valproate has been continued unchanged and the urgent neurology appointment is booked for this week; she "
            "is not to stop it herself. The baby is to have early fetal medicine review and a detailed "
            "anomaly scan; folic acid 5 mg has been started.",
            "perfect and passive beside real plans",
        ),
        (
            "pp-overall-f-plan-held",
            OF,
            "Diazepam and pregabalin are being continued for now. The baby is to be fed at night by the foster carer and "
            "is never to sleep on a bed, sofa or armchair with the mother; late withdrawal signs are to be reported until "
            "day 8.",
            "passive overall for the placement",
        ),
    ],
)
run(
    PP,
    REFUSE,
    [
        (
            "pp-meth-has-been-discussed",
            METH,
            "Methadone, the baby's withdrawal observation, breastfeeding and co-sleeping have been discussed with her.",
            "near miss: only a perfect passive account (MA103)",
        ),
        (
            "pp-valp-were-gone-through",
            VALP,
            "Valproate risks to the baby and the pregnancy were gone through and the referrals have been considered.",
            "near miss: passive account of what was considered (MA103)",
        ),
        (
            "pp-quet-has-been-addressed",
            QUET,
            "The father's quetiapine and the baby's safe sleep and night care have been addressed with both parents.",
            "near miss: 'have been addressed' (MA103)",
        ),
    ],
)


# ============================================================================================================
# questions: the question is answered ("Breastfeeding? Yes.").

Q = "questions"
run(
    Q,
    PASS,
    [
        (
            "q-meth-qa",
            METH,
            "Continue methadone? Yes, 60 mg daily. Breastfeeding? Yes, encouraged. Co-sleeping? Never after a dose. Baby? "
            "Withdrawal scoring on the ward for at least 72 hours.",
            "questions each answered",
        ),
        (
            "q-sert-why-continue",
            SERT,
            "Why keep sertraline? Because stopping would risk a relapse of her depression, which would harm her and the "
            "baby more. What for the baby? Adaptation checks by the midwife for 48 hours after delivery.",
            "why and what, answered",
        ),
        (
            "q-lith-bf",
            LITH,
            "Should lithium continue? Yes: her relapse risk after birth is high. Can she breastfeed? Not advised on "
            "lithium; she will bottle feed. The baby? Paediatric review after birth and levels checked for her within 24 "
            "hours.",
            "yes/no questions answered",
        ),
        (
            "q-valp-stop",
            VALP,
            "Stop valproate now? No: sudden stopping risks seizures that endanger her and the pregnancy; it continues "
            "until the urgent neurology review. Risk to the baby? Raised malformation risk, so early fetal medicine "
            "review and a detailed scan.",
            "'No:' answers the question",
        ),
        (
            "q-dzpg-who-feeds",
            DZPG,
            "Who does night feeds? The foster carer, while the mother is sedated by diazepam and pregabalin. Where does "
            "the baby sleep? Its own cot, never a bed, sofa or armchair with her. Withdrawal? Possible up to day 8; "
            "watch for it.",
            "who/where questions answered",
        ),
        (
            "q-quet-night",
            QUET,
            "Can the father do night feeds on quetiapine? No, he is too sedated after his dose; the mother does them. "
            "Bed or sofa sharing with him? Never. The health visitor checks the crib at every visit.",
            "the partner's questions answered",
        ),
        (
            "q-cita-questions",
            CITA,
            "Continue citalopram through pregnancy? Yes, at 20 mg, because she relapsed off it before. What does the "
            "midwife do? Watch the baby for adaptation signs for 48 hours. Breastfeeding? Supported.",
            "questions on template 1.0.0",
        ),
        (
            "q-overall-m",
            OM,
            "Methadone and sertraline: continue? Both, unchanged. Baby? At least 72 hours on the ward for withdrawal and "
            "adaptation scoring. Feeding? Breast, encouraged. Sleep? Cot only; no co-sleeping after methadone.",
            "overall as questions answered",
        ),
        (
            "q-overall-l",
            OL,
            "Lithium: continue? Yes, Priadel 800 mg at night, levels monthly then weekly from 36 weeks and within 24 hours "
            "of birth. Baby? Paediatric review after birth. Breastfeeding? Not advised; bottle feeding planned.",
            "lithium overall as Q and A",
        ),
    ],
)
run(
    Q,
    REFUSE,
    [
        (
            "q-meth-unanswered",
            METH,
            "Continue methadone? Breastfeeding? Co-sleeping? How long will the baby need withdrawal observation?",
            "near miss: the questions with no answers (MA103)",
        ),
        (
            "q-dzpg-unanswered",
            DZPG,
            "Diazepam and pregabalin: who does the night feeds, where does the baby sleep, and will it withdraw?",
            "near miss: one question, no answer (MA103)",
        ),
        (
            "q-overall-l-unanswered",
            OL,
            "Lithium in pregnancy: should it continue, can she breastfeed, and does the baby need a paediatric review?",
            "near miss: overall only asks (MA103)",
        ),
    ],
)


# ============================================================================================================
# conditions: a condition with a default, or a condition with what follows it.

CO = "conditions"
run(
    CO,
    PASS,
    [
        (
            "co-sert-otherwise",
            SERT,
            "If her mood dips in late pregnancy, the sertraline dose goes up to 150 mg; otherwise 100 mg carries on. "
            "Either way the midwife watches the baby for adaptation symptoms for 48 hours.",
            "condition with a default",
        ),
        (
            "co-lith-unless",
            LITH,
            "Lithium continues unless her levels rise above range, in which case the dose is cut and rechecked in a "
            "week. The baby needs a paediatric review after birth; she bottle feeds.",
            "'unless ... in which case'",
        ),
        (
            "co-valp-if-seizure",
            VALP,
            "Valproate stays until the neurologist decides; if a seizure happens she goes to the emergency department. "
            "The baby has been exposed in the first trimester, so the fetal medicine review and anomaly scan go ahead "
            "early.",
            "a condition with what follows, beside the plan",
        ),
        (
            "co-dzpg-if-sleepy",
            DZPG,
            "Diazepam and pregabalin carry on for now. If she is drowsy, the foster carer takes the baby; if not, she "
            "may feed sitting up with the carer awake, never lying down. If the baby is shaky or feeding badly before day "
            "8, ring the neonatal unit.",
            "several conditions, each with what follows",
        ),
        (
            "co-quet-if-unwell",
            QUET,
            "While he is on quetiapine the father does no night care and never sleeps with the baby on a bed or sofa. If "
            "the mother becomes unwell, the health visitor and his GP meet to plan the nights before he takes them on.",
            "'while' and 'if' with what follows",
        ),
        (
            "co-meth-otherwise",
            METH,
            "If the baby's withdrawal scores stay low, it goes home after 72 hours with health visitor checks to day 8; "
            "otherwise it stays for treatment. Methadone continues at 60 mg; no co-sleeping after her dose; breastfeeding "
            "encouraged.",
            "'otherwise' default",
        ),
        (
            "co-cita-provided",
            CITA,
            "Citalopram continues provided her mood stays stable; the GP reviews it at 6 weeks. The baby is watched for "
            "adaptation for 48 hours, and if symptoms persist a paediatrician sees it. Breastfeeding continues.",
            "'provided' and 'if' on 1.0.0",
        ),
        (
            "co-overall-p-when",
            OP,
            "Paracetamol is fine when needed. When the father has taken his quetiapine he is too sedated for night feeds "
            "or to share a bed or sofa with the baby; the mother does nights. If his dose changes, the health visitor "
            "reviews the plan.",
            "'when' and 'if' in the overall",
        ),
    ],
)
run(
    CO,
    REFUSE,
    [
        (
            "co-sert-if-only",
            SERT,
            "If problems with sertraline arise for her or the baby, the team will act accordingly.",
            "near miss: a condition with nothing following it (MA103)",
        ),
        (
            "co-lith-should-it",
            LITH,
            "Should lithium levels or the baby's condition change, appropriate steps will be taken as necessary.",
            "near miss: a condition and a non-answer (MA103)",
        ),
        (
            "co-quet-in-the-event",
            QUET,
            "In the event of any difficulty with the father's quetiapine and the baby's sleep, this will be looked at.",
            "near miss: a condition then a deferral (MA103)",
        ),
    ],
)


# ============================================================================================================
# imperatives: the statement is an instruction.

IM = "imperatives"
run(
    IM,
    PASS,
    [
        (
            "im-meth-weigh",
            METH,
            "Keep methadone at 60 mg. Score the baby for withdrawal on the ward for 72 hours, weigh it on day 5, and "
            "check for late signs until day 8. Keep the cot beside her bed; never let the baby sleep with her after a "
            "dose. Support breastfeeding.",
            "a run of imperatives",
        ),
        (
            "im-sert-watch",
            SERT,
            "Carry on with sertraline 100 mg; do not stop it in pregnancy. Tell the paediatric team before delivery and "
            "watch the baby for jitteriness, poor feeding and fast breathing over the first two days.",
            "imperatives for the team",
        ),
        (
            "im-lith-check-levels",
            LITH,
            "Check lithium levels monthly, weekly from 36 weeks and within 24 hours of birth. Plan the dose around "
            "delivery. Ask the paediatrician to see the baby after birth. Give formula: breastfeeding is not advised.",
            "checklist imperatives",
        ),
        (
            "im-valp-do-not-stop",
            VALP,
            "Do not stop valproate. Book the urgent neurology review and the fetal medicine appointment; arrange a "
            "detailed anomaly scan for the baby. Take folic acid 5 mg every day until 12 weeks.",
            "imperatives only",
        ),
        (
            "im-dzpg-never-lie-down",
            DZPG,
            "Keep diazepam and pregabalin unchanged for now. Never let her lie down to feed or share a bed, sofa or "
            "armchair with the baby; let the foster carer do the night feeds. Look for late withdrawal up to day 8.",
            "imperatives to carer and team",
        ),
        (
            "im-quet-mother-nights",
            QUET,
            "Leave the father's quetiapine as it is. Let the mother do night feeds; keep the baby in its crib and off any "
            "bed or sofa he sleeps on. Check the sleeping arrangements at each health visitor contact.",
            "imperatives on the partner's medicine",
        ),
        (
            "im-cita-tell-maternity",
            CITA,
            "Continue citalopram 20 mg. Tell the maternity team before the birth. Watch the baby for 48 hours for "
            "jitteriness, poor feeding or fast breathing and call the paediatrician if it persists. Encourage "
            "breastfeeding.",
            "imperatives on 1.0.0",
        ),
        (
            "im-overall-v",
            OV,
            "Continue valproate exactly as now; never stop it abruptly. Refer urgently to neurology and fetal medicine; "
            "scan the baby in detail. Start folic acid 5 mg today.",
            "overall in imperatives",
        ),
        (
            "im-overall-c-v120",
            OC,
            "Continue citalopram 20 mg through pregnancy and breastfeeding. Watch the baby for adaptation symptoms for 48 "
            "hours after delivery; review her mood at 6 weeks.",
            "1.0.0 overall in imperatives",
        ),
    ],
)
run(
    IM,
    REFUSE,
    [
        (
            "im-meth-see-letter",
            METH,
            "Methadone: see the drug service letter about the baby, withdrawal, breastfeeding and sleep.",
            "near miss: 'see' pointing elsewhere is a pointer, not an instruction (MA103)",
        ),
        (
            "im-cita-refer-guideline",
            CITA,
            "Citalopram: refer to the local SSRI in pregnancy guideline for the baby and breastfeeding.",
            "near miss: an instruction to read a guideline is a pointer (MA103)",
        ),
    ],
)


# ============================================================================================================
# telegraphic: verbless notes.

T = "telegraphic"
run(
    T,
    PASS,
    [
        (
            "tg-meth-notes",
            METH,
            "Methadone 60 mg od: unchanged. Baby: NAS scoring 72 h, HV to day 8. Feeding: breast. Sleep: cot only, no bed "
            "or sofa after her dose.",
            "verbless notes",
        ),
        (
            "tg-sert-notes",
            SERT,
            "Sertraline 100 mg: continue. Relapse risk if stopped: high. Baby: adaptation obs 48 h post delivery, paeds "
            "aware. BF: compatible.",
            "telegraphic sertraline",
        ),
        (
            "tg-lith-notes",
            LITH,
            "Lithium 800 mg nocte: continue. Levels: 4-weekly, weekly from 36/40, within 24 h of delivery. Baby: paeds "
            "r/v at birth; floppiness, feeding, thyroid. Feeding: formula.",
            "telegraphic lithium",
        ),
        (
            "tg-valp-notes",
            VALP,
            "Valproate: no change till neuro r/v; no abrupt stop (seizure risk). Baby: first-trimester exposure; fetal "
            "medicine r/v and detailed anomaly scan urgent. Folic acid 5 mg od.",
            "telegraphic valproate",
        ),
        (
            "tg-dzpg-notes",
            DZPG,
            "Diazepam + pregabalin: unchanged for now, slow diazepam taper from 6/52. Mother: drowsy, esp. nights. "
            "Nights: foster carer. Baby: own cot only; late withdrawal watch to day 8.",
            "telegraphic F",
        ),
        (
            "tg-quet-notes",
            QUET,
            "Dad's quetiapine 300 mg nocte: heavy sedation. Nights: mum. Bed/sofa with baby: never for dad. Baby: "
            "next-to-me crib. HV: sleep check each visit.",
            "telegraphic partner",
        ),
        (
            "tg-cita-notes",
            CITA,
            "Citalopram 20 mg: continue, relapse off it in 6 weeks before. Baby: MW obs 48 h for jitters, poor feeding, "
            "tachypnoea. BF: yes.",
            "telegraphic on 1.0.0",
        ),
        (
            "tg-overall-f",
            OF,
            "Diazepam, pregabalin: continue for now. Risk: sedation. Sleep: cot only, no bed/sofa/armchair. Night feeds: "
            "foster carer. Withdrawal: possible to day 8. Plan held by FC, HV, SW.",
            "telegraphic overall F",
        ),
        (
            "tg-overall-m-v120",
            OM,
            "Methadone 60 mg + sertraline 100 mg: both continue. Baby: 72 h ward obs, NAS and adaptation scores. BF: "
            "yes. Sleep: cot; no co-sleeping post methadone. Home: SW + HV see cot pre-discharge.",
            "telegraphic overall",
        ),
    ],
)
run(
    T,
    REFUSE,
    [
        (
            "tg-meth-headings-only",
            METH,
            "Methadone 60 mg od. Baby: NAS. Feeding: breast. Sleep: cot.",
            "near miss: headings with one word each, nothing said of any (MA103/MA104)",
        ),
        (
            "tg-lith-list-only",
            LITH,
            "Lithium. Levels. Baby. Paeds. Feeding. Relapse. Thyroid.",
            "near miss: a list of topics (MA103/MA104)",
        ),
        (
            "tg-quet-list-only",
            QUET,
            "Dad's quetiapine: nights, sedation, bed, sofa, crib, HV.",
            "near miss: the topics of the partner's medicine, no statement (MA103)",
        ),
    ],
)


# ============================================================================================================
# recommendations: "recommend", "advise against", "best avoided", "preferred".

R = "recommendations"
run(
    R,
    PASS,
    [
        (
            "rc-meth-recommend",
            METH,
            "I recommend methadone continues at 60 mg through pregnancy and advise against any reduction without the drug "
            "service. The baby needs 72 hours of withdrawal scoring; co-sleeping after a dose is best avoided altogether; "
            "breastfeeding is recommended.",
            "'recommend', 'advise against', 'best avoided'",
        ),
        (
            "rc-sert-advise",
            SERT,
            "Advise continuing sertraline 100 mg, as stopping carries a high relapse risk. Recommend the midwife watches "
            "the baby for adaptation symptoms for two days after delivery.",
            "'advise', 'recommend'",
        ),
        (
            "rc-lith-advise-against-bf",
            LITH,
            "We advise she stays on lithium, with levels monthly then weekly from 36 weeks. We advise against "
            "breastfeeding on lithium; formula is preferred. A paediatric review of the baby after birth is recommended.",
            "'advise against', 'preferred'",
        ),
        (
            "rc-valp-strongly-advise",
            VALP,
            "Strongly advised not to stop valproate until neurology has seen her. Early fetal medicine review and a "
            "detailed anomaly scan are recommended for the baby given first-trimester exposure; folic acid 5 mg "
            "recommended daily.",
            "passive recommendations",
        ),
        (
            "rc-dzpg-best-avoided",
            DZPG,
            "Sudden stopping of diazepam or pregabalin is best avoided; both continue, with a slow diazepam reduction "
            "advised from six weeks. Feeding lying down and any bed or sofa sharing are best avoided: the foster carer "
            "does nights. Watch the baby for late withdrawal to day 8.",
            "'best avoided' and 'advised'",
        ),
        (
            "rc-quet-advise-father",
            QUET,
            "The father is advised against doing night feeds or sharing a bed or sofa with the baby after his quetiapine; "
            "we recommend the mother does nights with the baby in its crib, and the health visitor checks at each visit.",
            "recommendations about the partner's medicine",
        ),
        (
            "rc-cita-would-suggest",
            CITA,
            "I would suggest citalopram continues at 20 mg: her relapse risk off it is high. Suggest the midwife watches "
            "the baby for adaptation symptoms over 48 hours; breastfeeding is recommended.",
            "'would suggest'",
        ),
        (
            "rc-overall-l",
            OL,
            "Recommend lithium (Priadel) continues at 800 mg nocte with levels monthly, weekly from 36 weeks and within 24 "
            "hours of birth. Breastfeeding is not recommended; bottle feeding preferred. Paediatric review of the baby "
            "after birth advised; perinatal team within a week.",
            "recommendations overall",
        ),
    ],
)
run(
    R,
    REFUSE,
    [
        (
            "rc-sert-recommendations-made",
            SERT,
            "Sertraline: recommendations about the baby and breastfeeding have been made to her.",
            "near miss: says recommendations exist, not what they are (MA103)",
        ),
        (
            "rc-dzpg-advice-given-again",
            DZPG,
            "Diazepam and pregabalin: safe sleep and withdrawal advice given again after each visit.",
            "near miss: an account placed in time ('again', 'after each'), no statement (MA103)",
        ),
    ],
)


# ============================================================================================================
# risk-statements: the statement is a risk ("a small risk of", "no increased risk").

RS = "risk-statements"
run(
    RS,
    PASS,
    [
        (
            "rk-sert-small-risk",
            SERT,
            "Sertraline carries a small risk of persistent pulmonary hypertension in the newborn (about 3 in 1,000) and a "
            "higher chance of brief adaptation symptoms; her risk of relapse off it is much greater. It continues; the "
            "midwife watches the baby for 48 hours.",
            "risks weighed, with a decision",
        ),
        (
            "rk-cita-no-increased",
            CITA,
            "No increased risk of major malformation with citalopram at this stage; a small risk of neonatal adaptation "
            "signs for 48 hours, which the midwife watches for. Citalopram continues; breastfeeding is fine.",
            "'no increased risk' then a plan",
        ),
        (
            "rk-meth-likely-withdrawal",
            METH,
            "With methadone the baby has a high chance of withdrawal, usually from 48 to 72 hours, so 72 hours of "
            "scoring on the ward; her sedation makes co-sleeping a real risk of sudden infant death, so cot only. "
            "Breastfeeding reduces withdrawal severity and is encouraged.",
            "risk statements carry the plan",
        ),
        (
            "rk-lith-low-cardiac",
            LITH,
            "The added risk of heart malformation from lithium is small and the 20-week heart scan was normal. Neonatal "
            "toxicity is a risk near birth: paediatric review after delivery. Relapse risk off lithium is high, so it "
            "continues; bottle feeding.",
            "risks ranked",
        ),
        (
            "rk-valp-one-in-ten",
            VALP,
            "About 1 in 10 babies exposed to valproate in the first trimester have a major malformation and up to 4 in 10 "
            "have later developmental difficulties; stopping suddenly risks status epilepticus. Valproate continues until "
            "the urgent neurology review, with early fetal medicine review for the baby.",
            "numeric risk",
        ),
        (
            "rk-quet-sids-risk",
            QUET,
            "The father's quetiapine does not reach the baby, but it raises the risk of sudden infant death if he sleeps "
            "with the baby; so no bed or sofa sharing with him, and the mother does the night feeds.",
            "a risk statement about the partner's medicine",
        ),
        (
            "rk-overall-f",
            OF,
            "Diazepam and pregabalin: the main danger to the baby is her sedation, so no bed, sofa or armchair sharing and "
            "no feeding lying down, and the foster carer does nights. Some risk of late withdrawal until day 8. Both "
            "continue for now.",
            "risk overall",
        ),
        (
            "rk-overall-v-v120",
            OV,
            "On valproate at 8 weeks: a high risk to the baby of malformation and developmental harm, and a risk of "
            "seizures if it is stopped. Continue it unchanged until urgent neurology review; fetal medicine review early; "
            "folic acid 5 mg.",
            "risk overall, template 1.2.0",
        ),
    ],
)
run(
    RS,
    REFUSE,
    [
        (
            "rk-meth-risks-exist",
            METH,
            "Methadone in pregnancy has risks for the baby, including withdrawal and co-sleeping, and benefits for her.",
            "near miss: says risks exist, decides nothing (MA103)",
        ),
        (
            "rk-valp-risk-assessed",
            VALP,
            "Valproate: the risk to the baby of malformation has been risk assessed.",
            "near miss: a passive account of a risk assessment (MA103)",
        ),
    ],
)


# ============================================================================================================
# past-decides: a past event decides the plan ("was switched", "was stopped at 8 weeks, so ...").

PD = "past-decides"
run(
    PD,
    PASS,
    [
        (
            "pd-cita-relapsed-so",
            CITA,
            "She relapsed within six weeks when citalopram was stopped before, so it continues at 20 mg this time. The "
            "midwife watches the baby for adaptation signs for 48 hours; breastfeeding supported.",
            "a past relapse decides",
        ),
        (
            "pd-meth-was-switched",
            METH,
            "She was switched from street heroin to methadone three months ago and has been stable since, so methadone "
            "stays at 60 mg. The baby is scored for withdrawal for 72 hours; cot only after her dose; breastfeeding is "
            "encouraged.",
            "'was switched ... so'",
        ),
        (
            "pd-valp-stopped-pill",
            VALP,
            "Her contraception failed, so she was exposed to valproate in the first trimester. Valproate continues until "
            "neurology reviews it urgently; the baby needs early fetal medicine review and a detailed anomaly scan.",
            "a past event as the reason for the plan",
        ),
        (
            "pd-lith-scan-normal",
            LITH,
            "The 20-week fetal heart scan was normal, so no further cardiac scan is needed; lithium continues with "
            "levels monthly, weekly from 36 weeks. The baby gets a paediatric review after birth; bottle feeding.",
            "a past result decides",
        ),
        (
            "pd-dzpg-was-found-drowsy",
            DZPG,
            "She was found asleep on the ward with the baby in her arms after her diazepam and pregabalin, so night care "
            "is the foster carer's and the baby sleeps only in its cot. Both medicines continue for now; watch for late "
            "withdrawal to day 8.",
            "a past incident decides",
        ),
        (
            "pd-quet-dose-raised",
            QUET,
            "His quetiapine was raised to 300 mg in October and he has been much harder to wake since, so he does no night "
            "feeds and never sleeps with the baby on a bed or sofa; the mother does nights and the health visitor checks.",
            "a past dose change decides",
        ),
        (
            "pd-sert-tried-lower",
            SERT,
            "A lower sertraline dose was tried last year and her depression returned, so 100 mg continues. The baby is "
            "checked for adaptation symptoms by the midwife for 48 hours.",
            "a past trial decides",
        ),
        (
            "pd-overall-c-stopped-before",
            OC,
            "Citalopram was stopped once before and she relapsed, so it continues at 20 mg through pregnancy and "
            "breastfeeding. The baby is watched for adaptation symptoms for 48 hours; GP mood review at 6 weeks.",
            "overall: past decides",
        ),
    ],
)
run(
    PD,
    REFUSE,
    [
        (
            "pd-sert-was-reviewed",
            SERT,
            "Sertraline was reviewed after the booking appointment and the baby's adaptation was mentioned again.",
            "near miss: an account placed in time, nothing decided (MA103)",
        ),
        (
            "pd-lith-history",
            LITH,
            "Lithium was started in 2021 after an admission and has been taken each night since then.",
            "near miss: history only, nothing for the baby (MA103)",
        ),
    ],
)


# ============================================================================================================
# verbs: unusual verbs ("carry on", "tail off", "come off", "hold", "swap", "taper", "titrate", "halve").

VB = "verbs"
run(
    VB,
    PASS,
    [
        (
            "vb-meth-carry-on",
            METH,
            "She is to carry on with methadone 60 mg and not come off it before the birth. The baby will be scored for "
            "withdrawal for at least 72 hours; no co-sleeping after her dose; breastfeeding encouraged.",
            "'carry on', 'come off'",
        ),
        (
            "vb-dzpg-taper",
            DZPG,
            "Taper diazepam by 1 mg a fortnight from six weeks; pregabalin holds at the current dose. Until then she is "
            "sleepy at night, so the foster carer does night feeds and the baby sleeps only in its cot. Late withdrawal "
            "possible to day 8.",
            "'taper', 'holds'",
        ),
        (
            "vb-lith-titrate",
            LITH,
            "Titrate lithium to levels: monthly, then weekly from 36 weeks, and halve the dose in labour as the obstetric "
            "team plans. The baby needs paediatric review after birth; bottle feed.",
            "'titrate', 'halve'",
        ),
        (
            "vb-sert-hold-steady",
            SERT,
            "Hold sertraline steady at 100 mg; no tailing off before delivery. The midwife keeps an eye on the baby for "
            "jitteriness and fast breathing for two days.",
            "'hold steady', 'keeps an eye on'",
        ),
        (
            "vb-valp-swap-later",
            VALP,
            "Valproate is not to be swapped or tailed off by the GP: neurology will weigh a switch urgently, and until "
            "then she keeps taking it. The baby needs early fetal medicine review and a detailed anomaly scan.",
            "'swapped', 'tailed off', 'keeps taking'",
        ),
        (
            "vb-quet-hand-over",
            QUET,
            "The father hands over night care to the mother once he has taken his quetiapine, and never dozes off with the "
            "baby on a bed or sofa; the baby sleeps in its crib. The health visitor keeps checking.",
            "'hands over', 'dozes off'",
        ),
        (
            "vb-cita-stick-with",
            CITA,
            "Stick with citalopram 20 mg; she crashed within six weeks of coming off it before. The midwife looks out "
            "for jitteriness or fast breathing in the baby for 48 hours; breastfeeding fine.",
            "'stick with', 'looks out for'",
        ),
        (
            "vb-overall-m-stay-put",
            OM,
            "Methadone and sertraline stay put at current doses. The baby stops on the ward at least 72 hours for "
            "withdrawal and adaptation scoring; she can breastfeed. She dozes after methadone, so the baby beds down "
            "in the cot, never with her.",
            "'stay put', 'stops on', 'beds down'",
        ),
        (
            "vb-overall-p-swap-nights",
            OP,
            "Paracetamol is fine. The parents swap nights only if the father has skipped his quetiapine; otherwise the "
            "mother does all night feeds and he never naps with the baby on a bed, sofa or armchair. The health visitor "
            "keeps checking.",
            "'swap', 'naps with'",
        ),
        (
            "vb-overall-f-wean",
            OF,
            "Diazepam is to be weaned slowly from six weeks; pregabalin carries on. Meanwhile she dozes off at night, so "
            "the foster carer does feeds and the baby never shares a bed, sofa or armchair with her. Late withdrawal can "
            "crop up until day 8.",
            "'weaned', 'carries on', 'crop up'",
        ),
    ],
)
run(
    VB,
    REFUSE,
    [
        (
            "vb-meth-gone-over-topics",
            METH,
            "Methadone: the baby's withdrawal, breastfeeding and co-sleeping were gone over before, during and after the "
            "visit.",
            "near miss: an account and words that only place it in time (MA103)",
        ),
        (
            "vb-dzpg-each-time",
            DZPG,
            "Diazepam and pregabalin, safe sleep and late withdrawal: gone over each time after the visit again.",
            "near miss: an account and time words only (MA103)",
        ),
    ],
)


# ============================================================================================================
# templates 1.2.0 (moved records) across the styles above.

run(
    S,
    PASS,
    [
        (
            "st-v120-meth-drowsy",
            METH,
            "She is drowsy for hours after methadone, so the baby is never in her bed or on a sofa; the baby is likely to "
            "withdraw and is on the ward for 72 hours of scores. Methadone 60 mg stays; breastfeeding is fine.",
            "states on 1.2.0",
        ),
    ],
    wrap=set_("template.version", "1.2.0"),
)
run(
    IM,
    PASS,
    [
        (
            "im-v120-quet",
            QUET,
            "Keep the father off night duty after his quetiapine and off any bed or sofa with the baby; keep the baby in "
            "its crib. Health visitor: check the sleeping arrangements at every visit to 8 weeks.",
            "imperatives on 1.2.0, partner",
        ),
    ],
    wrap=set_("template.version", "1.2.0"),
)
run(
    T,
    PASS,
    [
        (
            "tg-v120-dzpg",
            DZPG,
            "Diazepam/pregabalin: continue, diazepam taper from 6/52. Her: drowsy nights. Baby: cot, never bed/sofa; "
            "nights by FC. Withdrawal watch: to day 8.",
            "telegraphic on 1.2.0",
        ),
    ],
    wrap=set_("template.version", "1.2.0"),
)
run(
    Q,
    PASS,
    [
        (
            "q-v120-valp",
            VALP,
            "Continue valproate? Yes, until urgent neurology review; never stop suddenly. Baby? First-trimester exposure: "
            "early fetal medicine review and detailed scan. Folic acid? 5 mg daily from today.",
            "Q and A on 1.2.0",
        ),
    ],
    wrap=set_("template.version", "1.2.0"),
)
run(
    CO,
    PASS,
    [
        (
            "co-v120-lith",
            LITH,
            "If her lithium level is low, the dose goes up; otherwise it stays at 800 mg. The baby has a paediatric "
            "review after birth and is bottle fed; if floppy or feeding poorly it goes to the neonatal unit.",
            "conditions with defaults on 1.2.0",
        ),
    ],
    wrap=set_("template.version", "1.2.0"),
)
run(
    PD,
    PASS,
    [
        (
            "pd-v120-sert",
            SERT,
            "Her depression came back within weeks of a lower sertraline dose last year, so 100 mg stays. After the birth "
            "the midwife checks the baby for adaptation symptoms for 48 hours.",
            "past decides on 1.2.0",
        ),
    ],
    wrap=set_("template.version", "1.2.0"),
)
run(
    PP,
    REFUSE,
    [
        (
            "pp-v120-cita-were-reviewed",
            CITA,
            "Citalopram, the baby's adaptation and breastfeeding were reviewed and have been documented.",
            "near miss on 1.2.0: a passive account (MA103)",
        ),
    ],
    wrap=set_("template.version", "1.2.0"),
)


# ============================================================================================================
# added-medicines: a medicine and its complete assessment added to the nothing-concerning postnatal example
# (mother's and partner's), each conclusion carried in one of the styles above.

_GP = gp_prescriber(RIVERSIDE)
AM = "added-medicines"


def _assessment(mid: str, sedation: str, items: dict[str, str], recs: str, text: str) -> Record:
    mother = {k: v for k, v in items.items() if k in ("parenting_capacity", "safe_sleep")}
    baby = {k: v for k, v in items.items() if k in ("summary", "neonatal_withdrawal_plan", "breastfeeding")}
    return {
        "id": "asm-" + mid.removeprefix("med-"),
        "medicine_ids": [mid],
        "impact_on_mother": {"sedation": sedation, **mother},
        "impact_on_baby": baby,
        "recommendations": recs,
        "conclusion": text,
        "author": SHAH,
        "date": "2026-04-09",
    }


def on_n(med: Record, sedation: str, items: dict[str, str], recs: str, text: str, overall_text: str) -> Mutation:
    asm = _assessment(med["id"], sedation, items, recs, text)

    def mutate(doc: Record) -> None:
        if med.get("taken_by") == "partner":  # the partner comes with his medicine
            doc["partner"] = {
                "name": {"given": ["Tariq"], "family": "Rahman-Example"},
                "relationship": "The baby's father; lives with the mother and baby",
            }
        add_medicine(med)(doc)
        doc["assessments"] = [asm]
        doc["overall_conclusion"] = {"text": overall_text, "author": SHAH, "date": "2026-04-09"}

    return mutate


SERTRALINE_N = medicine("med-sertraline", "Sertraline 50mg tablets", "50 mg once daily", "2026-04-06", _GP)
_SN_ITEMS = {
    "parenting_capacity": "Started after birth for low mood and anxiety; not drowsy on it; caring for the baby well. "
    "Stopping early would risk her depression worsening.",
    "summary": "Started after birth, so no exposure in the womb; very little reaches the breast milk.",
    "neonatal_withdrawal_plan": "Not exposed before birth, so no adaptation or withdrawal is expected; the health "
    "visitor watches feeding and weight as usual.",
    "breastfeeding": "Sertraline is a preferred choice while breastfeeding; watch the baby for poor feeding.",
}
_SN_RECS = "GP review of mood at 2 and 6 weeks. Do not stop suddenly."
_SN_OVERALL = (
    "Paracetamol and lactulose are fine while breastfeeding. Sertraline started after birth carries on; the baby "
    "was not exposed before birth and breastfeeding continues, with the health visitor watching feeding."
)
SN_TEXTS = [
    (
        "sertraline-n-state",
        "Sertraline 50 mg is suitable while breastfeeding: very little is in the milk and the baby "
        "was not exposed before birth. She is better on it; the health visitor is watching the baby's feeding.",
        "states",
    ),
    (
        "sertraline-n-imperative",
        "Carry on with sertraline 50 mg and keep breastfeeding. Watch the baby for poor "
        "feeding; review her mood at 2 and 6 weeks and do not stop it suddenly.",
        "imperatives",
    ),
    (
        "sertraline-n-question",
        "Breastfeeding on sertraline? Yes, it is a preferred choice. Withdrawal in the baby? "
        "Not expected, as it was started after birth. Her mood? Reviewed by the GP at 2 and 6 weeks.",
        "questions answered",
    ),
]
for _n, _t, _w in SN_TEXTS:
    ok(_n, AM, N, on_n(SERTRALINE_N, "no", _SN_ITEMS, _SN_RECS, _t, _SN_OVERALL), f"added sertraline, {_w}")
bad(
    "sertraline-n-discussed-again",
    AM,
    N,
    on_n(
        SERTRALINE_N,
        "no",
        _SN_ITEMS,
        _SN_RECS,
        "Sertraline and breastfeeding have been discussed with her again after the baby check.",
        _SN_OVERALL,
    ),
    "near miss: an account placed in time (MA103)",
)

PARTNER_DIAZEPAM = medicine(
    "med-partner-diazepam",
    "Diazepam 5mg tablets",
    "5 mg at night",
    "2025-09-01",
    gp_prescriber(RIVERSIDE),
    taken_by="partner",
)
_PD_ITEMS = {
    "parenting_capacity": "The father takes diazepam 5 mg at night for anxiety and is groggy for some hours after it; "
    "he shares the baby's care in the day.",
    "safe_sleep": "He must not sleep in a bed, on a sofa or in an armchair with the baby after his dose, and does no "
    "night feeds then; the baby sleeps in the Moses basket beside the mother.",
    "summary": "The baby is not exposed to the father's medicine; the risk is co-sleeping with a sedated adult.",
    "breastfeeding": "Not relevant: the medicine is the father's.",
}
_PD_RECS = "Health visitor to check sleeping arrangements at each visit. His GP to tell the HV of any dose change."
_PD_OVERALL = (
    "Paracetamol and lactulose are fine while breastfeeding. The father's diazepam makes him groggy at night: he "
    "never sleeps with the baby on a bed, sofa or armchair and the mother does night feeds; the health visitor "
    "checks the Moses basket."
)
PD_TEXTS = [
    (
        "partner-diazepam-telegraphic",
        "Dad's diazepam 5 mg nocte: groggy after. Nights: mum. Baby: Moses basket by "
        "mum; never bed, sofa or armchair with dad. HV: check each visit.",
        "telegraphic",
    ),
    (
        "partner-diazepam-condition",
        "If the father has taken his diazepam, he does no night feeds and never lies down "
        "with the baby on a bed, sofa or armchair; otherwise he may help in the evening, awake and sitting up. The "
        "baby sleeps in the Moses basket.",
        "condition with default",
    ),
    (
        "partner-diazepam-recommend",
        "We advise the father against any bed or sofa sharing with the baby after his "
        "diazepam and recommend the mother does night feeds; the baby is best in the Moses basket beside her, and the "
        "health visitor checks.",
        "recommendations",
    ),
]
for _n, _t, _w in PD_TEXTS:
    ok(_n, AM, N, on_n(PARTNER_DIAZEPAM, "yes", _PD_ITEMS, _PD_RECS, _t, _PD_OVERALL), f"partner's diazepam, {_w}")
bad(
    "partner-diazepam-topics",
    AM,
    N,
    on_n(
        PARTNER_DIAZEPAM,
        "yes",
        _PD_ITEMS,
        _PD_RECS,
        "Father's diazepam: night feeds, co-sleeping, Moses basket and the health visitor.",
        _PD_OVERALL,
    ),
    "near miss: the partner's medicine and a list of topics (MA103)",
)


# ============================================================================================================
# more styles, mixed, across the examples: a second good case per style per example.

run(
    S,
    PASS,
    [
        (
            "st-sert-jittery-short",
            SERT,
            "Sertraline: she is well on it and it stays; stopping is riskier for her and the baby. The baby may be jittery "
            "or breathless for a day or two, so paeds are aware and the midwife checks it.",
            "short states",
        ),
        (
            "st-valp-urgent-overall",
            OV,
            "She is 8 weeks pregnant on valproate and is safer staying on it until neurology sees her urgently; stopping "
            "abruptly is dangerous. The baby is at high risk of malformation, so fetal medicine review is urgent; folic "
            "acid 5 mg.",
            "overall states valproate",
        ),
    ],
)
run(
    IM,
    PASS,
    [
        (
            "im-overall-p",
            OP,
            "Carry on with paracetamol as needed. Keep the father out of night feeds after his quetiapine and never let "
            "him sleep with the baby on a bed, sofa or armchair; check the crib at every health visitor visit.",
            "imperative partner overall",
        ),
        (
            "im-overall-l",
            OL,
            "Continue Priadel 800 mg at night; check levels monthly, weekly from 36 weeks and within 24 hours of birth. "
            "Get the paediatrician to see the baby after birth. Bottle feed. See her in the perinatal clinic within a "
            "week of birth.",
            "imperative lithium overall",
        ),
    ],
)
run(
    T,
    PASS,
    [
        (
            "tg-overall-c",
            OC,
            "Citalopram 20 mg: continue, pregnancy and BF. Baby: MW obs 48 h for adaptation. GP: mood r/v 6/52.",
            "telegraphic citalopram overall",
        ),
        (
            "tg-overall-v",
            OV,
            "Valproate at 8/40: continue, no abrupt stop. Referrals: neuro + fetal medicine, urgent. Baby: detailed "
            "anomaly scan. Folic acid 5 mg od.",
            "telegraphic valproate overall",
        ),
    ],
)
run(
    CO,
    PASS,
    [
        (
            "co-overall-m",
            OM,
            "Methadone and sertraline continue. If the baby's scores rise, it is treated on the neonatal unit; if not, "
            "home after 72 hours with health visitor checks to day 8. Breastfeeding encouraged; cot only after her "
            "methadone.",
            "conditions with defaults in overall",
        ),
        (
            "co-overall-f",
            OF,
            "Diazepam and pregabalin continue for now; if she is sedated, the foster carer does all the baby's care, "
            "otherwise she feeds sitting up with the carer awake. Never a shared bed, sofa or armchair. Late withdrawal "
            "possible to day 8.",
            "conditions with defaults in overall F",
        ),
    ],
)
run(
    R,
    PASS,
    [
        (
            "rc-overall-m",
            OM,
            "We recommend methadone and sertraline both continue unchanged and advise against co-sleeping after her "
            "methadone; the cot is preferred. The baby should stay at least 72 hours for withdrawal observation; "
            "breastfeeding is recommended.",
            "recommendations in overall",
        ),
        (
            "rc-overall-v",
            OV,
            "Advised to keep taking valproate until urgent neurology review; stopping abruptly is best avoided. Early "
            "fetal medicine review and a detailed anomaly scan recommended for the baby. Folic acid 5 mg advised.",
            "recommendations, valproate overall",
        ),
    ],
)
run(
    RS,
    PASS,
    [
        (
            "rk-overall-m",
            OM,
            "Methadone brings a high chance of neonatal withdrawal and sertraline a small risk of adaptation signs, so the "
            "baby stays on the ward 72 hours; co-sleeping after methadone risks sudden infant death, so cot only. Both "
            "continue; breastfeeding encouraged.",
            "risk statements overall",
        ),
        (
            "rk-overall-c",
            OC,
            "Citalopram: a small adaptation risk for the baby, against a high risk of relapse for her. It continues at "
            "20 mg through pregnancy and breastfeeding; midwife watches the baby for 48 hours.",
            "risk weighed, citalopram overall",
        ),
    ],
)
run(
    PD,
    PASS,
    [
        (
            "pd-overall-l",
            OL,
            "Lithium has kept her well for four years after a postpartum admission, so Priadel 800 mg continues, levels "
            "monthly then weekly from 36 weeks. The baby is reviewed by a paediatrician after birth; bottle feeding "
            "planned; perinatal team in week 1.",
            "past decides lithium overall",
        ),
        (
            "pd-overall-p",
            OP,
            "Paracetamol raises nothing. The father was found asleep with the baby on the sofa last week after his "
            "quetiapine, so he now does no night feeds and never sleeps near the baby; the crib stays on the mother's "
            "side and the health visitor rechecks.",
            "past decides partner overall",
        ),
    ],
)
run(
    VB,
    PASS,
    [
        (
            "vb-overall-c",
            OC,
            "Citalopram 20 mg sticks through pregnancy and breastfeeding; no tailing off. The midwife keeps watch on the "
            "baby for adaptation symptoms for 48 hours; GP mood check at 6 weeks.",
            "verbs citalopram overall",
        ),
        (
            "vb-overall-l",
            OL,
            "Lithium carries on at Priadel 800 mg; levels monthly, weekly from 36 weeks, within 24 hours after birth. "
            "The paediatrician looks the baby over after birth; formula feeds. The perinatal team catches up with her "
            "within a week.",
            "verbs lithium overall",
        ),
    ],
)


# ============================================================================================================
# stretch: the hardest good shapes (perfect tenses that carry a plan, time words inside a plan, one-word
# answers, slang for sedation), each a conclusion a clinician would sign.

run(
    S,
    PASS,
    [
        (
            "st-meth-jittery-sneezy",
            METH,
            "Methadone: no change. The baby is jittery and sneezy by day 3 in most cases like this; the ward scores it for "
            "72 hours. Cot only, never her bed. Breast milk helps.",
            "states in short sentences",
        ),
    ],
)
run(
    PP,
    PASS,
    [
        (
            "pp-meth-perfect-plan",
            METH,
            "Methadone has been kept at 60 mg throughout and has been well tolerated; the baby has been booked onto the "
            "postnatal ward for 72 hours of withdrawal scoring, and the cot has been seen beside her bed.",
            "perfect passives that carry the plan",
        ),
        (
            "pp-sert-discussed-then-decides",
            SERT,
            "Sertraline: has been discussed at length and she has been well on it for two years, so it stays at 100 mg; "
            "the baby is checked by the midwife for adaptation symptoms for 48 hours.",
            "'has been discussed' beside a decision",
        ),
    ],
)
run(
    T,
    PASS,
    [
        (
            "tg-meth-again-each-day",
            METH,
            "Methadone 60 mg again tomorrow and each day after, supervised. The baby stays on the ward 72 h for "
            "withdrawal scores. No co-sleeping after a dose; breastfeeding encouraged.",
            "'again', 'each', 'after' inside a plan",
        ),
        (
            "tg-quet-out-cold",
            QUET,
            "Father: quetiapine 300 mg nocte, out cold till morning. So: no bed or sofa with baby, ever; mum on nights; "
            "crib her side. HV each visit.",
            "slang for sedation, telegraphic",
        ),
    ],
)
run(
    Q,
    PASS,
    [
        (
            "q-meth-one-word-answers",
            METH,
            "Reduce methadone? Not in pregnancy. Withdrawal in the baby? Likely; 72 h ward scoring. Bed sharing? No, cot. "
            "Breastfeed? Yes.",
            "one-word answers",
        ),
        (
            "q-sert-two-questions",
            SERT,
            "Her sertraline? Staying. The baby? Watched 48 h for jitters and fast breathing.",
            "two short questions, each answered",
        ),
    ],
)
run(
    PD,
    PASS,
    [
        (
            "pd-sert-halved-put-back",
            SERT,
            "Sertraline was halved to 50 mg in the first trimester and her mood slipped, so it was put back to 100 mg, "
            "where it stays. The baby has a small chance of adaptation signs; the midwife watches for 48 h.",
            "a past halving decides",
        ),
        (
            "pd-lith-levels-were",
            LITH,
            "Lithium levels were 0.6 to 0.8 all pregnancy, so no change: 800 mg at night. The baby is at risk of "
            "floppiness and thyroid upset, hence paediatric review after birth. No breastfeeding.",
            "past levels decide",
        ),
    ],
)
run(
    VB,
    PASS,
    [
        (
            "vb-quet-after-last-feed",
            QUET,
            "The father's quetiapine is best taken after the last evening feed he does; after that he hands the baby to "
            "the mother and sleeps apart from the baby, never on a sofa with it.",
            "timing verbs for the partner",
        ),
    ],
)


# ============================================================================================================
# disguise: the good texts above in disguise (the gate must judge them as the plain text), and hollow near
# misses in disguise.

D = "disguise"
_GOOD_PLAIN = {
    "st-meth": (
        METH,
        "She is heavily sedated after each methadone dose, so the baby sleeps only in the cot beside "
        "her bed; the baby is likely to withdraw and is scored on the ward for 72 hours. Breastfeeding is "
        "fine.",
    ),
    "q-sert": (
        SERT,
        "Keep sertraline? Yes, 100 mg: relapse off it is likely. Baby? The midwife watches for "
        "jitteriness and fast breathing for 48 hours after delivery.",
    ),
    "tg-lith": (
        LITH,
        "Lithium 800 mg nocte: continue. Levels monthly, weekly from 36/40. Baby: paeds review at "
        "birth. Feeding: bottle.",
    ),
    "im-quet": (
        QUET,
        "Keep the father off night feeds after his quetiapine and keep the baby in its crib, never "
        "on a bed or sofa with him; health visitor to check every visit.",
    ),
    "co-dzpg": (
        DZPG,
        "Diazepam and pregabalin carry on; if she is drowsy the foster carer does the feeds, "
        "otherwise she feeds sitting up. Never a shared bed or sofa. Watch for withdrawal to day 8.",
    ),
    "rc-valp": (
        VALP,
        "Strongly advise against stopping valproate before the urgent neurology review. Early fetal "
        "medicine review and a detailed scan recommended for the baby.",
    ),
}
_DISGUISES: dict[str, Callable[[str], str]] = {
    "homoglyph": lambda t: homoglyphs(t, "aeopcx"),
    "zwsp": lambda t: inside_words(t, "\u200b", every=3),
    "soft-hyphen": lambda t: inside_words(t, SOFT_HYPHEN, every=4),
    "full-width": full_width,
    "combining": combining,
    "nbsp": lambda t: swap_spaces(t, "\u00a0"),
}
for (_k, (_aid, _t)), (_dk, _fn) in zip(_GOOD_PLAIN.items(), _DISGUISES.items(), strict=True):
    run(D, PASS, [(f"dg-{_k}-{_dk}", _aid, _fn(_t), f"a good conclusion in disguise ({_dk})")])
# the same good texts under a second disguise each
for (_k, (_aid, _t)), (_dk, _fn) in zip(
    _GOOD_PLAIN.items(), list(_DISGUISES.items())[3:] + list(_DISGUISES.items())[:3], strict=True
):
    run(D, PASS, [(f"dg2-{_k}-{_dk}", _aid, _fn(_t), f"a good conclusion in a second disguise ({_dk})")])

_HOLLOW_PLAIN = {
    "meth-discussed": (
        METH,
        "Methadone, the baby's withdrawal, breastfeeding and co-sleeping have been discussed again with her.",
    ),
    "sert-unanswered": (SERT, "Continue sertraline? Breastfeeding? What about the baby's adaptation?"),
    "quet-condition": (
        QUET,
        "If the father's quetiapine causes problems with the baby's sleep, the team will act accordingly.",
    ),
    "lith-topics": (LITH, "Lithium: levels, baby, paediatrics, feeding, relapse."),
}
for (_k, (_aid, _t)), (_dk, _fn) in zip(_HOLLOW_PLAIN.items(), list(_DISGUISES.items())[:4], strict=True):
    run(D, REFUSE, [(f"dg-hollow-{_k}-{_dk}", _aid, _fn(_t), f"near miss in disguise ({_dk}): hollow as plain")])


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F21CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F21CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F21CASES):3}"
    )
