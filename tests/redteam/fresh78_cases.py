"""A seventy-eighth independent "fresh" batch of red-team cases for the share gate: the adversary, twelfth
round. A clinician in a hurry, or one gaming the gate, writes conclusions that LOOK substantive but decide
nothing for this mother and baby; each has a good twin a clinician could write (the same shape plus the
deciding clause), which must pass.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. It covers:

* ``general-facts``: long clinical paragraphs of pharmacology, definitions, rates and risk lists with no
  decision for this baby; twins add the decision;
* ``elsewhere-plans``: plans for the father's own care, an older child, a future or past pregnancy, or events
  that are over; twins add what happens now for this baby;
* ``conditional``: hypothetical, conditional, optional or wished-for plans and questions with no answer;
  twins decide;
* ``deferred``: decisions handed to a forum, a conference, a specialist's letter or a result, in new
  phrasings, and "as discussed" / "in accordance with" shapes; twins carry the plan and point as well;
* ``process-talk``: praise of the process, paperwork completed, guidance quoted, "standard pathway";
  twins apply it to this baby;
* ``shapes``: tables and bullets with empty cells, SOAP with empty A/P, a letter that never concludes,
  boilerplate repeated across medicines with small changes, the right topic words in the wrong sentences;
* ``disguise``: about a quarter of the pairs again in look-alike letters, zero-width characters, soft
  hyphens, bidi isolates and full width; the disguised verdict equals the plain one.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh78_cases`` for the
counts per category.
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

F78CASES: list[Case] = []

CATEGORIES = (
    "general-facts",
    "elsewhere-plans",
    "conditional",
    "deferred",
    "process-talk",
    "shapes",
    "disguise",
)

Setter = Callable[[str], Mutation]
Disguiser = Callable[[str], str]


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F78CASES.append(Case(f"f78-{name}", category, expect, base, mutate, why))


def meth(text: str) -> Mutation:
    return set_("assessments#asm-methadone.conclusion", text)


def sert(text: str) -> Mutation:
    return set_("assessments#asm-sertraline.conclusion", text)


def cit(text: str) -> Mutation:
    return set_("assessments#asm-citalopram.conclusion", text)


def lith(text: str) -> Mutation:
    return set_("assessments#asm-lithium.conclusion", text)


def valp(text: str) -> Mutation:
    return set_("assessments#asm-valproate.conclusion", text)


def dzp(text: str) -> Mutation:
    return set_("assessments#asm-diazepam-pregabalin.conclusion", text)


def quet(text: str) -> Mutation:
    return set_("assessments#asm-partner-quetiapine.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


def hg(text: str) -> str:
    return homoglyphs(text, "aeocp")


def zw(text: str) -> str:
    return inside_words(text, "\u200b", every=3)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


def iso(text: str) -> str:
    return " ".join(f"\u2066{word}\u2069" for word in text.split(" "))


def fw(text: str) -> str:
    return full_width(text)


def pair(
    name: str,
    category: str,
    base: str,
    setter: Setter,
    hollow: str,
    good: str,
    why_bad: str,
    why_ok: str,
    dg: Disguiser | None = None,
    dg_name: str = "",
) -> None:
    """A hollow conclusion (must refuse) and its good twin (must pass); with a disguise, both again disguised."""
    add(f"{name}-hollow", category, REFUSE, base, setter(hollow), why_bad)
    add(f"{name}-decided", category, PASS, base, setter(good), why_ok)
    if dg is not None:
        add(f"dg-{name}-hollow-{dg_name}", "disguise", REFUSE, base, setter(dg(hollow)), f"{why_bad} ({dg_name})")
        add(f"dg-{name}-decided-{dg_name}", "disguise", PASS, base, setter(dg(good)), f"{why_ok} ({dg_name})")


def two(setter_a: Setter, setter_b: Setter) -> Callable[[str, str], Mutation]:
    def both(a: str, b: str) -> Mutation:
        return chain(setter_a(a), setter_b(b))

    return both


# ------------------------------------------------------------------------------------------------------------
GF = "general-facts"

pair(
    "gf-meth-pharmacology",
    GF,
    M,
    meth,
    "Methadone is a long-acting synthetic mu-opioid agonist with a variable half-life of 15 to 60 hours. Neonatal "
    "abstinence syndrome is a cluster of signs, tremor, a high-pitched cry, sneezing, loose stools and poor "
    "feeding, that typically presents between 48 and 72 hours of life. The Finnegan chart grades its severity.",
    "Methadone is a long-acting synthetic mu-opioid agonist with a variable half-life of 15 to 60 hours. Neonatal "
    "abstinence syndrome is a cluster of signs, tremor, a high-pitched cry, sneezing, loose stools and poor "
    "feeding. For this baby: methadone 60 mg continues, 72 h obs on the postnatal ward with Finnegan scoring, "
    "breastfeeding supported, and no co-sleeping after her dose.",
    "pharmacology and a definition of NAS; nothing decided for this baby",
    "the same facts, then the decision for this baby",
    dg=hg,
    dg_name="homoglyphs",
)
pair(
    "gf-sert-pphn-definition",
    GF,
    M,
    sert,
    "Persistent pulmonary hypertension of the newborn is a failure of the normal fall in lung blood pressure at "
    "birth; SSRIs including sertraline taken after 20 weeks have been linked with a small rise in its incidence, "
    "from roughly 1 to 3 per 1,000 live births.",
    "Persistent pulmonary hypertension of the newborn is a failure of the normal fall in lung blood pressure at "
    "birth and is slightly commoner after late SSRI exposure. Sertraline 100 mg continues for her, and the "
    "maternity team will watch the baby's breathing, colour and feeding for 48 hours after birth.",
    "a definition and an incidence, not a decision",
    "the definition, then the continuation and the watch on the baby",
)
pair(
    "gf-cit-risk-list",
    GF,
    C,
    cit,
    "Considerations for citalopram in pregnancy: neonatal adaptation syndrome; PPHN; QT prolongation at high "
    "doses; transfer into breast milk; postnatal relapse on stopping.",
    "Considerations for citalopram in pregnancy: neonatal adaptation syndrome; PPHN; transfer into breast milk; "
    "relapse on stopping. Decision: citalopram 20 mg continues; midwife watches the baby for adaptation signs "
    "48 h; BF supported.",
    "a risk list under a heading, no decision",
    "the list plus a decision line",
    dg=zw,
    dg_name="zero-width",
)
pair(
    "gf-lith-ebstein-rates",
    GF,
    L,
    lith,
    "Lithium exposure in the first trimester is associated with cardiac malformations, classically Ebstein's "
    "anomaly, though the absolute risk is now thought to be under 1 in 100. Neonatal lithium toxicity presents "
    "with hypotonia, poor suck and cyanosis, and lithium passes freely into breast milk.",
    "Lithium exposure in the first trimester is associated with cardiac malformations, though the absolute risk "
    "is under 1 in 100 and her fetal heart scan was normal. Lithium (Priadel) 800 mg continues with levels "
    "weekly from 36 weeks; the baby is bottle fed and has a paediatric review for floppiness and poor suck after "
    "birth.",
    "class facts and rates only",
    "the rates applied to her and a plan",
)
pair(
    "gf-valp-syndrome",
    GF,
    V,
    valp,
    "Fetal valproate spectrum disorder comprises major congenital malformations, notably neural tube defects, "
    "cleft palate and hypospadias, together with characteristic facial features and later neurodevelopmental "
    "difficulties in 30 to 40 percent of children exposed in the womb.",
    "Fetal valproate spectrum disorder comprises neural tube defects, cleft palate and later neurodevelopmental "
    "difficulties. This baby has been exposed since conception, so she has an early fetal medicine scan and a "
    "detailed anomaly scan; valproate 500 mg bd continues until the urgent neurology review because stopping "
    "suddenly risks seizures, and folic acid 5 mg continues.",
    "the syndrome defined, nothing decided",
    "the syndrome, then scans and continuation decided",
    dg=shy,
    dg_name="soft-hyphens",
)
pair(
    "gf-dzp-benzodiazepine-facts",
    GF,
    F,
    dzp,
    "Diazepam is a long-acting benzodiazepine whose metabolite desmethyldiazepam accumulates in the neonate; "
    "pregabalin is a gabapentinoid that is renally cleared. Together they are additively sedating, and both are "
    "associated with a neonatal withdrawal picture that may be delayed beyond the first week.",
    "Diazepam accumulates in the newborn and pregabalin adds to its sedation. So: both continue for now; the "
    "mother never shares a bed or sofa with the baby or feeds lying down; the foster carer does the night feeds; "
    "the health visitor and foster carer watch for late withdrawal up to day 8.",
    "pharmacokinetics only",
    "pharmacology with 'so' and the plan",
)
pair(
    "gf-quet-sids-facts",
    GF,
    P,
    quet,
    "Quetiapine is an atypical antipsychotic with marked sedative properties at night-time doses. Sudden infant "
    "death is several times commoner when an infant shares a sofa or bed with an adult who has taken sedating "
    "medication or alcohol.",
    "Quetiapine is markedly sedating at night-time doses, and sudden infant death is far commoner when a baby "
    "shares a bed or sofa with a sedated adult. So the father does no night feeds after his dose and never "
    "shares a bed or sofa with the baby; the baby sleeps in the crib on the mother's side.",
    "a population fact about SIDS and sedation",
    "the fact, then who does the nights and where the baby sleeps",
    dg=iso,
    dg_name="bidi-isolates",
)
pair(
    "gf-overall-definition",
    GF,
    M,
    overall,
    "A perinatal medication assessment weighs, for methadone and for sertraline, fetal exposure, neonatal "
    "adaptation and withdrawal, transfer into breast milk, parental sedation and the risk of maternal relapse "
    "against one another across pregnancy and the puerperium.",
    "A perinatal medication assessment weighs, for methadone and sertraline, fetal exposure, neonatal withdrawal, "
    "breast milk and sedation. Here both continue unchanged; the baby is observed on the postnatal ward for "
    "withdrawal, breastfeeding is supported, and there is no co-sleeping after her methadone dose.",
    "what an assessment is, not what this one found",
    "the definition, then the findings",
)
pair(
    "gf-meth-bumps-summary",
    GF,
    M,
    meth,
    "Most babies born to mothers on methadone develop some withdrawal signs, and between a third and a half need "
    "treatment with oral morphine; higher maternal doses do not reliably predict severity; breastfeeding reduces "
    "the severity of withdrawal in many babies.",
    "Most babies born to mothers on methadone show some withdrawal signs and breastfeeding can lessen them. "
    "Methadone 60 mg daily continues; she is encouraged to breastfeed, the baby stays 72 hours on the ward with "
    "withdrawal scoring, and she will not co-sleep after her dose.",
    "shares of babies in general",
    "the shares, then this baby's plan",
)
pair(
    "gf-sert-milk-ratio",
    GF,
    M,
    sert,
    "Sertraline has a milk-to-plasma ratio of about 0.9 and a relative infant dose under 2 percent; infant serum "
    "levels are usually undetectable and adverse effects in breastfed infants are rarely reported.",
    "Sertraline has a relative infant dose under 2 percent, so she can breastfeed on 100 mg, which continues to "
    "prevent relapse; the maternity team watches the baby for adaptation signs for 48 hours after birth.",
    "lactation pharmacology with no verdict for her",
    "the ratio used to decide feeding and continuation",
)

# ------------------------------------------------------------------------------------------------------------
EP = "elsewhere-plans"

pair(
    "ep-quet-his-own-care",
    EP,
    P,
    quet,
    "His GP will review his quetiapine dose at his next appointment, his community psychiatric nurse will "
    "continue monthly visits about his mood, and his sister has offered help with the weekly shopping while he "
    "adjusts to broken sleep.",
    "His GP reviews his quetiapine dose next month and his CPN visits monthly. For the baby: after his dose he "
    "does no night feeds and never shares a bed, sofa or armchair with the baby, who sleeps in the crib on the "
    "mother's side; the health visitor checks this.",
    "the father's own care plan; nothing for the baby",
    "his care plan plus the baby's nights",
    dg=hg,
    dg_name="homoglyphs",
)
pair(
    "ep-valp-future-pregnancy",
    EP,
    V,
    valp,
    "Before any future pregnancy she should plan ahead with neurology, switch to a safer antiepileptic well before "
    "conception and take folic acid 5 mg for three months beforehand; the pregnancy prevention programme will "
    "apply again after this birth.",
    "For this pregnancy, valproate continues at 500 mg bd until the urgent neurology review, as stopping suddenly "
    "risks seizures; the baby has an early fetal medicine scan and a detailed anomaly scan; folic acid 5 mg "
    "continues. Before any future pregnancy she plans ahead with neurology.",
    "a plan for another pregnancy only",
    "this pregnancy decided, the next one mentioned",
)
pair(
    "ep-cit-last-pregnancy",
    EP,
    C,
    cit,
    "In her last pregnancy in 2022 she took citalopram throughout; her son was jittery for a day, was breastfed "
    "without difficulty, and she became unwell within weeks when she stopped it after delivery.",
    "In her last pregnancy in 2022 she took citalopram throughout, her son was jittery for a day, and she became "
    "unwell when she stopped it. So this time citalopram 20 mg continues through pregnancy and breastfeeding, "
    "and the midwife watches the baby for adaptation signs for 48 hours.",
    "past events in another pregnancy only",
    "the history, then 'so this time' decided",
    dg=fw,
    dg_name="full-width",
)
pair(
    "ep-meth-history-only",
    EP,
    M,
    meth,
    "Methadone was started in 2025 after a heroin relapse, titrated to 60 mg over five weeks, and every "
    "supervised dose since has been taken; her urine screens have been clear and the baby's dating and nuchal "
    "scans were normal.",
    "Methadone was started in 2025 and titrated to 60 mg; screens have been clear. Methadone 60 mg continues to "
    "delivery; the baby is observed for 72 hours for withdrawal, breastfeeding is supported, and there is no "
    "co-sleeping after her dose.",
    "an account of what happened, nothing that follows",
    "the history and the plan",
)
pair(
    "ep-dzp-older-sibling",
    EP,
    F,
    dzp,
    "Her four-year-old, who lives with his grandmother, will keep his nursery place; diazepam and pregabalin "
    "were reviewed in relation to the contact arrangements for him, and his health visitor will continue to "
    "see him at home.",
    "Her four-year-old stays with his grandmother. For the new baby: diazepam and pregabalin continue for now; "
    "the mother never shares a bed or sofa with the baby and does not feed lying down; the foster carer does the "
    "night feeds; late withdrawal is watched for to day 8.",
    "a plan for the older child",
    "the older child noted, the baby's plan given",
)
pair(
    "ep-lith-mother-team-only",
    EP,
    L,
    lith,
    "Lithium: the perinatal mental health team will see her weekly from 32 weeks, her care coordinator will "
    "update the crisis plan, and her partner will take two weeks' paternity leave to support her mood.",
    "Lithium (Priadel) 800 mg continues; PNMH see her weekly from 32 weeks. For the baby: lithium level at "
    "birth, paediatric review for floppiness or poor feeding, bottle feeding as planned.",
    "the mother's support and the partner's leave only",
    "her support plus the baby's review and feeding",
)
pair(
    "ep-overall-discharged-baby",
    EP,
    F,
    overall,
    "Diazepam and pregabalin were reviewed on the ward, the baby was discharged to the foster placement on day 5, "
    "and the foster carer was shown the cot and given the discharge letter before leaving.",
    "Diazepam and pregabalin continue for now. The baby went to the foster placement on day 5; there, the mother "
    "never shares a bed or sofa with the baby, the foster carer does the night feeds, and late withdrawal signs "
    "are watched for until day 8.",
    "what happened on discharge; nothing for the days ahead",
    "the discharge and the plan in the placement",
)
pair(
    "ep-sert-relative-took",
    EP,
    M,
    sert,
    "Her sister took sertraline through two pregnancies with no problems in either baby, which she found "
    "reassuring, and her mother also used it for postnatal depression in the 1990s.",
    "Her sister took sertraline through two pregnancies without problems, which reassures her. Sertraline 100 mg "
    "continues; the maternity team watches the baby for adaptation signs for 48 hours after birth.",
    "relatives' experience only",
    "relatives' experience plus the decision",
)

# ------------------------------------------------------------------------------------------------------------
CO = "conditional"

pair(
    "co-meth-if-chain",
    CO,
    M,
    meth,
    "If the baby develops withdrawal, the paediatric team would consider treatment; if she chooses to breastfeed, "
    "the midwives could support her; and if she is drowsy after methadone, co-sleeping would be unwise.",
    "Methadone 60 mg daily continues. The baby stays 72 hours on the postnatal ward with withdrawal scoring, and "
    "if the scores rise the paediatrician will start treatment; breastfeeding is supported; no co-sleeping after "
    "her dose.",
    "conditions with only what would or could follow",
    "a decision, and a condition with what will follow",
    dg=zw,
    dg_name="zero-width",
)
pair(
    "co-lith-were-she",
    CO,
    L,
    lith,
    "Were she to stop lithium, relapse would be likely; were the baby breastfed, toxicity could follow; and were "
    "levels to rise late in pregnancy, the dose might need lowering.",
    "Lithium (Priadel) 800 mg continues, because were she to stop, relapse would be likely. The baby is bottle "
    "fed, has a lithium level and a paediatric review after birth, and levels are weekly from 36 weeks.",
    "counterfactual conditions only",
    "the counterfactual as a reason for a decision",
)
pair(
    "co-sert-questions",
    CO,
    M,
    sert,
    "Does sertraline need to change in the third trimester? Will the baby need extra observation after birth? "
    "Is breastfeeding compatible with 100 mg? These remain to be worked through with her.",
    "Does sertraline need to change? No: 100 mg continues, as relapse would harm her and the baby. Will the baby "
    "need extra observation? Yes: the maternity team watches for adaptation signs for 48 hours. Breastfeeding is "
    "compatible.",
    "questions with no answers",
    "each question answered",
    dg=iso,
    dg_name="bidi-isolates",
)
pair(
    "co-dzp-options",
    CO,
    F,
    dzp,
    "Options for diazepam and pregabalin: (a) continue both unchanged; (b) a supervised diazepam taper; (c) stop "
    "pregabalin first. Each carries different sedation and late-withdrawal implications for the baby and the "
    "placement.",
    "Options for diazepam and pregabalin were (a) continue, (b) taper diazepam, (c) stop pregabalin first. Chosen: "
    "(a) now with (b) from week 2. The mother never shares a bed or sofa with the baby; the foster carer does the "
    "night feeds; late withdrawal watched for to day 8.",
    "options listed, none chosen",
    "the option chosen and the baby's plan",
)
pair(
    "co-quet-could-might",
    CO,
    P,
    quet,
    "Bottle feeding at night could be an option, a crib on the mother's side might be sensible, and the father's "
    "quetiapine dose may possibly be moved earlier in the evening if he feels able.",
    "The father's quetiapine makes him hard to wake, so the mother does the night feeds, the baby sleeps in the "
    "crib on her side, and he never shares a bed or sofa with the baby; his GP may move his dose earlier.",
    "could, might, may possibly: nothing decided",
    "decided, with one 'may' beside it",
    dg=hg,
    dg_name="homoglyphs",
)
pair(
    "co-valp-depending",
    CO,
    V,
    valp,
    "Depending on what the anomaly scan shows and what neurology think, the plan for valproate and for the baby "
    "will be either continuation with close monitoring or a supervised change of drug.",
    "Valproate 500 mg bd continues until the urgent neurology review, because stopping suddenly risks seizures; "
    "the baby has an early fetal medicine scan and the detailed anomaly scan; folic acid 5 mg continues. Any "
    "change of drug will depend on neurology.",
    "a plan that depends on results not yet had",
    "decided now, with a later dependency noted",
)
pair(
    "co-meth-hopes",
    CO,
    M,
    meth,
    "The team hopes methadone can stay at 60 mg, would ideally like the baby to room in with her, and is keen for "
    "her to try breastfeeding; everyone is optimistic about the outcome.",
    "The team hopes she will breastfeed. Methadone stays at 60 mg daily; the baby rooms in with her on the "
    "postnatal ward for 72 hours of withdrawal scoring; she must not co-sleep after her dose.",
    "hopes and wishes only",
    "a hope beside a decision",
)
pair(
    "co-cit-should-she-wish",
    CO,
    C,
    cit,
    "Should she wish to reduce citalopram after 36 weeks, a taper could be discussed; should the baby be unsettled "
    "after birth, paediatric advice might be sought.",
    "Citalopram 20 mg continues; should she wish to reduce after 36 weeks, the GP will see her first. The midwife "
    "watches the baby for adaptation symptoms for 48 hours and breastfeeding is supported.",
    "conditions with might/could only",
    "a decision with a condition beside it",
)
pair(
    "co-lith-overall-maybe",
    CO,
    L,
    overall,
    "Lithium (Priadel) might continue, perhaps with more frequent levels; the baby may or may not need a "
    "paediatric review, and bottle feeding is possibly preferable.",
    "Lithium (Priadel) 800 mg continues with levels monthly, weekly from 36 weeks and within 24 hours of birth. "
    "The baby has a paediatric review after birth and is bottle fed. PNMH review her within a week of birth.",
    "might, may or may not, perhaps",
    "the shipped plan in other words",
)

# ------------------------------------------------------------------------------------------------------------
DF = "deferred"

pair(
    "df-meth-forum",
    DF,
    M,
    meth,
    "The plan for methadone and for the baby will be finalised by the perinatal safeguarding forum when it next "
    "convenes, and the outcome will be circulated to all agencies thereafter.",
    "Methadone 60 mg daily continues; the baby is observed on the postnatal ward for 72 hours for withdrawal; "
    "breastfeeding is supported; no co-sleeping after her dose. The perinatal safeguarding forum will add the "
    "discharge arrangements.",
    "handed to a forum that has not met",
    "the plan, with the forum adding discharge details",
    dg=shy,
    dg_name="soft-hyphens",
)
pair(
    "df-lith-letter-follows",
    DF,
    L,
    lith,
    "Lithium management rests with Dr Osei's team, whose letter will follow; the practice will act on whatever it "
    "recommends for her and the baby once it arrives.",
    "Lithium (Priadel) 800 mg continues with levels monthly then weekly from 36 weeks, managed by Dr Osei's team; "
    "the baby is bottle fed and has a paediatric review after birth. Dr Osei's letter will follow.",
    "rests with a team whose letter will follow",
    "the plan, and the letter will follow",
)
pair(
    "df-dzp-conference",
    DF,
    F,
    dzp,
    "Whether diazepam and pregabalin affect the baby's care, and what the placement must do about them, are for "
    "the child protection conference to determine on the basis of the reports submitted.",
    "Diazepam and pregabalin continue for now: the mother never shares a bed or sofa with the baby or feeds "
    "lying down, the foster carer does the night feeds, and late withdrawal is watched for until day 8. The "
    "child protection conference reviews contact.",
    "for the conference to determine",
    "the plan, with the conference reviewing contact",
)
pair(
    "df-valp-awaiting-consultant",
    DF,
    V,
    valp,
    "Valproate: no decision taken in primary care; the consultant neurologist's opinion is being sought and the "
    "baby's fetal medicine plan will follow from it.",
    "Valproate 500 mg bd continues for now, as stopping suddenly risks seizures; the consultant neurologist's "
    "opinion is sought urgently, the baby has an early fetal medicine scan, and folic acid 5 mg continues.",
    "no decision, opinion sought",
    "continued pending opinion, with the baby's scans",
    dg=fw,
    dg_name="full-width",
)
pair(
    "df-meth-as-discussed-mdt",
    DF,
    M,
    meth,
    "Methadone and the baby's care after birth: as discussed and agreed at the antenatal multidisciplinary "
    "meeting with the drug service, midwifery and social care present.",
    "As discussed at the antenatal MDT with the drug service, midwifery and social care: methadone 60 mg daily "
    "continues, the baby has 72 hours of withdrawal scoring on the postnatal ward, and she does not co-sleep "
    "after her dose.",
    "'as discussed and agreed at' with nothing agreed",
    "'as discussed' followed by what was agreed",
)
pair(
    "df-quet-in-accordance",
    DF,
    P,
    quet,
    "Quetiapine and the baby's sleep are managed in accordance with the household safe sleep agreement signed by "
    "both parents on the ward before discharge.",
    "In accordance with the safe sleep agreement both parents signed, the father does no night feeds after his "
    "quetiapine dose and never shares a bed or sofa with the baby; the baby sleeps in the crib on the mother's "
    "side.",
    "'in accordance with' an agreement not quoted",
    "the agreement's terms stated",
    dg=zw,
    dg_name="zero-width",
)
pair(
    "df-cit-midwife-discretion",
    DF,
    C,
    cit,
    "Citalopram and the baby's monitoring after birth are left to the discretion of the attending midwife and "
    "the paediatric registrar on the day.",
    "Citalopram 20 mg continues; the attending midwife watches the baby for adaptation symptoms for 48 hours and "
    "calls the paediatric registrar if they persist. Breastfeeding supported.",
    "left to discretion on the day",
    "a watch and a threshold for calling",
)
pair(
    "df-sert-revisit",
    DF,
    M,
    sert,
    "Sertraline to be revisited nearer the time in light of how her mood settles and what the maternity team "
    "feel is right for the baby.",
    "Sertraline 100 mg continues now; revisit at 36 weeks if her mood changes. The maternity team watch the baby "
    "for adaptation signs for 48 hours after birth.",
    "revisited nearer the time",
    "continued now, revisit noted",
)
pair(
    "df-overall-results-awaited",
    DF,
    V,
    overall,
    "Valproate and folic acid: the overall plan for mother and baby hinges on the neurology outcome and the "
    "fetal medicine findings, both of which are still outstanding.",
    "Valproate continues unchanged until the urgent neurology review, as stopping abruptly risks seizures; the "
    "baby has an early fetal medicine scan and a detailed anomaly scan; folic acid 5 mg started. Further changes "
    "follow the neurology outcome.",
    "hinges on outstanding results",
    "decided now, later changes follow results",
)
pair(
    "df-dzp-handover",
    DF,
    F,
    dzp,
    "Diazepam and pregabalin handed over to the community team and the placement's supervising social worker "
    "for ongoing oversight of the baby.",
    "Diazepam and pregabalin handed over to the community team: both continue for now, the mother never shares a "
    "bed or sofa with the baby or feeds lying down, the foster carer does the night feeds, late withdrawal "
    "watched for to day 8.",
    "handed over for oversight, no plan",
    "handed over with the plan",
)

# ------------------------------------------------------------------------------------------------------------
PT = "process-talk"

pair(
    "pt-dzp-praise",
    PT,
    F,
    dzp,
    "An excellent and thorough joint assessment of diazepam and pregabalin, with full engagement from the mother, "
    "the foster carer and children's social care; all involved are commended for an exemplary multi-agency "
    "approach to the baby's wellbeing.",
    "A thorough joint assessment with full engagement from everyone. Diazepam and pregabalin continue for now; the "
    "mother never shares a bed or sofa with the baby; the foster carer does the night feeds; the baby is watched "
    "for late withdrawal until day 8.",
    "praise of the process",
    "praise, then the plan",
    dg=iso,
    dg_name="bidi-isolates",
)
pair(
    "pt-valp-paperwork",
    PT,
    V,
    valp,
    "The annual risk acknowledgement form for valproate has been completed, signed and scanned, and the pregnancy "
    "prevention programme documentation is fully in order on the clinical system.",
    "The risk acknowledgement form is signed. Valproate 500 mg bd continues until the urgent neurology review "
    "because stopping suddenly risks seizures; the baby has an early fetal medicine scan; folic acid 5 mg "
    "continues.",
    "paperwork complete, nothing decided",
    "paperwork and the decision",
)
pair(
    "pt-cit-nice-quote",
    PT,
    C,
    cit,
    "NICE CG192 states that the risks of taking a psychotropic medicine in pregnancy must be weighed against the "
    "risks of untreated illness, and the BUMPS leaflet on citalopram says most babies are unaffected.",
    "In line with NICE CG192, citalopram 20 mg continues, because untreated illness is the greater risk; the "
    "midwife watches the baby for adaptation symptoms for 48 hours and breastfeeding is supported.",
    "guidance reported, not applied",
    "guidance applied",
    dg=hg,
    dg_name="homoglyphs",
)
pair(
    "pt-sert-standard-pathway",
    PT,
    M,
    sert,
    "Standard perinatal pathway for an SSRI-exposed pregnancy to be followed for sertraline, with the usual "
    "documentation at each contact.",
    "Standard SSRI pathway: sertraline 100 mg continues, and the maternity team watches the baby for adaptation "
    "signs, breathing and feeding for 48 hours after birth.",
    "a pathway named, nothing said",
    "the pathway's content for this baby",
)
pair(
    "pt-meth-shared-decision",
    PT,
    M,
    meth,
    "A shared decision-making conversation about methadone took place in a non-judgemental way, she was given "
    "time and written information, and her autonomy and views were fully respected throughout.",
    "After a shared decision with her: methadone 60 mg daily continues; the baby is observed for withdrawal for "
    "72 hours on the ward; breastfeeding is supported; no co-sleeping after her dose.",
    "how the conversation went",
    "the outcome of the conversation",
)
pair(
    "pt-lith-governance",
    PT,
    L,
    lith,
    "This lithium assessment has been completed to the standard expected by the trust's perinatal governance "
    "framework and peer reviewed by a consultant colleague before sign-off.",
    "Peer reviewed before sign-off: lithium (Priadel) 800 mg continues with levels weekly from 36 weeks and within "
    "24 hours of birth; the baby is bottle fed and has a paediatric review after birth.",
    "governance of the form",
    "governance noted, plan given",
)
pair(
    "pt-quet-mhra-quote",
    PT,
    P,
    quet,
    "The Lullaby Trust advises that parents who have taken medication that makes them drowsy should never share a "
    "bed or sofa with a baby, and its leaflet on quetiapine was handed to the father.",
    "As the Lullaby Trust advises, the father never shares a bed or sofa with the baby after his quetiapine, does "
    "no night feeds, and the baby sleeps in the crib on the mother's side.",
    "guidance reported and a leaflet handed over",
    "guidance applied to this family",
)
pair(
    "pt-overall-all-done",
    PT,
    C,
    overall,
    "Citalopram: all sections of this assessment have been completed in full, the template has been validated, "
    "and the record is now ready for sharing with the midwife and health visitor.",
    "Citalopram 20 mg continues through pregnancy and breastfeeding. The midwife watches the baby for adaptation "
    "symptoms in the first 48 hours; the GP reviews her mood at the 6-week check.",
    "the form is done",
    "the plan",
)

# ------------------------------------------------------------------------------------------------------------
SH = "shapes"

pair(
    "sh-meth-table-empty",
    SH,
    M,
    meth,
    "Medicine | Decision | Baby | Feeding | Sleep\nMethadone 60 mg | | | | \nReviewed by | GP | | |",
    "Medicine | Decision | Baby | Feeding | Sleep\nMethadone 60 mg | continue | 72 h obs for NAS on PNW | BF "
    "supported | no co-sleeping after dose",
    "a table whose cells are empty",
    "the table filled in",
    dg=fw,
    dg_name="full-width",
)
pair(
    "sh-cit-bullets-empty",
    SH,
    C,
    cit,
    "Citalopram plan:\n- Dose:\n- Baby after birth:\n- Feeding:\n- Who does what:\n- Review date:",
    "Citalopram plan:\n- Dose: 20 mg, continue\n- Baby after birth: midwife watches for adaptation signs 48 h\n- "
    "Feeding: BF supported\n- Who does what: GP mood r/v at 6 wks",
    "bullet labels only",
    "the bullets answered",
    dg=zw,
    dg_name="zero-width",
)
pair(
    "sh-overall-soap-empty",
    SH,
    M,
    overall,
    "S: on methadone 60 mg od and sertraline 100 mg, feels well. O: 28/40, BP normal, fundal height on track. A: "
    "-. P: -.",
    "S: on methadone 60 mg and sertraline 100 mg, well. O: 28/40. A: both to continue. P: NAS obs on PNW 72 h; "
    "BF supported; no co-sleeping after methadone; SW and HV to see sleeping arrangements pre-discharge.",
    "SOAP with empty assessment and plan",
    "SOAP completed",
)
pair(
    "sh-quet-letter-no-conclusion",
    SH,
    P,
    quet,
    "Dear colleague, thank you for asking me to see this family about the father's quetiapine. I met both "
    "parents and their daughter at home today and we talked at length about nights. With kind regards.",
    "Dear colleague, thank you for asking me to see this family about the father's quetiapine. My advice: he "
    "never shares a bed or sofa with the baby and does no night feeds after his dose; the baby sleeps in her "
    "crib on the mother's side. With kind regards.",
    "a letter with no advice in it",
    "a letter with the advice",
)
BOTH = two(meth, sert)
add(
    "sh-boilerplate-twice-hollow",
    SH,
    REFUSE,
    M,
    BOTH(
        "Methadone has been reviewed in the context of this pregnancy, weighing the benefits to the mother against "
        "the potential risks to the baby, and the balance remains appropriate at present.",
        "Sertraline has been reviewed in the context of this pregnancy, weighing the benefits to the mother against "
        "the potential risks to the baby, and the balance remains appropriate at present.",
    ),
    "one boilerplate pasted under both medicines with the name changed",
)
add(
    "sh-boilerplate-twice-decided",
    SH,
    PASS,
    M,
    BOTH(
        "Reviewed in the context of this pregnancy: methadone 60 mg continues; the baby has 72 hours of withdrawal "
        "scoring on the ward; breastfeeding supported; no co-sleeping after her dose.",
        "Reviewed in the context of this pregnancy: sertraline 100 mg continues; the maternity team watches the "
        "baby for adaptation signs for 48 hours after birth.",
    ),
    "the same opening, different decisions",
)
pair(
    "sh-meth-topic-words-scattered",
    SH,
    M,
    meth,
    "The baby's cot was delivered by a charity last week. Methadone pharmacy opening hours change in March. The "
    "breastfeeding cafe meets on Tuesdays at the children's centre. Co-sleeping posters are up in the waiting "
    "room.",
    "The baby's cot was delivered last week and will be used: no co-sleeping after her methadone dose. Methadone "
    "60 mg continues; she plans to breastfeed, which is supported; the baby is observed 72 hours for withdrawal.",
    "topic words in sentences about other things",
    "the same words in deciding sentences",
    dg=hg,
    dg_name="homoglyphs",
)
pair(
    "sh-dzp-headings-only",
    SH,
    F,
    dzp,
    "DIAZEPAM AND PREGABALIN. Sedation and safe sleep. Late neonatal withdrawal. Night-time care in the "
    "placement. Feeding. Contact.",
    "DIAZEPAM AND PREGABALIN. Sedation and safe sleep: no bed or sofa sharing, no feeding lying down. Late "
    "withdrawal: watch to day 8. Nights: the foster carer feeds. Both continue for now.",
    "headings with no content",
    "headings with content",
)
pair(
    "sh-valp-yes-no-grid",
    SH,
    V,
    valp,
    "Valproate: continue? ___ Stop? ___ Fetal medicine referral? ___ Folic acid 5 mg? ___ Neurology? ___",
    "Valproate: continue? yes, 500 mg bd until the urgent neurology review, as stopping risks seizures. Fetal "
    "medicine referral for the baby? yes, early scan. Folic acid 5 mg? yes.",
    "a grid with blanks",
    "the grid answered",
)
pair(
    "sh-lith-overall-see-above",
    SH,
    L,
    overall,
    "Lithium (Priadel): for the full plan covering levels, delivery, the baby's review and feeding, please see the "
    "assessment section above, which sets out each point in detail.",
    "Lithium (Priadel) 800 mg continues with levels weekly from 36 weeks and within 24 hours of birth; the baby "
    "has a paediatric review after birth and is bottle fed. Details in the assessment above.",
    "a pointer to another part of the record",
    "the plan, then the pointer",
)
pair(
    "sh-sert-copied-med-line",
    SH,
    M,
    sert,
    "Sertraline 50mg tablets, 100 mg once daily in the morning, repeat prescription, last issued 2026-02-20, "
    "28 days supply, next review due.",
    "Sertraline 100 mg once daily continues, as the risk of relapse outweighs the small risk to the baby; the "
    "maternity team watches for adaptation signs for 48 hours after birth.",
    "the medicines list line copied",
    "the dose with its decision",
)
pair(
    "sh-meth-abbrev-labels",
    SH,
    M,
    meth,
    "Methadone. NAS risk: yes. Co-sleeping risk: yes. BF: yes. SCBU: possible. HV: aware. SW: aware.",
    "Methadone 60 mg continues. NAS: 72 h obs on PNW, SCBU if scores high. Co-sleeping: not after her dose. BF: "
    "supported. HV: sees cot at home visit.",
    "risks flagged yes, nothing decided",
    "each flag with its action",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F78CASES)
    for category in CATEGORIES:
        print(f"{category:16} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':16} refuse {sum(c.expect == REFUSE for c in F78CASES):3}  pass {sum(c.expect == PASS for c in F78CASES):3}"
    )
