"""A sixty-second independent "fresh" batch of red-team cases for the share gate: the adversary, tenth round.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. A careless clinician (or integrator) writes text that LOOKS substantive, in
shapes earlier batches did not try; beside each hollow shape (MUST REFUSE) is a near miss in similar words that
decides clearly (MUST PASS). It covers:

* ``other-medicine``: a conclusion that answers another medicine's concerns (valproate's pregnancy prevention
  under lithium, opioid withdrawal under sertraline, the mother's breastfeeding under the father's quetiapine),
  beside conclusions that answer the medicine they cover;
* ``we-team``: plans whose only actor is "we", "the team" or "services", with no act, beside plans in which
  the same actors do named things;
* ``wish-reported``: a decision reported only as someone's wish ("mum would like to continue"), beside the same
  wish followed by the clinical decision;
* ``template-cells``: tables and bullet lists whose cells hold template answers only (yes, N/A, see above),
  beside tables whose cells decide;
* ``checklist-prose``: checklists ticked in prose ("NAS: considered. Sleep: considered."), beside the same
  headings with answers;
* ``self-dates``: a conclusion that dates itself or its plan on a day that does not exist (31/09, 29/02/2026,
  2026-02-30), beside true edge dates (30/09, 29/02/2028);
* ``safeguarding-ack``: a safeguarding referral acknowledgement with no medicine content, beside a referral
  mentioned inside a medicine plan;
* ``future-promise``: promises about the future with no content ("a full plan will follow"), beside a promise
  that comes after the plan;
* ``vocab-frame``: conclusions of the right length built from clinical vocabulary in a grammatical but empty
  frame, beside the same vocabulary carrying a decision;
* ``disguise``: about a fifth of the batch, hollow and good texts of the shapes above in look-alike letters,
  zero-width and format characters, soft hyphens, bidi controls, full-width forms and combining marks.

Medicines named here are real; no clinical code is used or invented. ``test_fresh_records.py`` runs them; the
cases the gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh62_cases``
for the counts per category.
"""

from __future__ import annotations

from collections import Counter

from tests.redteam.cases import PASS, REFUSE, Case, Expect, F, L, M, Mutation, P, V, set_
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F62CASES: list[Case] = []

CATEGORIES = (
    "other-medicine",
    "we-team",
    "wish-reported",
    "template-cells",
    "checklist-prose",
    "self-dates",
    "safeguarding-ack",
    "future-promise",
    "vocab-frame",
    "disguise",
)

METH = "assessments#asm-methadone.conclusion"
SERT = "assessments#asm-sertraline.conclusion"
LITH = "assessments#asm-lithium.conclusion"
VALP = "assessments#asm-valproate.conclusion"
QUET = "assessments#asm-partner-quetiapine.conclusion"
DZPG = "assessments#asm-diazepam-pregabalin.conclusion"
OVER = "overall_conclusion.text"


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F62CASES.append(Case(f"f62-{name}", category, expect, base, mutate, why))


# (category, name, base, path, text, why) -- the hollow texts and their good twins.
_BAD: list[tuple[str, str, str, str, str, str]] = []
_OK: list[tuple[str, str, str, str, str, str]] = []


def bad(category: str, name: str, base: str, path: str, text: str, why: str) -> None:
    _BAD.append((category, name, base, path, text, why))


def ok(category: str, name: str, base: str, path: str, text: str, why: str) -> None:
    _OK.append((category, name, base, path, text, why))


# ============================================================================================================
# other-medicine: the conclusion answers another medicine's concerns.

