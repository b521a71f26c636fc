"""A sixty-ninth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt, twenty-third
round, against the readings added in the last stop.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. About 85% are good records that must pass, each written to sit close to one of
the last stop's readings; the rest are hollow near misses beside them that must be refused:

* ``guidance-applied``: NICE, MHRA, BAP and UKTIS quoted and then applied to this baby (MA103 quoted guidance);
* ``watch-owned``: watching with an owner, a time and a threshold (MA103 watching with no one);
* ``awaited-decided``: a result awaited with a decision meanwhile (MA103 awaited results);
* ``reasons-decided``: reasons followed by the decision they lead to (MA103 reasons only);
* ``conditions-whether``: "provided", "so long as", "whether or not" around a decision (MA103 conditions and
  open "whether" clauses);
* ``wishes-promises``: her wish agreed with, a plan written now, framing verbs with a decision after them
  (MA103 wishes, promised plans, framing verbs and empty nouns);
* ``taken-back``: "or" offering a decided alternative, not taking the statement back (MA103 ", or not");
* ``labelled-plans``: "Label: value" plans whose values are decisions; EDD, gestation and feeding restated
  beside a plan (MA103 restated answers);
* ``dose-agrees``: doses in conclusions that agree with the dose line in other units, split doses, totals,
  tapers; dose lines with a taper to nothing (MA130);
* ``dates-valid``: dates written in text in every valid shape, leap days, gestations and ratios (MA017);
* ``stop-continue``: continuing medicines with stops only after an event, tapers and what stopping risks (MA127);
* ``woman-partner``: a woman partner's sedating medicine, "her" before it (MA120);
* ``older-siblings``: older children mentioned beside a clear plan for this baby (MA124);
* ``shorthand``: clinicians' shorthand ("NAS obs 72h", "BF ok", "OD", "nocte");
* ``disguise-blanks``: Hangul fillers, half-width Hangul fillers and the braille blank as spaces and inside
  words (the last stop's blank-letter reading);
* ``disguise-letters``: look-alike letters, zero-width and format characters, soft hyphens, bidi controls,
  full-width and combining marks over the good and hollow texts above.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh69_cases`` for the
counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import PASS, REFUSE, C, Case, Expect, F, L, M, Mutation, P, V, chain, set_
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F69CASES: list[Case] = []

CATEGORIES = (
    "guidance-applied",
    "watch-owned",
    "awaited-decided",
    "reasons-decided",
    "conditions-whether",
    "wishes-promises",
    "taken-back",
    "labelled-plans",
    "dose-agrees",
    "dates-valid",
    "stop-continue",
    "woman-partner",
    "older-siblings",
    "shorthand",
    "disguise-blanks",
    "disguise-letters",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F69CASES.append(Case(f"f69-{name}", category, expect, base, mutate, why))


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def c(assessment_id: str, text: str) -> Mutation:
    return set_(f"assessments#{assessment_id}.conclusion", text)


def o(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


MET = "asm-methadone"
SER = "asm-sertraline"
LI = "asm-lithium"
VPA = "asm-valproate"
DP = "asm-diazepam-pregabalin"
PQ = "asm-partner-quetiapine"
CIT = "asm-citalopram"

BASE_OF = {MET: M, SER: M, LI: L, VPA: V, DP: F, PQ: P, CIT: C}

# Texts kept by name so the disguise categories can reuse them: name -> (assessment id, text).
GOOD: dict[str, tuple[str, str]] = {}
HOLLOW: dict[str, tuple[str, str]] = {}


def good(name: str, category: str, asm: str, text: str, why: str) -> None:
    GOOD[name] = (asm, text)
    ok(name, category, BASE_OF[asm], c(asm, text), why)


def hollow(name: str, category: str, asm: str, text: str, why: str) -> None:
    HOLLOW[name] = (asm, text)
    bad(name, category, BASE_OF[asm], c(asm, text), why)


# ============================================================================================================
# guidance-applied

good(
    "guid-nice-cg192-meth-applied",
    "guidance-applied",
    MET,
    "NICE CG192 advises continuing opioid substitution in pregnancy, and that is our plan: methadone 60 mg daily "
    "continues. The baby will be scored for withdrawal on the postnatal ward for 72 hours, she breastfeeds, and "
    "because she is drowsy after each dose the baby never shares her bed or sofa.",
    "guidance quoted, then applied to this baby and this mother",
)
good(
    "guid-mhra-vpa-applied",
    "guidance-applied",
    VPA,
    "The MHRA says valproate must not be stopped abruptly without specialist advice, so it continues at 500 mg "
    "twice a day until neurology sees her this week. For this baby, exposed at 8 weeks, that means a fetal "
    "medicine referral and a detailed anomaly scan; folic acid 5 mg has been started.",
    "MHRA advice quoted and turned into this pregnancy's plan",
)
good(
    "guid-bap-lithium-applied",
    "guidance-applied",
    LI,
    "Following the BAP perinatal guidance, lithium (Priadel) is kept on through pregnancy for her bipolar "
    "disorder. Levels go weekly from 36 weeks; the baby is reviewed by the paediatrician within 24 hours of birth "
    "for floppiness and poor feeding, and she bottle feeds because breastfeeding is not advised on lithium.",
    "guidance named, decisions for the baby follow",
)
good(
    "guid-uktis-cit-applied",
    "guidance-applied",
    CIT,
    "UKTIS notes a small risk of neonatal adaptation after late-pregnancy SSRIs; for this baby that means the "
    "midwife watches for jitteriness, fast breathing or poor feeding for 48 hours. Citalopram 20 mg continues "
    "and she can breastfeed.",
    "a guideline's fact applied to this baby with an owner and a time",
)
good(
    "guid-lullaby-pq-applied",
    "guidance-applied",
    PQ,
    "The Lullaby Trust advises never sharing a bed with a baby after sedating medicine. Applied here: the "
    "father's quetiapine 300 mg leaves him hard to wake, so he never sleeps with the baby and does no night feeds; "
    "the baby sleeps in the crib beside the mother and the health visitor checks at each visit.",
    "safe sleep guidance quoted and then applied to the partner's medicine",
)
hollow(
    "guid-nice-ser-quoted-only",
    "guidance-applied",
    SER,
    "NICE CG192 advises that the risks of SSRIs such as sertraline in pregnancy should be discussed. The BNF "
    "states that sertraline is present in breast milk in small amounts.",
    "guidance quoted about sertraline; nothing decided for this baby",
)

# ============================================================================================================
# watch-owned

good(
    "watch-mw-48h-ser",
    "watch-owned",
    SER,
    "Sertraline 100 mg continues. The midwife will watch the baby for jitteriness, fast breathing and poor "
    "feeding for 48 hours after birth and call the paediatrician if any sign lasts beyond a day.",
    "owner, time and threshold for the watching",
)
good(
    "watch-hv-day8-dp",
    "watch-owned",
    DP,
    "Diazepam and pregabalin continue. The foster carer and health visitor watch the baby until day 8 for "
    "tremor, irritability or poor feeding and phone the neonatal team the same day if they see any. The mother "
    "never has the baby in her bed and does no lying-down feeds while sedated.",
    "watching with owners, until day 8, and what to do",
)
good(
    "watch-levels-li",
    "watch-owned",
    LI,
    "Lithium continues; the perinatal team checks her level weekly from 36 weeks and lowers the dose if it is "
    "above 0.8 mmol/L. The baby has a paediatric review and a lithium level in the first day; she bottle feeds.",
    "monitoring with owner, interval and threshold",
)
good(
    "watch-hv-sleep-pq",
    "watch-owned",
    PQ,
    "His quetiapine makes the father too drowsy for night care, so he must not share a bed or sofa with the baby "
    "or do night feeds. The health visitor looks at where the baby sleeps at every visit to 8 weeks and tells the "
    "GP at once if the crib is not in use.",
    "an owner, a period and a trigger for action",
)
hollow(
    "watch-no-owner-cit",
    "watch-owned",
    CIT,
    "Citalopram: the baby will be monitored and things will be kept under observation.",
    "watching with no one, no time, no threshold",
)

# ============================================================================================================
# awaited-decided

good(
    "await-level-li",
    "awaited-decided",
    LI,
    "Her lithium level from Monday is awaited; meanwhile lithium 800 mg at night continues unchanged. The baby "
    "needs a paediatric review after birth and is bottle fed, since breastfeeding is not advised on lithium.",
    "a result awaited, the decision meanwhile stated",
)
good(
    "await-scan-vpa",
    "awaited-decided",
    VPA,
    "The fetal medicine scan is awaited. Until then valproate continues at the same dose because stopping risks "
    "seizures, and the baby's exposure means a detailed anomaly scan at 20 weeks is booked whatever the first "
    "scan shows.",
    "awaited scan beside a decision now",
)
good(
    "await-tox-met",
    "awaited-decided",
    MET,
    "The urine screen from the drug service is still to come back; in the meantime methadone continues at 60 mg. "
    "Her baby will be observed for withdrawal on the ward for 72 hours, she may breastfeed, and no co-sleeping "
    "because of her drowsiness after the dose.",
    "awaited test with a plan in the meantime",
)
hollow(
    "await-only-li",
    "awaited-decided",
    LI,
    "Lithium: awaiting the latest level and the psychiatry letter before anything is decided about the baby.",
    "everything waits on a result; nothing decided",
)

# ============================================================================================================
# reasons-decided

good(
    "reason-ser-relapse",
    "reasons-decided",
    SER,
    "Because she relapsed within weeks when she last stopped, sertraline continues at 100 mg. The baby's risk is "
    "small: the midwife watches for adaptation signs for 48 hours and breastfeeding is fine.",
    "a reason and then the decision it leads to",
)
good(
    "reason-dp-seizures",
    "reasons-decided",
    DP,
    "Given the seizure risk of stopping diazepam suddenly, both diazepam and pregabalin continue for now with a "
    "slow diazepam taper to be agreed at six weeks. Because she is drowsy after doses, the baby never sleeps with "
    "her and another adult is awake for night feeds; late withdrawal is watched for to day 8.",
    "'given' and 'because' followed by decisions",
)
good(
    "reason-cit-since",
    "reasons-decided",
    CIT,
    "Since stopping citalopram before led to relapse, she stays on 20 mg. The midwife watches the baby for 48 "
    "hours for poor feeding or jitteriness and she breastfeeds.",
    "'since' clause ahead of the decision",
)
hollow(
    "reason-only-ser",
    "reasons-decided",
    SER,
    "Due to her history of relapse and given the small risks reported for sertraline in the literature.",
    "reasons with no conclusion",
)

# ============================================================================================================
# conditions-whether

good(
    "cond-provided-met",
    "conditions-whether",
    MET,
    "Methadone 60 mg continues. Breastfeeding is supported provided she stays on a stable dose and off street "
    "drugs; the baby is observed for withdrawal for 72 hours and sleeps in the cot, never in her bed.",
    "a 'provided' condition beside firm decisions",
)
good(
    "cond-so-long-as-ser",
    "conditions-whether",
    SER,
    "Sertraline continues so long as her mood stays stable; the midwife watches the newborn for adaptation signs "
    "for 48 hours after delivery and she breastfeeds.",
    "'so long as' limits a decision already taken",
)
good(
    "cond-whether-or-not-cit",
    "conditions-whether",
    CIT,
    "Citalopram 20 mg continues whether or not she breastfeeds, and the midwife watches the baby for 48 hours for "
    "adaptation symptoms either way.",
    "'whether or not' is decided both ways",
)
good(
    "cond-decided-whether-dp",
    "conditions-whether",
    DP,
    "We weighed whether to reduce diazepam now and decided against it: diazepam and pregabalin continue until "
    "the six-week review. The baby is watched for withdrawal to day 8, and the mother never sleeps with the baby "
    "or feeds lying down.",
    "the 'whether' is answered in the same sentence",
)
hollow(
    "cond-whether-open-ser",
    "conditions-whether",
    SER,
    "Whether sertraline continues, and whether the baby will need anything, remains to be seen.",
    "both 'whether' clauses left open",
)
hollow(
    "cond-provided-empty-met",
    "conditions-whether",
    MET,
    "Provided everything goes to plan, methadone can carry on as is.",
    "a condition on nothing; says nothing of the baby",
)

# ============================================================================================================
# wishes-promises

good(
    "wish-agreed-ser",
    "wishes-promises",
    SER,
    "She wants to stay on sertraline and we agree: it continues at 100 mg. The midwife watches the baby for "
    "jitteriness or poor feeding for 48 hours, and she can breastfeed.",
    "her wish, then the clinician's decision",
)
good(
    "plan-written-now-li",
    "wishes-promises",
    LI,
    "The plan is now written and shared with the obstetric team: lithium continues, levels weekly from 36 weeks "
    "and 24 hours after birth, paediatric review of the baby, and bottle feeding.",
    "a plan made now, its content stated",
)
good(
    "framing-then-decision-vpa",
    "wishes-promises",
    VPA,
    "We explored the options with her. Decision: valproate continues until neurology review this week, as "
    "stopping risks seizures; the unborn baby has fetal medicine review and a detailed anomaly scan.",
    "a framing verb followed by a decision",
)
good(
    "hope-plus-plan-met",
    "wishes-promises",
    MET,
    "We hope the baby needs no treatment, but plan for it: methadone 60 mg continues, the baby is scored for "
    "withdrawal for 72 hours on the ward, breastfeeding is encouraged and there is no co-sleeping after her dose.",
    "a hope beside a full plan",
)
hollow(
    "wish-only-cit",
    "wishes-promises",
    CIT,
    "She would like to stay on citalopram and we would hope the baby will be fine.",
    "a wish and a hope; nothing decided",
)
hollow(
    "promise-only-li",
    "wishes-promises",
    LI,
    "A full plan for lithium and the baby will be drawn up in due course and circulated.",
    "a promised plan",
)

# ============================================================================================================
# taken-back

good(
    "or-alternative-cit",
    "taken-back",
    CIT,
    "Citalopram 20 mg continues. The midwife watches the baby for 48 hours, or for longer if feeding is slow, and "
    "she breastfeeds or expresses as she prefers.",
    "'or' offering decided alternatives",
)
good(
    "or-sooner-li",
    "taken-back",
    LI,
    "Lithium 800 mg continues, with a level weekly from 36 weeks or sooner if she is vomiting. The baby is seen "
    "by the paediatrician after birth and bottle fed.",
    "'or sooner' tightens a plan",
)
good(
    "not-x-but-y-met",
    "taken-back",
    MET,
    "Methadone is not reduced but kept at 60 mg through pregnancy. The baby is observed for withdrawal for 72 "
    "hours, breastfeeding is supported, and she must not co-sleep when drowsy after her dose.",
    "'not ... but' states one decision",
)
hollow(
    "or-not-ser",
    "taken-back",
    SER,
    "Sertraline continues, or not. The baby will be watched, or not.",
    "each statement taken back",
)

# ============================================================================================================
# labelled-plans

good(
    "label-values-met",
    "labelled-plans",
    MET,
    "Methadone: continue 60 mg daily. Neonatal withdrawal: observe the baby on the ward for 72 hours. Feeding: "
    "breastfeeding supported. Sleep: no co-sleeping after her dose; cot checked at the home visit.",
    "labels whose values are decisions",
)
good(
    "label-feeding-li",
    "labelled-plans",
    LI,
    "Lithium: continue Priadel 800 mg at night. Levels: weekly from 36 weeks and within 24 hours of birth. Baby: "
    "paediatric review after birth. Feeding: bottle feeding, as breastfeeding is not advised.",
    "labelled plan for lithium",
)
good(
    "label-edd-plan-ser",
    "labelled-plans",
    SER,
    "At 29+2 weeks, EDD 15 May 2026, sertraline 100 mg continues. The midwife watches the baby for 48 hours "
    "after birth for adaptation signs and she plans to breastfeed, which is fine on sertraline.",
    "EDD and gestation restated beside a plan",
)
good(
    "label-sleep-pq",
    "labelled-plans",
    PQ,
    "Father's quetiapine: heavy sedation at night. Safe sleep: baby in its own crib, never in bed or on the sofa "
    "with him. Night feeds: the mother. Follow-up: health visitor checks at each visit.",
    "labels for the partner's medicine with decisions",
)
hollow(
    "label-restated-cit",
    "labelled-plans",
    CIT,
    "Medicine: citalopram. Sedation: no. Neonatal adaptation: possible. Breastfeeding: discussed.",
    "the form copied back as labels and values",
)
hollow(
    "label-edd-only-ser",
    "labelled-plans",
    SER,
    "Sertraline. EDD 15/05/2026. Gestation 29+2. Infant feeding: breast.",
    "only the record's EDD, gestation and feeding restated",
)

# ============================================================================================================
# dose-agrees (MA130)

good(
    "dose-nospace-met",
    "dose-agrees",
    MET,
    "Methadone 60mg once daily continues. The baby is observed for withdrawal for 72 hours on the ward, she "
    "breastfeeds, and no co-sleeping because of sedation after each dose.",
    "60mg written without a space agrees with 60 mg",
)
good(
    "dose-ml-met",
    "dose-agrees",
    MET,
    "Methadone 60 ml of the 1 mg/ml solution each morning continues. Her baby is watched for withdrawal on the ward "
    "for 72 hours; breastfeeding is supported; no bed sharing while she is drowsy.",
    "60 ml is the line's volume",
)
good(
    "dose-split-ser",
    "dose-agrees",
    SER,
    "Sertraline 50 mg twice daily, 100 mg in all, continues. The midwife watches the baby for 48 hours after "
    "birth for adaptation signs; breastfeeding is fine.",
    "a split dose that totals the line",
)
good(
    "dose-total-dp",
    "dose-agrees",
    DP,
    "Diazepam 15 mg a day in three doses continues for now, as does pregabalin 300 mg a day; both sedate her, so "
    "no co-sleeping or lying-down feeds and another adult awake at night. The baby is watched to day 8 for "
    "withdrawal.",
    "daily totals of the two dose lines",
)
good(
    "dose-tablets-li",
    "dose-agrees",
    LI,
    "Lithium 800 mg (two 400 mg Priadel tablets) at night continues, with levels weekly from 36 weeks. The baby has "
    "a paediatric review after birth and is bottle fed.",
    "two tablets of the product's strength",
)
good(
    "dose-gram-vpa",
    "dose-agrees",
    VPA,
    "Valproate 1 g a day, in two doses of 500 mg, continues until neurology review as stopping risks seizures; "
    "the baby's first-trimester exposure means fetal medicine review and a detailed anomaly scan.",
    "1 g daily is the line's total in grams",
)
good(
    "dose-taper-dp",
    "dose-agrees",
    DP,
    "Diazepam is reducing from 15 mg to 10 mg a day over four weeks under the GP, and pregabalin stays the same. "
    "While she is sedated the baby never sleeps with her and night feeds are by the foster carer; withdrawal "
    "watched to day 8.",
    "a taper from the line's total",
)
good(
    "dose-cit-one-tab",
    "dose-agrees",
    CIT,
    "Citalopram 20 mg, one tablet each morning, continues. The midwife checks the baby for adaptation symptoms "
    "for 48 hours and she can breastfeed.",
    "the line's dose and the product's strength",
)
ok(
    "dose-line-taper-to-zero",
    "dose-agrees",
    F,
    set_("medicines#med-diazepam.dose", "5 mg three times a day, reducing by 2.5 mg a fortnight to 0 mg"),
    "a taper to nothing in the dose line",
)
hollow(
    "dose-contradicts-met",
    "dose-agrees",
    MET,
    "Methadone 75 mg daily should continue through pregnancy. The baby will be observed for withdrawal for 72 "
    "hours; breastfeeding supported; no co-sleeping after her dose.",
    "conclusion gives 75 mg beside a 60 mg line with no word of change",
)
bad(
    "dose-line-zero",
    "dose-agrees",
    C,
    set_("medicines#med-citalopram.dose", "0 mg once daily"),
    "a dose line of nothing for a medicine that continues",
)

# ============================================================================================================
# dates-valid (MA017)

good(
    "date-words-met",
    "dates-valid",
    MET,
    "Methadone 60 mg continues; the drug service reviews her on the thirtieth of April 2026. The baby is observed "
    "for withdrawal for 72 hours, breastfeeding supported, no co-sleeping after her dose.",
    "a date in ordinal words that exists",
)
good(
    "date-abbrev-ser",
    "dates-valid",
    SER,
    "Sertraline continues; GP mood review on Sept 30th 2026. The midwife watches the baby for 48 hours after "
    "birth for adaptation signs and she breastfeeds.",
    "'Sept 30th' exists",
)
good(
    "date-slash-li",
    "dates-valid",
    LI,
    "Lithium continues; level due 31/03/2026, then weekly from 36/40. The baby gets a paediatric review after "
    "birth and is bottle fed.",
    "a numeric date that exists beside a gestation",
)
good(
    "date-iso-vpa",
    "dates-valid",
    VPA,
    "Valproate continues unchanged until the neurology appointment on 2026-05-29; stopping risks seizures. The "
    "unborn baby has a fetal medicine review and a detailed anomaly scan at 20 weeks.",
    "an ISO date that exists",
)
good(
    "date-leap-dp",
    "dates-valid",
    DP,
    "Diazepam and pregabalin continue. The baby is watched for late withdrawal to day 8; no co-sleeping or "
    "lying-down feeds while she is drowsy. Diazepam taper reviewed at 6/52 and again on 29 February 2028.",
    "29 February of a leap year, and 6/52",
)
good(
    "date-dots-cit",
    "dates-valid",
    CIT,
    "Citalopram 20 mg continues; mood review 31.07.26 at the six-week check. The midwife watches the baby for 48 "
    "hours for adaptation symptoms and she breastfeeds.",
    "a dotted short date that exists",
)
good(
    "date-corrected-pq",
    "dates-valid",
    PQ,
    "The father's quetiapine sedates him at night: he never shares a bed or sofa with the baby and does no night "
    "feeds. Health visitor review on 30 June, not 31 June as first written, and at each visit after.",
    "the impossible date is marked as the one corrected",
)
hollow(
    "date-impossible-ser",
    "dates-valid",
    SER,
    "Sertraline 100 mg continues; GP mood review on 31 June 2026. The midwife watches the baby for 48 hours "
    "after birth for adaptation signs.",
    "a review on a day that does not exist",
)

# ============================================================================================================
# stop-continue (MA127)

good(
    "stop-after-event-ser",
    "stop-continue",
    SER,
    "Sertraline continues through pregnancy; once she has been well for six months after the birth the GP may "
    "reduce it slowly. The midwife watches the baby for 48 hours for adaptation signs and she breastfeeds.",
    "a stop only after an event, far off",
)
good(
    "stop-risk-cit",
    "stop-continue",
    CIT,
    "Stopping citalopram now would risk relapse, so it continues at 20 mg. The midwife watches the baby for "
    "poor feeding or jitteriness for 48 hours and breastfeeding is supported.",
    "what stopping risks is not a stop",
)
good(
    "stop-tried-before-ser",
    "stop-continue",
    SER,
    "She stopped sertraline in 2024 and relapsed, so it is not being stopped: 100 mg continues. The baby is "
    "watched by the midwife for adaptation signs for 48 hours after birth.",
    "a past stop and a negated stop",
)
good(
    "stop-her-choice-cit",
    "stop-continue",
    CIT,
    "Our advice is to continue citalopram 20 mg; if she chooses to stop against advice, the GP will taper it over "
    "four weeks and see her fortnightly. Either way the midwife watches the baby for 48 hours after birth.",
    "her choice against advice with a taper",
)
bad(
    "stop-now-cit",
    "stop-continue",
    C,
    c(
        CIT,
        "Citalopram is stopped today. The midwife will watch the baby for adaptation symptoms for 48 hours after "
        "birth and breastfeeding is supported.",
    ),
    "stops outright now while the recommendations continue it",
)

# ============================================================================================================
# woman-partner (MA120)


def woman_partner(relationship: str, given: str, conclusion_text: str, overall_text: str) -> Mutation:
    a = "assessments#asm-partner-quetiapine"
    return chain(
        set_("partner.relationship", relationship),
        set_("partner.name.given", [given]),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            f"{given} takes quetiapine 300 mg at night for bipolar disorder and is hard to rouse for hours after "
            "her dose. She is well and looks after the baby in the day.",
        ),
        set_(
            f"{a}.impact_on_mother.safe_sleep",
            f"{given} must never sleep with the baby on a bed, sofa or armchair, and does no night feeds after her "
            "dose. Chloe does the night feeds; the baby sleeps in a crib on Chloe's side.",
        ),
        set_(
            f"{a}.impact_on_baby.summary",
            f"The baby is not exposed to {given}'s medicine. The risk is sudden infant death from sharing a bed "
            "with a heavily sedated adult.",
        ),
        set_(f"{a}.impact_on_baby.breastfeeding", f"Not relevant: the medicine is {given}'s; Chloe breastfeeds."),
        set_(
            f"{a}.recommendations",
            f"Health visitor to see the sleeping arrangements at each visit in the first 8 weeks. {given}'s GP to "
            "tell the health visitor of any dose change.",
        ),
        set_(f"{a}.conclusion", conclusion_text),
        set_("overall_conclusion.text", overall_text),
    )


_WP_OVERALL = (
    "Chloe's paracetamol raises no concern. Her partner's quetiapine sedates heavily at night: the baby never "
    "shares a bed, sofa or armchair with the partner after the dose and the partner does no night feeds; the "
    "health visitor checks the crib at each visit."
)

ok(
    "wp-wife-her-quetiapine",
    "woman-partner",
    P,
    woman_partner(
        "The mother's wife; lives with her and the baby",
        "Rhiannon",
        "Rhiannon, her wife, takes her quetiapine at 10 pm and is very drowsy after it, so the baby never sleeps "
        "beside Rhiannon and Chloe does the night feeds. The health visitor checks the crib at every visit.",
        _WP_OVERALL,
    ),
    "'her quetiapine' right after the wife is named is the wife's",
)
ok(
    "wp-other-mum-sedated",
    "woman-partner",
    P,
    woman_partner(
        "The baby's other mum; the mother's civil partner",
        "Nadia",
        "The baby's other mum, Nadia, is heavily sedated by her night dose of quetiapine: no bed or sofa sharing "
        "with the baby and no night feeds by her. The baby sleeps in its own crib and the health visitor keeps "
        "checking this.",
        _WP_OVERALL,
    ),
    "'her night dose' after the other mum named",
)
ok(
    "wp-partner-daytime",
    "woman-partner",
    P,
    woman_partner(
        "Partner; the mother's girlfriend, living with them",
        "Kerry",
        "The partner's quetiapine 300 mg at night sedates her, so Kerry cares for the baby only in the daytime; "
        "at night Chloe feeds and the baby sleeps in the crib, never in bed with Kerry. Health visitor checks "
        "each visit.",
        _WP_OVERALL,
    ),
    "the partner with 'her', the baby's care split by the clock",
)
bad(
    "wp-noted-only",
    "woman-partner",
    P,
    woman_partner(
        "The mother's wife; lives with her and the baby",
        "Rhiannon",
        "Rhiannon takes her quetiapine at night. This has been noted.",
        _WP_OVERALL,
    ),
    "the partner's medicine noted; nothing for the baby's sleep or care",
)

# ============================================================================================================
# older-siblings (MA124)

good(
    "sib-brother-room-pq",
    "older-siblings",
    PQ,
    "The father's quetiapine makes him hard to wake at night, so the new baby sleeps in the crib by the mother "
    "and never in his bed; their six-year-old keeps his own room. The mother does night feeds; the health "
    "visitor checks at each visit.",
    "an older child mentioned beside the plan for this baby",
)
good(
    "sib-toddler-dp",
    "older-siblings",
    DP,
    "Diazepam and pregabalin continue and sedate her, so she never sleeps with the baby or feeds lying down; "
    "the foster carer does night feeds. The baby is watched for withdrawal to day 8. Her toddler's contact is "
    "arranged separately by the social worker.",
    "a toddler named in a separate sentence; the baby's plan is clear",
)
good(
    "sib-earlier-baby-met",
    "older-siblings",
    MET,
    "Her first child needed three days of treatment for withdrawal, so this baby is observed on the ward for at "
    "least 72 hours. Methadone 60 mg continues, breastfeeding is encouraged and no co-sleeping after her dose.",
    "an earlier child's history leading to this baby's plan",
)
hollow(
    "sib-only-pq",
    "older-siblings",
    PQ,
    "The father's quetiapine sedates him at night, so he must not share a bed with their four-year-old son, who "
    "now sleeps in his own room.",
    "the plan is for the older child, not this baby",
)

# ============================================================================================================
# shorthand

good(
    "short-met-nas",
    "shorthand",
    MET,
    "Methadone 60mg OD contd. NAS obs 72h on PNW, HV late signs to D8. BF ok. No co-sleep (sedated post dose).",
    "shorthand for a complete plan",
)
good(
    "short-li-nocte",
    "shorthand",
    LI,
    "Lithium 800mg nocte contd. Levels 4/52, weekly from 36/40, <24h post delivery. Paeds r/v baby. FF, BF not "
    "advised.",
    "abbreviations for the lithium plan",
)
good(
    "short-cit-bf",
    "shorthand",
    CIT,
    "Citalopram 20mg contd. MW obs baby 48h for PNAS (jittery, poor feeding). BF ok.",
    "shorthand for the citalopram plan",
)
good(
    "short-pq-hv",
    "shorthand",
    PQ,
    "Dad on quetiapine 300mg nocte, v sedated: no co-sleep/sofa w baby, no night feeds by him. Baby in own crib. "
    "HV to check each visit.",
    "shorthand for the partner's plan",
)
hollow(
    "short-abbrev-list-ser",
    "shorthand",
    SER,
    "Sertraline - PNMH, MW, paeds, BF, 29/40.",
    "a list of abbreviations that decides nothing",
)

# ============================================================================================================
# disguise-blanks: the last stop's blank-letter reading.

HANGUL = "\u3164"
HALF_HANGUL = "\uffa0"
BRAILLE = "\u2800"


def spaces_as(text: str, blank: str) -> str:
    return text.replace(" ", blank)


def blank_case(name: str, source: str, how: str) -> None:
    table = GOOD if source in GOOD else HOLLOW
    asm, text = table[source]
    fn: Callable[[str], str] = {
        "hangul-spaces": lambda t: spaces_as(t, HANGUL),
        "half-hangul-spaces": lambda t: spaces_as(t, HALF_HANGUL),
        "braille-spaces": lambda t: spaces_as(t, BRAILLE),
        "hangul-inside": lambda t: inside_words(t, HANGUL, every=4),
        "braille-inside": lambda t: inside_words(t, BRAILLE, every=5),
    }[how]
    expect = PASS if table is GOOD else REFUSE
    add(name, "disguise-blanks", expect, BASE_OF[asm], c(asm, fn(text)), f"{source} with {how}")


blank_case("blank-hangul-watch-ser", "watch-mw-48h-ser", "hangul-spaces")
blank_case("blank-braille-await-li", "await-level-li", "braille-spaces")
blank_case("blank-half-hangul-reason-cit", "reason-cit-since", "half-hangul-spaces")
blank_case("blank-hangul-inside-label-met", "label-values-met", "hangul-inside")
blank_case("blank-braille-inside-guid-pq", "guid-lullaby-pq-applied", "braille-inside")
blank_case("blank-hangul-inside-short-met", "short-met-nas", "hangul-inside")
blank_case("blank-braille-date-vpa", "date-iso-vpa", "braille-spaces")
blank_case("blank-hangul-dose-dp", "dose-total-dp", "hangul-spaces")
blank_case("blank-hangul-wish-only-cit", "wish-only-cit", "hangul-spaces")
blank_case("blank-braille-inside-or-not-ser", "or-not-ser", "braille-inside")

# ============================================================================================================
# disguise-letters


def letter_case(name: str, source: str, how: str) -> None:
    table = GOOD if source in GOOD else HOLLOW
    asm, text = table[source]
    fn: Callable[[str], str] = {
        "cyrillic": lambda t: homoglyphs(t, "aeopc"),
        "greek": lambda t: homoglyphs(t, "oi", variant=1),
        "zero-width": lambda t: inside_words(t, "\u200b", every=2),
        "soft-hyphen": lambda t: inside_words(t, "\u00ad", every=3),
        "bidi": lambda t: inside_words(t, "\u2066", every=4),
        "full-width": full_width,
        "combining": lambda t: "".join(ch + "\u0301" if ch.isalpha() else ch for ch in t),
    }[how]
    expect = PASS if table is GOOD else REFUSE
    add(name, "disguise-letters", expect, BASE_OF[asm], c(asm, fn(text)), f"{source} in {how}")


letter_case("let-cyr-guid-met", "guid-nice-cg192-meth-applied", "cyrillic")
letter_case("let-greek-cond-ser", "cond-so-long-as-ser", "greek")
letter_case("let-zw-dose-ml-met", "dose-ml-met", "zero-width")
letter_case("let-shy-date-words-met", "date-words-met", "soft-hyphen")
letter_case("let-bidi-stop-risk-cit", "stop-risk-cit", "bidi")
letter_case("let-fw-dose-split-ser", "dose-split-ser", "full-width")
letter_case("let-comb-sib-pq", "sib-brother-room-pq", "combining")
letter_case("let-cyr-framing-vpa", "framing-then-decision-vpa", "cyrillic")
letter_case("let-zw-await-vpa", "await-scan-vpa", "zero-width")
letter_case("let-fw-date-slash-li", "date-slash-li", "full-width")
letter_case("let-cyr-promise-only-li", "promise-only-li", "cyrillic")
letter_case("let-fw-dose-contradicts-met", "dose-contradicts-met", "full-width")

# ============================================================================================================
# second pass: more good records near the same readings.

good(
    "guid-quoted-marks-ser",
    "guidance-applied",
    SER,
    'NICE says "do not stop an antidepressant abruptly in pregnancy"; we agree for her, so sertraline 100 mg '
    "continues. The midwife checks the baby for jitteriness and feeding problems for 48 hours after birth.",
    "guidance in quotation marks, then the decision",
)
good(
    "watch-hv-weekly-pq",
    "watch-owned",
    PQ,
    "Because the father's quetiapine sedates him, he does no night care and never bedshares or sofa-sleeps with "
    "the baby. The health visitor checks the cot weekly until 8 weeks and escalates to the GP the same day if "
    "cosleeping is found.",
    "weekly watching with an owner and escalation; run-together 'bedshares', 'cosleeping'",
)
good(
    "await-pending-dp",
    "awaited-decided",
    DP,
    "Pending the social worker's report, diazepam and pregabalin continue unchanged and the plan for the baby "
    "stands: no co-sleeping or lying-down feeds while she is drowsy, night feeds by the foster carer, withdrawal "
    "watched to day 8.",
    "'pending' with the plan stated meanwhile",
)
good(
    "reason-after-pq",
    "reasons-decided",
    PQ,
    "He is very hard to wake after his 300 mg of quetiapine. That is why the baby never sleeps in his bed or on "
    "the sofa with him and the mother does every night feed; the health visitor checks at each visit.",
    "the reason comes first, the decisions after 'that is why'",
)
good(
    "cond-so-long-pq",
    "conditions-whether",
    PQ,
    "The father may care for the baby in the day so long as he took his quetiapine the night before and is fully "
    "awake; after his night dose he never shares a bed or sofa with the baby and does no night feeds. Health "
    "visitor checks each visit.",
    "'so long as' setting when care is safe, with a firm night plan",
)
good(
    "label-feeding-cit",
    "labelled-plans",
    CIT,
    "Citalopram: continue 20 mg. Feeding: breastfeeding supported with infant observation for sleepiness. Baby: "
    "midwife watches for adaptation signs for 48 hours. Mood: GP review at six weeks.",
    "labels whose values are decisions",
)
good(
    "label-cosleep-no-met",
    "labelled-plans",
    MET,
    "Methadone 60 mg: continue. Baby: NAS scoring for 72 hours on the postnatal ward. Breastfeeding: yes. "
    "Co-sleeping: no, because of her drowsiness after the dose.",
    "'Co-sleeping: no' as a care instruction with its reason",
)
good(
    "dose-ml-upper-met",
    "dose-agrees",
    MET,
    "Methadone 60 mL of 1 mg/mL (60 mg) daily continues. The baby is observed for withdrawal for 72 hours, she "
    "breastfeeds, and no co-sleeping after her dose.",
    "mL written in capitals, the same amount",
)
good(
    "dose-split-option-met",
    "dose-agrees",
    MET,
    "Methadone continues at 60 mg a day; if sickness in late pregnancy makes it hard to hold, it may be split as "
    "30 mg twice a day. The baby is observed for withdrawal for 72 hours; breastfeeding supported; no co-sleeping.",
    "a split dose offered under 'if', totals agreeing",
)
good(
    "dose-two-tabs-ser",
    "dose-agrees",
    SER,
    "Sertraline 2 x 50 mg each morning continues. The midwife watches the baby for adaptation signs for 48 hours; "
    "breastfeeding is fine.",
    "two tablets of the strength",
)
good(
    "date-us-order-li",
    "dates-valid",
    LI,
    "Lithium continues; the obstetric and perinatal teams meet on March 31, 2026 to plan the dose around delivery. "
    "The baby has a paediatric review after birth and is bottle fed.",
    "month-day-year order that exists",
)
good(
    "date-ordinal-feb-cit",
    "dates-valid",
    CIT,
    "Citalopram 20 mg continues; mood review on the 28th of Feb 2026 and at the six-week check. The midwife "
    "watches the baby for 48 hours for adaptation signs and she breastfeeds.",
    "'the 28th of Feb' exists",
)
good(
    "stop-not-now-ser",
    "stop-continue",
    SER,
    "Sertraline is not to be stopped during pregnancy or breastfeeding; 100 mg continues. The midwife watches the "
    "baby for 48 hours for jitteriness or poor feeding.",
    "a negated stop is a continue",
)
good(
    "sib-sister-cit",
    "older-siblings",
    CIT,
    "Citalopram 20 mg continues. Her older daughter had no problems on it; this baby is still watched by the "
    "midwife for 48 hours for adaptation symptoms, and breastfeeding is supported.",
    "an older child's history beside this baby's plan",
)
good(
    "short-dp-tds",
    "shorthand",
    DP,
    "Diazepam 5mg tds + pregabalin 150mg bd contd. Sedated: no co-sleep, no feeds lying down, FC does nights. "
    "NAS obs to D8. Slow diazepam wean at 6/52.",
    "prescribing shorthand for the diazepam and pregabalin plan",
)
good(
    "or-either-dp",
    "taken-back",
    DP,
    "Diazepam and pregabalin continue. At night the foster carer or another adult who is awake gives the feeds; "
    "the baby sleeps in the cot, never in the mother's bed or on a sofa. Withdrawal watched to day 8.",
    "'or' naming two acceptable people",
)
ok(
    "overall-dated-doses-m",
    "dates-valid",
    M,
    o(
        "Methadone 60 mg and sertraline 100 mg both continue. The baby is observed for withdrawal on the postnatal "
        "ward for 72 hours; breastfeeding supported. No co-sleeping after her methadone; the health visitor sees "
        "the cot before discharge. Drug service review on 30 April 2026."
    ),
    "overall conclusion with doses and a real date",
)
blank_case("blank-hangul-label-cit", "label-feeding-cit", "hangul-spaces")
letter_case("let-zw-short-dp", "short-dp-tds", "zero-width")


if __name__ == "__main__":
    counts = Counter((case.category, case.expect) for case in F69CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F69CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F69CASES):3}"
    )
