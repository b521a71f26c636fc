"""A hundred-and-forty-fifth independent "fresh" batch of red-team cases for the share gate: a false-pass hunt
for hollow conclusions that look substantive.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. Most of it is conclusions that carry clinical vocabulary but decide nothing for this mother and baby
(must refuse), each paired with a near miss in the same register and of the same length in which the substance is
present: a named professional, an act, a time, and the class's concerns answered (must pass):

* ``topics``: lists of topics with no act ("withdrawal, feeding, safe sleep, relapse covered");
* ``anybaby``: statements true of any baby ("all babies need a safe place to sleep");
* ``guidance``: guidance quoted with no plan ("NICE recommends ...");
* ``questions``: questions left without answers;
* ``conditions``: plans made conditional on an event with no plan of their own ("if concerns arise, ...");
* ``vague``: every act given to "the team", "services", "relevant professionals";
* ``times``: plans whose only times are "in due course", "as needed", "when appropriate";
* ``history``: a long history with the present plan one hollow line;
* ``copied``: a conclusion copied for another medicine, naming another class's concerns;
* ``checklist``: every box ticked and nothing said;
* ``padding``: the medicine's name and dose repeated to length;
* ``passive``: passive voice with no one acting ("the baby will be monitored", "support will be offered");
* ``past``: plans stated in the past as if done, for a baby not yet born;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (no coded medicine is added).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh145_cases`` for the counts per category.
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
    chain,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F145CASES: list[Case] = []

CATEGORIES = (
    "topics",
    "anybaby",
    "guidance",
    "questions",
    "conditions",
    "vague",
    "times",
    "history",
    "copied",
    "checklist",
    "padding",
    "passive",
    "past",
    "disguise",
)

TP, AB, GD, QS, CD, VG, TM, HS, CP, CK, PD, PS, PT, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F145CASES.append(Case(f"f145-{name}", category, expect, base, mutate, why))


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


def zwj(text: str) -> str:
    return inside_words(text, "\u200d", every=2)


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


def ok(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, PASS, where, text, why, disguise)


def bad(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, REFUSE, where, text, why, disguise)


# Complete bodies written afresh for this batch; the near misses are built on them.
METH = (
    "Methadone 60 mg once daily continues unchanged through pregnancy, because a reduction now risks relapse to "
    "street use. After birth the ward midwives score the baby for withdrawal every 4 hours for at least 72 hours, "
    "and the health visitor looks for late signs at home up to day 8. Breastfeeding is encouraged on this stable "
    "dose. Jodie is drowsy for a few hours after each dose, so the baby never shares her bed or sofa; the health "
    "visitor sees the cot at the first home visit."
)
SERT = (
    "Sertraline 100 mg daily continues, since stopping it would risk a relapse of her depression. The midwife "
    "watches the baby for 48 hours after birth for jitteriness, poor feeding and fast breathing; breastfeeding on "
    "sertraline is supported; the GP reviews her mood at the 6-week check."
)
MO = (
    "Methadone 60 mg and sertraline 100 mg both continue at their present doses. The ward midwives score the baby "
    "for withdrawal and adaptation for 72 hours after birth, then the health visitor checks to day 8. Breastfeeding "
    "is encouraged. Methadone makes her drowsy after each dose, so no bed or sofa sharing; the social worker and "
    "health visitor see the cot before discharge."
)
CIT = (
    "Citalopram 20 mg daily continues, because her last attempt to stop led to relapse within six weeks. The "
    "midwife watches the baby for 48 hours after birth for jitteriness, poor feeding and fast breathing, and calls "
    "the paediatrician if the signs persist; breastfeeding is supported; the GP reviews her mood at 6 weeks."
)
CO = (
    "Citalopram 20 mg continues through pregnancy and breastfeeding. The midwife watches the baby for adaptation "
    "signs for the first 48 hours after birth; the GP reviews Megan's mood at the 6-week check. Amended on "
    "2026-02-12 to add the health visitor as a recipient."
)
LITH = (
    "Lithium (Priadel) 800 mg at night continues, as the risk of a postpartum relapse is high. The perinatal "
    "psychiatrist arranges levels monthly, weekly from 36 weeks and within 24 hours of birth. The paediatrician "
    "reviews the baby after birth for floppiness, poor feeding and thyroid problems. Lithium passes into breast "
    "milk, so she will bottle feed, as she plans."
)
LO = (
    "Lithium (Priadel) 800 mg at night continues with levels monthly, weekly from 36 weeks and within 24 hours of "
    "birth, taken by the perinatal team. The paediatrician reviews the baby after birth; bottle feeding as planned, "
    "as lithium passes into breast milk. The perinatal mental health team sees Rebecca within a week of birth "
    "because of the high relapse risk."
)
VALP = (
    "Sodium valproate 500 mg twice daily continues unchanged until the neurologist sees her, as stopping suddenly "
    "risks seizures. The baby has been exposed in the first trimester: the GP sent urgent referrals today to "
    "neurology and to fetal medicine for an early scan and the detailed anomaly scan at 20 weeks. Folic acid 5 mg "
    "daily started today. Breastfeeding on valproate is usually possible and the midwife will support it."
)
VO = (
    "Unplanned pregnancy at 8 weeks on sodium valproate. Valproate continues unchanged until the urgent neurology "
    "review; it must not be stopped abruptly. The GP has referred Hannah urgently to neurology and to fetal "
    "medicine for early assessment of the baby and the anomaly scan; folic acid 5 mg started today. Annual risk "
    "acknowledgement form status recorded."
)
DZP = (
    "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day continue for now; the GP starts a supervised "
    "diazepam reduction at the 6-week review and neither is stopped abruptly. Together they sedate Kayleigh, so she "
    "never sleeps with the baby on a bed, sofa or armchair and never feeds lying down; the foster carer does every "
    "night feed. The foster carer and health visitor watch for late withdrawal signs up to day 8."
)
FO = (
    "Diazepam and pregabalin continue for now, with a supervised diazepam reduction by the GP from the 6-week "
    "review. Both sedate Kayleigh: no bed, sofa or armchair sharing, no feeding lying down, and the foster carer "
    "does the night feeds. The health visitor and foster carer watch for late withdrawal signs until day 8; the "
    "social worker holds this plan under the interim care order."
)
QUET = (
    "Daniel's quetiapine 300 mg at night leaves him very hard to wake for several hours. He does no night feeds "
    "and never sleeps with the baby on a bed, sofa or armchair; Chloe does the night feeds and the baby sleeps in "
    "the next-to-me crib on her side. The health visitor checks this at each visit to 8 weeks."
)
PO = (
    "Chloe's paracetamol raises no concern for the baby. Daniel's quetiapine sedates him heavily at night: he does "
    "no night feeds and never shares a bed, sofa or armchair with the baby, who sleeps in the crib beside Chloe. "
    "The health visitor has seen the crib and checks it again at the 6-week visit."
)

# ---------------------------------------------------------------------------------------------------- topics
bad(
    "tp-meth-covered-list",
    TP,
    "meth",
    "Methadone 60 mg: neonatal withdrawal, NAS scoring, breastfeeding, safe sleep, sedation, co-sleeping and relapse "
    "risk all covered with Jodie at today's appointment, and she was receptive throughout.",
    "a list of topics with 'covered', no act or time for the baby",
    cyr,
)
bad(
    "tp-mo-areas-addressed",
    TP,
    "mo",
    "Methadone and sertraline. Areas addressed: neonatal abstinence, adaptation syndrome, infant feeding, breast "
    "milk transfer, safe sleeping, sedation, co-sleeping, relapse prevention, safeguarding, discharge planning.",
    "every topic under 'areas addressed', nothing decided",
)
bad(
    "tp-lith-themes",
    TP,
    "lith",
    "Lithium (Priadel) 800 mg. Themes explored: lithium levels, toxicity in the newborn, thyroid function, "
    "breast milk, postpartum relapse, psychosis, sleep, fluid balance in labour and the paediatric review.",
    "themes explored, no level timed, no review held by anyone",
    zwsp,
)
bad(
    "tp-dzp-topics-went-through",
    TP,
    "dzp",
    "Diazepam and pregabalin: we went through sedation, safe sleep, bed and sofa sharing, night feeds, late "
    "withdrawal to day 8, the reduction of diazepam and relapse of her anxiety, point by point, with Kayleigh and "
    "the foster carer.",
    "topics gone through point by point, no rule set",
)
bad(
    "tp-valp-considerations",
    TP,
    "valp",
    "Sodium valproate 500 mg bd in an unplanned pregnancy. Considerations: teratogenicity, neural tube defects, "
    "neurodevelopment, folic acid, fetal medicine, anomaly scanning, seizure control, abrupt withdrawal and "
    "pregnancy prevention.",
    "a list of considerations for valproate, no referral or scan planned",
)
bad(
    "tp-quet-relevant-issues",
    TP,
    "quet",
    "Daniel's quetiapine 300 mg nocte: relevant issues are sedation, night-time care of the baby, co-sleeping, "
    "sofa sleeping, overlaying and relapse of his bipolar disorder.",
    "relevant issues named for the father's medicine, no one keeps the baby safe",
    greek,
)
ok(
    "tp-meth-list-with-acts",
    TP,
    "meth",
    "Methadone 60 mg once daily continues. Withdrawal: the ward midwives score the baby every 4 hours for 72 hours, "
    "then the health visitor to day 8. Feeding: breastfeeding encouraged. Sleep: Jodie is drowsy after each dose, "
    "so no bed or sofa sharing; health visitor sees the cot at the first visit. Relapse: the dose is not reduced.",
    "the same topics, each with its act, holder and time",
    cyr,
)
ok(
    "tp-lith-themes-decided",
    TP,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. Levels: monthly, weekly from 36 weeks and within 24 hours of "
    "birth, by the perinatal psychiatrist. Baby: paediatric review after birth for floppiness and thyroid problems. "
    "Feeding: bottle, as lithium passes into breast milk. Relapse: perinatal team sees her within a week of birth.",
    "themes each with a decision",
)
ok(
    "tp-dzp-points-with-rules",
    TP,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue; taper of diazepam by the GP from the 6-week review, never "
    "abrupt. Sedation: Kayleigh never sleeps with the baby on a bed, sofa or armchair and never feeds lying down. "
    "Nights: the foster carer does every feed. Withdrawal: carer and health visitor watch for tremor and poor "
    "feeding up to day 8.",
    "points gone through, each with its rule",
)

# ---------------------------------------------------------------------------------------------------- anybaby
bad(
    "ab-meth-all-babies",
    AB,
    "meth",
    "Methadone 60 mg daily. All babies need a safe place to sleep, all babies benefit from breast milk, and all "
    "newborns are checked by a midwife after birth, as for any baby.",
    "statements true of any baby, nothing for this one",
    shy,
)
bad(
    "ab-quet-every-parent",
    AB,
    "quet",
    "Daniel's quetiapine 300 mg at night. Every parent should put their baby on its back in its own cot, and "
    "no parent should sleep on a sofa with any baby, as for any baby in any home.",
    "rules for every family, nothing of this father's nights",
)
bad(
    "ab-sert-newborns-generally",
    AB,
    "sert",
    "Sertraline 100 mg. Newborns generally feed every two to three hours and may be a little unsettled in the "
    "first days, and babies usually regain their birth weight by two weeks.",
    "what newborns generally do, no watch for this baby",
)
bad(
    "ab-fo-standard-care",
    AB,
    "fo",
    "Diazepam and pregabalin. As with any baby in any placement, standard newborn care applies: safe sleep, "
    "regular feeds and routine checks as for any baby.",
    "standard care as for any baby, nothing of this mother's sedation",
    zwsp,
)
bad(
    "ab-lo-any-pregnancy",
    AB,
    "lo",
    "Lithium (Priadel) 800 mg. In any pregnancy the baby has routine checks after birth, feeding is supported for "
    "every mother and all women are offered postnatal mental health screening.",
    "what happens in any pregnancy, no levels or review for this one",
)
ok(
    "ab-meth-any-baby-then-this",
    AB,
    "meth",
    "Every baby needs a safe place to sleep, and this baby more so: methadone 60 mg daily continues and makes Jodie "
    "drowsy, so no bed or sofa sharing, and the health visitor checks the cot at the first visit. The ward midwives "
    "score the baby for withdrawal for 72 hours, the health visitor to day 8; breastfeeding is encouraged; the dose "
    "is not cut, to avoid relapse.",
    "a general rule turned to this baby, with the plan",
    shy,
)
ok(
    "ab-quet-every-parent-and-daniel",
    AB,
    "quet",
    "Every parent should keep the baby in its own cot, and for Daniel this is strict: his quetiapine 300 mg at night "
    "makes him very hard to wake, so he does no night feeds and never sleeps with the baby on a bed, sofa or "
    "armchair. Chloe does the nights; the health visitor checks the crib at each visit to 8 weeks.",
    "a general rule applied to this father",
)

# ---------------------------------------------------------------------------------------------------- guidance
bad(
    "gd-meth-nice-recommends",
    GD,
    "meth",
    "NICE recommends that babies exposed to opioids in utero are observed for signs of neonatal abstinence, that "
    "breastfeeding is supported where the mother is stable, and that parents who take sedating medicines avoid "
    "sharing a bed with their baby. Methadone 60 mg daily.",
    "guidance reported, no plan for this baby",
    greek,
)
bad(
    "gd-valp-mhra-states",
    GD,
    "valp",
    "The MHRA states that valproate must not be used in pregnancy unless no other treatment is suitable, and the "
    "leaflet warns that about 1 in 10 exposed babies have a malformation. Sodium valproate 500 mg twice daily.",
    "the regulator's words, no referral or scan",
)
bad(
    "gd-lith-guideline-advises",
    GD,
    "lith",
    "The local guideline advises that women on lithium have levels checked more often in late pregnancy and that "
    "babies are reviewed by a paediatrician. The BUMPS leaflet says lithium is not usually advised in breastfeeding.",
    "guideline and leaflet reported, nothing for Rebecca",
)
bad(
    "gd-dzp-lullaby-trust",
    GD,
    "dzp",
    "Diazepam and pregabalin. The Lullaby Trust advises that parents who have taken drugs which make them drowsy "
    "should never sleep with their baby, and the guideline says that babies exposed to benzodiazepines may withdraw.",
    "safe-sleep charity and guideline quoted, no rule for Kayleigh",
    fw,
)
bad(
    "gd-cit-sps-says",
    GD,
    "cit",
    "Citalopram 20 mg. The Specialist Pharmacy Service says SSRIs can be used in breastfeeding, and NICE notes "
    "that newborns exposed late in pregnancy may show adaptation symptoms.",
    "pharmacy service and NICE reported, no watch held",
)
ok(
    "gd-meth-nice-applied",
    GD,
    "meth",
    "In line with NICE, the ward midwives observe the baby for withdrawal for at least 72 hours after birth and the "
    "health visitor checks for late signs to day 8. Methadone 60 mg daily continues. Breastfeeding is encouraged. "
    "As the Lullaby Trust advises, Jodie will not share a bed or sofa with the baby after her dose; the health "
    "visitor sees the cot at the first visit.",
    "guidance applied to this baby",
    greek,
)
ok(
    "gd-valp-mhra-applied",
    GD,
    "valp",
    "As the MHRA requires, sodium valproate 500 mg twice daily is not stopped abruptly: it continues until the "
    "neurologist sees her within two weeks. The baby was exposed in the first trimester, so the GP referred her "
    "today to fetal medicine for an early scan and the 20-week anomaly scan. Folic acid 5 mg started today; the "
    "midwife will support breastfeeding.",
    "regulator's rule applied, with referral and scan",
)
ok(
    "gd-lith-guideline-followed",
    GD,
    "lith",
    "Following the local guideline, the perinatal psychiatrist takes lithium levels monthly, weekly from 36 weeks "
    "and within 24 hours of birth; Priadel 800 mg at night continues because relapse risk is high. The "
    "paediatrician reviews the baby after birth. She will bottle feed, as lithium passes into breast milk.",
    "guideline followed with its acts",
)

# ---------------------------------------------------------------------------------------------------- questions
bad(
    "qs-meth-open-questions",
    QS,
    "meth",
    "Methadone 60 mg daily. How long should the baby be scored for withdrawal? Is breastfeeding appropriate? Where "
    "will the baby sleep, given her drowsiness after each dose? Should the dose be reduced before the birth?",
    "four questions, none answered",
    cyr,
)
bad(
    "qs-lith-levels-unanswered",
    QS,
    "lith",
    "Lithium (Priadel) 800 mg at night. Should levels be taken weekly from 36 weeks? Does the baby need a "
    "paediatric review? Is bottle feeding advisable? What is the risk of relapse after birth?",
    "the lithium questions asked, none answered",
)
bad(
    "qs-quet-who-does-nights",
    QS,
    "quet",
    "Daniel's quetiapine 300 mg leaves him hard to wake. Who does the night feeds? Is the crib beside the bed? "
    "Could he fall asleep on the sofa with the baby? These need thinking about.",
    "questions about the nights with no answer",
)
bad(
    "qs-dzp-reduction-question",
    QS,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd. Is Kayleigh safe to do night feeds? Should she sleep near the "
    "baby? Will late withdrawal appear by day 8? When should the diazepam reduction begin?",
    "questions of the whole plan, unanswered",
    zwj,
)
ok(
    "qs-meth-questions-answered",
    QS,
    "meth",
    "Methadone 60 mg daily continues. How long is the baby scored? For 72 hours on the ward by the midwives, then the "
    "health visitor to day 8. Is breastfeeding appropriate? Yes, it is encouraged. Where does the baby sleep? In "
    "its own cot; no bed or sofa sharing after her dose, seen by the health visitor. Is the dose cut? No, relapse "
    "risk.",
    "the same questions, each answered",
    cyr,
)
ok(
    "qs-quet-nights-answered",
    QS,
    "quet",
    "Daniel's quetiapine 300 mg leaves him hard to wake. Who does the night feeds? Chloe, every night. Where does "
    "the baby sleep? In the crib beside Chloe. Can he doze on the sofa with the baby? Never, nor in a bed or "
    "armchair. The health visitor checks this at every visit.",
    "questions with answers after each",
)

# ---------------------------------------------------------------------------------------------------- conditions
bad(
    "cd-meth-if-concerns-arise",
    CD,
    "meth",
    "Methadone 60 mg daily continues. If concerns arise about the baby after birth, the team will respond "
    "accordingly; should feeding or sleep become an issue, appropriate advice will be given.",
    "plans only under an event, with no plan for it",
    zwsp,
)
bad(
    "cd-fo-if-needed",
    CD,
    "fo",
    "Diazepam and pregabalin continue. Should withdrawal signs appear, action will be taken as required; if the "
    "placement raises sleep concerns, these will be addressed at that point.",
    "conditions with only 'action will be taken'",
)
bad(
    "cd-lith-should-problems",
    CD,
    "lith",
    "Lithium (Priadel) 800 mg. Should problems with levels or the baby occur, the relevant people will be informed "
    "and appropriate steps taken; if relapse occurs, the usual pathway applies.",
    "problems, people and steps all unnamed",
)
bad(
    "cd-quet-in-event",
    CD,
    "quet",
    "Daniel's quetiapine 300 mg. In the event of any difficulty with the night-time routine, the family will seek "
    "help, and support will be arranged if required.",
    "an event with the household and 'support' as the plan",
)
bad(
    "cd-valp-if-scan",
    CD,
    "valp",
    "Sodium valproate 500 mg bd. If the scan shows anything, the appropriate team will be involved; if seizures "
    "recur, management will be reviewed.",
    "no scan booked, only what happens if it shows anything",
    bidi,
)
ok(
    "cd-meth-if-scores-rise",
    CD,
    "meth",
    "Methadone 60 mg daily continues, as cutting it risks relapse. The ward midwives score the baby every 4 hours "
    "for 72 hours; if two scores reach 8, they call the neonatal registrar, who starts treatment on SCBU. The health "
    "visitor looks for late signs to day 8. Breastfeeding is encouraged. No bed or sofa sharing after her dose; "
    "the health visitor sees the cot.",
    "a condition with its act and the plan around it",
    zwsp,
)
ok(
    "cd-fo-if-signs-carer",
    CD,
    "fo",
    "Diazepam and pregabalin continue; the GP reduces the diazepam from the 6-week review. Both sedate Kayleigh: no "
    "bed, sofa or armchair sharing, and the foster carer does the night feeds. If the baby is jittery or feeds "
    "poorly before day 8, the foster carer phones the health visitor the same day, who arranges a paediatric review.",
    "a condition whose act is named, held and timed",
)

# ---------------------------------------------------------------------------------------------------- vague
bad(
    "vg-meth-the-team",
    VG,
    "meth",
    "Methadone 60 mg daily continues. The team will look after the baby's withdrawal, services will support "
    "feeding, and relevant professionals will advise on sleep and sedation.",
    "every act given to 'the team', 'services', 'relevant professionals'",
    greek,
)
bad(
    "vg-mo-multi-agency",
    VG,
    "mo",
    "Methadone and sertraline continue. The multi-agency team will provide appropriate support around withdrawal, "
    "feeding and safe sleep, and all relevant agencies will be kept informed.",
    "an unnamed multi-agency team giving 'appropriate support'",
)
bad(
    "vg-lith-services-involved",
    VG,
    "lith",
    "Lithium (Priadel) continues. Services are involved and will manage levels, the baby's review and feeding "
    "between them; professionals are aware of the relapse risk.",
    "services manage it between them",
)
bad(
    "vg-quet-professionals",
    VG,
    "quet",
    "Daniel's quetiapine. Relevant professionals will ensure the baby sleeps safely and that night care is "
    "appropriate; everyone involved is aware of his sedation.",
    "relevant professionals ensure, everyone is aware",
)
bad(
    "vg-valp-teams",
    VG,
    "valp",
    "Sodium valproate continues. The teams concerned will look at the pregnancy, the baby's exposure and her "
    "seizure control, and will liaise as necessary.",
    "teams concerned liaise as necessary",
    shy,
)
ok(
    "vg-meth-named-roles",
    VG,
    "meth",
    "Methadone 60 mg daily continues. The ward midwives score the baby's withdrawal for 72 hours, the infant feeding "
    "midwife supports breastfeeding from day 1, and the health visitor checks the cot on day 10, as Jodie is "
    "drowsy after each dose and must not share a bed or sofa with the baby. The keyworker keeps the dose steady to "
    "avoid relapse.",
    "every act given to a named role",
    greek,
)
ok(
    "vg-lith-named-team",
    VG,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. The perinatal mental health team takes levels monthly, weekly "
    "from 36 weeks and within 24 hours of birth, and sees her within a week of birth for relapse. The "
    "paediatrician reviews the baby after birth for floppiness. She bottle feeds, as lithium enters breast milk.",
    "a named team with its acts and times",
)

# ---------------------------------------------------------------------------------------------------- times
bad(
    "tm-meth-in-due-course",
    TM,
    "meth",
    "Methadone 60 mg daily. The midwife will observe the baby in due course, feeding advice will be given as "
    "needed, and the health visitor will check sleeping arrangements when appropriate.",
    "named roles whose only times are 'in due course', 'as needed', 'when appropriate'",
    fw,
)
bad(
    "tm-lith-levels-as-needed",
    TM,
    "lith",
    "Lithium (Priadel) 800 mg. Levels as needed; paediatric review of the baby as appropriate; feeding to be "
    "decided nearer the time; perinatal team input at some point.",
    "every time vague or deferred",
)
bad(
    "tm-fo-in-time",
    TM,
    "fo",
    "Diazepam and pregabalin. In time the dose will come down, at some stage Kayleigh may do night feeds, and the "
    "baby will be looked at whenever it seems right.",
    "vague times, and the baby looked at whenever",
)
bad(
    "tm-quet-periodically",
    TM,
    "quet",
    "Daniel's quetiapine 300 mg. Sleeping arrangements to be kept under review periodically, and to be revisited "
    "from time to time as circumstances change.",
    "kept under review periodically, nothing decided",
)
ok(
    "tm-meth-real-times",
    TM,
    "meth",
    "Methadone 60 mg daily continues, as a cut risks relapse. The midwife scores the baby for withdrawal every 4 "
    "hours for 72 hours after birth; feeding advice at the first feed, breastfeeding encouraged; the health "
    "visitor checks the cot on day 10, since Jodie is drowsy after each dose and must not bed-share.",
    "the same roles with real times",
    fw,
)
ok(
    "tm-quet-each-visit",
    TM,
    "quet",
    "Daniel's quetiapine 300 mg at night makes him very hard to wake. He does no night feeds and never sleeps with "
    "the baby on a bed, sofa or armchair; Chloe does the nights and the baby sleeps in the crib beside her. The "
    "health visitor reviews this at the 10-day, 6-week and 8-week visits.",
    "reviews at named visits",
)

# ---------------------------------------------------------------------------------------------------- history
bad(
    "hs-meth-long-history",
    HS,
    "meth",
    "Jodie started methadone in 2021 after several years of heroin use and was moved to supervised consumption in "
    "2024 after a lapse; she has been stable on 60 mg for three months with no on-top use, engages with her "
    "keyworker fortnightly, and her partner is supportive. Plan: ongoing support as before.",
    "a long history, the plan one hollow line",
    cyr,
)
bad(
    "hs-lith-history-then-continue",
    HS,
    "lith",
    "Rebecca was diagnosed with bipolar disorder at 22 after a manic episode, had a depressive relapse in 2019 when "
    "lithium was stopped, and has been well for four years on Priadel 800 mg with levels in range. She is keen to "
    "stay well. Going forward: keep under review.",
    "a history with 'keep under review' as the plan",
)
bad(
    "hs-dzp-history-then-monitor",
    HS,
    "dzp",
    "Kayleigh has taken diazepam since 2020 for anxiety and pregabalin since 2022 after a back injury, with doses "
    "rising over the pregnancy; she was on the ward with prompting and has been in the placement since day 4. "
    "Conclusion: to continue to monitor.",
    "a history closed by 'to continue to monitor'",
)
bad(
    "hs-quet-history-noted",
    HS,
    "quet",
    "Daniel has had bipolar disorder since his twenties, was admitted in 2018, and has been well on quetiapine "
    "300 mg at night for six years under his community team; he works days and shares care of the baby. "
    "Outcome: noted.",
    "his history, outcome 'noted'",
    zwj,
)
bad(
    "hs-valp-history-then-plan-as-discussed",
    HS,
    "valp",
    "Hannah has had juvenile myoclonic epilepsy since 14, failed on levetiracetam and lamotrigine, and has been "
    "seizure-free for two years on sodium valproate 500 mg bd; the pregnancy was unplanned and found at 8 weeks. "
    "Plan as discussed.",
    "a history with 'plan as discussed'",
)
ok(
    "hs-meth-history-then-plan",
    HS,
    "meth",
    "Jodie started methadone in 2021 and has been stable on 60 mg with supervised consumption for three months. "
    "Plan: methadone continues at 60 mg, no reduction, to avoid relapse; the ward midwives score the baby for "
    "withdrawal for 72 hours and the health visitor to day 8; breastfeeding encouraged; no bed or sofa sharing "
    "after her dose, cot seen by the health visitor.",
    "the same history with a full plan",
    cyr,
)
ok(
    "hs-quet-history-then-rules",
    HS,
    "quet",
    "Daniel has been well on quetiapine 300 mg at night for six years and keeps taking it, as stopping risks "
    "relapse. Plan: he does no night feeds and never sleeps with the baby on a bed, sofa or armchair; Chloe does the "
    "nights and the baby sleeps in the crib by her bed; the health visitor checks at every visit to 8 weeks.",
    "a history with his rules",
)

# ---------------------------------------------------------------------------------------------------- copied
bad(
    "cp-lith-opioid-copy",
    CP,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. The baby will be scored for neonatal abstinence for 72 hours on "
    "the postnatal ward and the health visitor will look for late withdrawal to day 8; breastfeeding is encouraged.",
    "an opioid conclusion copied onto lithium: no levels, breastfeeding against the bottle-fed record",
    greek,
)
bad(
    "cp-quet-valproate-copy",
    CP,
    "quet",
    "Daniel's quetiapine 300 mg at night continues. Pregnancy prevention has been discussed, folic acid 5 mg is "
    "advised and the anomaly scan at 20 weeks will look for neural tube defects.",
    "a teratogen's conclusion on the father's sedating medicine",
)
bad(
    "cp-valp-opioid-copy",
    CP,
    "valp",
    "Sodium valproate 500 mg bd continues. Sedation after each dose means no co-sleeping; the ward midwives will "
    "score the baby for withdrawal for 72 hours after birth.",
    "opioid concerns copied onto valproate, no fetal medicine or scan",
)
bad(
    "cp-cit-lithium-copy",
    CP,
    "cit",
    "Citalopram 20 mg continues. Levels will be taken monthly, weekly from 36 weeks and within 24 hours of birth, "
    "and fluid balance in labour watched to avoid toxicity.",
    "lithium's levels plan copied onto citalopram",
)
bad(
    "cp-dzp-ssri-copy",
    CP,
    "dzp",
    "Diazepam and pregabalin should continue: the risk of relapse outweighs the small risk of persistent pulmonary "
    "hypertension of the newborn, and breastfeeding is compatible.",
    "an SSRI conclusion on sedating drugs, no sleep rule, breastfeeding against the bottle-fed record",
    bidi,
)
ok(
    "cp-lith-own-concerns",
    CP,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. The perinatal psychiatrist takes levels monthly, weekly from 36 "
    "weeks and within 24 hours of birth; the paediatrician reviews the baby after birth for floppiness and thyroid "
    "problems; she bottle feeds, as lithium passes into breast milk; the perinatal team sees her within a week.",
    "lithium's own concerns answered",
    greek,
)
ok(
    "cp-valp-own-concerns",
    CP,
    "valp",
    "Sodium valproate 500 mg bd continues until neurology review within two weeks, not stopped abruptly because of "
    "seizure risk. First-trimester exposure: the GP referred her today to fetal medicine for an early scan and the "
    "20-week anomaly scan of the baby. Folic acid 5 mg daily started today; breastfeeding usually possible, with "
    "the midwife's support.",
    "valproate's own concerns answered",
)

# ---------------------------------------------------------------------------------------------------- checklist
bad(
    "ck-meth-ticked",
    CK,
    "meth",
    "Methadone 60 mg. NAS risk: yes. Observation plan: yes. Breastfeeding: yes. Safe sleep: yes. Sedation: yes. "
    "Relapse: yes. Safeguarding: yes. All checked.",
    "every box ticked with a bare yes",
    fw,
)
bad(
    "ck-fo-done-list",
    CK,
    "fo",
    "Diazepam and pregabalin. Sedation assessed - done. Safe sleep - done. Night feeds - done. Withdrawal watch - "
    "done. Taper - done. Social worker informed - done.",
    "a checklist of 'done', nothing said",
)
bad(
    "ck-lith-complete",
    CK,
    "lith",
    "Lithium (Priadel). Levels: completed. Paediatric review: completed. Feeding: completed. Relapse plan: "
    "completed. Thyroid: completed. All sections complete.",
    "'completed' for each item of the baby's future care",
)
bad(
    "ck-quet-checks",
    CK,
    "quet",
    "Daniel's quetiapine. Sedation checked. Night feeds checked. Sofa checked. Crib checked. Bed checked. Visits "
    "checked. Nothing further.",
    "checks listed, no rule for the nights",
    zwsp,
)
bad(
    "ck-valp-boxes",
    CK,
    "valp",
    "Sodium valproate. [x] Teratogenicity [x] Folic acid [x] Fetal medicine [x] Neurology [x] Do not stop [x] Risk "
    "form.",
    "ticked boxes of topics",
)
ok(
    "ck-meth-filled",
    CK,
    "meth",
    "Methadone 60 mg daily: continues, no cut (relapse). NAS risk: likely. Observation: ward midwives score every 4 "
    "hours for 72 hours; health visitor to day 8. Breastfeeding: encouraged. Safe sleep: drowsy after each dose, "
    "no bed or sofa sharing; health visitor sees the cot at the first visit.",
    "the checklist with each box filled",
    fw,
)
ok(
    "ck-fo-filled",
    CK,
    "fo",
    "Diazepam and pregabalin: continue; GP tapers diazepam from the 6-week review. Sedation: marked, so no bed, sofa "
    "or armchair sharing and no feeding lying down. Night feeds: foster carer, every night. Withdrawal watch: foster "
    "carer and health visitor to day 8. Social worker: holds this plan.",
    "a checklist with its contents",
)

# ---------------------------------------------------------------------------------------------------- padding
bad(
    "pd-meth-name-dose",
    PD,
    "meth",
    "Methadone 60 mg once daily. Methadone 1mg/ml oral solution 60 mg (60 ml) once daily, supervised consumption. "
    "Methadone 60 mg daily, supervised. Methadone continues at 60 mg once daily.",
    "the medicine's name and dose repeated",
    zwj,
)
bad(
    "pd-lith-name-dose",
    PD,
    "lith",
    "Lithium carbonate 400mg modified-release tablets (Priadel), 800 mg at night; brand prescribing (Priadel). "
    "Lithium 800 mg nocte. Priadel 800 mg at night. Lithium carbonate continues.",
    "the lithium line repeated",
)
bad(
    "pd-dzp-name-dose",
    PD,
    "dzp",
    "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day. Diazepam 5mg tds. Pregabalin 150mg bd. "
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue. Both continue.",
    "both lines repeated",
)
bad(
    "pd-quet-name-dose",
    PD,
    "quet",
    "Daniel takes quetiapine 300 mg at night. Quetiapine 100mg tablets, 300 mg (three tablets) at night. He takes "
    "quetiapine 300 mg nocte. Quetiapine 300 mg at night continues.",
    "what he takes, said four times",
)
ok(
    "pd-meth-dose-with-plan",
    PD,
    "meth",
    "Methadone 60 mg once daily, supervised, continues at 60 mg through pregnancy, since a reduction risks relapse. "
    "The ward midwives score the baby for withdrawal for 72 hours; the health visitor looks for late signs to "
    "day 8. Breastfeeding is encouraged. Jodie is drowsy after each 60 mg dose: no bed or sofa sharing, cot seen by "
    "the health visitor.",
    "the dose repeated, with the plan beside it",
    zwj,
)

# ---------------------------------------------------------------------------------------------------- passive
bad(
    "ps-meth-will-be",
    PS,
    "meth",
    "Methadone 60 mg daily. The baby will be monitored, feeding will be supported, sleeping arrangements will be "
    "checked and support will be offered to the family.",
    "every act passive, no one acting, no time",
    cyr,
)
bad(
    "ps-fo-is-to-be",
    PS,
    "fo",
    "Diazepam and pregabalin. The baby is to be observed, night care is to be arranged, and the reduction is to be "
    "considered; advice is to be reinforced.",
    "'is to be' with no one and no time",
)
bad(
    "ps-lith-will-be-done",
    PS,
    "lith",
    "Lithium (Priadel) 800 mg. Levels will be done, the baby will be reviewed, feeding will be discussed, and mental "
    "state will be watched.",
    "passive acts, no one, no time",
)
bad(
    "ps-quet-advice-offered",
    PS,
    "quet",
    "Daniel's quetiapine. Advice will be offered about sleep, the baby will be kept safe at night, and visits will be "
    "arranged.",
    "passive promises for the nights",
    greek,
)
bad(
    "ps-sert-monitored",
    PS,
    "sert",
    "Sertraline 100 mg. The baby will be monitored after delivery and mood will be monitored postnatally; feeding "
    "will be supported.",
    "monitored with no one, time or threshold",
)
ok(
    "ps-meth-passive-with-holders",
    PS,
    "meth",
    "Methadone 60 mg daily continues unchanged, to prevent relapse. The baby will be scored by the ward midwives "
    "every 4 hours for 72 hours, then checked by the health visitor to day 8; breastfeeding will be supported by "
    "the infant feeding midwife; the cot will be seen by the health visitor at the first visit, as Jodie must not "
    "bed-share after her dose.",
    "passive acts with agents and times",
    cyr,
)
ok(
    "ps-sert-monitored-by",
    PS,
    "sert",
    "Sertraline 100 mg daily continues to prevent relapse. The baby will be monitored by the midwife for 48 hours "
    "after delivery for jitteriness and poor feeding; breastfeeding is compatible and supported; her mood will be "
    "reviewed by the GP at 6 weeks.",
    "passive monitoring with who and how long",
)
ok(
    "ps-lith-levels-by",
    PS,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. Levels will be taken by the perinatal team monthly, weekly from "
    "36 weeks and within 24 hours of birth; the baby will be reviewed by the paediatrician after birth; she will "
    "bottle feed, as lithium is in breast milk; relapse watched by the perinatal team weekly after birth.",
    "passive with agents and times",
)

# ---------------------------------------------------------------------------------------------------- past
bad(
    "pt-meth-baby-was-observed",
    PT,
    "meth",
    "Methadone 60 mg daily continues. The baby was observed on the postnatal ward for 72 hours after birth and went "
    "home on day 4; breastfeeding was established and the health visitor saw the cot on day 10.",
    "the unborn baby's care told as done",
    shy,
)
bad(
    "pt-lith-level-taken",
    PT,
    "lith",
    "Lithium (Priadel) 800 mg continues. The level taken 12 hours after delivery was in range, the paediatrician "
    "reviewed the baby on day 1, and bottle feeding went well.",
    "after-birth results for a baby not yet born",
)
bad(
    "pt-cit-baby-watched",
    PT,
    "cit",
    "Citalopram 20 mg continues. The midwife watched the baby for 48 hours after birth and saw no adaptation signs; "
    "the baby fed well after the birth and breastfeeding was established.",
    "a watch told as done at 32 weeks",
)
bad(
    "pt-mo-discharged",
    PT,
    "mo",
    "Methadone and sertraline continue. The baby was discharged on day 5 after 72 hours of scoring, and the social "
    "worker and health visitor saw the sleeping arrangements before discharge.",
    "discharge told as done for an unborn baby",
)
ok(
    "pt-meth-will-be",
    PT,
    "meth",
    "Methadone 60 mg daily continues. After birth the baby will be observed on the postnatal ward for 72 hours by "
    "the midwives and will go home no earlier than day 4; breastfeeding will be supported; the health visitor will "
    "see the cot on day 10, as Jodie must not bed-share after her drowsy hours; no dose cut, to avoid relapse.",
    "the same care written as a plan",
    shy,
)
ok(
    "pt-cit-will-watch",
    PT,
    "cit",
    "Citalopram 20 mg continues. The midwife will watch the baby for 48 hours after birth for jitteriness, poor "
    "feeding and fast breathing, and will call the paediatrician if signs persist; breastfeeding will be supported; "
    "the GP will review Megan's mood at 6 weeks, given her past relapse.",
    "a watch written as a plan",
)

# ---------------------------------------------------------------------------------------------------- complete
# The complete bodies above, each a must-pass near miss of its category, and hollow overall conclusions.
ok("tp-mo-complete", TP, "mo", MO, "the joint overall conclusion, complete")
ok("ab-sert-complete", AB, "sert", SERT, "sertraline's conclusion about this baby")
ok("gd-cit-complete", GD, "cit", CIT, "citalopram's plan without quoting guidance")
ok("qs-co-complete", QS, "co", CO, "the overall conclusion stated, not asked")
ok("cd-lo-complete", CD, "lo", LO, "lithium's overall plan with no conditions")
ok("vg-valp-complete", VG, "valp", VALP, "valproate's referrals held by the GP")
ok("tm-vo-complete", TM, "vo", VO, "urgent referrals made today")
ok("hs-dzp-complete", HS, "dzp", DZP, "the foster placement plan, no history")
ok("cp-fo-complete", CP, "fo", FO, "the sedating medicines' own concerns")
ok("ck-quet-complete", CK, "quet", QUET, "the father's nights in prose")
ok("pd-po-complete", PD, "po", PO, "the overall conclusion without padding")
ok("ps-lith-complete", PS, "lith", LITH, "active voice with holders and times")
ok("pt-meth-complete", PT, "meth", METH, "the baby's care as a plan")
ok(
    "tm-po-real-times",
    TM,
    "po",
    "Chloe's paracetamol raises no concern. Daniel's quetiapine sedates him at night, so he does no night feeds and "
    "never shares a bed, sofa or armchair with the baby; the health visitor checks the crib beside Chloe's bed at "
    "the 10-day and 6-week visits.",
    "the father's nights with visit times",
)
ok(
    "ps-fo-passive-held",
    PS,
    "fo",
    "Diazepam and pregabalin continue, with the GP reducing diazepam from the 6-week review. Because both sedate "
    "Kayleigh, the baby will be kept off any bed, sofa or armchair she sleeps on, the night feeds will be done by "
    "the foster carer, and late withdrawal to day 8 will be watched for by the carer and the health visitor.",
    "passive acts, each with its holder",
)
bad(
    "tp-co-points-covered",
    TP,
    "co",
    "Citalopram 20 mg: relapse, adaptation, infant feeding and mood reviewed with Megan; all relevant points "
    "covered. Amended on 2026-02-12 to add the health visitor as a recipient.",
    "topics reviewed and 'covered', no watch or review held",
)
bad(
    "ab-po-every-family",
    AB,
    "po",
    "Paracetamol and quetiapine. Every baby should sleep on its back in its own cot in the parents' room for the "
    "first six months, as for all families.",
    "the rule for all families, nothing of the sedated father",
)
bad(
    "gd-vo-mhra-programme",
    GD,
    "vo",
    "Valproate: the MHRA advises against use in pregnancy, and the Pregnancy Prevention Programme applies to all "
    "women of childbearing potential on valproate. Annual risk acknowledgement form status recorded.",
    "the regulator's advice restated, no referral",
)
bad(
    "qs-lo-open",
    QS,
    "lo",
    "Lithium (Priadel): what level should be aimed for in late pregnancy, should the baby be reviewed after birth, "
    "and is bottle feeding the right choice? To be considered.",
    "questions closed by 'to be considered'",
)
bad(
    "ps-fo-no-one",
    PS,
    "fo",
    "Diazepam and pregabalin. The baby will be kept safe, sleep will be managed, withdrawal will be watched for and "
    "the placement will be supported.",
    "passive acts held by no one",
)
bad(
    "tm-po-when-appropriate",
    TM,
    "po",
    "Paracetamol and Daniel's quetiapine: sleeping arrangements to be looked at when appropriate and night care to "
    "be reviewed as required.",
    "the father's nights 'when appropriate', 'as required'",
)
bad(
    "pt-co-told-done",
    PT,
    "co",
    "Citalopram 20 mg continues. The midwife observed the baby for 48 hours after birth, the baby fed well after "
    "the birth, and the GP reviewed Megan's mood at six weeks.",
    "the birth and the 6-week check told as done at 32 weeks",
)

if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F145CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F145CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F145CASES):3}"
    )