bad(
    "other-medicine",
    "lith-answers-valproate",
    L,
    LITH,
    "Lithium: the valproate pregnancy prevention programme form is signed, highly effective contraception is in "
    "place and the annual risk acknowledgement has been completed by the neurologist.",
    "lithium's conclusion is valproate's PPP paperwork: nothing about lithium for this baby (MA103/MA104)",
)
ok(
    "other-medicine",
    "lith-answers-lithium",
    L,
    LITH,
    "Lithium continues at 800 mg: relapse after birth is the greater danger. Levels monthly, weekly from 36 weeks "
    "and within 24 hours of delivery; the paediatrician reviews the baby after birth and she will bottle feed.",
    "lithium's own plan: levels, the baby's review, feeding",
)
bad(
    "other-medicine",
    "valp-answers-lithium",
    V,
    VALP,
    "Valproate: lithium levels are to be taken within 24 hours of delivery and the baby should be checked for "
    "floppiness and thyroid problems; breastfeeding is not advised on lithium.",
    "valproate's conclusion gives lithium's plan: nothing on valproate's harm or what is done (MA103)",
)
ok(
    "other-medicine",
    "valp-answers-valproate",
    V,
    VALP,
    "Valproate is not stopped abruptly because seizures would endanger her and the fetus; the neurologist reviews "
    "it urgently, fetal medicine scans the baby for neural tube and heart defects, and folic acid 5 mg continues.",
    "valproate's own harms and plan",
)
bad(
    "other-medicine",
    "quet-answers-mother-bf",
    P,
    QUET,
    "Quetiapine: the mother's paracetamol is compatible with breastfeeding and she has been shown how to latch; "
    "her own pain relief will be reviewed at the six-week check.",
    "the father's quetiapine conclusion is about the mother's paracetamol and feeding: co-sleeping with him not "
    "addressed (MA103/MA124)",
)
ok(
    "other-medicine",
    "quet-answers-father",
    P,
    QUET,
    "The father's quetiapine leaves him hard to rouse at night: he must not share a bed or sofa with the baby or "
    "give night feeds after his dose. The mother does night care; the health visitor checks the crib each visit.",
    "the father's sedation and the baby's care at night",
)
bad(
    "other-medicine",
    "overall-swapped-roles",
    M,
    OVER,
    "Methadone and sertraline: the baby's valproate exposure needs a fetal medicine scan, the lithium level is due "
    "at 36 weeks and the pregnancy prevention form must be signed before the next prescription.",
    "the overall conclusion gives other medicines' plans (valproate, lithium) for methadone and sertraline (MA103)",
)
ok(
    "other-medicine",
    "overall-own-roles",
    M,
    OVER,
    "Methadone and sertraline both continue. The baby is scored for opioid withdrawal and SSRI adaptation on the "
    "ward for 72 hours; breastfeeding is supported; methadone sedates her, so the baby sleeps in a cot, which the "
    "health visitor checks before discharge.",
    "each medicine's own concerns answered",
)

# ============================================================================================================
# we-team: the only actor is "we", "the team" or "services", with no act.

bad(
    "we-team",
    "meth-we-will-support",
    M,
    METH,
    "We will support her with methadone. The team will continue to work together around the baby, and services "
    "will stay involved throughout the pregnancy and afterwards.",
    "actors without acts: support, work together, stay involved (MA103)",
)
ok(
    "we-team",
    "meth-we-will-score",
    M,
    METH,
    "We will keep methadone at 60 mg. The ward team will score the baby for withdrawal for 72 hours, the midwife "
    "supports breastfeeding, and we will check the cot at the home visit because she must not co-sleep.",
    "the same actors each doing a named thing",
)
bad(
    "we-team",
    "sert-team-aware",
    M,
    SERT,
    "Sertraline: the team is aware, services are in contact with each other and we are all on the same page "
    "regarding the baby.",
    "awareness and contact, no decision (MA103)",
)
ok(
    "we-team",
    "sert-team-will-watch",
    M,
    SERT,
    "Sertraline continues, as the team agrees relapse is the bigger risk; the neonatal team will watch the baby "
    "for jitteriness and feeding difficulty over the first days after birth.",
    "'the team' with a decision and a watch",
)
bad(
    "we-team",
    "quet-services-engaged",
    P,
    QUET,
    "The father's quetiapine: services are engaged with the family and we will continue to work in partnership "
    "with both parents for the baby.",
    "partnership words, no act about his sedation (MA103/MA124)",
)
ok(
    "we-team",
    "quet-services-check",
    P,
    QUET,
    "The father's quetiapine sedates him deeply, so he must not sleep with the baby on a bed or sofa or do night "
    "feeds; services will check this: the health visitor sees the crib at each visit.",
    "'services' that check a named thing",
)
bad(
    "we-team",
    "lith-mdt-holds",
    L,
    LITH,
    "Lithium: the MDT holds this case and will keep working with her; we remain involved and will liaise as a "
    "team around mother and baby.",
    "the MDT holds and liaises, no decision (MA103)",
)
ok(
    "we-team",
    "lith-mdt-decides",
    L,
    LITH,
    "Lithium continues; the MDT agreed levels monthly, weekly from 36 weeks and within 24 hours of birth, a "
    "paediatric review for the baby, and bottle feeding because lithium passes into breast milk.",
    "the MDT with its decisions",
)

