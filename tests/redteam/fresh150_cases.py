"""A hundred-and-fiftieth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt
against the gate's newest readings (the [Unreleased] Fixed lines of CHANGELOG.md added for fresh146 to fresh148 and
mutation round 47).

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. For each reading the last stop added, good conclusions a careful UK GP, midwife or health visitor could
write that sit close to what the reading refuses but say something real (must pass), each beside a hollow twin: the
same text with the deciding clause removed or emptied (must refuse). About 70% must pass.

* ``holders``: a named holder after "owner:", "lead:", "who:", a role on duty (or "TBC", "???", "[name]",
  "somebody needs to");
* ``todo``: to-do lists whose items each carry their decision, a named review as needed (or items "to be
  addressed", a bare "R/v prn");
* ``queries``: shorthand queries each answered (or "?levels. ?paeds." alone);
* ``labels``: labelled medicine lines and topic labels followed by what is done (or the topics alone, "these need
  thinking about");
* ``watch``: "watch" as a noun with its holder and span, the ward's end with the watch handed on (or the watch
  dropped at discharge);
* ``cribs``: crib checks planned, or done to their end before "no further checks"; safe sleep advice given or to
  be given by a named visit (or further checks dropped, advice "not given" as a fact);
* ``toxicity``: the mother's toxicity in labour beside the baby's own review (or hers alone);
* ``withdrawn``: a holder who withdrew or left, with the successor named (or alone);
* ``replaced``: a plan ended with its replacement named and doing it (or "nothing has replaced them");
* ``maxima``: doses at the adult daily maximum, tablet counts that follow from the strength, a cut said to risk
  harm beside the dose line (or above the maximum, a dose that contradicts the line);
* ``guidance``: guidance reported and then pointed back at and put to use (or reported alone);
* ``levels``: no levels over and above the usual schedule, with the schedule (or levels dropped after a point);
* ``reasons``: reasons beside the decision they support (or reasons for a decision deferred);
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one.

Must-pass conclusions are complete: each names its medicine, says what it means for this baby and what named
professionals do and when, and answers the class's concerns. Medicines named here are real; no clinical code is
invented (no coded medicine is added). ``test_fresh_records.py`` runs them; the cases the gate gets wrong today
are listed there (strict xfail). Run ``python -m tests.redteam.fresh150_cases`` for the counts per category.
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
    V,
    chain,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F150CASES: list[Case] = []

CATEGORIES = (
    "holders",
    "todo",
    "queries",
    "labels",
    "watch",
    "cribs",
    "toxicity",
    "withdrawn",
    "replaced",
    "maxima",
    "guidance",
    "levels",
    "reasons",
    "disguise",
)

HO, TD, QU, LB, WA, CR, TX, WD, RP, MX, GD, LV, RS, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F150CASES.append(Case(f"f150-{name}", category, expect, base, mutate, why))


Setter = Callable[[str], Mutation]


def _at(path: str) -> Setter:
    def setter(text: str) -> Mutation:
        return set_(path, text)

    return setter


def _cit_dose(new: str) -> Setter:
    """The citalopram dose line set, and the overall conclusion rewritten with the dose ``new`` so it agrees."""

    def setter(text: str) -> Mutation:
        return chain(
            set_("medicines#med-citalopram.dose", text),
            set_(
                "overall_conclusion.text",
                f"Megan stays on citalopram {new} a day through pregnancy and while breastfeeding. The midwife "
                "watches the baby for jitteriness, floppiness and fast breathing over the first 48 hours after "
                "birth; the GP reviews her mood at the 6-week check. Amended on 2026-02-12 to add the health "
                "visitor as a recipient.",
            ),
        )

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
    "ndose": (N, _at("medicines#med-paracetamol.dose")),
    "pdose": (P, _at("medicines#med-paracetamol.dose")),
    "sdose": (M, _at("medicines#med-sertraline.dose")),
    "cdose40": (C, _cit_dose("40 mg")),
    "cdose60": (C, _cit_dose("60 mg")),
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


def case(name: str, category: str, expect: Expect, where: str, text: str, why: str, disguise: Disguise | None) -> None:
    base, setter = SETTERS[where]
    add(name, category, expect, base, setter(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, setter(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def ok(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, PASS, where, text, why, disguise)


def bad(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, REFUSE, where, text, why, disguise)


# ---------------------------------------------------------------------------------------------------- holders
ok(
    "ho-meth-owner-named-midwives",
    HO,
    "meth",
    "Methadone 60 mg od (supervised) continues, no reduction before delivery.\n"
    "- NAS scoring 4-hourly for at least 72 h on the postnatal ward. Owner: ward midwives.\n"
    "- Late withdrawal signs at home to day 10. Owner: HV (Jo Pearce).\n"
    "- Breastfeeding encouraged on a stable dose. Owner: infant feeding midwife, day 1.\n"
    "- Drowsy after her dose: baby in his own cot, no bed or sofa sharing; cot seen at the new birth visit. "
    "Owner: HV.",
    "every item has a named holder after 'Owner:'",
    cyr,
)
bad(
    "ho-meth-owner-tbc",
    HO,
    "meth",
    "Methadone 60 mg od (supervised) continues, no reduction before delivery.\n"
    "- NAS scoring 4-hourly on the postnatal ward. Owner: TBC.\n"
    "- Late withdrawal signs at home. Owner: TBC.\n"
    "- Cot check for safe sleep. Owner: TBC.",
    "every act's holder is a placeholder",
)
ok(
    "ho-lith-lead-named-psychiatrist",
    HO,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues; relapse risk after birth is high. Levels monthly, weekly from 36/40 "
    "and within 24 h of delivery - lead: Dr Campbell, perinatal psychiatrist. Baby: paediatric review on day 1 for "
    "floppiness, poor suck and thyroid function - lead: neonatal SHO on the postnatal ward. Feeding: bottle, as "
    "lithium passes into breast milk - lead: community midwife.",
    "'lead:' followed by a named professional each time",
)
bad(
    "ho-lith-lead-question-marks",
    HO,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. Levels monthly, weekly from 36/40 and within 24 h of delivery - "
    "lead: ???. Baby: paediatric review for floppiness and thyroid function - lead: ???. Feeding: bottle.",
    "'lead: ???' holds nothing",
    zwsp,
)
ok(
    "ho-quet-who-chloe",
    HO,
    "quet",
    "Daniel's quetiapine 300 mg nocte makes him very hard to rouse overnight.\n"
    "Night feeds - who: Chloe, every night.\n"
    "Sleeping place - who: Chloe; baby in the crib on her side of the bed, never on the sofa or bed with Daniel.\n"
    "Crib recheck - who: HV, at the 6-8 week visit.",
    "'who:' followed by a person each time",
)
bad(
    "ho-quet-who-bracket-name",
    HO,
    "quet",
    "Daniel's quetiapine 300 mg nocte makes him very hard to rouse overnight.\n"
    "Night feeds - who: [name].\n"
    "Sleeping place - who: [name].\n"
    "Crib recheck - who: [name].",
    "a template placeholder where the holder goes",
)
ok(
    "ho-dzp-midwife-on-duty",
    HO,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue; the GP starts a slow diazepam taper at the 6-week review. "
    "Whichever midwife is on duty on the postnatal ward does the withdrawal scores 4-hourly until discharge; then "
    "the foster carer and the HV watch for tremor, high-pitched cry and poor feeding to day 8. Kayleigh is sedated "
    "on both: she never shares a bed, sofa or chair with the baby and the foster carer does all night feeds.",
    "the holder is the ward's midwife on duty, a role, not an indefinite pronoun",
)
bad(
    "ho-dzp-somebody-needs-to",
    HO,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue. Somebody needs to do withdrawal scores, somebody needs to "
    "watch for late signs, and whoever is on should sort out the night feeds and the sleeping place.",
    "indefinite holders with modals",
)
ok(
    "ho-sert-owner-named-with-date",
    HO,
    "sert",
    "Sertraline 100 mg od continues: two relapses when stopped before. Baby: adaptation watch (jittery, poor feeding, "
    "fast breathing) for 48 h on the postnatal ward, owner Sister Grant, ward manager; breastfeeding on sertraline "
    "supported; mood review at 6 weeks, owner Dr Shah.",
    "owner written inline with a name",
    greek,
)
bad(
    "ho-sert-owner-to-be-confirmed",
    HO,
    "sert",
    "Sertraline 100 mg od continues. Baby: adaptation watch for 48 h after birth, owner to be confirmed; mood review "
    "at 6 weeks, owner to be confirmed.",
    "the owner is still to be confirmed for every act",
)
ok(
    "ho-valp-responsible-gp-neuro",
    HO,
    "valp",
    "Sodium valproate 500 mg bd: not stopped abruptly. Responsible: Dr Shah (GP) - urgent neurology referral sent "
    "today, folic acid 5 mg started today. Responsible: fetal medicine unit - early scan and detailed anomaly scan at "
    "20 weeks. Responsible: neurologist - decides on switching within 2 weeks. Breastfeeding on valproate generally "
    "possible; paediatric check of the baby after birth.",
    "'Responsible:' labels each with a named holder",
)

# ---------------------------------------------------------------------------------------------------- todo
ok(
    "td-meth-todo-each-decided",
    TD,
    "meth",
    "Methadone 60 mg once daily to continue unchanged through delivery. To do:\n"
    "1. NAS chart - ward midwives, 4-hourly, 72 h minimum; paeds if two scores of 8+.\n"
    "2. Late NAS signs - HV, visits day 5 and day 10.\n"
    "3. Breastfeeding - encouraged, infant feeding team sees her day 1.\n"
    "4. Sedation after dose - no co-sleeping; HV checks the cot at the first home visit.",
    "a to-do list whose items each carry who, how and when",
)
bad(
    "td-meth-todo-to-be-addressed",
    TD,
    "meth",
    "Methadone 60 mg once daily. To do:\n"
    "1. NAS chart - to be addressed.\n"
    "2. Late NAS signs - to be addressed.\n"
    "3. Breastfeeding - to be addressed.\n"
    "4. Sedation after dose - to be addressed.",
    "each item is marked still to do",
    shy,
)
ok(
    "td-lith-levels-addressed",
    TD,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues.\nLevels - addressed: perinatal team takes them monthly, weekly from "
    "36 weeks and within 24 h of birth.\nBaby - addressed: paediatrician reviews on day 1 (tone, feeding, thyroid).\n"
    "Feeding - addressed: bottle feeding, as lithium gets into breast milk.",
    "each heading marked addressed with what was decided",
)
bad(
    "td-lith-levels-still-to-address",
    TD,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues.\nLevels - still to address.\nBaby - still to address.\n"
    "Feeding - still to address.",
    "the headings are all still to do",
)
ok(
    "td-cit-gp-rv-prn-after-plan",
    TD,
    "cit",
    "Citalopram 20 mg od continues - relapsed within a month when she stopped in 2023. Community midwife and "
    "postnatal ward watch the baby for jitteriness, poor feeding and fast breathing for the first 48 h. "
    "Breastfeeding on citalopram supported. GP (Dr McAllister) mood review at 6 weeks, then GP r/v prn.",
    "a review as needed with its holder, after a plan that decides",
)
bad(
    "td-cit-rv-prn-bare",
    TD,
    "cit",
    "Citalopram 20 mg od. Adaptation, breastfeeding, mood. R/v prn.",
    "topics and an unheld review as needed",
)
ok(
    "td-quet-outstanding-none",
    TD,
    "quet",
    "Daniel - quetiapine 300 mg nocte, heavily sedated overnight. Actions, all agreed at today's visit: Chloe does "
    "every night feed; baby sleeps in the crib on Chloe's side; Daniel never dozes with the baby on the sofa or "
    "armchair; HV rechecks the sleeping place at the 6-8 week contact. Nothing outstanding.",
    "actions each decided, then 'nothing outstanding'",
)
bad(
    "td-quet-actions-pending",
    TD,
    "quet",
    "Daniel - quetiapine 300 mg nocte. Actions: night feeds - pending; sleeping place - pending; sofa and armchair - "
    "pending; HV recheck - pending.",
    "every action is pending",
)
ok(
    "td-fo-outstanding-items-closed",
    TD,
    "fo",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue for now; GP reviews a diazepam taper at 6 weeks. Items "
    "from the discharge meeting, each now closed: night feeds - foster carer, every night; sleeping place - placement "
    "cot, no sharing of bed, sofa or chair with Kayleigh; late withdrawal - HV and foster carer watch to day 8; "
    "social worker holds the plan and shares it at the core group.",
    "items closed, each with its decision",
    zwj,
)
bad(
    "td-fo-outstanding-items-open",
    TD,
    "fo",
    "Diazepam 5 mg tds and pregabalin 150 mg bd. Items from the discharge meeting still open: night feeds, sleeping "
    "place, late withdrawal, who holds the plan.",
    "items listed as open, none decided",
)

# ---------------------------------------------------------------------------------------------------- queries
ok(
    "qu-lith-queries-answered",
    QU,
    "lith",
    "Lithium (Priadel) 800 mg nocte - continue. ?levels - yes: monthly, weekly from 36/40, within 24 h of birth, "
    "perinatal team. ?paeds - yes: day 1 review of tone, feeding and TFTs by the neonatal team. ?BF - no: bottle "
    "feeding, lithium in breast milk.",
    "each shorthand query carries its answer",
    cyr,
)
bad(
    "qu-lith-queries-bare",
    QU,
    "lith",
    "Lithium (Priadel) 800 mg nocte. ?levels. ?paeds. ?BF.",
    "queries with no answers",
)
ok(
    "qu-meth-query-answered-arrow",
    QU,
    "meth",
    "Methadone 60 mg daily, supervised - carry on. ?NAS -> NAS scores 4-hourly on the postnatal ward for 72 h, "
    "paeds r/v if scoring high, HV checks for late signs to day 10. ?BF -> yes, encouraged. ?cot -> own cot, no "
    "co-sleeping as drowsy after her dose, HV sees the cot at home.",
    "queries answered after arrows",
)
bad(
    "qu-meth-query-arrows-empty",
    QU,
    "meth",
    "Methadone 60 mg daily, supervised. ?NAS ->. ?BF ->. ?cot ->.",
    "arrows leading nowhere",
)
ok(
    "qu-sert-query-answered-sentence",
    QU,
    "sert",
    "Sertraline 100 mg od - stays. Is the baby at risk of adaptation problems? Small risk: the maternity team watch "
    "for jitteriness and poor feeding for 48 h after birth. Can she breastfeed? Yes, sertraline is preferred. Mood: "
    "GP review at 6 weeks.",
    "questions written out, each answered",
)
bad(
    "qu-sert-questions-only",
    QU,
    "sert",
    "Sertraline 100 mg od. Is the baby at risk of adaptation problems? Can she breastfeed? Does her mood need review?",
    "questions only",
)
ok(
    "qu-valp-query-answered",
    QU,
    "valp",
    "Sodium valproate 500 mg bd, pregnant at 8/40. ?stop - no, not abruptly: urgent neurology r/v (referred today) to "
    "plan any switch. ?scans - yes: fetal medicine early scan and 20-week anomaly scan. ?folic acid - 5 mg daily "
    "started today. ?BF - valproate compatible, baby checked by paeds after birth.",
    "queries each answered",
)
bad(
    "qu-valp-queries-bare",
    QU,
    "valp",
    "Sodium valproate 500 mg bd, pregnant at 8/40. ?stop ?switch ?scans ?folic acid ?BF.",
    "queries only",
)
ok(
    "qu-quet-query-answered",
    QU,
    "quet",
    "Partner's quetiapine 300 mg nocte. ?night feeds - Chloe does them all. ?co-sleeping - never with Daniel, on any "
    "bed, sofa or armchair. ?sleeping place - crib beside Chloe's bed, seen today. HV to recheck at 6 weeks.",
    "queries each answered with who",
)

# ---------------------------------------------------------------------------------------------------- labels
ok(
    "lb-quet-dads-line-then-acts",
    LB,
    "quet",
    "Dad's quetiapine 300 mg nocte: he gives no night feeds after his dose; Chloe does them all; the baby sleeps in "
    "the next-to-me crib on Chloe's side and never on the sofa or in the bed with Daniel; HV rechecks the crib at "
    "6-8 weeks.",
    "a labelled medicine line followed by acts",
    greek,
)
bad(
    "lb-quet-dads-line-topics",
    LB,
    "quet",
    "Dad's quetiapine 300 mg nocte: sedation, night feeds, co-sleeping, sofa sleeping.",
    "a labelled line followed by topics only",
)
ok(
    "lb-valp-sentence-in-pregnancy-then-plan",
    LB,
    "valp",
    "Sodium valproate 500 mg bd in this pregnancy. The GP referred Hannah today for urgent neurology review and to "
    "fetal medicine for a detailed scan at 20 weeks; folic acid 5 mg daily started; valproate is not stopped "
    "suddenly. After birth the paediatrician examines the baby; breastfeeding on valproate is possible.",
    "the medicine's sentence, then the exposure plan",
)
bad(
    "lb-valp-sentence-in-pregnancy-thinking",
    LB,
    "valp",
    "Sodium valproate 500 mg bd in this pregnancy. Teratogenicity, folic acid, scans and breastfeeding. These need "
    "thinking about.",
    "topics left as needing thought",
)
ok(
    "lb-quet-relevant-issues-then-settled",
    LB,
    "quet",
    "Quetiapine 300 mg nocte (Daniel). The relevant issues are sedation, night care and co-sleeping, and each is "
    "settled: Daniel does no night feeds, Chloe does; the baby never sleeps with him on a bed, sofa or armchair; "
    "crib by Chloe's bed; HV sees it again at 6 weeks.",
    "a topic label followed by each answer",
)
bad(
    "lb-quet-relevant-issues-only",
    LB,
    "quet",
    "Quetiapine 300 mg nocte (Daniel). The relevant issues are sedation, night care, co-sleeping and the crib.",
    "a topic label with nothing after it",
    fw,
)
ok(
    "lb-dzp-mums-line-then-acts",
    LB,
    "dzp",
    "Mum's diazepam 5 mg tds and pregabalin 150 mg bd: both continue, no sudden stop; GP plans a slow diazepam "
    "taper from 6 weeks. She is sedated on them, so the foster carer does every night feed and the baby sleeps in "
    "the placement cot, never on a bed, sofa or chair with her. Withdrawal: foster carer and HV watch to day 8.",
    "the mother's labelled line followed by acts",
)
bad(
    "lb-dzp-mums-line-topics",
    LB,
    "dzp",
    "Mum's diazepam 5 mg tds and pregabalin 150 mg bd: sedation; night feeds; co-sleeping; late withdrawal.",
    "a labelled line and a topic list",
)
ok(
    "lb-sert-needs-thinking-answered",
    LB,
    "sert",
    "Sertraline 100 mg od. Whether to switch needed thinking about, and we did: she stays on sertraline, as it is the "
    "SSRI she is well on. The maternity team watch the baby for jitteriness and feeding problems for 48 h; "
    "breastfeeding supported; GP mood review at 6 weeks.",
    "a question thought about, then its answer",
)
bad(
    "lb-sert-needs-working-out",
    LB,
    "sert",
    "Sertraline 100 mg od. The watch for the baby and breastfeeding still needs working out.",
    "the questions are left to be worked out",
)
ok(
    "lb-co-key-points-then-plan",
    LB,
    "co",
    "Key points for citalopram 20 mg: relapse risk, baby's adaptation and feeding. Plan: she continues citalopram 20 "
    "mg; midwife watches the baby for jitteriness and fast breathing over 48 h; breastfeeding supported; GP mood "
    "review at the 6-week check.",
    "a topic label then the plan",
)

# ---------------------------------------------------------------------------------------------------- watch
ok(
    "wa-meth-watch-noun-with-span",
    WA,
    "meth",
    "Methadone 60 mg daily (supervised) stays as is. The watch for withdrawal starts at birth: NAS scores 4-hourly "
    "on the postnatal ward for 72 h at least, and the HV's watch for late signs runs at home to day 14. Breastfeed "
    "on this stable dose; no co-sleeping as she is drowsy after her dose, cot checked on the first home visit.",
    "watch as a noun with who, where and how long",
    zwsp,
)
bad(
    "wa-meth-no-watch-needed",
    WA,
    "meth",
    "Methadone 60 mg daily (supervised) stays as is. No watch for withdrawal is needed beyond what the ward usually "
    "does. Breastfeed; no co-sleeping.",
    "the watch dropped, nothing said of who or how long",
)
ok(
    "wa-meth-leaves-ward-hv-continues",
    WA,
    "meth",
    "Methadone 60 mg once daily continues. Ward midwives score for NAS 4-hourly for at least 72 h; once the baby "
    "leaves the ward, the HV carries on the withdrawal watch at each visit up to day 14 and rings paeds if he is "
    "unsettled or feeding poorly. Breastfeeding supported. Cot, not her bed: drowsy after dosing.",
    "the ward's end told by the baby leaving, with the watch handed on",
)
bad(
    "wa-meth-leaves-ward-watch-ends",
    WA,
    "meth",
    "Methadone 60 mg once daily continues. Ward midwives score for NAS 4-hourly for at least 72 h; once the baby "
    "leaves the ward the withdrawal watch ends. Breastfeeding supported. Cot, not her bed: drowsy after dosing.",
    "the watch ended at the ward with no later window",
)
ok(
    "wa-dzp-discharged-carer-takes-over",
    WA,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue for now; GP reviews a slow diazepam taper at 6 weeks. "
    "Withdrawal scoring on the ward 4-hourly; when they are discharged, the foster carer takes over the watch "
    "(tremor, high-pitched cry, poor feeding) with the HV visiting on day 5 and day 8. Kayleigh is sedated: foster "
    "carer does all night feeds; no bed, sofa or chair sharing.",
    "discharge hands the watch to named people with dates",
)
bad(
    "wa-dzp-discharged-no-further-watch",
    WA,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue for now. Withdrawal scoring on the ward 4-hourly; when "
    "they are discharged no further watch is needed. Kayleigh is sedated: foster carer does all night feeds; no bed, "
    "sofa or chair sharing.",
    "the watch dropped at discharge with late withdrawal possible",
    greek,
)
ok(
    "wa-sert-no-extra-watch-with-48h",
    WA,
    "sert",
    "Sertraline 100 mg od continues. The routine postnatal ward watch for 48 h covers it: midwives look for "
    "jitteriness, poor feeding and fast breathing; no extra watch beyond that is needed unless she is discharged "
    "early, in which case the community midwife visits on day 2. Breastfeeding supported.",
    "no extra watch beyond a stated 48 h ward watch",
)
ok(
    "wa-fo-watch-noun-late",
    WA,
    "fo",
    "Diazepam and pregabalin continue for now; GP review of a taper at 6 weeks. The baby's watch for late withdrawal "
    "runs until day 8: foster carer daily, HV on day 5 and day 8. Kayleigh is sedated, so the foster carer does the "
    "night feeds; no bed, sofa or armchair sharing; social worker and HV hold the plan.",
    "watch as a noun with its holders and span",
)
bad(
    "wa-fo-watch-dropped-home",
    WA,
    "fo",
    "Diazepam and pregabalin continue for now. The baby needs no withdrawal watch once home with the foster carer. "
    "Kayleigh is sedated, so the foster carer does the night feeds; no bed, sofa or armchair sharing.",
    "the watch dropped at home, late withdrawal possible",
)
ok(
    "wa-cit-watch-on-ward-48",
    WA,
    "cit",
    "Citalopram 20 mg od continues - high relapse risk off it. Watch for the baby: midwives on the postnatal ward "
    "for the first 48 h (jittery, floppy, feeding, breathing); if she goes home sooner, the community midwife does "
    "the rest of the watch at home. Breastfeeding on citalopram OK. GP reviews mood at 6 weeks.",
    "a 48 h watch carried home if discharged early",
)

# ---------------------------------------------------------------------------------------------------- cribs
ok(
    "cr-quet-crib-checks-planned",
    CR,
    "quet",
    "Quetiapine 300 mg at night (Daniel) - heavy sedation for hours. Chloe does every night feed; Daniel never has "
    "the baby on the bed, sofa or armchair after his dose. The HV checks the crib at the new birth visit and again "
    "at 6-8 weeks, and at any visit in between if the family moves rooms.",
    "crib checks planned with their holder and times",
    cyr,
)
ok(
    "cr-po-checks-done-to-end",
    CR,
    "po",
    "Paracetamol raises no concern for Chloe. Daniel's quetiapine 300 mg nocte sedates him heavily: no night feeds "
    "by him, no sharing a bed, sofa or armchair with the baby. Both planned crib checks are done - the HV saw the "
    "crib at the new birth visit and again at 8 weeks, safe both times - so no further checks of the crib are "
    "needed; Chloe still does all the night feeds.",
    "'no further checks' after the planned checks are told done",
)
bad(
    "cr-po-no-further-checks-bare",
    CR,
    "po",
    "Paracetamol raises no concern for Chloe. Daniel's quetiapine 300 mg nocte sedates him heavily: no night feeds "
    "by him, no sharing a bed, sofa or armchair with the baby. No further checks of the crib are needed.",
    "crib checks dropped with none told done",
)
ok(
    "cr-meth-cot-seen-each-visit",
    CR,
    "meth",
    "Methadone 60 mg daily continues through pregnancy and birth. NAS: scored 4-hourly on the postnatal ward for "
    "72 h minimum, then HV watches for late signs to day 10. Breastfeeding encouraged. She is drowsy after her dose: "
    "the baby sleeps in his own cot; the HV looks at the cot at every visit until 8 weeks.",
    "cot checks at every visit to 8 weeks",
)
bad(
    "cr-meth-cot-checks-not-needed",
    CR,
    "meth",
    "Methadone 60 mg daily continues through pregnancy and birth. NAS: scored 4-hourly on the postnatal ward for "
    "72 h minimum, then HV watches for late signs to day 10. Breastfeeding encouraged. She is drowsy after her dose, "
    "but checks of the cot are not needed.",
    "the sleeping place's checks said needless for a sedating medicine",
)
ok(
    "cr-quet-advice-given-content",
    CR,
    "quet",
    "Daniel's quetiapine 300 mg nocte: very drowsy overnight. Safe sleep advice given to both by the ward midwife on "
    "day 1: baby on his back in his own crib, feet to foot, never on a sofa or in bed with Daniel after his dose. "
    "Chloe does the night feeds. HV rechecks the crib at the new birth visit.",
    "safe sleep advice given, with what it said",
)
bad(
    "cr-quet-advice-not-given-overran",
    CR,
    "quet",
    "Daniel's quetiapine 300 mg nocte: very drowsy overnight. Safe sleep advice not given as the visit overran. "
    "Chloe does the night feeds.",
    "safe sleep advice said not given, with a reason",
    zwj,
)
ok(
    "cr-dzp-advice-to-be-given-named",
    CR,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue; GP plans a slow taper of diazepam from 6 weeks. Safe sleep "
    "advice was given to the foster carer on the ward and will be given to Kayleigh by the HV at the first contact "
    "visit: baby in the placement cot, Kayleigh never sleeps with him on a bed, sofa or chair. Foster carer does "
    "all night feeds; foster carer and HV watch for late withdrawal to day 8.",
    "advice given to one, and to be given to the other at a named visit",
)
bad(
    "cr-dzp-advice-not-given-ward",
    CR,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue. No safe sleep advice was given on the ward. Foster carer "
    "and HV watch for late withdrawal to day 8.",
    "advice not given, as a fact, for sedating medicines",
)
ok(
    "cr-fo-crib-check-done-and-next",
    CR,
    "fo",
    "Diazepam and pregabalin continue for now, taper reviewed by the GP at 6 weeks. Both sedate Kayleigh: the foster "
    "carer does every night feed; no bed, sofa or armchair sharing. The placement cot was checked by the HV on day "
    "11 and is safe; she checks it again at 6 weeks. Late withdrawal watched to day 8 by foster carer and HV.",
    "one crib check done and the next planned",
)

# ---------------------------------------------------------------------------------------------------- toxicity
ok(
    "tx-lith-mother-and-baby-toxicity",
    TX,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues: relapse risk after birth outweighs the risks. Levels monthly, weekly "
    "from 36 weeks, within 24 h of delivery. In labour, fluid balance is watched to avoid toxicity in her; after "
    "birth the paediatrician checks the baby on day 1 for signs of lithium toxicity (floppy, sleepy, poor suck) "
    "and thyroid function. Bottle feeding, as lithium passes into breast milk.",
    "the mother's toxicity in labour beside the baby's own review",
    bidi,
)
bad(
    "tx-lith-mother-toxicity-only",
    TX,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. Levels monthly, weekly from 36 weeks. In labour, fluid balance is "
    "watched and the dose held to avoid toxicity; her level is checked within 24 h of delivery.",
    "toxicity only of her in labour; nothing of the baby or feeding",
)
ok(
    "tx-lo-toxicity-baby-watch",
    TX,
    "lo",
    "Continue lithium (Priadel) 800 mg at night. Levels by the perinatal team every 4 weeks, weekly from 36 weeks "
    "and within 24 h of birth. The neonatal team watches the baby for lithium toxicity - poor tone, drowsiness, "
    "poor feeding - for 48 h on the postnatal ward and checks TFTs. Bottle feeding. Perinatal mental health team sees "
    "her within a week of birth.",
    "the baby's toxicity watch with holder and span",
)
bad(
    "tx-lo-toxicity-mother-labour",
    TX,
    "lo",
    "Continue lithium (Priadel) 800 mg at night. Levels every 4 weeks, weekly from 36 weeks and within 24 h of birth; "
    "in labour her fluids and levels are watched to avoid toxicity. Perinatal mental health team sees her within a "
    "week of birth.",
    "the overall conclusion's toxicity is hers; no baby review, no feeding",
)
ok(
    "tx-lith-toxicity-cord-level",
    TX,
    "lith",
    "Lithium 800 mg nocte (Priadel) stays. Perinatal team: levels 4-weekly, weekly from 36/40, within 24 h of birth. "
    "A cord lithium level is sent at delivery and the baby is watched on the ward for toxicity (hypotonia, "
    "lethargy, cyanosis) by the neonatal team for 48 h; TFTs on day 5. She bottle feeds.",
    "a cord level and the baby's toxicity watch",
)
bad(
    "tx-lith-toxicity-relapse-only",
    TX,
    "lith",
    "Lithium 800 mg nocte (Priadel) stays. Perinatal team: levels 4-weekly, weekly from 36/40, within 24 h of birth. "
    "Dehydration in labour raises her risk of toxicity, so oral fluids are encouraged and the dose may be reduced.",
    "only her toxicity in labour",
    cyr,
)
ok(
    "tx-meth-overdose-baby-watch",
    TX,
    "meth",
    "Methadone 60 mg once daily, supervised, continues to delivery. The baby is scored for NAS every 4 h on the "
    "postnatal ward for at least 72 h and the HV watches for late signs until day 10. Breastfeeding supported on the "
    "stable dose. Take-home doses are locked away, as a child's toxicity from methadone can kill; no co-sleeping, as "
    "she is drowsy after her dose, and the HV sees the cot at home.",
    "a child's toxicity from a stored dose, beside the withdrawal watch",
)

# ---------------------------------------------------------------------------------------------------- withdrawn
ok(
    "wd-dzp-carer-withdrew-successor",
    WD,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue; no sudden stop, GP taper review at 6 weeks. The foster "
    "carer who was to do the night feeds withdrew on Monday; Mrs Okonjo, the new foster carer, moved in the same "
    "day and does every night feed. Kayleigh never shares a bed, sofa or chair with the baby. Mrs Okonjo and the HV "
    "watch for late withdrawal to day 8.",
    "the holder withdrew; the successor is named and does the act",
    zwsp,
)
bad(
    "wd-dzp-carer-withdrew-bare",
    WD,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue. The foster carer who was to do the night feeds and watch "
    "for late withdrawal to day 8 withdrew on Monday. Kayleigh never shares a bed, sofa or chair with the baby.",
    "the holder withdrew and no one takes the night feeds or the watch",
)
ok(
    "wd-meth-keyworker-left-new-named",
    WD,
    "meth",
    "Methadone 60 mg od, supervised, unchanged. Her keyworker, who has left the drug service, is replaced by Sam "
    "Ellis, who now holds her prescription and sees her weekly. Baby: NAS scoring 4-hourly on the postnatal ward for "
    "72 h, HV watches for late signs to day 10; breastfeeding encouraged; no co-sleeping, cot seen at home by the HV.",
    "a gone keyworker with the successor named",
)
bad(
    "wd-meth-keyworker-left-arranges",
    WD,
    "meth",
    "Methadone 60 mg od, supervised, unchanged. Her keyworker, who has left the drug service, will arrange the NAS "
    "watch, the breastfeeding support and the cot check.",
    "acts still to come rest on a holder who has left",
)
ok(
    "wd-quet-grandmother-stepped-back-chloe",
    WD,
    "quet",
    "Daniel's quetiapine 300 mg nocte sedates him. His mother, who was going to stay for the night feeds, has stepped "
    "back because of her own health; Chloe now does every night feed herself, and Daniel never has the baby on the "
    "bed, sofa or armchair. Crib by Chloe's bed; HV rechecks it at 6 weeks.",
    "the relative stepped back, the mother named as doing the act",
)
bad(
    "wd-quet-grandmother-stepped-back-bare",
    WD,
    "quet",
    "Daniel's quetiapine 300 mg nocte sedates him. His mother, who was going to do the night feeds and keep the baby "
    "off the sofa at night, has stepped back because of her own health.",
    "the relative stepped back and nothing stands instead",
)
ok(
    "wd-lith-psychiatrist-retired-locum",
    WD,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. Dr Morgan, who was taking her levels, has retired; Dr Campbell, "
    "perinatal psychiatrist, took over in March and takes levels monthly, weekly from 36 weeks and within 24 h of "
    "birth. Paediatrician reviews the baby on day 1 (tone, feeding, thyroid). Bottle feeding as lithium passes into "
    "milk.",
    "the retired holder's successor is named and holds the levels",
    greek,
)
bad(
    "wd-lith-psychiatrist-retired-bare",
    WD,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. Levels monthly, weekly from 36 weeks and within 24 h of birth will be "
    "taken by Dr Morgan, who has retired. Paediatrician reviews the baby on day 1. Bottle feeding.",
    "the levels rest on a retired holder",
)
ok(
    "wd-fo-sw-left-team-manager",
    WD,
    "fo",
    "Diazepam and pregabalin continue for now; GP taper review at 6 weeks. The social worker who held the plan has "
    "left the local authority; her team manager, Ms Reid, holds it until the new social worker starts on 1 July. "
    "Foster carer does all night feeds; no bed, sofa or chair sharing with Kayleigh; foster carer and HV watch for "
    "late withdrawal to day 8.",
    "a holder gone with an interim holder named",
)

# ---------------------------------------------------------------------------------------------------- replaced
ok(
    "rp-dzp-cover-fell-through-aunt",
    RP,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue; GP reviews a slow diazepam taper at 6 weeks. The overnight "
    "cover from the agency fell through last week; Kayleigh's aunt, approved by the social worker, now does the "
    "night feeds in the placement. No bed, sofa or chair sharing. Foster carer and HV watch for late withdrawal to "
    "day 8.",
    "a plan ended with the one who now does it named",
)
bad(
    "rp-dzp-cover-fell-through-nothing",
    RP,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue. The overnight cover from the agency for the night feeds "
    "fell through last week and nothing has replaced it. Foster carer and HV watch for late withdrawal to day 8.",
    "the night cover ended and nothing has replaced it",
    shy,
)
ok(
    "rp-meth-hv-cancelled-moved-area-new-team",
    RP,
    "meth",
    "Methadone 60 mg od continues. NAS scoring 4-hourly on the ward for 72 h. The HV visits for late signs were "
    "cancelled when she moved area; the Leeds HV team has taken the referral and visits on day 5 and day 10 to "
    "watch for late withdrawal and see the cot. Breastfeeding encouraged; no co-sleeping after her dose.",
    "visits cancelled by a move, the receiving team named with dates",
)
bad(
    "rp-meth-hv-cancelled-moved-area-bare",
    RP,
    "meth",
    "Methadone 60 mg od continues. NAS scoring 4-hourly on the ward for 72 h. The HV visits for late signs and the "
    "cot check were cancelled when she moved area. Breastfeeding encouraged; no co-sleeping after her dose.",
    "the later watch ended with nothing after it",
)
ok(
    "rp-quet-plan-replaced-named",
    RP,
    "quet",
    "Daniel's quetiapine 300 mg nocte. The plan for him to do the early-evening feeds before his dose was dropped "
    "after he fell asleep holding the baby on 20 May; it was replaced by Chloe doing all feeds from 8 pm, and Daniel "
    "never holds or sleeps with the baby on the sofa or bed after taking it. HV checks the crib on 28 May.",
    "a plan ended and replaced, the new one named",
)
bad(
    "rp-quet-plan-dropped-bare",
    RP,
    "quet",
    "Daniel's quetiapine 300 mg nocte. The plan for him to do the early-evening feeds before his dose was dropped "
    "after he fell asleep holding the baby on 20 May. Nothing has replaced it yet.",
    "a plan dropped with nothing in its place",
)
ok(
    "rp-fo-respite-ended-nan-does",
    RP,
    "fo",
    "Diazepam and pregabalin continue for now (GP taper review at 6 weeks). Respite nights ended when the respite "
    "carer left; the foster carer's husband does those nights now and the foster carer the rest. No bed, sofa or "
    "armchair sharing with Kayleigh; late withdrawal watched to day 8 by the foster carer and the HV.",
    "an ended arrangement followed by the one who does it now",
)
ok(
    "rp-sert-switch-abandoned-stays",
    RP,
    "sert",
    "The switch from sertraline to another SSRI was abandoned when her mood dipped; she stays on sertraline 100 mg od. "
    "Maternity team watch the baby for jitteriness and poor feeding for 48 h after birth; breastfeeding supported; "
    "GP mood review at 6 weeks.",
    "a change abandoned, what stands told",
)

# ---------------------------------------------------------------------------------------------------- maxima
ok("mx-ndose-1g-qds", MX, "ndose", "1 g (two tablets) four times a day when needed, no more than 8 tablets in 24 hours",
   "paracetamol at its 4 g daily maximum, the count following from the strength")
bad("mx-ndose-2g-tds", MX, "ndose", "2 g (four tablets) three times a day when needed for perineal pain",
    "6 g a day, over the 4 g maximum")
ok("mx-ndose-8-tablets", MX, "ndose", "One or two tablets up to four times a day; max 8 tablets in 24 hours",
   "8 tablets of 500 mg is 4 g")
bad("mx-ndose-10-tablets", MX, "ndose", "One or two tablets when needed; up to 10 tablets in 24 hours",
    "10 tablets of 500 mg is 5 g", greek)
ok("mx-ndose-1g-tds", MX, "ndose", "1 g three times a day when needed for perineal pain",
   "3 g a day")
ok("mx-pdose-two-tabs-qds", MX, "pdose", "Two tablets four times a day when needed (max 4 g a day)",
   "two 500 mg tablets four times is 4 g")
bad("mx-pdose-two-tabs-five-times", MX, "pdose", "Two tablets five times a day when needed",
    "two 500 mg tablets five times is 5 g")
ok("mx-sdose-four-tabs", MX, "sdose", "Four tablets (200 mg) once daily",
   "sertraline at its 200 mg maximum")
ok("mx-sdose-200-mane", MX, "sdose", "200 mg mane",
   "one morning dose of 200 mg, at the maximum", zwsp)
bad("mx-sdose-five-tabs", MX, "sdose", "Five tablets once daily",
    "five 50 mg tablets is 250 mg, over the 200 mg maximum")
ok("mx-sdose-three-tabs", MX, "sdose", "Three tablets (150 mg) once daily in the morning",
   "150 mg a day")
ok("mx-cdose-40", MX, "cdose40", "Two tablets (40 mg) once daily",
   "citalopram at its 40 mg maximum, the overall restating 40 mg")
bad("mx-cdose-60", MX, "cdose60", "Three tablets once daily",
    "three 20 mg tablets is 60 mg, over the 40 mg maximum")
ok(
    "mx-meth-cut-would-risk",
    MX,
    "meth",
    "Methadone stays at 60 mg once daily, supervised, as a cut now would risk a return to heroin. NAS scores by ward "
    "midwives 4-hourly for 72 h at least, HV watches for late signs to day 10. Breastfeeding encouraged at this "
    "dose. No co-sleeping as she is drowsy after it; HV checks the cot at the first visit.",
    "a harm of a cut as why the dose, which agrees with the line",
    cyr,
)
bad(
    "mx-meth-cut-would-risk-wrong-dose",
    MX,
    "meth",
    "Methadone stays at 90 mg once daily, supervised, as a cut now would risk a return to heroin. NAS scores by ward "
    "midwives 4-hourly for 72 h at least, HV watches for late signs to day 10. Breastfeeding encouraged at this "
    "dose. No co-sleeping as she is drowsy after it; HV checks the cot at the first visit.",
    "the dose stated contradicts the 60 mg line",
)
ok(
    "mx-sert-any-reduction",
    MX,
    "sert",
    "Sertraline 100 mg daily continues, as any reduction could bring back her low mood. The maternity team watch the "
    "baby for jitteriness, poor feeding and fast breathing for 48 h after birth. Breastfeeding on sertraline is "
    "supported. GP mood review at 6 weeks.",
    "a change as a noun risking harm; the dose agrees with the line",
)
bad(
    "mx-sert-any-reduction-wrong-dose",
    MX,
    "sert",
    "Sertraline 250 mg daily continues, as any reduction could bring back her low mood. The maternity team watch the "
    "baby for jitteriness, poor feeding and fast breathing for 48 h after birth. Breastfeeding on sertraline is "
    "supported. GP mood review at 6 weeks.",
    "250 mg contradicts the 100 mg line and is above the maximum",
)

# ---------------------------------------------------------------------------------------------------- guidance
ok(
    "gd-lith-nice-then-that-schedule",
    GD,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. NICE advises levels every 4 weeks, weekly from 36 weeks and within 24 "
    "h of birth; the perinatal psychiatrist takes hers on that schedule. The paediatrician sees the baby on day 1 for "
    "tone, feeding and thyroid. Bottle feeding, as lithium passes into milk.",
    "guidance reported then pointed back at and applied",
    fw,
)
bad(
    "gd-lith-nice-only",
    GD,
    "lith",
    "Lithium (Priadel) 800 mg nocte. NICE advises levels every 4 weeks, weekly from 36 weeks and within 24 h of "
    "birth, that the baby is reviewed by a paediatrician, and that breastfeeding is not recommended.",
    "guidance reported, never applied",
)
ok(
    "gd-valp-mhra-followed",
    GD,
    "valp",
    "Sodium valproate 500 mg bd. MHRA guidance is that valproate is not stopped abruptly in pregnancy and that "
    "specialist review is urgent; Dr Shah has followed it: urgent neurology referral sent today, valproate "
    "continues until seen, folic acid 5 mg daily started, fetal medicine scan booked for 20 weeks. Breastfeeding "
    "possible; paediatric check after birth.",
    "guidance in a copula, then followed",
)
bad(
    "gd-valp-mhra-only",
    GD,
    "valp",
    "Sodium valproate 500 mg bd. MHRA guidance is that valproate is not stopped abruptly in pregnancy, that "
    "specialist review is urgent and that high-dose folic acid is given.",
    "guidance in a copula, nothing done",
    zwj,
)
ok(
    "gd-meth-bnf-in-line-with-that",
    GD,
    "meth",
    "Methadone 60 mg daily (supervised) continues. The local guideline says babies exposed to methadone are scored "
    "for 72 h at least; in line with that, the postnatal ward midwives score him 4-hourly for 72 h and the HV "
    "checks for late signs to day 10. Breastfeeding supported; cot, not her bed, as she is drowsy after dosing.",
    "guidance then 'in line with that' and the plan",
)
bad(
    "gd-meth-guideline-only",
    GD,
    "meth",
    "Methadone 60 mg daily (supervised). The local guideline states that babies exposed to methadone are scored for "
    "72 hours, that breastfeeding is encouraged and that co-sleeping is avoided.",
    "the guideline quoted, nothing of this baby",
)
ok(
    "gd-cit-ukteis-keeps-to",
    GD,
    "cit",
    "Citalopram 20 mg od continues - she relapsed when she last stopped. UKTIS advises watching exposed babies for "
    "adaptation signs over the first 48 h; the postnatal ward keeps to that, with midwives checking for jitteriness, "
    "poor feeding and fast breathing. Breastfeeding on citalopram supported. GP mood review at 6 weeks.",
    "guidance then 'keeps to that'",
)
bad(
    "gd-cit-ukteis-only",
    GD,
    "cit",
    "Citalopram 20 mg od. UKTIS advises watching exposed babies for adaptation signs over the first 48 h and says "
    "breastfeeding is usually fine.",
    "guidance only",
)
ok(
    "gd-quet-lullaby-as-advised",
    GD,
    "quet",
    "Daniel's quetiapine 300 mg nocte. The Lullaby Trust advises that a baby never sleeps beside an adult who has "
    "taken sedating medicine; Chloe and Daniel do exactly that: Chloe does all night feeds, the baby sleeps in his "
    "crib, and Daniel never dozes with him on the sofa or bed. HV rechecks the crib at the 6-week visit.",
    "guidance then 'do exactly that' with who does what",
)

# ---------------------------------------------------------------------------------------------------- levels
ok(
    "lv-lith-no-extra-beyond-usual",
    LV,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. No extra blood tests beyond the usual schedule: monthly levels, "
    "weekly from 36 weeks and one within 24 h of birth, taken by the perinatal team. Paediatrician reviews the baby "
    "on day 1; bottle feeding as lithium passes into milk.",
    "no levels over and above the schedule, which is given",
    cyr,
)
bad(
    "lv-lith-none-beyond-36",
    LV,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. Monthly levels until 36 weeks; no further levels beyond 36 weeks. "
    "Paediatrician reviews the baby on day 1; bottle feeding as lithium passes into milk.",
    "the levels dropped from 36 weeks, around the birth",
)
ok(
    "lv-lith-none-on-top-of",
    LV,
    "lith",
    "Lithium (Priadel) 800 mg at night - continue. Levels: 4-weekly, weekly from 36/40, and within 24 h of delivery; "
    "none on top of those unless she is vomiting or unwell, when the GP takes one that day. Baby: paediatric review "
    "day 1 for tone and feeding, TFTs. Bottle feeding.",
    "'none on top of those' keeps the planned levels",
)
bad(
    "lv-lith-none-after-delivery",
    LV,
    "lith",
    "Lithium (Priadel) 800 mg at night - continue. Levels 4-weekly until delivery, none after the birth. Baby: "
    "paediatric review day 1 for tone and feeding. Bottle feeding.",
    "levels ruled out after the birth",
    zwsp,
)
ok(
    "lv-lo-other-than-planned",
    LV,
    "lo",
    "Continue lithium (Priadel) 800 mg at night. Levels monthly, weekly from 36 weeks and within 24 h of birth, by the "
    "perinatal team; no levels other than those planned. Paediatric review of the baby on day 1. Bottle feeding. "
    "Perinatal mental health team reviews her within a week of birth.",
    "'no levels other than those planned' after the plan",
)
bad(
    "lv-lo-no-levels-after-36",
    LV,
    "lo",
    "Continue lithium (Priadel) 800 mg at night. Monthly levels by the perinatal team; no levels needed after 36 "
    "weeks. Paediatric review of the baby on day 1. Bottle feeding. Perinatal team reviews her within a week of "
    "birth.",
    "levels ruled out in the weeks around the birth",
)
ok(
    "lv-lith-apart-from-schedule",
    LV,
    "lith",
    "Lithium (Priadel) 800 mg nocte stays. Apart from the usual schedule (4-weekly, weekly from 36/40, within 24 h of "
    "birth, taken by the perinatal psychiatrist), no extra levels. Neonatal team sees the baby on day 1 for "
    "floppiness and poor suck; bottle feeding, as lithium passes into breast milk.",
    "apart from the schedule, given",
)

# ---------------------------------------------------------------------------------------------------- reasons
ok(
    "rs-cit-reasons-before-decision",
    RS,
    "cit",
    "Because she relapsed within a month of stopping in 2023, and because the risks to the baby are small, "
    "citalopram 20 mg od continues. Midwife and postnatal ward watch the baby for jitteriness, poor feeding and fast "
    "breathing for 48 h; breastfeeding on citalopram supported; GP mood review at 6 weeks.",
    "reasons before the decision they support",
    greek,
)
bad(
    "rs-cit-reasons-decision-deferred",
    RS,
    "cit",
    "Because she relapsed within a month of stopping in 2023, and because the risks to citalopram-exposed babies are "
    "small, the question has been carefully considered and a plan will follow in due course.",
    "reasons for a decision never made",
)
ok(
    "rs-sert-reason-after-decision",
    RS,
    "sert",
    "Sertraline 100 mg od continues through pregnancy, because her depression was severe when she stopped before. "
    "The maternity team watch the baby for 48 h for jitteriness and feeding difficulty; breastfeeding supported; GP "
    "mood review at 6 weeks.",
    "a reason after the decision",
)
bad(
    "rs-sert-reason-to-be-discussed",
    RS,
    "sert",
    "As her depression was severe when she stopped before, and as sertraline is well studied, whether sertraline "
    "continues is to be discussed at a later appointment.",
    "reasons beside a deferred decision",
)
ok(
    "rs-quet-given-that-then-plan",
    RS,
    "quet",
    "Given that Daniel's quetiapine 300 mg nocte leaves him very hard to wake, he does no night feeds and never "
    "sleeps with the baby on a bed, sofa or armchair; Chloe does every night feed and the baby sleeps in the crib "
    "by her bed. HV rechecks the sleeping place at 6-8 weeks.",
    "a reason opening the sentence, then the decision",
)
bad(
    "rs-quet-given-that-considered",
    RS,
    "quet",
    "Given that Daniel's quetiapine 300 mg nocte leaves him very hard to wake, and given that the baby is small, the "
    "night care arrangements have been carefully considered and will be confirmed later.",
    "reasons and a hedge; nothing decided",
    bidi,
)
ok(
    "rs-valp-since-reason-plan",
    RS,
    "valp",
    "Since stopping sodium valproate abruptly risks seizures, it continues at 500 mg bd until the urgent neurology "
    "review (referred today); since the baby has been exposed in the first trimester, the GP booked the fetal "
    "medicine early scan and the 20-week anomaly scan and started folic acid 5 mg. Breastfeeding possible; "
    "paediatric check after birth.",
    "reasons with 'since' before each decision",
)
bad(
    "rs-valp-since-reasons-only",
    RS,
    "valp",
    "Since stopping sodium valproate abruptly risks seizures, and since the baby has been exposed in the first "
    "trimester, the options will be weighed up carefully.",
    "reasons for options never chosen",
)
ok(
    "rs-dzp-reason-and-acts",
    RS,
    "dzp",
    "As both sedate her, Kayleigh's diazepam 5 mg tds and pregabalin 150 mg bd mean the foster carer does all night "
    "feeds and Kayleigh never shares a bed, sofa or chair with the baby. As stopping suddenly risks seizures, neither "
    "is stopped; the GP plans a slow diazepam taper from 6 weeks. Late withdrawal: foster carer and HV watch to day 8.",
    "reasons each beside their decision",
)

# ---------------------------------------------------------------------------------------------------- more near misses
ok(
    "ho-cit-someone-from-perinatal-named",
    HO,
    "cit",
    "Citalopram 20 mg once daily continues: she relapsed within a month of stopping before. Someone from the "
    "perinatal team (Dr Ahmed) will see her at 32 weeks and again 2 weeks after birth. The postnatal ward midwives "
    "watch the baby for jitteriness, poor feeding and fast breathing for 48 h; breastfeeding on citalopram supported.",
    "an indefinite pronoun with its named person in brackets",
)
ok(
    "ho-lith-if-anyone-unsure-ring",
    HO,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. The perinatal team takes levels monthly, weekly from 36 weeks and "
    "within 24 h of birth. The neonatal SHO reviews the baby on day 1 for floppiness, poor suck and thyroid "
    "function; if anyone on the ward is unsure about his tone or feeding, they ring the neonatal registrar. Bottle "
    "feeding, as lithium enters breast milk.",
    "'if anyone is unsure, ring' beside a held plan",
)
ok(
    "ho-quet-date-tbc-holder-named",
    HO,
    "quet",
    "Daniel's quetiapine 300 mg nocte: deeply sedated for hours. Chloe does all night feeds; the baby sleeps in the "
    "crib beside her, never on a bed, sofa or armchair with Daniel. The HV, Mrs Lowe, rechecks the crib at the 6-8 "
    "week contact (date TBC).",
    "a placeholder date beside a named holder",
    zwj,
)
ok(
    "ho-dzp-owner-sw-named",
    HO,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue, neither stopped suddenly; taper reviewed by the GP at 6 "
    "weeks. Night feeds: foster carer, every night (owner: Ms Reid, social worker, who checks it weekly). Sleeping "
    "place: placement cot, no bed, sofa or chair sharing with Kayleigh. Late withdrawal: foster carer and HV to day 8.",
    "an owner named in brackets",
)
ok(
    "td-lith-to-be-arranged-by-named",
    TD,
    "lith",
    "Lithium (Priadel) 800 mg nocte - continue.\nLevels - to be arranged by the perinatal psychiatrist: monthly, "
    "weekly from 36/40, within 24 h of birth.\nBaby - paediatric review on day 1, booked by the community midwife.\n"
    "Feeding - bottle, as lithium passes into breast milk.",
    "'to be arranged by' a named holder",
)
ok(
    "td-meth-cot-to-follow-named",
    TD,
    "meth",
    "Methadone 60 mg daily, supervised, continues. NAS chart 4-hourly for 72 h on the postnatal ward, ward midwives. "
    "Late signs - HV to day 10. Breastfeeding - yes. Cot check - to follow at the HV's new birth visit (day 10-14), "
    "as she is drowsy after her dose and must not share a bed or sofa with him.",
    "'to follow' with its holder and time",
)
ok(
    "td-valp-tbd-by-neurology",
    TD,
    "valp",
    "Sodium valproate 500 mg bd continues for now - not stopped abruptly. Switch: TBD by the neurologist at the "
    "urgent appointment within 2 weeks (referral sent today). Folic acid 5 mg od started today. Fetal medicine: "
    "early scan and 20-week anomaly scan booked. Breastfeeding on valproate possible; paediatric check after birth.",
    "a TBD item with who decides and when",
)
ok(
    "qu-dzp-queries-answered",
    QU,
    "dzp",
    "Diazepam 5 mg tds + pregabalin 150 mg bd: continue, GP to start slow diazepam taper at 6/52. ?night feeds - "
    "foster carer, all of them. ?co-sleeping - never; Kayleigh does not share a bed, sofa or chair with the baby. "
    "?late WD - foster carer and HV watch for tremor and poor feeding to day 8.",
    "queries answered with holders",
    cyr,
)
ok(
    "qu-meth-nas-obs-then-hv",
    QU,
    "meth",
    "Methadone 60 mg od supervised - continue. ?NAS - postnatal ward obs 72 h, then HV checks to day 10. ?BF - "
    "yes. ?co-sleeping - no, drowsy after her dose; own cot, seen by the HV at home.",
    "short answered queries",
)
ok(
    "lb-lith-rebeccas-line-then-plan",
    LB,
    "lith",
    "Rebecca's lithium (Priadel) 800 mg nocte: continues, as relapse after birth is likely without it; perinatal team "
    "takes levels monthly, weekly from 36/40 and within 24 h of birth; the paediatrician reviews the baby on day 1; "
    "she bottle feeds.",
    "a labelled line naming whose, followed by a plan",
)
ok(
    "lb-meth-in-this-pregnancy-then-plan",
    LB,
    "meth",
    "Methadone 60 mg daily in this pregnancy. It continues unchanged. The postnatal ward scores the baby for NAS "
    "every 4 h for 72 h minimum; the HV checks for late signs up to day 10. Breastfeeding encouraged. No "
    "co-sleeping, as she is drowsy after her dose; the HV sees the cot at the first visit.",
    "the medicine placed in the pregnancy, then decisions",
)
ok(
    "lb-fo-issues-then-answered",
    LB,
    "fo",
    "Diazepam and pregabalin continue for now, no abrupt stop; GP taper review at 6 weeks. The issues for the baby "
    "are sedation, night care and late withdrawal: the foster carer does every night feed; Kayleigh never shares a "
    "bed, sofa or armchair with him; the foster carer and HV watch for late withdrawal until day 8.",
    "a topic label with copula, then each answered",
    greek,
)
ok(
    "wa-sert-watch-noun-ward",
    WA,
    "sert",
    "Sertraline 100 mg od continues. The baby's watch for adaptation signs (jittery, feeding, breathing) is done by "
    "the postnatal ward midwives for 48 h. Breastfeeding supported. GP reviews her mood at 6 weeks.",
    "watch as a noun with holder and span",
)
ok(
    "wa-mo-leaves-ward-hv",
    WA,
    "mo",
    "Methadone and sertraline continue unchanged. Withdrawal and adaptation scoring on the postnatal ward for at "
    "least 72 h; once the baby leaves the ward, the health visitor watches for late withdrawal signs until day 10. "
    "Breastfeeding supported. No co-sleeping because of methadone sedation; the social worker and HV see the "
    "sleeping arrangements before discharge.",
    "the ward's end with the watch handed on",
)
ok(
    "wa-meth-no-further-after-day-10",
    WA,
    "meth",
    "Methadone 60 mg once daily continues. NAS scoring 4-hourly on the postnatal ward for 72 h, then the HV checks "
    "for late signs at home on day 5 and day 10; no further withdrawal watch after the day 10 visit if he is "
    "feeding and settling well. Breastfeeding encouraged. Own cot, no co-sleeping; HV sees the cot on day 5.",
    "the watch ends after its later window, past the item's day 8",
)
ok(
    "cr-meth-advice-not-yet-given-hv",
    CR,
    "meth",
    "Methadone 60 mg od continues. NAS scored 4-hourly on the ward for 72 h; HV looks for late signs to day 10. "
    "Breastfeeding supported. She is drowsy after dosing, so the baby sleeps in his own cot; safe sleep advice is "
    "not yet given - the community midwife gives it before discharge and the HV sees the cot at home.",
    "advice not yet given, with who gives it and when",
)
ok(
    "cr-quet-if-safe-no-further-checks",
    CR,
    "quet",
    "Daniel's quetiapine 300 mg nocte: heavy sedation. Chloe does all the night feeds; no bed, sofa or armchair "
    "sharing with Daniel. The HV checks the crib at the new birth visit and at 6 weeks; if it is safe at 6 weeks, "
    "no further checks of the crib are needed.",
    "a condition opening the clause before 'no further checks'",
)
ok(
    "tx-lith-toxicity-one-sentence",
    TX,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues - high relapse risk. Levels: perinatal team, monthly then weekly from "
    "36/40, within 24 h of birth. Her dose is held in labour to avoid toxicity, and the baby is watched for toxicity "
    "too: neonatal team on the postnatal ward for 48 h (tone, feeding, colour), TFTs on day 5. Bottle feeding.",
    "her toxicity and the baby's in one plan",
)
ok(
    "tx-lo-cord-level",
    TX,
    "lo",
    "Continue lithium (Priadel) 800 mg at night; levels monthly, weekly from 36 weeks and within 24 h of birth. To "
    "avoid toxicity in labour her fluids are kept up; a cord level is taken and the paediatrician reviews the baby "
    "on day 1 for toxicity and thyroid problems. Bottle feeding. Perinatal mental health team sees her within a week.",
    "her toxicity and the baby's review",
)
ok(
    "wd-meth-midwife-left-successor-next",
    WD,
    "meth",
    "Methadone 60 mg od supervised continues. The specialist midwife who was doing her antenatal care has left. Anna "
    "Price, her replacement, sees her fortnightly and holds the birth plan: NAS scores 4-hourly for 72 h on the "
    "postnatal ward, HV for late signs to day 10, breastfeeding encouraged, no co-sleeping, cot seen at home.",
    "a holder gone, the successor named in the next sentence",
)
ok(
    "wd-quet-grandad-retired-hv",
    WD,
    "quet",
    "Daniel's quetiapine 300 mg nocte leaves him very drowsy. Chloe does the night feeds with help from her father, "
    "who has retired and stays over twice a week; Daniel never sleeps with the baby on a bed or sofa. The HV checks "
    "the crib at the 6-8 week visit.",
    "a retired relative helping beside the mother and a professional",
)
ok(
    "rp-lith-clinic-closed-team-does",
    RP,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. Her lithium clinic appointments ended when the clinic closed; the "
    "perinatal mental health team now takes her levels, monthly, weekly from 36 weeks and within 24 h of birth. The "
    "paediatrician reviews the baby on day 1. Bottle feeding, as lithium passes into milk.",
    "an ended plan with the team now doing it",
)
ok(
    "rp-quet-nanny-stopped-partner-does",
    RP,
    "quet",
    "Quetiapine 300 mg nocte (Daniel). The night nanny stopped coming after week 2; Chloe's sister does the 2 am "
    "feed now and Chloe the rest, so Daniel does none. The baby sleeps in the crib, never with Daniel on the sofa or "
    "bed. HV rechecks the crib at 6 weeks.",
    "ended help with the one who does it now",
    shy,
)
ok("mx-ndose-max-4g-in-24h", MX, "ndose", "1 g every 4 to 6 hours when needed, max 4 g in 24 hours",
   "a day's ceiling of 4 g stated beside the interval")
ok("mx-sdose-100-bd", MX, "sdose", "100 mg twice daily",
   "200 mg a day, at the maximum")
ok("mx-cdose-40-nocte", MX, "cdose40", "40 mg at night",
   "one dose at night of 40 mg, at the maximum")
ok(
    "gd-lith-nice-so-team",
    GD,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. NICE recommends levels every 4 weeks, weekly from 36 weeks, and within "
    "24 h of birth, so the perinatal team takes them at those times. The paediatrician sees the baby on day 1. "
    "Bottle feeding, as lithium enters breast milk.",
    "guidance applied with 'so'",
)
ok(
    "gd-sert-first-line-hers",
    GD,
    "sert",
    "Sertraline is a first-line SSRI in pregnancy and breastfeeding; for her it continues at 100 mg daily. The "
    "maternity team watch the baby for jitteriness and poor feeding for 48 h after birth; breastfeeding supported; "
    "GP mood review at 6 weeks.",
    "guidance's verdict then her own decision",
)
ok(
    "lv-lith-except-when-unwell",
    LV,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. Levels are taken by the perinatal team monthly, weekly from 36 weeks "
    "and within 24 h of birth; no extra levels except if she has vomiting or diarrhoea. The neonatal team reviews "
    "the baby on day 1 for tone and feeding; bottle feeding.",
    "no extra levels except a named case, the schedule kept",
)
ok(
    "lv-lo-over-and-above",
    LV,
    "lo",
    "Continue lithium (Priadel) 800 mg at night. No levels over and above the standard ones: monthly, weekly from "
    "36 weeks and within 24 h of birth, by the perinatal team. The paediatrician reviews the baby after birth. "
    "Bottle feeding. Perinatal mental health team reviews her within a week of birth.",
    "'over and above' the schedule, which is given",
    fw,
)
ok(
    "rs-meth-because-continues",
    RS,
    "meth",
    "Because she has been stable and off heroin for two years on it, methadone continues at 60 mg daily. The baby is "
    "scored for NAS on the postnatal ward 4-hourly for 72 h, and the HV checks for late signs to day 10. "
    "Breastfeeding encouraged. No co-sleeping, as she is drowsy after her dose; cot seen by the HV at home.",
    "a reason before the decision",
)
ok(
    "rs-co-as-reason-mid",
    RS,
    "co",
    "As she relapsed when she last stopped, citalopram 20 mg continues through pregnancy and breastfeeding. The "
    "midwife watches the baby for jitteriness and feeding problems in the first 48 hours; the GP reviews her mood at "
    "the 6-week check. Amended on 2026-02-12 to add the health visitor as a recipient.",
    "a reason opening the overall conclusion, then the decision",
)


def counts() -> dict[tuple[str, str], int]:
    return dict(Counter((c.category, c.expect) for c in F150CASES))


if __name__ == "__main__":
    table = counts()
    for category in CATEGORIES:
        print(f"{category:12} refuse {table.get((category, REFUSE), 0):3}  pass {table.get((category, PASS), 0):3}")
    print(f"{'all':12} refuse {sum(c.expect == REFUSE for c in F150CASES):3}  pass "
          f"{sum(c.expect == PASS for c in F150CASES):3}  total {len(F150CASES)}")
