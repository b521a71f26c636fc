"""A thirteenth independent "fresh" batch of red-team cases for the share gate: the determined adversary, and
the near misses beside each trick.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the rule catalogue (docs/rules.md, README.md), the templates (templates/*.toml) and the clinical
reference (../shared/reference), not from the gate's code. Every trick comes as a pair: the hollow or invalid
version (must refuse) and a near miss a clinician could well write that is genuinely good or valid (must pass),
so the gate cannot win by refusing everything. It covers:

* hollow conclusions by new tactics: jargon with no claim about this mother or baby, sentences stitched from the
  template's own prompts, a conclusion about the wrong medicine or the wrong parent, the coded answers restated
  in words, distribution lists of people and services, numbers and dates with no claim, quoted guidance, a real
  conclusion for one medicine beside a hollow one for the other (MA103, MA104, MA119, MA120, MA124);
* concerns: one concern a medicine raises answered and another not (valproate's breastfeeding beside its
  pregnancy prevention), items that only report or dismiss (MA122, MA123, MA125);
* impossible dates and values: calendar-impossible dates, the EDD against the gestation at and past the 14-day
  tolerance, a delivery at and past 22 and 42 weeks, delivery after the attestation, an age past 60, medicines
  started before the mother was born, the conception margin at and past its edge (MA011-MA014, MA212), beside
  the valid edges (29 February in a leap year);
* routes: MESH mailbox ids, MLLP hosts and ports, FHIR base URLs and manual hand-overs that look plausible but
  cannot deliver (port 0 or 70000, http, loopback spelt as 127.1 or as a number, whitespace, look-alike letters
  in a host name, "n/a"), beside valid ones (a private address, a port, upper case, a trailing dot) (MA306-MA309);
* disguise families: mathematical alphanumeric letters, full-width letters, Unicode tag characters (also as a
  hidden second text), variation selectors, stacked combining marks, Hangul filler, non-breaking and thin
  spaces, Cyrillic and Greek look-alikes, each on a hollow text (must refuse) and a good one (must pass: MA115
  only warns of mixed-script words).

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh13_cases`` for the
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
    N,
    P,
    Record,
    V,
    chain,
    delete,
    edit,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words, swap_spaces

F13CASES: list[Case] = []

CATEGORIES = (
    "hollow-tactics",
    "concerns",
    "impossible-dates",
    "routes",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F13CASES.append(Case(f"f13-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def concl(assessment_id: str, text: str) -> Mutation:
    return set_(f"assessments#{assessment_id}.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


# Assessment ids in the shipped examples.
METH = "asm-methadone"
SERT = "asm-sertraline"
LITH = "asm-lithium"
VALP = "asm-valproate"
DZPG = "asm-diazepam-pregabalin"
QUET = "asm-partner-quetiapine"
CITA = "asm-citalopram"


# ------------------------------------------------------------------------------------------------------------
# Disguises not in disguise.py.


def _alphanumeric(text: str, upper: int, lower: int, digit: int | None) -> str:
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(upper + ord(ch) - ord("A")))
        elif "a" <= ch <= "z":
            out.append(chr(lower + ord(ch) - ord("a")))
        elif digit is not None and "0" <= ch <= "9":
            out.append(chr(digit + ord(ch) - ord("0")))
        else:
            out.append(ch)
    return "".join(out)


def math_bold(text: str) -> str:
    """Letters and digits as MATHEMATICAL BOLD (U+1D400...), which NFKC folds to ASCII."""
    return _alphanumeric(text, 0x1D400, 0x1D41A, 0x1D7CE)


def math_sans_bold(text: str) -> str:
    return _alphanumeric(text, 0x1D5D4, 0x1D5EE, 0x1D7EC)


def math_mono(text: str) -> str:
    return _alphanumeric(text, 0x1D670, 0x1D68A, 0x1D7F6)


TAG_SPACE = "\U000e0020"
"""An invisible Unicode tag character (format, Cf)."""


def tag_encode(text: str) -> str:
    """ASCII text written in invisible Unicode tag characters (U+E0020-U+E007E): nobody reading sees it."""
    return "".join(chr(0xE0000 + ord(ch)) for ch in text if " " <= ch <= "~")


VS16 = "\ufe0f"
"""VARIATION SELECTOR-16 (a nonspacing mark, Mn, not a format character)."""

ZALGO = "\u0301\u0316\u0300"
"""Combining acute, grave below and grave stacked on a letter."""

HANGUL_FILLER = "\u3164"
"""HANGUL FILLER: shows as a blank but is a letter (Lo)."""


def zalgo(text: str) -> str:
    return "".join(ch + ZALGO if ch.isalpha() else ch for ch in text)


def hangul_padded(text: str) -> str:
    """A Hangul filler after every space: wider gaps to the eye, and a letter to a naive word count."""
    return text.replace(" ", " " + HANGUL_FILLER)


def thin_spaces(text: str) -> str:
    return swap_spaces(text, "\u2009")


# ============================================================================================================
# hollow-tactics: each hollow conclusion beside a near miss that concludes.

H = "hollow-tactics"

bad("methadone-governance-jargon", H, M, concl(METH, (
    "Methadone: holistic, person-centred multidisciplinary risk stratification undertaken within a "
    "trauma-informed governance framework, with escalation pathways and stakeholder touchpoints mapped.")),
    "management jargon naming methadone; nothing about this baby or what anyone must do (MA124, MA104)")
ok("methadone-jargon-then-decision", H, M, concl(METH, (
    "Methadone: the multidisciplinary risk review with the drug service agreed that 60 mg daily continues; the "
    "baby needs at least 72 hours of withdrawal scoring on the postnatal ward, and sedation after each dose "
    "rules out co-sleeping.")),
    "the same register of words, with the decision, the baby's withdrawal plan and safe sleep")

bad("methadone-fetal-jargon-no-claim", H, M, concl(METH, (
    "Methadone: fetal and neonatal considerations were reviewed in the context of the perinatal "
    "pharmacokinetic profile and the maternal-infant dyad.")),
    "clinical words about the baby, but only that something was reviewed: no claim, no plan (MA103/MA104 "
    "purpose: an account that a review happened is no conclusion)")
ok("methadone-placenta-withdrawal-claim", H, M, concl(METH, (
    "Methadone crosses the placenta, so the newborn is likely to withdraw from it between day 2 and day 8: 72 "
    "hours of scoring on the postnatal ward, then the health visitor checks for late tremor and poor feeding. "
    "The dose stays at 60 mg; no bed sharing after her dose.")),
    "fetal and neonatal words carrying claims and a plan")

bad("methadone-template-prompts-stitched", H, M, concl(METH, (
    "Methadone. Written conclusion: impact on the baby; neonatal withdrawal observation plan (local "
    "guideline); breastfeeding advice for this medicine; safe sleep and co-sleeping advice given; "
    "recommendations.")),
    "the template's own item prompts strung together: the form's prompt left in the box is set aside (MA103)")
ok("methadone-prompts-as-headings-answered", H, M, concl(METH, (
    "Methadone. Impact on the baby: withdrawal is likely between day 2 and day 8. Observation plan: 72 hours "
    "on the postnatal ward. Breastfeeding: methadone is compatible, so she breastfeeds. Safe sleep: never in "
    "her bed or on the sofa after a dose.")),
    "the prompts used as headings, each followed by its answer")

bad("partner-coded-answers-restated", H, P, concl(QUET, (
    "Quetiapine (father): sedation yes. Safe sleep advice given: yes. Discharged home with parents. Child "
    "protection plan: no. Care order: none. Looked after: no.")),
    "the record's coded answers read back in words; nothing about what his sedation means for the baby's "
    "nights (MA103: says nothing substantive; MA124)")
ok("partner-coded-answer-then-meaning", H, P, concl(QUET, (
    "Quetiapine (father): sedation yes, and it is marked: he is hard to rouse for hours after his 300 mg dose, "
    "so he never sleeps beside the baby on a bed, sofa or chair and does no night feeds. Safe sleep advice was "
    "given to both parents and the crib was seen.")),
    "a coded answer restated, then what it means for the baby's sleep")

bad("methadone-distribution-list", H, M, concl(METH, (
    "Methadone: copied to the neonatal unit consultant, the SCBU sister, the infant feeding lead, the baby's "
    "health visitor, the community midwife Anna Lowe, Marcus Reed at children's services and the drug service "
    "keyworker.")),
    "a distribution list dressed in neonatal words: who gets a copy, not what it says (MA103/MA104)")
ok("methadone-distribution-with-reason", H, M, concl(METH, (
    "Methadone 60 mg continues; copies go to the neonatal unit, the community midwife Anna Lowe, the health "
    "visitor and Marcus Reed, because the baby will need withdrawal scoring for 72 hours and nobody should let "
    "her sleep with the baby after a dose.")),
    "the same people named, with the reason each needs the record")

bad("overall-foster-names-list", H, F, overall(
    "Diazepam and pregabalin: discussed with Sandra Hollis (foster carer), Leanne Moss (social worker), "
    "Brightwater Fostering, Millbrook Health Visiting Service, the ward midwife, the neonatal registrar and "
    "the practice safeguarding lead."),
    "an overall conclusion that is a list of people and services (MA124, MA104)")
ok("overall-foster-names-with-plan", H, F, overall(
    "Diazepam and pregabalin continue while a slow diazepam reduction is planned. Sandra Hollis (foster "
    "carer), Leanne Moss and the health visitor each know the plan: the foster carer does night feeds, the "
    "mother never sleeps with the baby on a bed, sofa or armchair, and late withdrawal is watched for until "
    "day 8."),
    "the same people named, with the plan they hold")

bad("lithium-numbers-and-dates", H, L, concl(LITH, (
    "Lithium 800 mg; levels 0.6-0.8 mmol/L; 4-weekly; 36/40; 24 h; 2026-05-06; 2026-08-26; GMC 7056789; "
    "20/40 scan.")),
    "numbers, dates and units with no claim (MA104: numbers, doses and units are not content)")
ok("lithium-numbers-with-claims", H, L, concl(LITH, (
    "Lithium 800 mg continues with levels every 4 weeks, weekly from 36 weeks and within 24 hours of birth "
    "(target 0.6-0.8 mmol/L). The baby needs a paediatric review at birth for floppiness and poor feeding; "
    "breastfeeding is not advised because lithium reaches the milk.")),
    "the same numbers inside sentences that say what they mean for the baby")

bad("valproate-quoted-mhra", H, V, concl(VALP, (
    "Valproate: 'must not be used in pregnancy unless there is no suitable alternative' (MHRA Drug Safety "
    "Update, January 2024).")),
    "quoted guidance, no conclusion about this pregnancy or baby (MA124, MA104)")
ok("valproate-quote-then-decision", H, V, concl(VALP, (
    "The MHRA advice (valproate 'must not be used in pregnancy unless there is no suitable alternative') "
    "applies, but stopping now risks seizures that would endanger her and the baby, so valproate continues "
    "until the neurologist sees her this week; the first-trimester exposure needs a detailed anomaly scan and "
    "fetal medicine review.")),
    "the quotation followed by the decision for this pregnancy")

bad("methadone-quoted-review-recommendation", H, M, concl(METH, (
    "Methadone: 'where there are concerns about the impact of medication on a mother or her baby, the "
    "clinician's assessment and conclusion must be written down and shared' (safeguarding practice review).")),
    "quotes the review's recommendation to write a conclusion instead of writing one (MA103/MA104)")
ok("methadone-review-quoted-then-written", H, M, concl(METH, (
    "As the safeguarding practice review asks, written down here: methadone 60 mg continues, the baby is "
    "scored for withdrawal for 72 hours on the ward and checked by the health visitor to day 8, and her "
    "sedation after each dose means no co-sleeping.")),
    "names the review, then gives the conclusion it asks for")

bad("joint-real-diazepam-hollow-pregabalin", H, F, concl(DZPG, (
    "Diazepam 5 mg three times a day sedates her: she never sleeps with the baby on a bed, sofa or armchair "
    "and the foster carer does the night feeds; late withdrawal is watched for until day 8. Pregabalin: see "
    "pain clinic letter.")),
    "a joint conclusion real for diazepam and only a pointer for pregabalin: nothing is concluded about "
    "pregabalin (MA119 purpose; MA103 for the pregabalin clause)")
ok("joint-both-concluded-with-pointer", H, F, concl(DZPG, (
    "Diazepam 5 mg three times a day sedates her: she never sleeps with the baby on a bed, sofa or armchair "
    "and the foster carer does the night feeds; late withdrawal is watched for until day 8. Pregabalin adds "
    "to the drowsiness and the withdrawal risk and continues at 150 mg twice a day; see also the pain clinic "
    "letter.")),
    "both medicines concluded on, with a pointer as extra")

bad("overall-real-methadone-deferred-sertraline", H, M, overall(
    "Methadone 60 mg continues: the baby will be scored for withdrawal for 72 hours on the ward, breastfeeding "
    "is encouraged and there is to be no co-sleeping after a dose. Sertraline: awaiting the perinatal mental "
    "health team's view."),
    "the overall conclusion concludes on methadone and defers sertraline (MA103 for the sertraline clause; the "
    "overall conclusion must conclude across every medicine)")
ok("overall-both-concluded", H, M, overall(
    "Methadone 60 mg continues: the baby will be scored for withdrawal for 72 hours on the ward, breastfeeding "
    "is encouraged and there is to be no co-sleeping after a dose. Sertraline 100 mg continues too; its "
    "adaptation signs in the baby are watched for alongside the withdrawal scores."),
    "both medicines concluded on")

bad("methadone-partners-medicines-instead", H, M, concl(METH, (
    "Methadone: her partner also takes methadone and diazepam from the drug service; both are kept in a locked "
    "box and he will not co-sleep with the baby after his doses.")),
    "the wrong person: the partner's medicines under the mother's assessment, one of them (diazepam) not in "
    "the medicine list (MA120)")
ok("methadone-mothers-own-partner-helps", H, M, concl(METH, (
    "Methadone 60 mg continues for her and is kept in a locked box away from the baby; after her dose she must "
    "not sleep with the baby on a bed or sofa, so her partner, who takes no medicines, does the night feeds. "
    "Withdrawal scoring for 72 hours on the ward.")),
    "the mother's own methadone, with the partner's part in the plan")

bad("partner-quetiapine-about-mothers-paracetamol", H, P, concl(QUET, (
    "Quetiapine is the father's medicine, so no concerns for the baby from it; the mother's paracetamol is "
    "compatible with breastfeeding at these doses.")),
    "dismisses the father's quetiapine and concludes on the mother's paracetamol; what is left never speaks "
    "of the baby's safe sleep, the partner's concern (MA103)")
ok("partner-quetiapine-milk-and-sleep", H, P, concl(QUET, (
    "Quetiapine is the father's medicine and does not reach the baby through the milk, so the mother's mixed "
    "feeding carries on; the danger is his deep sedation at night, so he never shares a bed or sofa with the "
    "baby and the mother does every night feed.")),
    "says it is the father's medicine, then concludes on his sedation and the baby's sleep")

bad("overall-partner-medicine-given-to-mother", H, P, overall(
    "She takes quetiapine 300 mg at night and is very hard to wake, so the father does the night feeds and "
    "she must never share a bed or sofa with the baby; paracetamol raises no concern."),
    "the wrong parent: the list records quetiapine as the father's, and the plan built on it has the sedated "
    "father doing the night feeds (MA120: a medicine of concern named as one she takes that the list does not "
    "give her)")
ok("overall-partner-medicine-right-parent", H, P, overall(
    "The father takes quetiapine 300 mg at night and is very hard to wake, so the mother does the night feeds "
    "and he must never share a bed or sofa with the baby; her own paracetamol raises no concern."),
    "the same plan with the medicine given to the right parent")

bad("citalopram-class-effects-jargon", H, C, concl(CITA, (
    "Citalopram: SSRI class effects considered; benefit-risk balance favourable; shared decision-making "
    "completed; MDT informed; safety-netting documented.")),
    "stock prescribing jargon with nothing about the baby (MA124)")
ok("citalopram-class-effects-spelled-out", H, C, concl(CITA, (
    "Citalopram 20 mg continues: relapse off it is the bigger danger, while the baby's risks are small (about "
    "3 in 1,000 for PPHN, plus jitteriness or fast breathing in the first 48 hours), which the midwife watches "
    "for. It is compatible with breastfeeding.")),
    "the class effects named as the baby's risks, with who watches")

bad("valproate-medicine-row-restated", H, V, concl(VALP, (
    "Sodium valproate 500mg gastro-resistant tablets, 500 mg twice a day, started 2019-09-02, last changed "
    "2024-03-11, prescribed by Castle Street Surgery (Y90003).")),
    "the medicine list's row written out: name, dose, dates and prescriber (MA104, MA124)")
ok("valproate-row-then-conclusion", H, V, concl(VALP, (
    "Sodium valproate 500 mg twice a day since 2019 continues until neurology review, because sudden stopping "
    "risks seizures that would harm her and the pregnancy. The baby was exposed in the first trimester: "
    "detailed anomaly scan, fetal medicine review and folic acid 5 mg from today.")),
    "the same facts with the decision and what the exposure means for the baby")

bad("lithium-conversation-account", H, L, concl(LITH, (
    "Lithium: the baby's wellbeing was at the centre of a thorough and robust conversation, and everyone's "
    "views were heard and respected.")),
    "an account of a conversation about the baby, no outcome (MA104 names this pattern)")
ok("lithium-conversation-with-outcome", H, L, concl(LITH, (
    "Lithium: after a long conversation she chose to stay on it because relapse after birth is the greater "
    "danger; the baby gets a paediatric review, and a lithium level if floppy or slow to feed, and will be "
    "bottle fed because lithium passes into the milk.")),
    "the conversation, then what was decided for the baby")

bad("diazepam-pregabalin-prompt-in-parentheses", H, F, concl(DZPG, (
    "Diazepam and pregabalin: (state what the medicines mean for the baby, and what the foster carer, health "
    "visitor and social worker must do)")),
    "the form's instruction left in the box in round brackets (MA103: a form's own prompt is set aside)")
ok("diazepam-pregabalin-real-parenthesis", H, F, concl(DZPG, (
    "Diazepam and pregabalin (both sedating, both with withdrawal) continue for now: the mother must not "
    "co-sleep or feed lying down, the foster carer does the night feeds, and the baby is watched for late "
    "withdrawal until day 8.")),
    "a parenthesis that carries content inside a real conclusion")

bad("citalopram-template-completed", H, C, concl(CITA, (
    "Citalopram: all sections of the perinatal medication assessment template completed, with each "
    "mandatory item answered and coded in the record.")),
    "says the form is complete, not what it concludes (MA124, MA104)")
ok("citalopram-template-completed-then-summary", H, C, concl(CITA, (
    "Citalopram: every item of the template is answered; in short, 20 mg continues, the midwife watches the "
    "baby for jitteriness and fast breathing for 48 hours, and breastfeeding goes ahead.")),
    "the same opening followed by the conclusion")

bad("overall-risk-matrix-logged", H, F, overall(
    "Diazepam and pregabalin: sedation-related and withdrawal-related domains were scored on the risk matrix "
    "and logged on the safeguarding dashboard for the baby."),
    "risk-process jargon with the baby's concerns as labels, no outcome (MA103/MA104)")
ok("overall-risk-matrix-with-outcome", H, F, overall(
    "Diazepam and pregabalin: the risk matrix scores sedation highest, so the mother never shares a bed, sofa "
    "or armchair with the baby, the foster carer does night feeds, and withdrawal is watched for until day 8."),
    "the risk matrix's result, with what follows for the baby")

# ============================================================================================================
# concerns: one concern answered and another not; items that only report or dismiss.

K = "concerns"

_VALPROATE_PPP_ONLY = (
    "Valproate: she was on the pregnancy prevention programme with the annual risk form signed in November "
    "2025, but her contraception failed. It continues until the neurologist sees her, as stopping risks "
    "seizures; the first-trimester exposure needs a detailed anomaly scan and fetal medicine review.")

bad("valproate-ppp-answered-breastfeeding-not", K, V, chain(
    delete("assessments#asm-valproate.impact_on_baby.breastfeeding"), concl(VALP, _VALPROATE_PPP_ONLY)),
    "pregnancy prevention, teratogenicity and relapse answered; breastfeeding, which valproate raises, answered "
    "nowhere in the assessment (MA122)")
ok("valproate-ppp-and-breastfeeding-answered", K, V, chain(
    delete("assessments#asm-valproate.impact_on_baby.breastfeeding"), concl(VALP, (
        _VALPROATE_PPP_ONLY + " Breastfeeding on valproate is usually possible; the neurologist will confirm "
        "it before the birth."))),
    "the breastfeeding item empty but the conclusion answers it (MA112 may warn)")

bad("sertraline-breastfeeding-item-removed", K, M, delete("assessments#asm-sertraline.impact_on_baby.breastfeeding"),
    "she intends to breastfeed and nothing in the sertraline assessment speaks of it (MA122)")
ok("sertraline-breastfeeding-in-conclusion", K, M, chain(
    delete("assessments#asm-sertraline.impact_on_baby.breastfeeding"), concl(SERT, (
        "Sertraline 100 mg continues because stopping brought relapse before; the baby's small risks of PPHN "
        "and adaptation signs are watched for by the midwife, and sertraline is compatible with breastfeeding, "
        "which she plans."))),
    "the breastfeeding item empty, the conclusion gives the advice")

bad("sertraline-breastfeeding-dismissed", K, M,
    set_("assessments#asm-sertraline.impact_on_baby.breastfeeding", "Not applicable."),
    "breastfeeding dismissed for a mother who intends to breastfeed (MA123)")
ok("lithium-breastfeeding-na-bottle-fed", K, L,
    set_("assessments#asm-lithium.impact_on_baby.breastfeeding", "Not applicable: bottle feeding from birth, "
         "agreed at booking."),
    "the record says the baby is bottle fed: a concern that does not apply may be called not applicable (MA123)")

bad("partner-safe-sleep-discussed-only", K, P,
    set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep", "Discussed with both parents."),
    "the partner's only safe-sleep answer reports a discussion, not the advice (MA125)")
ok("partner-safe-sleep-spare-room", K, P,
    set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep", (
        "He takes it at 10 pm and sleeps in the spare room; never in a bed, sofa or armchair with the baby.")),
    "the partner's safe sleep answered with the arrangement")

bad("foster-safe-sleep-leaflet-given", K, F,
    set_("assessments#asm-diazepam-pregabalin.impact_on_mother.safe_sleep",
         "Lullaby Trust co-sleeping leaflet given to mum and the foster carer."),
    "the safe-sleep item only reports that a leaflet was given (MA125)")
ok("foster-safe-sleep-leaflet-and-advice", K, F,
    set_("assessments#asm-diazepam-pregabalin.impact_on_mother.safe_sleep", (
        "Lullaby Trust leaflet given; she must not sleep with the baby on a bed, sofa or armchair after any "
        "dose, and feeds sitting up.")),
    "a leaflet and the advice itself")

bad("methadone-withdrawal-plan-paeds-decide", K, M,
    set_("assessments#asm-methadone.impact_on_baby.neonatal_withdrawal_plan", "Paediatricians aware and will decide."),
    "the withdrawal plan only says who knows and hands the decision on (MA125)")
ok("methadone-withdrawal-plan-paeds-aware-with-plan", K, M,
    set_("assessments#asm-methadone.impact_on_baby.neonatal_withdrawal_plan", (
        "Paediatricians aware: 72 hours of withdrawal scoring on the postnatal ward, then the health visitor "
        "looks for late signs to day 8.")),
    "who knows, and the plan")

bad("partner-safe-sleep-na-his-medicine", K, P,
    set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep", "N/A, the quetiapine is his and not hers."),
    "the partner's safe sleep dismissed because the medicine is his (MA123)")
ok("partner-safe-sleep-na-with-reason", K, P,
    set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep", (
        "Not applicable to night feeds, which he never does: after his dose he sleeps in the spare room, never "
        "in a bed or on a sofa with the baby.")),
    "'not applicable' followed by the sleeping arrangement (MA123 allows a reason)")

# ============================================================================================================
# impossible-dates: calendar-impossible dates, limits of the documented tolerances, and the valid edges.

D = "impossible-dates"

bad("delivery-29-feb-non-leap", D, F, set_("pregnancy.delivery_date", "2026-02-29"),
    "29 February 2026 does not exist (the record model must reject it)")
ok("birth-date-29-feb-leap-year", D, N, set_("mother.birth_date", "2000-02-29"),
    "29 February 2000 exists (2000 is a leap year)")
bad("birth-date-29-feb-non-leap", D, N, set_("mother.birth_date", "2001-02-29"),
    "29 February 2001 does not exist")
bad("gestation-on-31-november", D, M, set_("pregnancy.gestation.on", "2025-11-31"),
    "31 November does not exist")
bad("assessment-date-month-13", D, L, set_("assessments#asm-lithium.date", "2026-13-06"),
    "month 13 does not exist")
bad("overall-date-month-zero", D, M, set_("overall_conclusion.date", "2026-00-02"),
    "month 0 does not exist")
bad("updated-hour-25", D, M, set_("updated", "2026-03-02T25:40:00+00:00"),
    "hour 25 does not exist")

ok("edd-14-days-after-gestation", D, M, set_("pregnancy.edd", "2026-05-30"),
    "29+2 on 2026-03-02 implies 2026-05-16: an EDD 14 days later is within the tolerance (MA011)")
bad("edd-15-days-after-gestation", D, M, set_("pregnancy.edd", "2026-05-31"),
    "15 days from the EDD the gestation implies (MA011)")
ok("edd-14-days-before-gestation", D, M, set_("pregnancy.edd", "2026-05-02"),
    "14 days before the implied EDD: within the tolerance (MA011)")
bad("edd-15-days-before-gestation", D, M, set_("pregnancy.edd", "2026-05-01"),
    "15 days before the implied EDD (MA011)")
ok("gestation-recorded-earlier-consistent", D, M, set_("pregnancy.gestation", {"weeks": 27, "days": 2, "on": "2026-02-16"}),
    "a gestation recorded two weeks before the assessment, implying the same EDD")
bad("gestation-recorded-after-attestation", D, M, set_("pregnancy.gestation", {"weeks": 29, "days": 3, "on": "2026-03-03"}),
    "the gestation measured the day after the record was attested (MA013)")

_US = "ultrasound-scan"
ok("delivery-at-42-weeks", D, F, chain(set_("pregnancy.edd", "2026-05-11"), set_("pregnancy.edd_basis", _US)),
    "delivered 28 days after the EDD: 42 weeks, the documented limit (MA013)")
bad("delivery-past-42-weeks", D, F, chain(set_("pregnancy.edd", "2026-05-10"), set_("pregnancy.edd_basis", _US)),
    "delivered 29 days after the EDD: past 42 weeks (MA013)")
ok("delivery-at-22-weeks", D, F, chain(set_("pregnancy.edd", "2026-10-12"), set_("pregnancy.edd_basis", _US)),
    "delivered 18 weeks before the EDD: 22 weeks, the documented limit (MA013)")
bad("delivery-before-22-weeks", D, F, chain(set_("pregnancy.edd", "2026-10-13"), set_("pregnancy.edd_basis", _US)),
    "delivered 18 weeks and a day before the EDD (MA013)")

bad("delivery-after-attestation", D, F, set_("pregnancy.delivery_date", "2026-06-15"),
    "a postnatal record attested the day before the birth it describes (MA013)")
ok("delivery-on-assessment-day", D, F, set_("pregnancy.delivery_date", "2026-06-12"),
    "born on the day of the assessment, attested two days later")
bad("delivery-next-century", D, F, set_("pregnancy.delivery_date", "2126-06-08"),
    "a delivery a century ahead (MA012)")
bad("assessment-a-century-ago", D, M, set_("assessments#asm-methadone.date", "1926-03-02"),
    "an assessment dated before the pregnancy, the medicine and the mother (MA212, MA108)")
ok("postnatal-attested-within-a-year", D, P, set_("pregnancy.delivery_date", "2025-06-02"),
    "attested 360 days after the birth: within the postnatal year (MA013)")
bad("postnatal-attested-after-a-year", D, P, set_("pregnancy.delivery_date", "2025-05-20"),
    "attested 373 days after the birth: past the postnatal year the template covers (MA013)")

ok("mother-aged-59", D, M, set_("mother.birth_date", "1966-03-03"),
    "59 on the day the record was updated: within 10 to 60 (MA014)")
bad("mother-aged-61", D, M, set_("mother.birth_date", "1965-03-01"),
    "61 on the day the record was updated (MA014)")
bad("mother-aged-7", D, M, set_("mother.birth_date", "2018-08-14"),
    "a mother of 7 (MA014)")
ok("sertraline-started-at-16", D, M, set_("medicines#med-sertraline.started", "2013-05-20"),
    "started when she was 16: long before the pregnancy, after her birth")
bad("sertraline-started-before-her-birth", D, M, set_("medicines#med-sertraline.started", "1990-05-20"),
    "a medicine started six years before the mother was born (MA014: born before every date in the record)")

ok("valproate-assessment-at-conception-margin", D, V, set_("assessments#asm-valproate.date", "2026-03-11"),
    "14 days before the pregnancy began (2026-03-25): exactly the documented margin (MA212)")
bad("valproate-assessment-past-conception-margin", D, V, set_("assessments#asm-valproate.date", "2026-03-10"),
    "15 days before the pregnancy began (MA212)")
ok("consent-at-conception-margin", D, M, set_("lawful_basis.recorded_on", "2025-07-25"),
    "the pregnancy began 2025-08-08; consent 14 days earlier is within the margin (MA013)")
bad("consent-a-decade-before-pregnancy", D, M, set_("lawful_basis.recorded_on", "2016-03-02"),
    "a lawful basis recorded ten years before this pregnancy (MA013)")
ok("attestation-late-evening-utc", D, P, set_("attestation.at", "2026-05-28T23:59:59+00:00"),
    "attested late on the day of the assessment (after midnight in UK time, so MA015 may warn)")

# ============================================================================================================
# routes: routes that look plausible but cannot deliver, beside valid ones.

R = "routes"


def hv_mailbox(mailbox: str) -> Mutation:
    return set_("recipients#rcp-hv.route.mailbox", mailbox)


def mllp_host(host: str) -> Mutation:
    return set_("recipients#rcp-maternity.route.host", host)


def fhir_url(url: str) -> Mutation:
    return set_("recipients#rcp-maternity.route.base_url", url)


def manual(description: str) -> Mutation:
    return set_("recipients#rcp-foster-carer.route.description", description)


bad("mesh-lower-case", R, M, hv_mailbox("x26hc003"), "a MESH mailbox id in lower case (MA307 / schema)")
bad("mesh-space-inside", R, M, hv_mailbox("X26 HC003"), "a space inside the mailbox id")
bad("mesh-word-pending", R, M, hv_mailbox("PENDING1"), "an English word standing in for an id (MA307)")
bad("mesh-a-date", R, M, hv_mailbox("20260302"), "a date typed for the mailbox: digits only, no letter (MA307)")
bad("mesh-cyrillic-ha", R, M, hv_mailbox("\u0425" + "26HC003"), "a Cyrillic Ha for the X of the mailbox id")
ok("mesh-other-valid-id", R, M, hv_mailbox("X26HV017"), "another mailbox id of the same form")
ok("mesh-ods-based-id", R, M, hv_mailbox("Y90500HV"), "a mailbox id starting with the organisation's ODS code")

bad("mllp-port-zero", R, V, set_("recipients#rcp-maternity.route.port", 0), "TCP port 0 cannot be connected to")
bad("mllp-port-70000", R, V, set_("recipients#rcp-maternity.route.port", 70000), "no TCP port above 65535")
ok("mllp-port-6661", R, V, set_("recipients#rcp-maternity.route.port", 6661), "another ordinary HL7 port")
bad("mllp-space-in-host", R, V, mllp_host("maternity interface.castleford.example"), "a space inside the host name (MA308)")
bad("mllp-any-address", R, V, mllp_host("0.0.0.0"), "0.0.0.0 names no server (MA308)")
bad("mllp-link-local", R, V, mllp_host("169.254.10.20"), "a link-local address (MA308)")
bad("mllp-multicast", R, V, mllp_host("239.1.2.3"), "a multicast group (MA308)")
bad("mllp-invalid-tld", R, V, mllp_host("interface.castleford.invalid"), "under the reserved domain 'invalid' (MA308)")
bad("mllp-single-label", R, V, mllp_host("maternity-interface"), "a bare machine name, not fully qualified (MA308)")
bad("mllp-octet-300", R, V, mllp_host("192.168.1.300"), "an IPv4 address with an octet of 300 (MA308)")
bad("mllp-loopback-short-form", R, V, mllp_host("127.1"),
    "127.1 is the short form of 127.0.0.1, this machine (MA308)")
bad("mllp-cyrillic-in-host", R, V, mllp_host("maternity-interface.\u0441\u0430stleford.example"),
    "Cyrillic es and a inside a Latin host label: a spoof no registry issues (MA308)")
bad("mllp-host-na", R, V, mllp_host("n/a"), "'n/a' for a host (MA308)")
ok("mllp-private-address", R, V, mllp_host("10.20.30.40"), "a private address, as HSCN interfaces use")
ok("mllp-ipv6-address", R, V, mllp_host("2a01:4f8:1c0c:8000::25"), "a global IPv6 address")
ok("mllp-upper-case-host", R, V, mllp_host("MATERNITY-INTERFACE.CASTLEFORD.EXAMPLE"), "host names are case-insensitive")
ok("mllp-trailing-dot", R, V, mllp_host("maternity-interface.castleford.example."),
    "a fully qualified name written with its root dot")

bad("fhir-plain-http", R, L, fhir_url("http://maternity.northgate.example/fhir/R4"), "not https (MA308)")
bad("fhir-port-zero", R, L, fhir_url("https://maternity.northgate.example:0/fhir/R4"),
    "port 0: no server can be reached there (MA308)")
bad("fhir-port-70000", R, L, fhir_url("https://maternity.northgate.example:70000/fhir/R4"),
    "a port above 65535 (MA308)")
ok("fhir-port-8443", R, L, fhir_url("https://maternity.northgate.example:8443/fhir/R4"), "https on an explicit port")
bad("fhir-credentials", R, L, fhir_url("https://svc:secret@maternity.northgate.example/fhir/R4"),
    "credentials in the URL (MA308)")
bad("fhir-query", R, L, fhir_url("https://maternity.northgate.example/fhir/R4?_format=json"), "a query (MA308)")
bad("fhir-fragment", R, L, fhir_url("https://maternity.northgate.example/fhir/R4#summary"), "a fragment (MA308)")
bad("fhir-cyrillic-o", R, L, fhir_url("https://maternity.n\u043erthgate.example/fhir/R4"),
    "a Cyrillic o inside the host: a look-alike of the real server (MA308)")
bad("fhir-mapped-loopback", R, L, fhir_url("https://[::ffff:127.0.0.1]/fhir/R4"),
    "an IPv4-mapped IPv6 form of 127.0.0.1, this machine (MA308)")
bad("fhir-decimal-loopback", R, L, fhir_url("https://2130706433/fhir/R4"),
    "2130706433 is 127.0.0.1 written as one number (MA308)")
bad("fhir-space-in-host", R, L, fhir_url("https://maternity .northgate.example/fhir/R4"), "a space inside the host")
ok("fhir-private-address", R, L, fhir_url("https://10.20.30.40/fhir/R4"), "https to a private address")
ok("fhir-mixed-case-trailing-slash", R, L, fhir_url("https://Maternity.Northgate.Example/fhir/R4/"),
    "mixed-case host and a trailing slash")

bad("manual-na", R, F, manual("n/a"), "a placeholder hand-over (MA309)")
bad("manual-not-applicable", R, F, manual("Not applicable."), "a dismissal for a hand-over (MA309)")
bad("manual-left-with-mother", R, F, manual("Copy left with the mother to give to the foster carer when she gets there."),
    "left to the mother to pass on (MA309)")
bad("manual-to-be-arranged", R, F, manual("Will be arranged by the ward before discharge."),
    "still to be arranged (MA309)")
bad("manual-tbc-full-width", R, F, manual(full_width("tbc")), "'tbc' in full-width letters (MA309)")
ok("manual-read-through", R, F, manual(
    "The ward midwife reads the plan through with the foster carer at the discharge meeting and gives her a "
    "printed copy to keep."), "a real hand-over")
ok("manual-with-na-aside", R, F, manual(
    "Printed copy handed to the foster carer by the ward sister at discharge; MESH is n/a for Brightwater's "
    "carers."), "a real hand-over that mentions 'n/a' in passing")
ok("manual-no-break-spaces", R, F, edit(lambda d: _swap_manual(d)), "the shipped hand-over with no-break spaces")


def _swap_manual(doc: Record) -> None:
    route = next(r for r in doc["recipients"] if r["id"] == "rcp-foster-carer")["route"]
    route["description"] = swap_spaces(route["description"])


# ============================================================================================================
# disguise: new disguise families, each on a hollow text and a good one.

S = "disguise"


def pair(name: str, base: str, target: Callable[[str], Mutation], text: str, disguise: Callable[[str], str],
         expect: Expect, why: str) -> None:
    add(name, S, expect, base, target(disguise(text)), why)


def _c(assessment_id: str) -> Callable[[str], Mutation]:
    return lambda t: concl(assessment_id, t)


_overall: Callable[[str], Mutation] = overall


def _item(path: str) -> Callable[[str], Mutation]:
    return lambda t: set_(path, t)


pair("math-bold-no-concerns", M, _c(METH), "Methadone: no concerns.", math_bold, REFUSE,
     "a dismissal in mathematical bold letters (MA103)")
pair("math-bold-good-methadone", M, _c(METH), (
    "Methadone 60 mg stays: the baby is scored for withdrawal for 72 hours on the ward, breastfeeding goes "
    "ahead, and she never sleeps with the baby on a bed or sofa after a dose."), math_bold, PASS,
    "a good conclusion entirely in mathematical bold (NFKC folds it to ASCII)")
pair("math-sans-see-neurology", V, _c(VALP), "Valproate: see neurology letter.", math_sans_bold, REFUSE,
     "a pointer in mathematical sans-serif bold (MA103)")
pair("math-sans-good-valproate", V, _c(VALP), (
    "Valproate continues until the neurologist sees her, since stopping risks seizures; the baby's "
    "first-trimester exposure means an anomaly scan at 20 weeks and fetal medicine review."), math_sans_bold,
    PASS, "a good valproate conclusion in mathematical sans-serif bold")
pair("full-width-pending", L, _c(LITH), "Lithium: pending review by the perinatal team.", full_width, REFUSE,
     "a deferral in full-width letters (MA103)")
pair("full-width-good-lithium", L, _c(LITH), (
    "Lithium continues; the baby has a paediatric review at birth and a level if floppy, and is bottle fed "
    "because lithium enters breast milk."), full_width, PASS, "a good lithium conclusion in full-width letters")
pair("tags-awaiting", M, _c(SERT), "Sertraline: awaiting the psychiatrist's opinion.",
     lambda t: inside_words(t, TAG_SPACE), REFUSE, "a deferral with invisible tag characters inside words (MA103)")
pair("tags-good-sertraline", M, _c(SERT), (
    "Sertraline continues at 100 mg to prevent relapse; the midwife watches the baby for jitteriness, poor "
    "feeding and fast breathing in the first days, and breastfeeding is fine on it."),
    lambda t: inside_words(t, TAG_SPACE), PASS, "a good conclusion with invisible tag characters inside words")
pair("tags-hide-good-text-behind-pointer", M, _c(METH), "Methadone: see drug service letter.",
     lambda t: t + tag_encode(" The baby is scored for withdrawal for 72 hours and no co-sleeping after doses."),
     REFUSE, "the visible text is a pointer; the conclusion is hidden in invisible tag characters nobody can read "
     "(MA103 judges what is shown)")
pair("tags-hide-no-concerns-behind-good-text", M, _c(METH), (
    "Methadone continues at 60 mg: the baby is scored for withdrawal for 72 hours on the ward and she never "
    "shares a bed or sofa with the baby after a dose."), lambda t: t + tag_encode(" No concerns."), PASS,
    "a good visible conclusion with an invisible 'No concerns.' in tag characters")
pair("vs16-no-issues", F, _c(DZPG), "Diazepam and pregabalin: no issues.",
     lambda t: inside_words(t, VS16), REFUSE, "a dismissal with variation selectors after each letter (MA103)")
pair("vs16-good-foster", F, _c(DZPG), (
    "Diazepam and pregabalin both continue and both sedate: no bed or sofa sharing, the foster carer does the "
    "night feeds, and the baby is watched for late withdrawal until day 8."),
    lambda t: inside_words(t, VS16), PASS, "a good conclusion with variation selectors after each letter")
pair("zalgo-as-discussed", P, _c(QUET), "Quetiapine: as discussed with the family.", zalgo, REFUSE,
     "a deferral with combining marks stacked on every letter (MA103)")
pair("nfd-names-good-partner", P, _c(QUET), (
    "Quetiapine leaves the father very hard to wake at night, so he never sleeps with the baby on a bed or "
    "sofa; the mother does night feeds and the health visitor Zoe\u0308 Hart checks the crib each visit."),
    lambda t: t, PASS, "a good partner conclusion with a name written with a combining diaeresis (Zoë)")
pair("hangul-filler-plan-to-follow", C, _c(CITA), "Citalopram: plan to follow.", hangul_padded, REFUSE,
     "a deferral padded with Hangul fillers after each space (MA103)")
pair("hangul-filler-good-citalopram", C, _c(CITA), (
    "Citalopram 20 mg continues to prevent relapse; the midwife watches the baby for jitteriness and fast "
    "breathing for 48 hours after birth, and breastfeeding is supported."), hangul_padded, PASS,
    "a good conclusion padded with Hangul fillers after each space: they show as blanks (a default-ignorable "
    "code point), so the words read exactly as typed")
pair("nbsp-see-letter-overall", M, _overall, "Methadone and sertraline: see the drug service letter.", swap_spaces,
     REFUSE, "an overall pointer with no-break spaces (MA103)")
pair("thin-space-good-overall", M, _overall, (
    "Methadone and sertraline both continue: the baby is scored for withdrawal and adaptation signs for 72 "
    "hours on the ward, breastfeeding is encouraged, and there is no co-sleeping after her methadone."),
    thin_spaces, PASS, "a good overall conclusion with thin spaces between words")
pair("greek-pending-neurology", V, _c(VALP), "Valproate: pending neurology.",
     lambda t: homoglyphs(t, "aeiop", variant=1), REFUSE, "a deferral with Greek look-alike letters (MA103)")
pair("cyrillic-good-valproate", V, _c(VALP), (
    "Valproate stays until neurology sees her, because seizures would endanger her and the baby; the exposed "
    "baby needs a detailed anomaly scan and fetal medicine review, and folic acid 5 mg is started."),
    lambda t: homoglyphs(t, "aceops"), PASS, "a good conclusion with Cyrillic look-alikes (MA115 only warns)")
pair("full-width-word-nothing-of-note", L, _c(LITH), "Lithium: nothing of note for now.",
     lambda t: t.replace("nothing", full_width("nothing")), REFUSE,
     "a dismissal with one word full-width (MA103)")
pair("greek-good-lithium", L, _c(LITH), (
    "Lithium continues with weekly levels from 36 weeks; the baby needs paediatric review and a lithium level "
    "if drowsy or floppy, and is bottle fed as lithium enters the milk."),
    lambda t: homoglyphs(t, "aiop", variant=1), PASS, "a good conclusion with Greek look-alikes")
pair("math-bold-overall-discharge-summary", F, _overall, "Diazepam and pregabalin: as per discharge summary.",
     math_bold, REFUSE, "an overall pointer in mathematical bold (MA103)")
pair("math-mono-good-overall-foster", F, _overall, (
    "Diazepam and pregabalin continue: the mother never shares a bed, sofa or armchair with the baby, the "
    "foster carer does night feeds, and late withdrawal is watched for until day 8."), math_mono, PASS,
    "a good overall conclusion in mathematical monospace")
pair("vs16-safe-sleep-not-relevant", P, _item("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep"),
     "Not relevant.", lambda t: inside_words(t, VS16), REFUSE,
     "the partner's safe sleep dismissed, variation selectors inside (MA123)")
pair("vs16-safe-sleep-good", P, _item("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep"),
     "He never sleeps with the baby on a bed, sofa or armchair after his dose; the mother does the night feeds.",
     lambda t: inside_words(t, VS16), PASS, "the partner's safe sleep answered, variation selectors inside")
pair("math-bold-manual-to-be-confirmed", F, manual, "To be confirmed.", math_bold, REFUSE,
     "a manual route still to be confirmed, in mathematical bold (MA309)")
pair("full-width-manual-good", F, manual,
     "Ward midwife gives the foster carer a printed copy at discharge and goes through it with her.",
     full_width, PASS, "a real hand-over in full-width letters")
pair("full-width-justification-per-policy", F, _item("lawful_basis.justification"), "Per policy.", full_width,
     REFUSE, "a justification that names a policy and gives no reason, full-width (MA402)")
pair("tags-justification-good", F, _item("lawful_basis.justification"), (
    "She would not agree to the placement being told; the foster carer must know the sedation and co-sleeping "
    "risk from the first night, so the record is shared without consent."),
    lambda t: inside_words(t, TAG_SPACE), PASS, "a real justification with tag characters inside words")
pair("zalgo-good-citalopram", C, _c(CITA), (
    "Citalopram continues; the midwife watches the baby for jitteriness for 48 hours, and breastfeeding is "
    "supported."), lambda t: t.replace("jitteriness", zalgo("jitteriness")), PASS,
    "a good conclusion with one word under stacked combining marks: still readable, still a conclusion")


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F13CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:20} {expect:7} {n}")
    print("pass", sum(c.expect == PASS for c in F13CASES), "refuse", sum(c.expect == REFUSE for c in F13CASES),
          "total", len(F13CASES))