# ============================================================================================================
# wish-reported: someone's wish stands in for the decision.

bad(
    "wish-reported",
    "meth-mum-would-like",
    M,
    METH,
    "Mum would like to continue methadone and hopes to breastfeed; she would prefer to keep the baby in bed with her.",
    "the mother's wishes only, including one that is unsafe, with no clinical decision (MA103/MA124)",
)
ok(
    "wish-reported",
    "meth-mum-would-like-agreed",
    M,
    METH,
    "Mum would like to continue methadone and we agree: 60 mg continues and breastfeeding is supported. She "
    "hoped to have the baby in her bed, but methadone sedates her, so the baby must sleep in a cot.",
    "the wish, then the decision, refusing the unsafe part",
)
bad(
    "wish-reported",
    "sert-she-prefers",
    M,
    SERT,
    "She prefers to stay on sertraline and her partner feels the same; the psychiatrist's wish is that things "
    "carry on.",
    "three people's preferences, no decision (MA103)",
)
ok(
    "wish-reported",
    "sert-she-prefers-decided",
    M,
    SERT,
    "She prefers to stay on sertraline and that is the right decision: relapse would harm her and the baby more "
    "than the small risk of adaptation signs, which the maternity team checks after birth.",
    "the preference endorsed with reasons and a check",
)
bad(
    "wish-reported",
    "valp-neuro-keen",
    V,
    VALP,
    "Valproate: the neurologist is keen to see her, she wants to keep the baby, and her mother hopes the "
    "epilepsy stays settled.",
    "wishes of three people, nothing decided about valproate (MA103)",
)
ok(
    "wish-reported",
    "valp-neuro-keen-decided",
    V,
    VALP,
    "The neurologist is keen to see her urgently and she wants to keep the pregnancy: valproate continues "
    "unchanged until that review, fetal medicine scans the baby early, and folic acid 5 mg continues.",
    "wishes followed by the plan",
)
bad(
    "wish-reported",
    "quet-dad-wants",
    P,
    QUET,
    "The father wants to keep taking his quetiapine and would like to help with the baby at night.",
    "his wish, which is the risk, reported with no decision (MA124)",
)
ok(
    "wish-reported",
    "quet-dad-wants-decided",
    P,
    QUET,
    "The father wants to keep taking his quetiapine and should: but it sedates him, so he must not do night "
    "feeds or share a bed or sofa with the baby; the mother does nights and the health visitor checks the crib.",
    "his wish, then the safe-sleep decision",
)

# ============================================================================================================
# template-cells: tables and lists whose cells are template answers.

bad(
    "template-cells",
    "meth-table-yes",
    M,
    METH,
    "| Methadone | Answer |\n| Neonatal withdrawal | Yes |\n| Breastfeeding | Yes |\n| Co-sleeping | N/A |\n"
    "| Plan | As above |",
    "a table of yes, N/A and 'as above' (MA103)",
)
ok(
    "template-cells",
    "meth-table-decided",
    M,
    METH,
    "| Methadone 60 mg | continues |\n| Neonatal withdrawal | scored 72 h on the ward |\n| Breastfeeding | "
    "supported |\n| Co-sleeping | never: sedation after each dose; cot checked at home visit |",
    "a table whose cells decide",
)
bad(
    "template-cells",
    "sert-bullets-tbc",
    M,
    SERT,
    "Sertraline:\n- Continue? TBC\n- Baby: see notes\n- Relapse risk: documented\n- Action: per protocol",
    "bullets holding TBC, pointers and 'per protocol' (MA103)",
)
ok(
    "template-cells",
    "sert-bullets-decided",
    M,
    SERT,
    "Sertraline:\n- Continue: yes, 100 mg\n- Baby: watched for adaptation signs for 72 hours after birth\n- "
    "Relapse risk: high if stopped, so not stopped\n- Action: midwife tells the ward at booking",
    "bullets whose cells decide",
)
bad(
    "template-cells",
    "lith-bullets-checked",
    L,
    LITH,
    "Lithium\n* levels: checked\n* baby: checked\n* feeding: checked\n* relapse: checked",
    "every cell 'checked' (MA103)",
)
ok(
    "template-cells",
    "lith-bullets-plan",
    L,
    LITH,
    "Lithium\n* levels: monthly, weekly from 36 weeks, within 24 h of birth\n* baby: paediatric review after "
    "birth\n* feeding: bottle, not breast\n* relapse: perinatal team sees her in week one",
    "cells that are the plan",
)
bad(
    "template-cells",
    "overall-grid-blank",
    M,
    OVER,
    "Medicine | Decision | Baby\nmethadone | - | -\nsertraline | - | -",
    "a grid of dashes (MA103)",
)
ok(
    "template-cells",
    "overall-grid-full",
    M,
    OVER,
    "Medicine | Decision | Baby\nmethadone | continue 60 mg; no co-sleeping | 72 h withdrawal scoring, "
    "breastfeed\nsertraline | continue 100 mg | adaptation signs watched with the withdrawal scoring",
    "a grid that decides for each medicine",
)

