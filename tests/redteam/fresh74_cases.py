"""A seventy-fourth independent "fresh" batch of red-team cases for the share gate: the adversary, fourteenth
round, disguise and fabrication at the edges.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. Part 1 (about half) is hollow conclusions that combine two tricks the gate
knows one at a time, each beside a near-miss good twin in similar words:

* ``buried-deferral``: a long, good paragraph about one medicine, and only a deferral for the other;
* ``future-conditional``: the right names, but every clause in the future conditional ("would", "might", "were");
* ``copy-dose-swap``: one conclusion pasted under two medicines with the names AND the doses changed;
* ``quote-then-defer``: guidance quoted in one sentence, a deferral in the next;
* ``empty-act``: an actor and a time, and an empty act ("the midwife will, at 72 hours, attend to matters");
* ``template-restated``: the template's questions restated as answers, with one clinical word appended;
* ``wrong-person``: a decision for the sibling, the grandmother, or the partner in place of the mother.

Part 2 (about half) is impossible facts in disguise, each beside its valid twin in the same disguise:

* ``dates-digits``: written dates that do not exist (31 September, 29 February 2027) or report as done an event
  after attestation, in full-width, Arabic-Indic, Persian, Devanagari, Bengali, superscript, subscript and
  mathematical digits; the valid date in the same digits passes;
* ``dates-separators``: the same with the fraction slash U+2044, the division slash U+2215, full-width solidus and
  a Cyrillic letter in the month name;
* ``doses``: dose lines of nothing with Unicode digits or the look-alike unit "mg" spelt with U+0261, and conclusions whose
  dose contradicts the line in disguised digits; beside true doses in the same disguise;
* ``routes``: MESH mailbox ids, FHIR base URLs, MLLP hosts and manual routes with look-alike letters or full-width
  digits: an identifier with look-alike characters names no real mailbox or server, so it is refused whether the
  plain form is valid or not (each ``why`` says so); a disguised instruction in prose is judged as the plain one;
* ``ods-codes``: ODS codes with Cyrillic or Greek letters or full-width digits (refused either way, as above);
* ``registration``: registration numbers with look-alike letters or other digits (malformed either way), and one
  number under two names where the names differ only by disguise (one person: passes) or truly (refuses);
* ``disguise``: a fifth more: Part 1 texts, good and hollow, in homoglyphs, zero-width and soft hyphens, full width.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh74_cases`` for the
counts per category.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from tests.redteam.cases import (
    PASS,
    REFUSE,
    Case,
    Expect,
    F,
    L,
    M,
    Mutation,
    chain,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F74CASES: list[Case] = []

CATEGORIES = (
    "buried-deferral",
    "future-conditional",
    "copy-dose-swap",
    "quote-then-defer",
    "empty-act",
    "template-restated",
    "wrong-person",
    "dates-digits",
    "dates-separators",
    "doses",
    "routes",
    "ods-codes",
    "registration",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F74CASES.append(Case(f"f74-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def meth(text: str) -> Mutation:
    return set_("assessments#asm-methadone.conclusion", text)


def sert(text: str) -> Mutation:
    return set_("assessments#asm-sertraline.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


# Unicode decimal digit blocks: the code point of each block's zero.
DIGITS = {
    "fw": 0xFF10,  # full-width
    "arabic": 0x0660,  # Arabic-Indic
    "persian": 0x06F0,  # Extended Arabic-Indic
    "devanagari": 0x0966,
    "bengali": 0x09E6,
    "thai": 0x0E50,
    "mathbold": 0x1D7CE,  # mathematical bold
    "dstruck": 0x1D7D8,  # mathematical double-struck
}
SUPERSCRIPT = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
SUBSCRIPT = "".join(chr(0x2080 + d) for d in range(10))


def digits(text: str, block: str) -> str:
    """Every ASCII digit of the text in another Unicode block of decimal digits (or super/subscript)."""
    if block == "sup":
        table = SUPERSCRIPT
    elif block == "sub":
        table = SUBSCRIPT
    else:
        table = "".join(chr(DIGITS[block] + d) for d in range(10))
    return "".join(table[int(ch)] if "0" <= ch <= "9" else ch for ch in text)


for _b in [*DIGITS, "sup", "sub"]:
    _t = digits("31/09/2026", _b)
    assert all(unicodedata.digit(c, None) is not None for c in _t if c != "/"), _b


# ============================================================================================================
# Part 1. Hollow conclusions that combine two tricks, each beside a good near miss. Methadone's and sertraline's
# items already answer every concern of their classes, so only the conclusion is judged.

# buried-deferral ------------------------------------------------------------------------------------------
_SERT_PARA = (
    "Sertraline 100 mg continues: her mood has held since the dose was raised in September, stopping now would "
    "risk a relapse of depression late in pregnancy, and the maternity team will look for jitteriness, poor "
    "feeding and fast breathing in the baby over the first two days; breastfeeding is compatible and encouraged."
)
_METH_PARA = (
    "Methadone 60 mg continues under supervised consumption; the baby stays on the postnatal ward for at least 72 "
    "hours of withdrawal scoring, the health visitor checks for late signs to day 8, and she must never share a "
    "bed or sofa with the baby after her dose."
)
BURIED_BAD = [
    (
        "ovr-meth-awaited",
        overall(f"{_SERT_PARA} Methadone: we await the drug service's view before saying anything."),
        "a long good paragraph on sertraline; methadone only deferred to the drug service (MA119/MA103)",
    ),
    (
        "ovr-sert-in-due-course",
        overall(f"{_METH_PARA} Sertraline will be decided by the perinatal team in due course."),
        "a long good paragraph on methadone; sertraline only deferred (MA119/MA103)",
    ),
    (
        "meth-asm-about-sertraline",
        meth(
            "Her sertraline is why her mood has held through this pregnancy, and the paediatric team will look for "
            "jitteriness and fast breathing in the baby's first two days, usually mild and settling without treatment; "
            "she should keep taking it every morning. As to methadone, that is for the drug service at their next "
            "review."
        ),
        "methadone's own conclusion speaks only of sertraline and defers methadone (MA103/MA119)",
    ),
    (
        "ovr-sert-middle-pointer",
        overall(
            "Methadone 60 mg continues, and the baby stays on the ward for 72 hours of withdrawal scoring; for "
            "sertraline, see the psychiatrist's letter; no co-sleeping after her dose, and the cot is checked at the "
            "first home visit by the health visitor."
        ),
        "the pointer for sertraline is hidden mid-paragraph about methadone; nothing is concluded on sertraline (MA119)",
    ),
]
BURIED_GOOD = [
    (
        "ovr-meth-own-part",
        overall(
            f"{_SERT_PARA} Methadone 60 mg continues too; the drug service also reviews her, but the baby's 72 hours of "
            "withdrawal scoring and the rule of no co-sleeping after a dose stand whatever they decide."
        ),
        "the drug service is mentioned, but methadone has its own decision",
    ),
    (
        "ovr-sert-own-part",
        overall(
            f"{_METH_PARA} Sertraline continues as well, since stopping it now risks relapse; the perinatal team "
            "reviews it after birth and the midwife scores the baby's adaptation alongside withdrawal."
        ),
        "sertraline's part decides, and then points to a later review",
    ),
    (
        "meth-asm-points-on",
        meth(
            "Methadone 60 mg continues unchanged; alongside her sertraline it means the baby is scored on the ward for "
            "withdrawal and adaptation signs for at least 72 hours, and she never co-sleeps after her dose. The drug "
            "service will review the dose at its next appointment and tell the midwife of any change."
        ),
        "a substantive conclusion that also points elsewhere",
    ),
    (
        "ovr-sert-mid-decision",
        overall(
            "Methadone 60 mg continues, and the baby stays on the ward for 72 hours of withdrawal scoring; sertraline "
            "continues unchanged, the psychiatrist agreeing; no co-sleeping after her dose, and the cot is checked at "
            "the first home visit by the health visitor."
        ),
        "sertraline's short part mid-paragraph decides",
    ),
]
for _n, _m, _w in BURIED_BAD:
    bad(_n, "buried-deferral", M, _m, _w)
for _n, _m, _w in BURIED_GOOD:
    ok(_n, "buried-deferral", M, _m, _w)

# future-conditional ----------------------------------------------------------------------------------------
COND_BAD = [
    (
        "were-to-continue",
        meth(
            "Were methadone to continue, the baby might need observation for withdrawal, and co-sleeping could be "
            "unwise, should sedation prove to be a problem."
        ),
        "every clause hypothetical: nothing is decided (MA103)",
    ),
    (
        "if-it-were-sensible",
        meth(
            "If methadone were continued, it would be sensible to consider observing the baby, and breastfeeding "
            "could perhaps be supported if that were thought appropriate."
        ),
        "conditionals and hedges only (MA103)",
    ),
    (
        "would-probably",
        meth(
            "Methadone would probably continue if everyone agreed; the baby might possibly be observed if withdrawal "
            "were to seem likely, and safe sleep could be discussed at some point."
        ),
        "'would probably', 'might possibly', 'could be discussed': no decision (MA103)",
    ),
    (
        "ovr-should-both",
        overall(
            "Should methadone and sertraline continue, the baby could possibly need some observation, and it might be "
            "that co-sleeping would be best avoided if sedation were to occur."
        ),
        "the overall conclusion hypothesises about both and decides nothing (MA103)",
    ),
]
COND_GOOD = [
    (
        "if-signs-treat",
        meth(
            "Methadone continues. If the baby shows withdrawal signs on the ward, the neonatal team will start "
            "treatment; she must not co-sleep after her dose."
        ),
        "a condition inside a decided plan",
    ),
    (
        "would-be-unsafe",
        meth(
            "Methadone 60 mg would be unsafe to stop, so it continues; the baby will be scored for withdrawal for 72 "
            "hours, and the cot is checked at the home visit."
        ),
        "'would' giving the reason for a decision",
    ),
    (
        "ovr-should-score",
        overall(
            "Methadone and sertraline both continue: stopping either would risk relapse. Should the baby score highly "
            "for withdrawal, the neonatal team will treat; no co-sleeping after the methadone dose, breastfeeding "
            "encouraged."
        ),
        "'should' as a condition after the decision",
    ),
]
for _n, _m, _w in COND_BAD:
    bad(_n, "future-conditional", M, _m, _w)
for _n, _m, _w in COND_GOOD:
    ok(_n, "future-conditional", M, _m, _w)

# copy-dose-swap --------------------------------------------------------------------------------------------
COPY_BAD = [
    (
        "carry-on",
        chain(
            meth(
                "Methadone 60 mg should carry on unchanged; the baby will be checked on the ward after birth and the "
                "health visitor will follow up, with safe sleep advice repeated."
            ),
            sert(
                "Sertraline 100 mg should carry on unchanged; the baby will be checked on the ward after birth and the "
                "health visitor will follow up, with safe sleep advice repeated."
            ),
        ),
        "one conclusion with only the name and dose changed (MA121)",
    ),
    (
        "reordered",
        chain(
            meth(
                "Keep methadone at 60 mg daily. The midwife will watch the baby closely in the first days and support "
                "feeding."
            ),
            sert(
                "The midwife will watch the baby closely in the first days and support feeding. Keep sertraline at "
                "100 mg daily."
            ),
        ),
        "the same two sentences, reordered, with name and dose changed (MA121)",
    ),
    (
        "few-chars",
        chain(
            meth(
                "Methadone 60 mg stays the same because stopping is riskier than continuing; the baby is watched after "
                "birth and feeding is supported."
            ),
            sert(
                "Sertraline 100mg stays the same since stopping is riskier than continuing; the baby is watched after "
                "birth, and feeding is supported."
            ),
        ),
        "name, dose and a few characters changed (MA121)",
    ),
]
COPY_GOOD = [
    (
        "same-opening",
        chain(
            meth(
                "Methadone 60 mg should carry on unchanged; the baby will be scored for withdrawal on the ward for at "
                "least 72 hours, and she must never co-sleep after her dose."
            ),
            sert(
                "Sertraline 100 mg should carry on unchanged; relapse of her depression is the greater risk, and the "
                "midwife will look for adaptation signs such as jitteriness in the baby's first two days."
            ),
        ),
        "the same opening clause, then different decisions for each medicine",
    ),
    (
        "same-frame",
        chain(
            meth(
                "Keep methadone at 60 mg daily: the baby is observed for withdrawal for three days on the ward and "
                "sleeps in the cot, never the parents' bed."
            ),
            sert(
                "Keep sertraline at 100 mg daily: stopping risks relapse, and the baby's mild adaptation signs, if "
                "any, are scored by the midwife alongside the withdrawal chart."
            ),
        ),
        "a shared frame with each medicine's own content",
    ),
]
for _n, _m, _w in COPY_BAD:
    bad(f"copy-{_n}", "copy-dose-swap", M, _m, _w)
for _n, _m, _w in COPY_GOOD:
    ok(f"copy-{_n}", "copy-dose-swap", M, _m, _w)

# quote-then-defer ------------------------------------------------------------------------------------------
QUOTE_BAD = [
    (
        "nas-guideline",
        meth(
            "The local neonatal abstinence guideline says babies exposed to methadone are observed for at least 72 "
            "hours. What this means for her baby will be decided at the next meeting."
        ),
        "guidance quoted, then the decision for this baby deferred (MA103)",
    ),
    (
        "nice-deferred",
        meth(
            "NICE advises that opioid substitution such as methadone continues in pregnancy; decisions for this "
            "pregnancy are deferred to the drug service."
        ),
        "a general recommendation, then a deferral (MA103)",
    ),
    (
        "ovr-lullaby-bnf",
        overall(
            "The Lullaby Trust advises against sharing a bed after sedating medicines such as methadone, and the BNF "
            "lists sertraline as compatible with breastfeeding. A plan for this baby will follow once everyone has been "
            "consulted."
        ),
        "two quotations and a plan to follow (MA103)",
    ),
]
QUOTE_GOOD = [
    (
        "nas-guideline-applied",
        meth(
            "The local neonatal abstinence guideline says babies exposed to methadone are observed for at least 72 "
            "hours, so her baby stays on the postnatal ward for three days; methadone continues unchanged and there is "
            "no co-sleeping after her dose."
        ),
        "the quotation applied to this baby",
    ),
    (
        "ovr-lullaby-applied",
        overall(
            "As the Lullaby Trust advises after sedating medicines, she must not share a bed or sofa with the baby after "
            "her methadone dose; methadone and sertraline both continue, the baby is scored for withdrawal for at least "
            "72 hours, and breastfeeding is supported."
        ),
        "guidance as the reason for a decided plan",
    ),
]
for _n, _m, _w in QUOTE_BAD:
    bad(f"quote-{_n}", "quote-then-defer", M, _m, _w)
for _n, _m, _w in QUOTE_GOOD:
    ok(f"quote-{_n}", "quote-then-defer", M, _m, _w)

# empty-act -------------------------------------------------------------------------------------------------
ACT_BAD = [
    (
        "attend-to-matters",
        meth("The midwife will, at 72 hours, attend to matters relating to methadone and the baby."),
        "actor and time, no act (MA103)",
    ),
    (
        "deal-with-things",
        meth("Methadone: the health visitor will, on day 8, deal with things as regards the baby."),
        "'deal with things' (MA103)",
    ),
    (
        "see-to-it-both",
        meth(
            "The paediatric team will, after birth, take care of the methadone side of things for the baby, and the "
            "health visitor will, at the first visit, handle what is needed."
        ),
        "two actors, two times, no act (MA103)",
    ),
    (
        "ovr-follow-through",
        overall(
            "Regarding methadone and sertraline, the maternity team will, on the ward, see to it, and the health visitor "
            "will, within a week of discharge, follow things through for the baby."
        ),
        "the overall conclusion's actors do nothing nameable (MA103)",
    ),
]
ACT_GOOD = [
    (
        "final-score",
        meth(
            "Methadone continues; the midwife will, at 72 hours, complete the baby's final withdrawal score before "
            "discharge, and check that the cot, not the parents' bed, is where the baby sleeps."
        ),
        "actor, time and a real act",
    ),
    (
        "late-signs",
        meth(
            "Methadone 60 mg continues. The health visitor will, on day 8, look for late withdrawal signs in the baby "
            "(poor feeding, a high-pitched cry, tremor) and refer to the GP if any are present; no co-sleeping after a "
            "dose."
        ),
        "the acts are named",
    ),
    (
        "ovr-cot-weight",
        overall(
            "Methadone and sertraline continue. The maternity team will, on the ward, score the baby for withdrawal and "
            "adaptation for 72 hours; the health visitor will, within a week of discharge, see the cot and check the "
            "baby's feeding and weight."
        ),
        "each actor has an act",
    ),
]
for _n, _m, _w in ACT_BAD:
    bad(f"act-{_n}", "empty-act", M, _m, _w)
for _n, _m, _w in ACT_GOOD:
    ok(f"act-{_n}", "empty-act", M, _m, _w)

# template-restated -----------------------------------------------------------------------------------------
TPL_BAD = [
    (
        "considered-withdrawal",
        meth(
            "Methadone: impact on mother considered; impact on baby considered; recommendations given; conclusion "
            "reached. Withdrawal."
        ),
        "the template's headings marked done, plus one clinical word (MA103)",
    ),
    (
        "as-above-neonatal",
        meth(
            "Methadone. Sedation: yes. Parenting capacity: as above. Safe sleep: as above. Breastfeeding: as above. "
            "Neonatal."
        ),
        "'as above' answers and a trailing clinical word (MA103)",
    ),
    (
        "per-questions-cosleeping",
        meth("Conclusion on methadone: as per the assessment questions answered above, plus co-sleeping."),
        "a pointer to the answers and one topic word (MA103)",
    ),
]
TPL_GOOD = [
    (
        "headings-answered",
        meth(
            "Methadone: sedation yes, so no co-sleeping after a dose; baby: withdrawal scoring on the ward for 72 "
            "hours; breastfeeding: encouraged on this stable dose; plan: continue 60 mg."
        ),
        "template headings, each with its answer",
    ),
    (
        "impacts-spelled",
        meth(
            "Methadone: the impact on her is peak sedation after each dose, so the cot is used for every sleep; the "
            "impact on the baby is likely withdrawal, observed for 72 hours on the ward; continue 60 mg."
        ),
        "the template's impacts, answered",
    ),
]
for _n, _m, _w in TPL_BAD:
    bad(f"tpl-{_n}", "template-restated", M, _m, _w)
for _n, _m, _w in TPL_GOOD:
    ok(f"tpl-{_n}", "template-restated", M, _m, _w)

# wrong-person ----------------------------------------------------------------------------------------------
WHO_BAD = [
    (
        "older-daughter",
        meth(
            "Methadone: her older daughter, aged four, must not share a bed with her grandmother, who does the school "
            "run; the grandmother's own tablets are kept locked away."
        ),
        "decides about the sibling and the grandmother, nothing about this baby (MA124)",
    ),
    (
        "partner-for-mother",
        meth(
            "Her partner's methadone should continue, and he must not co-sleep with the baby after his dose; his "
            "keyworker will see him weekly."
        ),
        "the mother's methadone decided as if the partner took it (MA120-like wrong parent)",
    ),
    (
        "grandmother-continues",
        meth(
            "Methadone continues for the grandmother, who lives with the family; the older sibling's sleep in her room "
            "is to be reviewed by the school nurse."
        ),
        "a decision for the grandmother and the sibling (MA124)",
    ),
    (
        "half-brother-2022",
        meth(
            "Methadone: the baby's half-brother, born with withdrawal in 2022, was treated with morphine and is now "
            "well at school."
        ),
        "an earlier child's history, nothing for this baby (MA124)",
    ),
]
WHO_GOOD = [
    (
        "grandmother-nights",
        meth(
            "Methadone continues for her; the baby will be scored for withdrawal for 72 hours, and neither she nor the "
            "grandmother who helps at night may sleep with the baby on a bed or sofa."
        ),
        "the grandmother appears within this baby's plan",
    ),
    (
        "first-baby-morphine",
        meth(
            "Methadone 60 mg continues. Her first baby, born in 2022, needed morphine for withdrawal, so this baby is "
            "observed on the ward for at least five days; no co-sleeping after her dose."
        ),
        "the sibling's history as the reason for this baby's plan",
    ),
    (
        "partner-told",
        meth(
            "Methadone continues unchanged; her partner, who does the night feeds, knows the baby must sleep in the cot "
            "because her dose makes her drowsy and she must not co-sleep; withdrawal observation for 72 hours."
        ),
        "the partner is told the mother's plan",
    ),
]
for _n, _m, _w in WHO_BAD:
    bad(f"who-{_n}", "wrong-person", M, _m, _w)
for _n, _m, _w in WHO_GOOD:
    ok(f"who-{_n}", "wrong-person", M, _m, _w)


# ============================================================================================================
# Part 2. Impossible facts in disguise, each beside the valid twin in the same disguise.

# dates-digits: a written date in a good methadone conclusion. The record is attested 2026-03-02.
_PLAN = (
    "Methadone 60 mg continues; the baby is scored for withdrawal on the ward for 72 hours and sleeps in a cot, "
    "never the parents' bed. The drug service reviews her dose on {d}."
)
_REPORT = (
    "Methadone 60 mg continues, as the growth scan on {d} was normal; the baby is scored for withdrawal for 72 "
    "hours and she must not co-sleep after her dose."
)
_BOOKED = (
    "Methadone 60 mg continues; the growth scan is booked for {d}; the baby is scored for withdrawal for 72 hours "
    "and she must not co-sleep after her dose."
)
for _b in ("fw", "arabic", "persian", "devanagari", "bengali", "thai", "mathbold", "dstruck", "sup", "sub"):
    bad(
        f"date-sep31-{_b}",
        "dates-digits",
        M,
        meth(_PLAN.format(d=digits("31/09/2026", _b))),
        f"31 September does not exist, in {_b} digits: refused like '31/09/2026' (MA017)",
    )
    ok(
        f"date-sep30-{_b}",
        "dates-digits",
        M,
        meth(_PLAN.format(d=digits("30/09/2026", _b))),
        f"30 September 2026 is real, in {_b} digits: passes like the plain date",
    )
for _b in ("fw", "arabic", "persian"):
    bad(
        f"date-feb29-2027-{_b}",
        "dates-digits",
        M,
        meth(_PLAN.format(d=digits("29/02/2027", _b))),
        f"2027 is not a leap year, in {_b} digits (MA017)",
    )
    ok(
        f"date-feb29-2028-{_b}",
        "dates-digits",
        M,
        meth(_PLAN.format(d=digits("29/02/2028", _b))),
        f"29 February 2028 exists, in {_b} digits",
    )
for _b in ("fw", "arabic", "devanagari"):
    bad(
        f"date-iso-month13-{_b}",
        "dates-digits",
        M,
        meth(_PLAN.format(d=digits("2026-13-04", _b))),
        f"month 13 in an ISO date, in {_b} digits (MA017)",
    )
for _b in ("fw", "arabic", "mathbold"):
    bad(
        f"date-report-after-{_b}",
        "dates-digits",
        M,
        meth(_REPORT.format(d=digits("2026-04-20", _b))),
        f"reports as done a scan dated after the 2026-03-02 attestation, in {_b} digits (MA017)",
    )
    ok(
        f"date-booked-after-{_b}",
        "dates-digits",
        M,
        meth(_BOOKED.format(d=digits("2026-04-20", _b))),
        f"the same later date as a booking, in {_b} digits: a plan, not a report",
    )

# dates-separators
_SEPS = {"fraction-slash": "\u2044", "division-slash": "\u2215", "fw-solidus": "\uff0f", "fw-hyphen": "\uff0d"}
for _n, _s in _SEPS.items():
    bad(
        f"date-sep31-{_n}",
        "dates-separators",
        M,
        meth(_PLAN.format(d=f"31{_s}09{_s}2026")),
        f"31 September with the {_n} (U+{ord(_s):04X}) as separator (MA017)",
    )
    ok(
        f"date-sep30-{_n}",
        "dates-separators",
        M,
        meth(_PLAN.format(d=f"30{_s}09{_s}2026")),
        f"30 September with the {_n} as separator: a real date",
    )
bad(
    "date-fraction-arabic",
    "dates-separators",
    M,
    meth(_PLAN.format(d=digits("31\u204409\u20442026", "arabic"))),
    "Arabic-Indic digits and fraction slashes together: still 31 September (MA017)",
)
ok(
    "date-fraction-arabic-valid",
    "dates-separators",
    M,
    meth(_PLAN.format(d=digits("30\u204409\u20442026", "arabic"))),
    "Arabic-Indic digits and fraction slashes: a real date",
)
bad(
    "date-month-cyrillic",
    "dates-separators",
    M,
    meth(_PLAN.format(d="31 S\u0435ptember 2026")),
    "'31 September 2026' with a Cyrillic e in the month name (MA017)",
)
ok(
    "date-month-cyrillic-valid",
    "dates-separators",
    M,
    meth(_PLAN.format(d="30 S\u0435ptember 2026")),
    "'30 September 2026' with a Cyrillic e: real",
)
bad(
    "date-month-fw",
    "dates-separators",
    M,
    meth(_PLAN.format(d=full_width("the 31st of September 2026"))),
    "'the 31st of September 2026' in full width (MA017)",
)
ok(
    "date-month-fw-valid",
    "dates-separators",
    M,
    meth(_PLAN.format(d=full_width("the 30th of September 2026"))),
    "'the 30th of September 2026' in full width: real",
)
bad(
    "date-medicine-started-fw-future",
    "dates-separators",
    M,
    set_("medicines#med-sertraline.started", digits("2099-06-10", "fw")),
    "a start date in 2099 in full-width digits: in the future (MA010) or unreadable as a date, refused either way",
)
bad(
    "date-medicine-started-fw-past",
    "dates-separators",
    M,
    set_("medicines#med-sertraline.started", digits("2025-06-10", "fw")),
    "a structured date in full-width digits is not an ISO date a receiving system can read: refused either way",
)

# doses: MA130
_ZERO_DOSES = [
    ("fw-zero", digits("0 mg (0 ml) once daily, supervised consumption", "fw"), "full-width zero"),
    ("arabic-zero", digits("0 mg once daily, supervised consumption", "arabic"), "Arabic-Indic zero"),
    ("script-g-zero", "0 m\u0261 once daily, supervised consumption", "zero in 'mɡ' with U+0261"),
    ("sup-zero", "\u2070 mg once daily, supervised consumption", "superscript zero"),
    ("fw-negative", "-" + digits("60 mg once daily, supervised consumption", "fw"), "a negative full-width amount"),
    ("cyrillic-ml-zero", "0 \u043cl once daily, supervised consumption", "zero in 'мl' (Cyrillic em)"),
]
for _n, _d, _w in _ZERO_DOSES:
    bad(f"dose-{_n}", "doses", M, set_("medicines#med-methadone.dose", _d), f"a dose of nothing: {_w} (MA130)")
_TRUE_DOSES = [
    ("fw-sixty", digits("60 mg (60 ml) once daily, supervised consumption", "fw"), "full-width digits"),
    ("arabic-sixty", digits("60 mg once daily, supervised consumption", "arabic"), "Arabic-Indic digits"),
    ("script-g-sixty", "60 m\u0261 (60 ml) once daily, supervised consumption", "'mɡ' with U+0261"),
    (
        "persian-sixty",
        digits("60 mg (60 ml) once daily, supervised; takes home the Sunday dose", "persian"),
        "Persian digits",
    ),
]
for _n, _d, _w in _TRUE_DOSES:
    ok(
        f"dose-{_n}",
        "doses",
        M,
        set_("medicines#med-methadone.dose", _d),
        f"a true dose in {_w}: passes like the plain",
    )
_DOSE_CONC = (
    "Methadone {d} daily should continue through pregnancy; the baby is scored for withdrawal for 72 hours and she "
    "never co-sleeps after a dose."
)
bad(
    "dose-conc-fw-75",
    "doses",
    M,
    meth(_DOSE_CONC.format(d=digits("75 mg", "fw"))),
    "the conclusion's methadone 75 mg contradicts the 60 mg line, in full-width digits (MA130)",
)
bad(
    "dose-conc-arabic-75",
    "doses",
    M,
    meth(_DOSE_CONC.format(d=digits("75 mg", "arabic"))),
    "the conclusion's methadone 75 mg contradicts the 60 mg line, in Arabic-Indic digits (MA130)",
)
bad(
    "dose-conc-script-g-75",
    "doses",
    M,
    meth(_DOSE_CONC.format(d="75 m\u0261")),
    "methadone 75 mɡ (U+0261) contradicts the 60 mg line (MA130)",
)
ok(
    "dose-conc-fw-60",
    "doses",
    M,
    meth(_DOSE_CONC.format(d=digits("60 mg", "fw"))),
    "the line's 60 mg in full-width digits agrees",
)
ok("dose-conc-script-g-60", "doses", M, meth(_DOSE_CONC.format(d="60 m\u0261")), "60 mɡ (U+0261) agrees with the line")

# routes
_MB = "recipients#rcp-hv.route.mailbox"
bad(
    "mesh-cyrillic-en",
    "routes",
    M,
    set_(_MB, "X26\u041dC003"),
    "a Cyrillic En in the mailbox id: no MESH mailbox has it; refused whether or not the Latin id is valid (MA307)",
)
bad(
    "mesh-fw-valid-shape",
    "routes",
    M,
    set_(_MB, full_width("X26HC003")),
    "the valid id in full-width characters names no MESH mailbox: refused either way (MA307)",
)
bad("mesh-cyrillic-xxxx", "routes", M, set_(_MB, "\u0425" * 8), "'XXXXXXXX' in Cyrillic Ha: a placeholder (MA307)")
bad(
    "mesh-greek-testbox",
    "routes",
    M,
    set_(_MB, "\u03a4EST\u0392OX1"),
    "'TESTBOX1' with Greek Tau and Beta: a word standing in for an id (MA307)",
)
bad(
    "mesh-zero-width",
    "routes",
    M,
    set_(_MB, "X26H\u200bC003"),
    "a zero-width space inside the id: not an id MESH delivers to; refused either way (MA307)",
)
ok("mesh-other-valid", "routes", M, set_(_MB, "X26HC013"), "another well-formed plain mailbox id")
_FHIR = "recipients#rcp-maternity.route.base_url"
bad(
    "fhir-cyrillic-host",
    "routes",
    L,
    set_(_FHIR, "https://maternity.northg\u0430te.example/fhir/R4"),
    "a Cyrillic a in the host: a homograph of the trust's server, not it; refused either way (MA308)",
)
bad(
    "fhir-fw-localhost",
    "routes",
    L,
    set_(_FHIR, "https://" + full_width("localhost") + "/fhir/R4"),
    "localhost in full width (MA308)",
)
bad(
    "fhir-fw-loopback",
    "routes",
    L,
    set_(_FHIR, "https://" + digits("127.0.0.1", "fw") + "/fhir/R4"),
    "127.0.0.1 in full-width digits (MA308)",
)
bad(
    "fhir-cyrillic-invalid",
    "routes",
    L,
    set_(_FHIR, "https://maternity.northgate.\u0456nvalid/fhir/R4"),
    "the reserved 'invalid' domain with a Cyrillic i: reserved or malformed, refused either way (MA308)",
)
bad(
    "fhir-arabic-ip",
    "routes",
    L,
    set_(_FHIR, "https://" + digits("0.0.0.0", "arabic") + "/fhir"),
    "0.0.0.0 in Arabic-Indic digits (MA308)",
)
ok(
    "fhir-upper-host",
    "routes",
    L,
    set_(_FHIR, "https://MATERNITY.NORTHGATE.EXAMPLE/fhir/R4"),
    "host names are case-insensitive: the same server",
)
ok(
    "fhir-port",
    "routes",
    L,
    set_(_FHIR, "https://maternity.northgate.example:8443/fhir/R4"),
    "an explicit port on a real host",
)
_MLLP = "recipients#rcp-maternity.route"
bad(
    "mllp-cyrillic-host",
    "routes",
    L,
    set_(_MLLP, {"kind": "mllp", "host": "interf\u0430ce.northgate.example", "port": 2575}),
    "MLLP host with a Cyrillic a: not the trust's host; refused either way (MA308)",
)
bad(
    "mllp-fw-linklocal",
    "routes",
    L,
    set_(_MLLP, {"kind": "mllp", "host": digits("169.254.10.20", "fw"), "port": 2575}),
    "a link-local address in full-width digits (MA308)",
)
ok(
    "mllp-plain-host",
    "routes",
    L,
    set_(_MLLP, {"kind": "mllp", "host": "interface.northgate.example", "port": 2575}),
    "a plain fully qualified MLLP host",
)
_MAN = "recipients#rcp-foster-carer.route.description"
bad("manual-fw-tbc", "routes", F, set_(_MAN, full_width("tbc")), "'tbc' in full width (MA309)")
bad(
    "manual-cyrillic-pass-on",
    "routes",
    F,
    set_(_MAN, homoglyphs("Given to mum to pass on.", "aeo")),
    "left to the mother to pass on, in Cyrillic look-alikes (MA309)",
)
ok(
    "manual-cyrillic-instruction",
    "routes",
    F,
    set_(
        _MAN,
        homoglyphs(
            "Printed copy handed to the foster carer by the ward midwife at discharge, with its contents explained.",
            "aeo",
        ),
    ),
    "a real instruction in look-alike letters: prose is judged as plain",
)
ok(
    "manual-shy-instruction",
    "routes",
    F,
    set_(
        _MAN,
        inside_words(
            "Sealed letter posted first class to the foster carer's agency address, and read through with her by phone.",
            "\u00ad",
            every=3,
        ),
    ),
    "a real instruction with soft hyphens",
)

# ods-codes
_ODS = "recipients#rcp-hv.organisation.ods_code"
bad("ods-cyrillic-xxx", "ods-codes", M, set_(_ODS, "\u0425\u0425\u0425"), "'XXX' in Cyrillic Ha (MA310)")
bad("ods-greek-tbc", "ods-codes", M, set_(_ODS, "\u03a4\u0392C"), "'TBC' with Greek Tau and Beta (MA310)")
bad(
    "ods-fw-digits",
    "ods-codes",
    M,
    set_(_ODS, "Y" + digits("90500", "fw")),
    "a valid code with full-width digits files against no organisation: refused either way (MA310)",
)
bad(
    "ods-cyrillic-y",
    "ods-codes",
    M,
    set_(_ODS, "\u04ae90500"),
    "a Cyrillic Straight U for the Y: refused either way (MA310)",
)
bad(
    "ods-arabic-digits",
    "ods-codes",
    M,
    set_("mother.registered_practice.ods_code", "Y" + digits("90001", "arabic")),
    "the registered practice with Arabic-Indic digits: refused either way (MA310)",
)
ok("ods-three-char", "ods-codes", M, set_(_ODS, "RX1"), "a plain 3-character organisation code")
ok("ods-five-char", "ods-codes", M, set_(_ODS, "RX1A2"), "a plain 5-character site code")

# registration
_REG = "assessments#asm-sertraline.author.registration.number"
bad(
    "reg-fw-gmc",
    "registration",
    M,
    set_(_REG, digits("7012345", "fw")),
    "the GMC number in full-width digits is not the register's form: refused either way (MA204)",
)
bad(
    "reg-devanagari-gmc",
    "registration",
    M,
    set_(_REG, digits("7012345", "devanagari")),
    "the GMC number in Devanagari digits: refused either way (MA204)",
)
bad("reg-cyrillic-o", "registration", M, set_(_REG, "7\u041e12345"), "a Cyrillic O for the zero (MA204)")
bad(
    "reg-mathbold-zeros",
    "registration",
    M,
    set_(_REG, digits("0000000", "mathbold")),
    "'0000000' in mathematical digits: no register issues it (MA208/MA204)",
)
_SNAME = "assessments#asm-sertraline.author.name"
bad(
    "reg-two-names-plain",
    "registration",
    M,
    set_(_SNAME, {"prefix": "Dr", "given": ["Meera"], "family": "Shah"}),
    "GMC 7012345 under Priya Shah and Meera Shah (MA209)",
)
bad(
    "reg-two-names-cyrillic",
    "registration",
    M,
    set_(_SNAME, {"prefix": "Dr", "given": ["\u041c\u0435\u0435r\u0430"], "family": "Shah"}),
    "as reg-two-names-plain, with Meera in Cyrillic look-alikes (MA209)",
)
bad(
    "reg-two-family-greek",
    "registration",
    M,
    set_(_SNAME, {"prefix": "Dr", "given": ["Priya"], "family": "\u039a\u04bban"}),
    "GMC 7012345 under Priya Shah and Priya Khan, Khan in look-alikes (MA209)",
)
ok(
    "reg-same-cyrillic",
    "registration",
    M,
    set_(_SNAME, {"prefix": "Dr", "given": ["\u0420riy\u0430"], "family": "\u0405h\u0430h"}),
    "Priya Shah in Cyrillic look-alikes is the same person: names are compared normalised",
)
ok(
    "reg-same-initial-fw",
    "registration",
    M,
    set_(_SNAME, {"prefix": "Dr", "given": [full_width("P")], "family": full_width("Shah")}),
    "'P. Shah' in full width: an initial agrees with the name it starts",
)
ok(
    "reg-same-zero-width",
    "registration",
    M,
    set_(_SNAME, {"prefix": "Dr", "given": ["Pri\u200bya"], "family": "Sh\u00adah"}),
    "Priya Shah with a zero-width space and a soft hyphen: one person",
)


# ============================================================================================================
# disguise: Part 1 texts, hollow and good, in disguise.

_DIS = [
    ("cyr", lambda t: homoglyphs(t, "aeopc")),
    ("zw", lambda t: inside_words(t, "\u200b", every=2)),
    ("fw", full_width),
]
_DIS_BAD = [
    ("meth-awaited", M, BURIED_BAD[0][1], BURIED_BAD[0][2]),
    ("were-to-continue", M, COND_BAD[0][1], COND_BAD[0][2]),
    ("attend-to-matters", M, ACT_BAD[0][1], ACT_BAD[0][2]),
    ("partner-for-mother", M, WHO_BAD[1][1], WHO_BAD[1][2]),
]
_DIS_GOOD = [
    ("meth-own-part", M, BURIED_GOOD[0][1], BURIED_GOOD[0][2]),
    ("if-signs-treat", M, COND_GOOD[0][1], COND_GOOD[0][2]),
    ("final-score", M, ACT_GOOD[0][1], ACT_GOOD[0][2]),
    ("headings-answered", M, TPL_GOOD[0][1], TPL_GOOD[0][2]),
]


def _disguised(mutation: Mutation, how: object) -> Mutation:
    """Apply a conclusion mutation, then disguise every conclusion it changed."""

    def mutate(doc: dict) -> None:  # type: ignore[type-arg]
        before = {a["id"]: a.get("conclusion") for a in doc["assessments"]}
        before_overall = doc["overall_conclusion"]["text"]
        mutation(doc)
        for a in doc["assessments"]:
            if a.get("conclusion") != before[a["id"]]:
                a["conclusion"] = how(a["conclusion"])  # type: ignore[operator]
        if doc["overall_conclusion"]["text"] != before_overall:
            doc["overall_conclusion"]["text"] = how(doc["overall_conclusion"]["text"])  # type: ignore[operator]

    return mutate


for _i, (_n, _base, _m, _w) in enumerate(_DIS_BAD):
    _dn, _how = _DIS[_i % len(_DIS)]
    bad(f"dis-{_dn}-{_n}", "disguise", _base, _disguised(_m, _how), f"{_w}; in disguise ({_dn})")
for _i, (_n, _base, _m, _w) in enumerate(_DIS_GOOD):
    _dn, _how = _DIS[(_i + 1) % len(_DIS)]
    ok(f"dis-{_dn}-{_n}", "disguise", _base, _disguised(_m, _how), f"{_w}; in disguise ({_dn}): passes like the plain")
for _dn, _how in _DIS:
    ok(
        f"dis-{_dn}-same-frame",
        "disguise",
        M,
        _disguised(COPY_GOOD[1][1], _how),
        f"two distinct conclusions in the same frame, both in disguise ({_dn})",
    )
    bad(
        f"dis-{_dn}-copy-carry-on",
        "disguise",
        M,
        _disguised(COPY_BAD[0][1], _how),
        f"a copied conclusion with name and dose changed, both in disguise ({_dn}) (MA121)",
    )


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F74CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F74CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F74CASES):3}"
    )
