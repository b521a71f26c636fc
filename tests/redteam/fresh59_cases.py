"""A fifty-ninth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt, twentieth round.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. It aims at the readings added last: MA129 (a conclusion on the partner's
medicines must speak of the partner), MA119 (a marked question's medicines carry into the answer after it), MA127
(a denial about another named medicine is no contradiction; breastfeeding items against conclusions) and MA124
("sleep" alone is no word about the baby). About 85% are good records that must pass; the rest are hollow near
misses. It covers:

* ``partner-voice``: the father's quetiapine concluded in many voices (his name only, his surname, "Dad", "the
  baby's father", "her partner", "her husband", "both parents", terse "F:" shorthand), beside conclusions that
  give his medicine to the mother or name nobody;
* ``partner-female``: a female partner (her wife, the baby's other mother) written about in "she" and "her",
  beside a conclusion that names no one;
* ``question-answer``: questions answered in many ways ("Continue? Yes - ...", "Stop it? No, ..."), beside
  questions left open or answered by a deferral;
* ``sedation-compare``: two medicines' sedation compared (one sedates, the other does not), time-limited and
  conditional denials, beside a plain denial under a sedation "yes" and plain drowsiness under a "no";
* ``feeding-agree``: breastfeeding items and conclusions agreeing in different words (bottle feeding encouraged,
  no reason to avoid breastfeeding), beside a conclusion that encourages what the item advises against;
* ``baby-sleep``: the baby's sleep as "sleeps in the cot", "safe sleep", "the little one", beside conclusions
  whose only word near the baby is how the adult sleeps;
* ``disguise``: about a fifth of the batch, good and hollow texts above in look-alike letters, zero-width and
  format characters, soft hyphens, bidi controls, full-width and combining marks.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh59_cases`` for the
counts per category.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from tests.redteam.cases import PASS, REFUSE, Case, Expect, F, L, M, Mutation, P, V, chain, set_
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F59CASES: list[Case] = []

CATEGORIES = (
    "partner-voice",
    "partner-female",
    "question-answer",
    "sedation-compare",
    "feeding-agree",
    "baby-sleep",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F59CASES.append(Case(f"f59-{name}", category, expect, base, mutate, why))


_WHERE = {
    "meth": (M, "assessments#asm-methadone.conclusion"),
    "sert": (M, "assessments#asm-sertraline.conclusion"),
    "lith": (L, "assessments#asm-lithium.conclusion"),
    "valp": (V, "assessments#asm-valproate.conclusion"),
    "fost": (F, "assessments#asm-diazepam-pregabalin.conclusion"),
    "quet": (P, "assessments#asm-partner-quetiapine.conclusion"),
    "ovM": (M, "overall_conclusion.text"),
    "ovL": (L, "overall_conclusion.text"),
    "ovV": (V, "overall_conclusion.text"),
    "ovF": (F, "overall_conclusion.text"),
    "ovP": (P, "overall_conclusion.text"),
}


def put(key: str, text: str) -> tuple[str, Mutation]:
    base, path = _WHERE[key]
    return base, set_(path, text)


def many(category: str, expect: Expect, rows: list[tuple[str, str, str, str]]) -> None:
    """rows of (name, key, text, why)."""
    for name, key, text, why in rows:
        base, mut = put(key, text)
        add(name, category, expect, base, mut, why)


# ============================================================================================================
# partner-voice: the father's quetiapine (relationship "The baby's father").

PARTNER_OK = [
    (
        "voice-first-name-only",
        "quet",
        "Daniel's quetiapine 300 mg at night leaves Daniel very hard to wake, so Daniel does no night feeds and never "
        "lies down with the baby on a bed, sofa or armchair; the mother does the nights with the baby in the crib, "
        "and the health visitor checks this each visit.",
        "the partner named by his first name only, never a pronoun",
    ),
    (
        "voice-surname-only",
        "quet",
        "Mr Whitfield-Example's night-time quetiapine sedates heavily: no night feeds by Mr Whitfield-Example after "
        "the dose and no bed or sofa sharing with the baby; night care stays with the mother, crib beside her bed, "
        "checked by the health visitor.",
        "the partner named by his surname, which the mother's name does not share",
    ),
    (
        "voice-dad",
        "quet",
        "Quetiapine, taken by Dad at night, makes deep sedation likely: Dad does no night feeds and does not nap "
        "with the baby on the sofa or in bed; Mum does the nights with the baby in the crib, and the health "
        "visitor checks the sleeping place each visit.",
        "the partner as Dad, the mother as Mum",
    ),
    (
        "voice-babys-father",
        "quet",
        "The baby's father is heavily sedated for hours after his quetiapine: the baby is never left asleep beside "
        "him on a bed or sofa, and the mother does all night feeds; the health visitor looks at the crib at every "
        "visit for the first 8 weeks.",
        "the partner as the baby's father",
    ),
    (
        "voice-her-partner",
        "quet",
        "Her partner's quetiapine makes him difficult to rouse at night, so the baby sleeps in the next-to-me crib "
        "on the mother's side and never in bed or on a sofa with him; the mother does the feeds overnight and the "
        "health visitor rechecks at each visit.",
        "the partner as her partner, with his pronouns",
    ),
    (
        "voice-her-partner-no-pronoun",
        "quet",
        "Quetiapine 300 mg at night: her partner is too drowsy afterwards to do night feeds or to share a bed or "
        "sofa with the baby safely. The mother does nights; the baby sleeps in the crib, checked by the health "
        "visitor at each visit.",
        "'her partner' with no pronoun of his; 'her' is the mother's",
    ),
    (
        "voice-both-parents",
        "quet",
        "Quetiapine sedates heavily at night. Both parents have agreed that the mother does every night feed, that "
        "the baby sleeps only in the crib, and that nobody dozes with the baby on a sofa after the evening dose; "
        "the health visitor checks each visit.",
        "the partner as one of both parents",
    ),
    (
        "voice-terse-f",
        "quet",
        "Quetiapine (father) 300 mg nocte, heavy sedation. F: no co-sleeping after dose, no night feeds. M does "
        "nights, baby in own crib. HV to check sleeping arrangements each visit to 8 wks.",
        "terse shorthand: F for the father once he is named, M for the mother",
    ),
    (
        "voice-dad-first-person",
        "quet",
        "I advised Daniel that his quetiapine makes him too drowsy to wake for the baby: he must not do night feeds "
        "or fall asleep holding the baby, and the baby stays in the crib overnight with the mother feeding; I will "
        "recheck this at every visit.",
        "a health visitor's first-person account that decides",
    ),
    (
        "voice-he-only",
        "quet",
        "His quetiapine continues at 300 mg; because he is hard to wake after it, he never shares a bed, sofa or "
        "armchair with the baby and does no night feeds. The mother covers the nights with the baby in the crib, "
        "and the health visitor keeps checking.",
        "only his pronouns, where the relationship names a man",
    ),
    (
        "voice-husband-relationship",
        "quet",
        "Her husband's quetiapine leaves him hard to wake overnight: the baby never sleeps beside him on a bed or "
        "sofa, he does no night feeds after the dose, and the health visitor checks the crib at each visit.",
        "'her husband' (the relationship says father; husband is the partner's word too)",
    ),
]
many("partner-voice", PASS, PARTNER_OK)

add(
    "voice-boyfriend-not-father",
    "partner-voice",
    PASS,
    P,
    chain(
        set_("partner.relationship", "The mother's boyfriend, not the baby's father; lives with the mother and baby"),
        set_(
            "assessments#asm-partner-quetiapine.conclusion",
            "Her boyfriend's quetiapine leaves him too sedated at night to care for the baby: he does no night "
            "feeds and never shares a bed or sofa with the baby; the mother does the nights with the baby in the "
            "crib, and the health visitor checks each visit.",
        ),
    ),
    "a boyfriend who is not the baby's father, written about as him",
)

PARTNER_BAD = [
    (
        "voice-given-to-mother",
        "quet",
        "Quetiapine continues at 300 mg at night; she must not co-sleep after her dose and she should not do the "
        "night feeds, with the health visitor checking the crib each visit.",
        "the father's quetiapine given to the mother: she, her dose (MA129)",
    ),
    (
        "voice-nobody",
        "quet",
        "Quetiapine 300 mg at night causes heavy sedation: no co-sleeping after the dose, no night feeds after the "
        "dose, and the health visitor checks the crib at each visit.",
        "nobody named as taking it or as the one who must not co-sleep (MA129)",
    ),
]
many("partner-voice", REFUSE, PARTNER_BAD)


# ============================================================================================================
# partner-female: her wife, the baby's other mother.


def _female_partner(conclusion_text: str, given: str = "Danielle") -> Mutation:
    return chain(
        set_("partner.name.given", [given]),
        set_("partner.relationship", "Her wife and the baby's other mother; lives with the mother and baby"),
        set_(
            "assessments#asm-partner-quetiapine.impact_on_mother.parenting_capacity",
            "Her wife takes quetiapine 300 mg at night for bipolar disorder and is very hard to wake for several "
            "hours after her dose. She is well and shares the baby's care in the daytime.",
        ),
        set_(
            "assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep",
            "She must never sleep in a bed, sofa or armchair with the baby, and should not do night feeds after her "
            "dose. Both parents advised together; the birth mother does the night feeds and the baby sleeps in a "
            "next-to-me crib on her side of the bed.",
        ),
        set_(
            "assessments#asm-partner-quetiapine.impact_on_baby.summary",
            "No direct effect on the baby, who is not exposed to the partner's medicine. The risk is sudden infant "
            "death from co-sleeping with a heavily sedated adult.",
        ),
        set_(
            "assessments#asm-partner-quetiapine.impact_on_baby.breastfeeding",
            "Not relevant: the medicine is the partner's, who does not breastfeed.",
        ),
        set_(
            "assessments#asm-partner-quetiapine.recommendations",
            "Health visitor to check the sleeping arrangements at each visit in the first 8 weeks. If the partner's "
            "dose or timing changes, her GP to tell the health visitor. Review if the birth mother becomes unwell.",
        ),
        set_(
            "overall_conclusion.text",
            "The mother's own medicines (paracetamol) raise no concern. Her wife's quetiapine causes heavy "
            "sedation at night: no co-sleeping with her on a bed, sofa or armchair, and no night feeds by her after "
            "her dose. Sleeping arrangements seen and safe; the health visitor will keep checking them.",
        ),
        set_("assessments#asm-partner-quetiapine.conclusion", conclusion_text),
    )


FEMALE_OK = [
    (
        "female-she-her",
        "Quetiapine 300 mg leaves her very hard to wake at night, so she does no night feeds after her dose and "
        "never sleeps with the baby on a bed or sofa; the birth mother does the nights with the crib beside her, and "
        "the health visitor checks each visit.",
        "a female partner in she and her, as the relationship allows",
    ),
    (
        "female-by-name",
        "Danielle's night-time quetiapine makes her too sedated to wake for the baby: Danielle does no night feeds "
        "and the baby never shares a bed or sofa with her; Chloe feeds overnight with the baby in the crib, checked "
        "by the health visitor.",
        "a female partner by her first name",
    ),
    (
        "female-other-mother",
        "The baby's other mother takes quetiapine at night and is hard to rouse afterwards: no night feeds or bed "
        "or sofa sharing by her after the dose; the birth mother does nights and the health visitor keeps checking "
        "the crib.",
        "a female partner as the baby's other mother",
    ),
    (
        "female-wife",
        "Her wife's quetiapine sedates her heavily for hours after the dose, so the baby sleeps only in the crib "
        "and the night feeds are the birth mother's; the health visitor checks the arrangement at each visit until "
        "8 weeks.",
        "a female partner as her wife",
    ),
    (
        "female-short-name",
        "Dani's quetiapine means she sleeps too deeply to wake for the baby: she does no night feeds and does not "
        "doze with the baby on the sofa or in bed; the birth mother covers nights, crib checked by the health "
        "visitor each visit.",
        "a female partner by a short form of her name, with her pronouns",
    ),
]
for _name, _text, _why in FEMALE_OK:
    add(_name, "partner-female", PASS, P, _female_partner(_text), _why)
add(
    "female-nobody",
    "partner-female",
    REFUSE,
    P,
    _female_partner(
        "Quetiapine at night causes deep sedation: no co-sleeping after the dose and no night feeds after the dose; "
        "the health visitor checks the crib at each visit."
    ),
    "no one named as taking it (MA129), female partner",
)


# ============================================================================================================
# question-answer

QA_OK = [
    (
        "qa-continue-yes-dash",
        "meth",
        "Continue methadone? Yes - 60 mg daily through pregnancy. After birth the baby is observed for withdrawal "
        "on the ward for at least 72 hours, breastfeeding is supported, and because she is drowsy after doses the "
        "baby never shares her bed or sofa.",
        "'Continue methadone? Yes - ...' answered",
    ),
    (
        "qa-stop-it-no",
        "sert",
        "Sertraline - stop it? No, the risk of her depression returning is greater than the small risks to the "
        "baby; the maternity team watches the baby for adaptation symptoms in the first days, and breastfeeding "
        "carries on.",
        "'Stop it? No, ...' after the medicine is named",
    ),
    (
        "qa-should-stop-no-colon",
        "lith",
        "Should lithium stop for the pregnancy? No: relapse after birth is the greater danger. Levels monthly, "
        "weekly from 36 weeks and within a day of birth; paediatric review of the baby after delivery; she bottle "
        "feeds rather than breastfeeds.",
        "'Should lithium stop? No: ...'",
    ),
    (
        "qa-stop-today-not-abruptly",
        "valp",
        "Stop valproate today? Not abruptly, as seizures would endanger her and the pregnancy: it continues until "
        "the urgent neurology review; fetal medicine sees her early because the baby was exposed in the first "
        "trimester, and folic acid 5 mg began today.",
        "a question answered 'not abruptly' with the plan",
    ),
    (
        "qa-change-now-not-yet",
        "fost",
        "Diazepam and pregabalin: change now? Not yet. Both continue, with a slow diazepam taper to be agreed at "
        "the 6-week review; she does not co-sleep or feed the baby lying down, the foster carer does nights, and "
        "late withdrawal is watched for to day 8.",
        "'change now? Not yet.' with the plan after it",
    ),
    (
        "qa-quet-change-no",
        "quet",
        "Does the father's quetiapine need to change? No - he stays on 300 mg at night, but he does no night feeds "
        "and never sleeps with the baby on a bed or sofa; the mother does nights and the health visitor checks the "
        "crib each visit.",
        "a question naming his quetiapine, answered 'No - he stays on'",
    ),
    (
        "qa-overall-two-questions",
        "ovM",
        "Continue methadone? Yes, 60 mg. Continue sertraline? Yes, 100 mg. The baby is observed for withdrawal and "
        "adaptation on the postnatal ward for 72 hours, breastfeeding is supported, and no co-sleeping because "
        "methadone sedates her; the health visitor and social worker see the cot before discharge.",
        "two questions, each answered yes, then the shared plan",
    ),
    (
        "qa-is-it-safe-yes",
        "sert",
        "Is sertraline safe to keep taking? Yes, on balance: the baby may be jittery or feed poorly for a few days, "
        "which the midwife watches for, and breastfeeding is fine; stopping would risk relapse.",
        "'Is sertraline safe to keep taking? Yes, on balance: ...'",
    ),
    (
        "qa-answer-next-sentence",
        "lith",
        "Lithium in pregnancy - continue or stop? Continue. The baby has a paediatric review after birth, her "
        "levels are checked monthly, weekly from 36 weeks and within 24 hours of delivery, and she will bottle "
        "feed.",
        "'continue or stop? Continue.' the answer a sentence of its own",
    ),
    (
        "qa-overall-valproate-why",
        "ovV",
        "Why not stop valproate now? Because stopping suddenly risks status epilepticus, which would endanger her "
        "and the baby. Valproate continues until urgent neurology review; fetal medicine and a detailed anomaly "
        "scan for the baby; folic acid 5 mg from today.",
        "a 'why not' question answered with 'Because ...'",
    ),
    (
        "qa-overall-foster-who",
        "ovF",
        "Diazepam and pregabalin continue for now. Who does the night feeds? The foster carer, while the mother is "
        "drowsy; the baby sleeps in a cot in the carer's room, no one shares a bed or sofa with the baby, and late "
        "withdrawal is watched for until day 8.",
        "a question about who, answered by the carer",
    ),
    (
        "qa-overall-partner",
        "ovP",
        "Paracetamol for the mother: no concern. The father's quetiapine - safe for him to do nights? No: he is too "
        "sedated after his dose, so the mother does the night feeds, the baby sleeps in its crib and never with "
        "him on a bed or sofa; the health visitor keeps checking.",
        "a question about his quetiapine answered 'No:' in the overall conclusion",
    ),
]
many("question-answer", PASS, QA_OK)

QA_BAD = [
    (
        "qa-unanswered",
        "meth",
        "Continue methadone at 60 mg? Observe the baby for withdrawal? Breastfeed? Co-sleeping? To be discussed "
        "at the next appointment.",
        "only questions, then a deferral (MA103/MA119)",
    ),
    (
        "qa-answer-defers",
        "lith",
        "Should lithium continue through pregnancy and what does that mean for the baby? For the perinatal team "
        "to answer at their review.",
        "a question answered by handing it to a team",
    ),
]
many("question-answer", REFUSE, QA_BAD)


# ============================================================================================================
# sedation-compare (MA127)

SED_OK = [
    (
        "sed-meth-whereas-sertraline",
        "meth",
        "Methadone continues at 60 mg. It makes her drowsy for two to four hours after each dose, whereas her "
        "sertraline does not, so the baby sleeps in the cot for every sleep and never on her bed or sofa; the ward "
        "observes the baby for withdrawal for 72 hours and breastfeeding is encouraged.",
        "sedation yes: a denial about sertraline, a clause naming another medicine",
    ),
    (
        "sed-sert-drowsy-from-methadone",
        "sert",
        "Sertraline continues at 100 mg and does not make her drowsy; the drowsiness after her methadone is what "
        "rules out co-sleeping. The midwife watches the baby for adaptation symptoms over the first days.",
        "sedation no: the drowsiness named is methadone's, another medicine",
    ),
    (
        "sed-sert-unlike-methadone",
        "sert",
        "Unlike methadone, which leaves her sleepy after each dose, sertraline has no sedating effect; it continues "
        "at 100 mg for her mood, and the maternity team watches the baby for adaptation symptoms after birth.",
        "sedation no: 'unlike methadone, which leaves her sleepy' is methadone's",
    ),
    (
        "sed-quet-mother-paracetamol-not",
        "quet",
        "The mother's paracetamol does not make her drowsy, so she does the night feeds; the father's quetiapine "
        "leaves him hard to wake, so he never shares a bed or sofa with the baby and does no night feeds. The "
        "health visitor checks the crib at each visit.",
        "sedation yes: a denial about the mother's paracetamol, not his quetiapine",
    ),
    (
        "sed-fost-alert-afternoons",
        "fost",
        "Diazepam and pregabalin continue for now. She is alert by mid-afternoon but heavily drowsy for two hours "
        "after each dose and at night, so the foster carer does the night feeds, the baby sleeps in the carer's "
        "room and no one co-sleeps; late withdrawal watched for to day 8.",
        "sedation yes: a denial limited to the afternoon",
    ),
    (
        "sed-lith-if-sleepy",
        "lith",
        "Lithium continues and is not sedating at her level; if a sleeping tablet is added after birth and makes "
        "her drowsy, the baby sleeps in the cot and not in her bed. Levels monthly, weekly from 36 weeks and within "
        "24 hours of birth; paediatric review of the baby; no breastfeeding.",
        "sedation no: drowsiness only in a condition about another medicine",
    ),
    (
        "sed-valp-baby-drowsy",
        "valp",
        "Valproate does not sedate her and continues until the urgent neurology review; the baby, exposed in the "
        "first trimester, needs early fetal medicine review and an anomaly scan, and may be drowsy or feed slowly "
        "after birth. Folic acid 5 mg began today.",
        "sedation no: the drowsiness is the baby's",
    ),
    (
        "sed-ovm-compare",
        "ovM",
        "Methadone and sertraline continue unchanged. Methadone sedates her after each dose and sertraline does "
        "not, so the no co-sleeping advice rests on methadone; the ward observes the baby for withdrawal for 72 "
        "hours, breastfeeding is supported, and the cot is seen before discharge.",
        "the overall conclusion compares the two medicines' sedation",
    ),
    (
        "sed-quet-not-drowsy-morning",
        "quet",
        "The father is not drowsy in the mornings, so he does the early feeds from 7 am, but his quetiapine makes "
        "him hard to wake overnight: no night feeds after the dose and no bed or sofa sharing with the baby; the "
        "health visitor checks the crib.",
        "sedation yes: a denial limited to the morning",
    ),
]
many("sedation-compare", PASS, SED_OK)

SED_BAD = [
    (
        "sed-quet-plain-denial",
        "quet",
        "The father's quetiapine does not sedate him at all, so he can share the night feeds and the baby can "
        "sleep beside him; the health visitor will visit as usual.",
        "sedation yes beside a plain denial of his sedation (MA127)",
    ),
    (
        "sed-lith-plain-drowsy",
        "lith",
        "Lithium continues, though it leaves her very drowsy and hard to wake each night; levels monthly, weekly "
        "from 36 weeks and within 24 hours of birth, paediatric review of the baby, and no breastfeeding.",
        "sedation no beside plain drowsiness on lithium (MA127)",
    ),
]
many("sedation-compare", REFUSE, SED_BAD)


# ============================================================================================================
# feeding-agree (MA127, breastfeeding)

FEED_OK = [
    (
        "feed-lith-bottle-encouraged",
        "lith",
        "Lithium continues because relapse after birth is the greater risk. Bottle feeding is encouraged, as "
        "lithium passes into breast milk; levels monthly, weekly from 36 weeks and within 24 hours of birth, and "
        "the baby has a paediatric review after delivery.",
        "breastfeeding not advised, and the conclusion encourages bottle feeding",
    ),
    (
        "feed-lith-formula-supported",
        "lith",
        "Lithium carries on with levels monthly, weekly from 36 weeks and the day after birth. The midwife supports "
        "formula feeding rather than breast milk, and the paediatrician reviews the baby for floppiness or poor "
        "feeding after delivery.",
        "formula feeding supported against breastfeeding not advised",
    ),
    (
        "feed-lith-avoid-breastfeeding",
        "lith",
        "Lithium continues: paediatric review of the baby after birth and her level within 24 hours; she should "
        "avoid breastfeeding because the baby would take in lithium, and she is happy to bottle feed.",
        "the conclusion advises against breastfeeding too, in other words",
    ),
    (
        "feed-lith-if-chooses",
        "lith",
        "Lithium continues with the agreed level checks. Breastfeeding is not recommended; if she chooses to "
        "breastfeed against advice, the paediatrician checks the baby's lithium level and thyroid, and the midwife "
        "watches for poor feeding.",
        "a choice against advice, with a plan, is no encouragement",
    ),
    (
        "feed-meth-no-reason-to-avoid",
        "meth",
        "Methadone 60 mg continues. There is no reason to avoid breastfeeding on this stable dose; the baby is "
        "observed for withdrawal for 72 hours after birth, and she never feeds the baby lying in bed after a dose "
        "because it sedates her.",
        "breastfeeding compatible, and the conclusion agrees in a double negative",
    ),
    (
        "feed-meth-not-lying-down",
        "meth",
        "Methadone continues at 60 mg: the ward observes the baby for withdrawal for at least 72 hours and the "
        "health visitor until day 8. She breastfeeds, but should not feed lying down after a dose, as she is drowsy; "
        "the cot is checked at the home visit.",
        "breastfeeding goes ahead; 'should not feed lying down' is about position",
    ),
    (
        "feed-sert-keep-breastfeeding",
        "sert",
        "Sertraline continues at 100 mg because her depression would likely return without it; she should not stop "
        "breastfeeding on its account, and the midwife watches the baby for jitteriness or poor feeding in the "
        "first days.",
        "compatible item, and the conclusion says not to stop breastfeeding",
    ),
    (
        "feed-fost-formula-carer",
        "fost",
        "Diazepam and pregabalin continue for now. The baby is formula fed by the foster carer, who also does the "
        "night feeds while the mother is drowsy; nobody shares a bed or sofa with the baby, and late withdrawal "
        "is watched for until day 8.",
        "bottle fed by choice, formula feeds by the carer",
    ),
    (
        "feed-ovl-bottle",
        "ovL",
        "Continue lithium (Priadel) 800 mg at night, levels monthly, weekly from 36 weeks and within 24 hours of "
        "birth. The baby is reviewed by a paediatrician after birth and will be bottle fed because lithium enters "
        "breast milk; the perinatal team sees her within a week.",
        "the overall conclusion agrees with the item in other words",
    ),
]
many("feeding-agree", PASS, FEED_OK)

FEED_BAD = [
    (
        "feed-lith-encouraged",
        "lith",
        "Lithium continues with levels monthly, weekly from 36 weeks and within 24 hours of birth; the baby has a "
        "paediatric review, and breastfeeding is encouraged from the first day.",
        "breastfeeding not advised in the item, encouraged in the conclusion (MA127)",
    ),
]
many("feeding-agree", REFUSE, FEED_BAD)


# ============================================================================================================
# baby-sleep (MA124)

SLEEP_OK = [
    (
        "sleep-meth-cot",
        "meth",
        "Methadone continues at 60 mg. After each dose she is drowsy, so it sleeps in the cot in the parents' room "
        "and never in her bed or on the sofa; NAS observation on the ward for 72 hours and breastfeeding supported.",
        "the baby's sleep as 'sleeps in the cot', with NAS observation",
    ),
    (
        "sleep-quet-little-one",
        "quet",
        "Quetiapine makes the father hard to wake at night, so he does no night feeds and never dozes with the "
        "little one on a bed or sofa; safe sleep in the crib by the mother's side, seen by the health visitor "
        "each visit.",
        "the baby as 'the little one', with safe sleep in the crib",
    ),
    (
        "sleep-fost-safe-sleep",
        "fost",
        "Diazepam and pregabalin continue for now. Safe sleep: the infant sleeps in a cot in the foster carer's "
        "room, nobody sleeps with the infant on a bed, sofa or armchair, and the carer does the night feeds; late "
        "withdrawal is watched for until day 8.",
        "'safe sleep' and the infant in the cot",
    ),
    (
        "sleep-ovp-crib",
        "ovP",
        "Paracetamol for the mother: no concern. Quetiapine sedates the father at night, so he does no night feeds "
        "and never sleeps beside the baby on a bed or sofa; the baby sleeps in its own crib, and the health visitor "
        "keeps checking the sleeping place.",
        "the baby's sleeping place, and 'sleeps beside the baby'",
    ),
    (
        "sleep-quet-newborn-sleeps",
        "quet",
        "The father sleeps very deeply after his quetiapine, so the newborn sleeps in the crib on the mother's side "
        "and never with him; he does no night feeds and the health visitor checks each visit.",
        "'sleeps deeply' is the father's, 'the newborn sleeps in the crib' the baby's",
    ),
]
many("baby-sleep", PASS, SLEEP_OK)

SLEEP_BAD = [
    (
        "sleep-sert-mother-only",
        "sert",
        "Sertraline continues at 100 mg: she sleeps better on it, her mood is steady, and the GP reviews her every "
        "month.",
        "only how the mother sleeps; nothing for the baby (MA124)",
    ),
    (
        "sleep-quet-father-only",
        "quet",
        "The father's quetiapine continues at 300 mg at night; he sleeps soundly until morning and his GP reviews "
        "him in three months.",
        "only how the father sleeps; nothing for the baby (MA124)",
    ),
]
many("baby-sleep", REFUSE, SLEEP_BAD)


# ============================================================================================================
# disguise


def combining(text: str, mark: str = "\u0301") -> str:
    """A combining mark after every vowel, then NFC-composed where a precomposed letter exists."""
    return unicodedata.normalize("NFC", "".join(ch + mark if ch in "aeiou" else ch for ch in text))


_DISGUISES = {
    "cyr": lambda t: homoglyphs(t, "aceopxyHS"),
    "greek": lambda t: homoglyphs(t, "aiopv", variant=1),
    "zwsp": lambda t: inside_words(t, "\u200b", every=2),
    "shy": lambda t: inside_words(t, "\u00ad", every=3),
    "bidi": lambda t: inside_words(t, "\u202e", every=4),
    "wj": lambda t: inside_words(t, "\u2060"),
    "fullwidth": full_width,
    "combining": combining,
}


def _row(rows: list[tuple[str, str, str, str]], name: str) -> tuple[str, str]:
    for n, key, text, _why in rows:
        if n == name:
            return key, text
    raise KeyError(name)


_DIS = [
    # (disguise, source rows, row name, expect)
    ("cyr", PARTNER_OK, "voice-first-name-only", PASS),
    ("greek", PARTNER_OK, "voice-dad", PASS),
    ("zwsp", PARTNER_OK, "voice-terse-f", PASS),
    ("shy", PARTNER_OK, "voice-her-partner-no-pronoun", PASS),
    ("bidi", QA_OK, "qa-stop-it-no", PASS),
    ("wj", QA_OK, "qa-quet-change-no", PASS),
    ("fullwidth", SED_OK, "sed-sert-unlike-methadone", PASS),
    ("combining", SED_OK, "sed-quet-mother-paracetamol-not", PASS),
    ("cyr", FEED_OK, "feed-lith-bottle-encouraged", PASS),
    ("greek", FEED_OK, "feed-meth-no-reason-to-avoid", PASS),
    ("zwsp", SLEEP_OK, "sleep-quet-little-one", PASS),
    ("shy", SLEEP_OK, "sleep-meth-cot", PASS),
    ("bidi", QA_OK, "qa-continue-yes-dash", PASS),
    ("cyr", PARTNER_BAD, "voice-given-to-mother", REFUSE),
    ("greek", PARTNER_BAD, "voice-nobody", REFUSE),
    ("zwsp", SED_BAD, "sed-quet-plain-denial", REFUSE),
    ("wj", FEED_BAD, "feed-lith-encouraged", REFUSE),
    ("fullwidth", SLEEP_BAD, "sleep-quet-father-only", REFUSE),
    ("combining", QA_BAD, "qa-unanswered", REFUSE),
]
for _d, _rows, _src, _expect in _DIS:
    _key, _text = _row(_rows, _src)
    _base, _mut = put(_key, _DISGUISES[_d](_text))
    _what = "a good text" if _expect == PASS else "a hollow text"
    add(f"dis-{_d}-{_src}", "disguise", _expect, _base, _mut, f"{_what} ({_src}) in disguise ({_d})")

add(
    "dis-cyr-female-she-her",
    "disguise",
    PASS,
    P,
    _female_partner(homoglyphs(FEMALE_OK[0][1], "aceop")),
    "a female partner in she and her, in Cyrillic look-alikes",
)
add(
    "dis-shy-voice-he-only",
    "disguise",
    PASS,
    P,
    set_("assessments#asm-partner-quetiapine.conclusion", inside_words(_row(PARTNER_OK, "voice-he-only")[1], "\u00ad")),
    "only his pronouns, soft hyphens inside every word",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F59CASES)
    for cat in CATEGORIES:
        print(f"{cat:20} refuse={counts[(cat, REFUSE)]:3} pass={counts[(cat, PASS)]:3}")
    print(
        f"{'total':20} refuse={sum(c.expect == REFUSE for c in F59CASES):3} "
        f"pass={sum(c.expect == PASS for c in F59CASES):3}"
    )