# ============================================================================================================
# checklist-prose: headings ticked in prose.

bad(
    "checklist-prose",
    "meth-considered",
    M,
    METH,
    "Methadone. NAS: considered. Sleep: considered. BF: considered. Sedation: considered. Relapse: considered.",
    "every heading 'considered' (MA103)",
)
ok(
    "checklist-prose",
    "meth-headed-answers",
    M,
    METH,
    "Methadone continues. NAS: 72 h scoring on the ward. Sleep: cot only, checked at the home visit. BF: "
    "supported. Sedation: worst two hours after the dose, so never co-sleep.",
    "the same headings answered",
)
bad(
    "checklist-prose",
    "valp-covered",
    V,
    VALP,
    "Valproate. Teratogenicity: covered. Contraception: covered. Folic acid: covered. Neurology: covered.",
    "'covered' under each heading (MA103)",
)
ok(
    "checklist-prose",
    "valp-headed-answers",
    V,
    VALP,
    "Valproate. Teratogenicity: the baby was exposed in the first trimester, so fetal medicine scans early. "
    "Folic acid: 5 mg started. Neurology: urgent review; valproate is not stopped before then.",
    "headings with answers",
)
bad(
    "checklist-prose",
    "quet-ticked",
    P,
    QUET,
    "Father's quetiapine - co-sleeping: ticked; night care: ticked; safe sleep leaflet: ticked.",
    "ticks, not answers (MA103/MA124)",
)
ok(
    "checklist-prose",
    "quet-headed-answers",
    P,
    QUET,
    "Father's quetiapine - co-sleeping: never with him, on bed or sofa; night care: the mother, as he is "
    "sedated; safe sleep: crib seen and used, health visitor rechecks.",
    "the same headings with answers",
)
bad(
    "checklist-prose",
    "dzpg-reviewed-all",
    F,
    DZPG,
    "Diazepam and pregabalin - sedation: reviewed; withdrawal: reviewed; co-sleeping: reviewed; placement: reviewed.",
    "'reviewed' four times (MA103)",
)
ok(
    "checklist-prose",
    "dzpg-headed-answers",
    F,
    DZPG,
    "Diazepam and pregabalin - sedation: heavy, so she never co-sleeps or feeds lying down; withdrawal: late "
    "signs possible to day 8; night care: the foster carer; both continue, diazepam to be reduced slowly.",
    "answers under each heading",
)

# ============================================================================================================
# self-dates: a conclusion that dates itself on a day that does not exist.

bad(
    "self-dates",
    "meth-31-09",
    M,
    METH,
    "Reviewed on 31/09/2026: methadone 60 mg continues, the baby will be scored for withdrawal for 72 hours, "
    "breastfeeding is supported and there is to be no co-sleeping.",
    "31 September does not exist (MA013)",
)
ok(
    "self-dates",
    "meth-30-09",
    M,
    METH,
    "Reviewed again on 30/09/2026 by the drug service: methadone 60 mg continues, the baby will be scored for "
    "withdrawal for 72 hours, breastfeeding is supported and the cot replaces co-sleeping.",
    "30 September is a real date",
)
bad(
    "self-dates",
    "lith-29-02-2026",
    L,
    LITH,
    "Lithium continues; next level on 29/02/2026 and weekly from 36 weeks; the baby has a paediatric review "
    "after birth and is bottle fed.",
    "2026 is not a leap year (MA013)",
)
ok(
    "self-dates",
    "lith-28-02-2026",
    L,
    LITH,
    "Lithium continues; the last level was on 28/02/2026, weekly from 36 weeks; the baby has a paediatric review "
    "after birth and is bottle fed.",
    "28 February 2026 is real",
)
bad(
    "self-dates",
    "valp-iso-30-feb",
    V,
    VALP,
    "Valproate continues unchanged until the urgent neurology review booked for 2026-02-30; fetal medicine "
    "will scan the baby early and folic acid 5 mg continues.",
    "2026-02-30 does not exist (MA013)",
)
ok(
    "self-dates",
    "valp-iso-real",
    V,
    VALP,
    "Valproate continues unchanged until the urgent neurology review booked for 2026-05-27; fetal medicine "
    "will scan the baby early and folic acid 5 mg continues.",
    "a real date a week after the assessment",
)
bad(
    "self-dates",
    "quet-32-05",
    P,
    QUET,
    "Visited 32/05/2026: the father's quetiapine sedates him, so he does no night feeds and never shares a bed "
    "or sofa with the baby; the crib is in use.",
    "there is no 32nd day (MA013)",
)
ok(
    "self-dates",
    "quet-31-05",
    P,
    QUET,
    "Visit booked for 31/05/2026: the father's quetiapine sedates him, so he does no night feeds and never "
    "shares a bed or sofa with the baby; the crib was seen in use.",
    "31 May is real",
)
bad(
    "self-dates",
    "overall-13th-month",
    M,
    OVER,
    "Agreed at the meeting of 12/13/2026: methadone and sertraline continue, the baby is scored for withdrawal "
    "on the ward, breastfeeding is supported and the cot replaces co-sleeping.",
    "there is no 13th month either way round (MA013)",
)
ok(
    "self-dates",
    "overall-real-meeting",
    M,
    OVER,
    "Agreed at the meeting of 02/03/2026: methadone and sertraline continue, the baby is scored for withdrawal "
    "on the ward, breastfeeding is supported and the cot replaces co-sleeping.",
    "the record's own date",
)

# ============================================================================================================
# safeguarding-ack: a referral acknowledgement with no medicine content.

bad(
    "safeguarding-ack",
    "meth-mash-ack",
    M,
    METH,
    "Methadone: MASH referral acknowledged by children's social care on 2 March 2026, reference 4471, case "
    "allocated to a social worker; the family is aware.",
    "an acknowledgement of a referral: nothing about methadone and the baby (MA103/MA104)",
)
ok(
    "safeguarding-ack",
    "meth-mash-plus-plan",
    M,
    METH,
    "Methadone 60 mg continues. The MASH referral was acknowledged and the social worker will see the cot before "
    "discharge, as she must not co-sleep after a dose; the baby is scored for withdrawal for 72 hours.",
    "the referral inside a medicine plan",
)
bad(
    "safeguarding-ack",
    "dzpg-strategy-ack",
    F,
    DZPG,
    "Diazepam and pregabalin: strategy meeting held, minutes received, the local authority has parental "
    "responsibility under the interim order and the file is up to date.",
    "procedure and paperwork, no medicine content (MA103)",
)
ok(
    "safeguarding-ack",
    "dzpg-strategy-plan",
    F,
    DZPG,
    "Diazepam and pregabalin continue. The strategy meeting agreed the foster carer does all night care while "
    "she is sedated, that she never co-sleeps or feeds lying down, and that the baby is watched for late "
    "withdrawal to day 8.",
    "the meeting's medicine decisions",
)
bad(
    "safeguarding-ack",
    "quet-cp-ack",
    P,
    QUET,
    "The father's quetiapine: child protection referral received and logged; the family has been informed of "
    "the outcome letter.",
    "a logged referral, no sedation or care plan (MA103/MA124)",
)
ok(
    "safeguarding-ack",
    "quet-cp-plan",
    P,
    QUET,
    "The father's quetiapine sedates him at night: no bed or sofa sharing with the baby and no night feeds by "
    "him; the family support referral was accepted and the health visitor rechecks the crib.",
    "a referral beside the sedation plan",
)

# ============================================================================================================
# future-promise: promises with no content.

bad(
    "future-promise",
    "meth-full-plan-follows",
    M,
    METH,
    "A full methadone plan for the baby will follow once all parties have contributed; detailed "
    "recommendations will be circulated in due course.",
    "promises a plan, gives none (MA106 deferral / MA103)",
)
ok(
    "future-promise",
    "meth-plan-then-letter",
    M,
    METH,
    "Methadone 60 mg continues; the baby is scored for withdrawal for 72 hours, breastfeeding is supported and "
    "she must never co-sleep after a dose. A fuller letter will follow for the ward.",
    "the plan first, the promise after",
)
bad(
    "future-promise",
    "sert-will-be-addressed",
    M,
    SERT,
    "Sertraline and the baby will be addressed at the next opportunity and an update provided to all when available.",
    "a promise to address later (MA106)",
)
ok(
    "future-promise",
    "sert-decided-update-later",
    M,
    SERT,
    "Sertraline continues because relapse is the greater risk; the baby is watched for adaptation signs after "
    "birth. An update will follow after the 28-week review.",
    "decided now, updated later",
)
bad(
    "future-promise",
    "lith-plan-to-be-written",
    L,
    LITH,
    "Lithium: a comprehensive perinatal plan for mother and baby is to be written and shared next month.",
    "the plan is for later (MA106)",
)
ok(
    "future-promise",
    "lith-plan-written-copy-later",
    L,
    LITH,
    "Lithium continues at 800 mg with levels monthly, weekly from 36 weeks and within 24 hours of birth; the "
    "baby has a paediatric review and is bottle fed. A copy of this plan goes to maternity next month.",
    "the plan, and a copy to follow",
)
bad(
    "future-promise",
    "overall-outcome-will-be-shared",
    M,
    OVER,
    "The outcome for methadone and sertraline will be shared with all professionals once agreed, and the baby's "
    "plan finalised nearer the time.",
    "outcomes to be shared, nothing agreed (MA106)",
)
ok(
    "future-promise",
    "overall-outcome-shared-now",
    M,
    OVER,
    "Methadone and sertraline continue unchanged; the baby has 72 hours of withdrawal and adaptation scoring, "
    "breastfeeds, and sleeps in a cot, not with her. This will be shared with the ward and health visitor today.",
    "the outcome, then who it goes to",
)

# ============================================================================================================
# vocab-frame: clinical vocabulary in a grammatical but empty frame.

bad(
    "vocab-frame",
    "meth-framed",
    M,
    METH,
    "Methadone's implications for neonatal withdrawal, breastfeeding and safe sleep have been framed within the "
    "wider perinatal context of this mother and her baby.",
    "vocabulary in a frame that says nothing (MA103)",
)
ok(
    "vocab-frame",
    "meth-framed-decided",
    M,
    METH,
    "In the wider perinatal context, methadone's implications are clear: it continues at 60 mg, the baby needs "
    "withdrawal scoring for 72 hours, breastfeeding is encouraged and safe sleep means a cot, never her bed.",
    "the same vocabulary carrying decisions",
)
bad(
    "vocab-frame",
    "sert-holistic",
    M,
    SERT,
    "Sertraline has been considered holistically in relation to relapse, neonatal adaptation and the "
    "mother-baby relationship, with a person-centred lens.",
    "holistic, person-centred, nothing stated (MA103)",
)
ok(
    "vocab-frame",
    "sert-holistic-decided",
    M,
    SERT,
    "Looked at holistically, sertraline should continue: relapse would damage the mother-baby relationship more "
    "than mild neonatal adaptation signs, which the ward watches for.",
    "holistic, then a decision",
)
bad(
    "vocab-frame",
    "valp-pathway",
    V,
    VALP,
    "Valproate sits within the teratogenicity pathway, the pregnancy prevention framework and the fetal "
    "medicine interface for this pregnancy.",
    "pathways and frameworks, no decision (MA103)",
)
ok(
    "vocab-frame",
    "valp-pathway-decided",
    V,
    VALP,
    "On the teratogenicity pathway: valproate continues until neurology reviews it urgently, fetal medicine "
    "scans the baby early for defects, and folic acid 5 mg continues; stopping abruptly would risk seizures.",
    "pathway words with the plan",
)
bad(
    "vocab-frame",
    "quet-domains",
    P,
    QUET,
    "The father's quetiapine spans the domains of sedation, co-sleeping, night-time care and parental capacity "
    "in respect of the baby.",
    "domains listed in a sentence (MA103/MA124)",
)
ok(
    "vocab-frame",
    "quet-domains-decided",
    P,
    QUET,
    "Across sedation and night-time care, the father's quetiapine rules him out: no co-sleeping with the baby, "
    "no night feeds after his dose; the mother does nights and the crib is used.",
    "domains, then the rule",
)
bad(
    "vocab-frame",
    "dzpg-dimensions",
    F,
    DZPG,
    "Diazepam and pregabalin present sedation, withdrawal and co-sleeping dimensions that have been appraised in "
    "the context of the placement and the baby.",
    "appraised dimensions, no decision (MA103)",
)
ok(
    "vocab-frame",
    "dzpg-dimensions-decided",
    F,
    DZPG,
    "Diazepam and pregabalin: sedation means she never co-sleeps or feeds lying down and the foster carer does "
    "nights; withdrawal signs may appear to day 8; both continue, with diazepam reduced slowly.",
    "the same dimensions decided",
)

# ============================================================================================================
# more pairs, on the other assessments and the overall conclusions.

bad(
    "other-medicine",
    "sert-answers-opioid",
    M,
    SERT,
    "Sertraline: the baby will need opioid withdrawal scoring and may need morphine on the neonatal unit; the "
    "supervised daily pick-up continues at the pharmacy.",
    "sertraline's conclusion gives methadone's plan: nothing on sertraline or relapse (MA103/MA122)",
)
ok(
    "other-medicine",
    "sert-answers-ssri",
    M,
    SERT,
    "Sertraline stays at 100 mg since stopping risks relapse; the baby may be jittery or feed poorly for a few "
    "days, so the ward scores adaptation signs alongside the withdrawal scoring.",
    "sertraline's own concerns",
)
bad(
    "we-team",
    "overall-system-around",
    M,
    OVER,
    "Methadone and sertraline: the system around the family is strong and we will all keep working together to "
    "support mum and baby going forward.",
    "a strong system and togetherness, no act (MA103)",
)
ok(
    "we-team",
    "overall-system-acts",
    M,
    OVER,
    "Methadone and sertraline continue. We have agreed who does what: the ward scores the baby for 72 hours, the "
    "midwife supports breastfeeding, and the health visitor checks the cot because she must not co-sleep.",
    "'we' with who does what",
)
bad(
    "wish-reported",
    "lith-family-hopes",
    L,
    LITH,
    "Lithium: her husband hopes she can stay on it and she is keen to try breastfeeding this time.",
    "wishes, one against the lithium advice, no decision (MA103)",
)
ok(
    "wish-reported",
    "lith-family-hopes-decided",
    L,
    LITH,
    "Her husband hopes she can stay on lithium and she will: relapse risk is high. She was keen to breastfeed, "
    "but lithium reaches the baby in milk, so bottle feeding is advised; levels weekly from 36 weeks and a "
    "paediatric review after birth.",
    "wishes answered with decisions",
)
bad(
    "template-cells",
    "quet-table-na",
    P,
    QUET,
    "| Father's quetiapine | |\n| Sedation | Y |\n| Co-sleeping | N/A |\n| Night care | - |",
    "a table of Y, N/A and a dash (MA103/MA124)",
)
ok(
    "template-cells",
    "quet-table-full",
    P,
    QUET,
    "| Father's quetiapine | |\n| Sedation | heavy at night |\n| Co-sleeping | never with him |\n| Night care "
    "| the mother; the health visitor checks the crib |",
    "a table whose cells decide",
)
bad(
    "checklist-prose",
    "overall-all-discussed",
    M,
    OVER,
    "Methadone and sertraline - withdrawal: discussed; feeding: discussed; co-sleeping: discussed; relapse: "
    "discussed; discharge: discussed.",
    "'discussed' under every heading (MA103)",
)
ok(
    "checklist-prose",
    "overall-all-answered",
    M,
    OVER,
    "Methadone and sertraline - withdrawal: 72 h scoring; feeding: breastfeed; co-sleeping: never, cot checked; "
    "relapse: both continue so she stays well; discharge: after the health visitor sees the cot.",
    "every heading answered",
)
bad(
    "safeguarding-ack",
    "lith-early-help-ack",
    L,
    LITH,
    "Lithium: early help assessment acknowledged, family consent recorded, lead professional assigned and the "
    "team around the family meeting diarised.",
    "early help paperwork, nothing about lithium and the baby (MA103)",
)
ok(
    "safeguarding-ack",
    "lith-early-help-plan",
    L,
    LITH,
    "Lithium continues at 800 mg; the early help lead knows the plan: levels weekly from 36 weeks and within 24 "
    "hours of birth, a paediatric review of the baby, and bottle feeding.",
    "the lead professional holds a lithium plan",
)
bad(
    "safeguarding-ack",
    "overall-cin-ack",
    M,
    OVER,
    "Methadone and sertraline: child in need plan acknowledged and core group dates set; the social worker has "
    "the paperwork.",
    "a child in need plan acknowledged, no medicine content (MA103)",
)
ok(
    "safeguarding-ack",
    "overall-cin-plan",
    M,
    OVER,
    "Methadone and sertraline continue; under the child in need plan the core group knows the baby is scored for "
    "withdrawal for 72 hours, breastfeeds, and sleeps in a cot because methadone sedates her.",
    "the core group holds the medicine plan",
)
bad(
    "future-promise",
    "quet-advice-to-follow",
    P,
    QUET,
    "The father's quetiapine: safe sleep advice for the family will follow after the next visit.",
    "advice promised, none given (MA103/MA124)",
)
ok(
    "future-promise",
    "quet-advice-given-follow-up",
    P,
    QUET,
    "The father's quetiapine sedates him: he never shares a bed or sofa with the baby and does no night feeds. "
    "The health visitor will follow this up at the next visit.",
    "the advice given, a follow-up after",
)
bad(
    "vocab-frame",
    "lith-parameters",
    L,
    LITH,
    "Lithium's parameters, including levels, neonatal review, feeding and relapse, remain the focus of a "
    "perinatal lens applied to mother and baby.",
    "parameters and a lens, no decision (MA103)",
)
ok(
    "vocab-frame",
    "lith-parameters-decided",
    L,
    LITH,
    "Lithium's parameters are set: levels monthly then weekly from 36 weeks, a paediatric review of the baby, "
    "bottle feeding, and the perinatal team within a week of birth for the relapse risk.",
    "parameters with values",
)


# ============================================================================================================
# disguise: about a fifth of the texts above again, disguised; the verdict must not change.

_DISGUISES = (
    ("cyr", lambda t: homoglyphs(t, "aeoc")),
    ("grk", lambda t: homoglyphs(t, "aoi", variant=1)),
    ("zwsp", lambda t: inside_words(t, "\u200b", every=3)),
    ("shy", lambda t: inside_words(t, "\u00ad", every=4)),
    ("bidi", lambda t: inside_words(t, "\u202e", every=5)),
    ("fw", full_width),
    ("acute", lambda t: "".join(ch + "\u0301" if ch in "aeiou" else ch for ch in t)),
)

_DISGUISED_BAD = (
    "meth-we-will-support",
    "sert-team-aware",
    "meth-mum-would-like",
    "meth-table-yes",
    "meth-considered",
    "valp-covered",
    "meth-mash-ack",
    "meth-full-plan-follows",
    "meth-framed",
    "quet-domains",
    "lith-mdt-holds",
    "lith-answers-valproate",
    "meth-31-09",
    "sert-holistic",
    "sert-answers-opioid",
    "quet-table-na",
)
_DISGUISED_OK = (
    "meth-we-will-score",
    "sert-team-will-watch",
    "meth-mum-would-like-agreed",
    "meth-headed-answers",
    "meth-mash-plus-plan",
    "meth-plan-then-letter",
    "meth-framed-decided",
    "quet-domains-decided",
    "lith-mdt-decides",
    "lith-answers-lithium",
    "meth-30-09",
    "sert-holistic-decided",
    "sert-answers-ssri",
    "quet-table-full",
)

for _cat, _n, _base, _path, _text, _why in _BAD:
    add(_n, _cat, REFUSE, _base, set_(_path, _text), _why)
for _cat, _n, _base, _path, _text, _why in _OK:
    add(_n, _cat, PASS, _base, set_(_path, _text), _why)

_BY_NAME = {n: (b, p, t, w, REFUSE) for _c, n, b, p, t, w in _BAD} | {
    n: (b, p, t, w, PASS) for _c, n, b, p, t, w in _OK
}
for _i, _n in enumerate((*_DISGUISED_BAD, *_DISGUISED_OK)):
    _b, _p, _t, _w, _e = _BY_NAME[_n]
    _tag, _fn = _DISGUISES[_i % len(_DISGUISES)]
    add(f"dz-{_tag}-{_n}", "disguise", _e, _b, set_(_p, _fn(_t)), f"{_tag} disguise: {_w}")


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F62CASES)
    for cat in CATEGORIES:
        print(f"{cat:18} refuse {counts[(cat, REFUSE)]:3}  pass {counts[(cat, PASS)]:3}")
    print(
        f"{'total':18} refuse {sum(c.expect == REFUSE for c in F62CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F62CASES):3}"
    )
