"""A hundred-and-forty-seventh independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt
against the gate's newest readings (the [Unreleased] Fixed lines of CHANGELOG.md added for fresh140 to fresh145).

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. For each reading the last two stops added, good conclusions a careful UK GP, midwife or health visitor
could write that sit close to what the reading refuses but say something real (must pass), each beside a hollow
twin: the same text with the deciding clause removed or emptied (must refuse). About 70% must pass.

* ``takers``: the medicine's line opening on who takes it, beside a topic list with who does what (or only vouched);
* ``conditions``: a condition with its own plan (or one after which nothing is decided, "accordingly");
* ``guidance``: guidance quoted, then the plan that follows it (or quoted alone);
* ``reasons``: reasons before a decision (or reasons for a decision never made);
* ``holders``: a holder gone with a successor named, a named team, a relative retired beside a professional in post
  (or the holder gone alone, or "relevant professionals");
* ``checklist``: checklist items with their content after the mark (or "done" alone);
* ``times``: a dated or numbered review (or "in due course", "as needed");
* ``passives``: future passives with their agents and times (or none);
* ``headings``: reconciliation headings whose lists run across semicolons, labelled decision parts that decide (or
  a medicine of concern named as taken but unlisted, "Plan:" that defers);
* ``doses``: a paracetamol daily maximum stated correctly (or above 4 g);
* ``advice``: "safe sleep advice given" with the advice said (or "not given" as a fact);
* ``levels``: lithium results lists and levels around the birth with the plan for the baby (or a result no one can
  have, levels ruled out after the birth);
* ``ended``: a plan or watch ended for a stated reason with its replacement named (or ended bare);
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (no coded medicine is added).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh147_cases`` for the counts per category.
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
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F147CASES: list[Case] = []

CATEGORIES = (
    "takers",
    "conditions",
    "guidance",
    "reasons",
    "holders",
    "checklist",
    "times",
    "passives",
    "headings",
    "doses",
    "advice",
    "levels",
    "ended",
    "disguise",
)

TK, CD, GD, RS, HD, CK, TM, PS, HG, DS, AD, LV, EN, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F147CASES.append(Case(f"f147-{name}", category, expect, base, mutate, why))


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
    "ndose": (N, _at("medicines#med-paracetamol.dose")),
    "pdose": (P, _at("medicines#med-paracetamol.dose")),
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
) -> None:
    base, setter = SETTERS[where]
    add(name, category, expect, base, setter(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, setter(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def ok(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, PASS, where, text, why, disguise)


def bad(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, REFUSE, where, text, why, disguise)


# ---------------------------------------------------------------------------------------------------- takers
ok(
    "tk-meth-she-continues-topics-then-acts",
    TK,
    "meth",
    "She continues methadone 60 mg once daily, supervised, with no reduction before delivery. Withdrawal, feeding "
    "and sleep: the postnatal ward midwives score the baby for NAS 4-hourly for a minimum of 72 hours; the HV looks "
    "for late signs at home until day 8; breastfeeding is encouraged; Jodie is drowsy after her dose, so the baby "
    "sleeps in his own cot, never in her bed or on the sofa, and the HV sees the cot at the new birth visit.",
    "the line opens on who takes it; the topic list is followed by who does what, when",
    cyr,
)
bad(
    "tk-meth-she-continues-carer-knows",
    TK,
    "meth",
    "She continues methadone 60 mg once daily, supervised. Her partner knows all about neonatal withdrawal, "
    "breastfeeding on methadone and safe sleep after a dose.",
    "the topics are only vouched for by a relative; nothing is decided for the baby",
)
ok(
    "tk-quet-daniel-takes-then-nights",
    TK,
    "quet",
    "Daniel takes quetiapine 300 mg at night and is very hard to rouse for hours afterwards. Nights, sleep and "
    "feeds: Chloe does every night feed; Daniel never has the baby in the bed, on the sofa or in the armchair; "
    "the baby sleeps in the next-to-me crib on Chloe's side; the HV rechecks the crib at the 6-8 week visit.",
    "the partner's name opens the line; the topics each have their act",
)
bad(
    "tk-quet-daniel-takes-chloe-aware",
    TK,
    "quet",
    "Daniel takes quetiapine 300 mg at night. Chloe is aware of night feeds, crib sleeping, sofa risks and "
    "overlaying after his dose.",
    "the topics are only things Chloe is aware of",
)
ok(
    "tk-dzp-kayleigh-continues-carer-does",
    TK,
    "dzp",
    "Kayleigh continues diazepam 5 mg three times a day and pregabalin 150 mg twice a day; the GP plans a slow "
    "diazepam taper from the 6-week review and neither is stopped suddenly. The foster carer knows the plan and "
    "carries it: she does every night feed, the baby sleeps in the placement cot, Kayleigh never sleeps with the "
    "baby on a bed, sofa or chair, and the foster carer and health visitor watch for tremor, high-pitched cry and "
    "poor feeding until day 8.",
    "'the carer knows the plan' followed by the plan itself",
)
bad(
    "tk-dzp-kayleigh-continues-carer-briefed",
    TK,
    "dzp",
    "Kayleigh continues diazepam 5 mg three times a day and pregabalin 150 mg twice a day. The foster carer has "
    "been briefed on sedation, co-sleeping, night feeds and late withdrawal signs.",
    "briefed on topics; no one does anything for the baby",
    zwsp,
)
ok(
    "tk-lith-rebecca-continues-team-list",
    TK,
    "lith",
    "Rebecca continues lithium (Priadel) 800 mg at night, as her relapse risk after birth is high. Levels, baby and "
    "feeding: the perinatal psychiatrist takes levels every 4 weeks, weekly from 36/40 and within 24 hours of "
    "delivery; the paediatrician examines the baby on day 1 for floppiness, poor suck and thyroid problems; she "
    "bottle feeds because lithium passes into breast milk.",
    "the topics after the taker's line, each with its holder and time",
    greek,
)
ok(
    "tk-cit-megan-continues-midwife",
    TK,
    "cit",
    "Megan continues citalopram 20 mg once daily; she relapsed within a month the last time she stopped. For the "
    "baby: the community midwife and the postnatal ward watch for jitteriness, poor feeding and rapid breathing "
    "over the first 48 hours; breastfeeding on citalopram is supported; the GP reviews her mood at 6 weeks.",
    "the taker's line, then the baby's plan with holders",
)
bad(
    "tk-cit-megan-continues-understands",
    TK,
    "cit",
    "Megan continues citalopram 20 mg once daily. She understands the points about adaptation, jitteriness, "
    "breastfeeding and relapse.",
    "understanding vouched; no watch or holder",
)

# ---------------------------------------------------------------------------------------------------- conditions
ok(
    "cd-meth-if-scores-then-scbu",
    CD,
    "meth",
    "Methadone 60 mg daily continues to delivery. The ward midwives score the baby for withdrawal every 4 hours for "
    "at least 72 hours; if two scores in a row are 8 or more, the paediatric registrar reviews him and he goes to "
    "SCBU for morphine. The HV checks for late signs to day 8. Breastfeeding encouraged on this stable dose. Jodie "
    "is drowsy after her dose: no bed or sofa sharing, and the HV sees the cot on the first visit.",
    "a condition with its own plan (who, where, what)",
    greek,
)
bad(
    "cd-meth-if-scores-accordingly",
    CD,
    "meth",
    "Methadone 60 mg daily continues to delivery. If the baby shows signs of withdrawal after birth, the team will "
    "respond accordingly, and if any other concerns arise they will be addressed at that point.",
    "the conditions' consequences name no act",
)
ok(
    "cd-quet-if-chloe-unwell-grandmother",
    CD,
    "quet",
    "Daniel's quetiapine 300 mg at night sedates him for several hours, so he does no night feeds and never sleeps "
    "with the baby on a bed, sofa or armchair. Chloe does the nights and the baby sleeps in the crib by her bed. If "
    "Chloe is unwell or away overnight, her mother, Mrs Adeyemi, stays and does the night feeds instead. The HV "
    "rechecks the crib at the 6-week visit.",
    "a fallback condition that names who does the nights",
)
bad(
    "cd-quet-if-chloe-unwell-considered",
    CD,
    "quet",
    "Daniel's quetiapine 300 mg at night. If Chloe is unwell or away overnight, other arrangements for the night "
    "feeds would be considered, and the sleeping place could be reviewed.",
    "only suppositions after the condition; nothing decided",
)
ok(
    "cd-lith-if-level-high-psychiatrist",
    CD,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. Levels every 4 weeks to 36 weeks, then weekly, and within 24 hours of "
    "birth, taken by the perinatal team; if a level is above 1.0 mmol/L the perinatal psychiatrist cuts the dose the "
    "same day and repeats the level in 5 days. The neonatal team reviews the baby after birth for floppiness and "
    "thyroid problems; bottle feeding because lithium enters breast milk.",
    "a threshold condition with its act and time",
)
bad(
    "cd-lith-if-level-high-as-required",
    CD,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. Should any level be out of range, action will be taken as required, "
    "and appropriate advice will be given.",
    "the condition promises an unspecified action",
    shy,
)
ok(
    "cd-dzp-if-carer-away-social-worker",
    CD,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue; the GP begins a slow diazepam reduction at the 6-week "
    "review, neither stopped abruptly. Both sedate Kayleigh: she does not share a bed, sofa or chair with the baby "
    "and the foster carer does every night feed. If the foster carer cannot do a night, the social worker arranges "
    "an emergency respite carer that day. Foster carer and HV watch for late withdrawal until day 8.",
    "a fallback condition naming who arranges what",
)
ok(
    "cd-valp-if-scan-abnormal-fmu",
    CD,
    "valp",
    "Sodium valproate 500 mg twice daily is not stopped abruptly; it continues until the urgent neurology review. "
    "First-trimester exposure: the GP referred Hannah today to neurology and fetal medicine for an early scan and "
    "the 20-week anomaly scan; if the scan shows a neural tube or heart defect, the fetal medicine consultant sees "
    "her within a week. Folic acid 5 mg daily started. Breastfeeding on valproate is generally possible.",
    "an outcome condition with the consultant and the time",
)
bad(
    "cd-valp-if-scan-abnormal-in-due-course",
    CD,
    "valp",
    "Sodium valproate 500 mg twice daily. If the scans show a problem, the options could be discussed and a plan "
    "would be considered in due course.",
    "a condition after which nothing is decided",
)

# ---------------------------------------------------------------------------------------------------- guidance
ok(
    "gd-sert-nice-says-so-midwife",
    GD,
    "sert",
    "NICE CG192 says an SSRI that is working should usually be continued in pregnancy, so sertraline 100 mg daily "
    "continues. The guideline also notes a small risk of neonatal adaptation, so the ward midwife observes the "
    "baby for 48 hours for jitteriness, poor feeding and fast breathing. Sertraline is the SSRI of choice for "
    "breastfeeding, which Jodie plans; her GP reviews her mood at 6 weeks.",
    "guidance quoted, then the plan that follows it ('so ...')",
    cyr,
)
bad(
    "gd-sert-nice-says-only",
    GD,
    "sert",
    "NICE CG192 says an SSRI that is working should usually be continued in pregnancy. The guideline also notes a "
    "small risk of neonatal adaptation with sertraline and that sertraline is the SSRI of choice in breastfeeding.",
    "guidance quoted with nothing of this baby's plan",
)
ok(
    "gd-meth-local-guideline-applied",
    GD,
    "meth",
    "The local guideline states that babies exposed to methadone stay in hospital for at least 72 hours; Jodie's "
    "baby will do so, with NAS scoring every 4 hours by the ward midwives, then the HV watches for late signs at "
    "home to day 8. Methadone 60 mg daily continues unchanged. Breastfeeding is encouraged. She is sleepy after "
    "her dose, so the baby never sleeps in her bed or on the sofa; the HV sees the cot at the first visit.",
    "the guideline applied to this baby",
)
bad(
    "gd-meth-local-guideline-only",
    GD,
    "meth",
    "The local guideline states that babies exposed to methadone stay in hospital for at least 72 hours and are "
    "scored for withdrawal, and that mothers on a stable methadone dose are encouraged to breastfeed.",
    "the guideline reported; no act for this baby",
    zwj,
)
ok(
    "gd-valp-mhra-then-referrals",
    GD,
    "valp",
    "MHRA guidance is that valproate must not be stopped without specialist advice, so sodium valproate 500 mg "
    "twice a day continues until neurology sees Hannah urgently; the GP made that referral today, with one to "
    "fetal medicine for an early scan and the detailed scan at 20 weeks, as the baby was exposed in the first "
    "trimester. Folic acid 5 mg started today. Breastfeeding on valproate is usually possible.",
    "MHRA guidance followed by what was done",
    shy,
)
bad(
    "gd-valp-mhra-only",
    GD,
    "valp",
    "MHRA guidance is that valproate must not be stopped without specialist advice and that sodium valproate "
    "carries a high risk of malformations and developmental disorders when taken in pregnancy.",
    "guidance only; no referral, scan or decision",
)
ok(
    "gd-quet-lullaby-trust-then-crib",
    GD,
    "quet",
    "The Lullaby Trust advises never sleeping with a baby after taking a medicine that causes drowsiness. For "
    "Daniel, on quetiapine 300 mg at night, that means no night feeds and no bed, sofa or armchair with the baby; "
    "Chloe does the nights with the baby in the crib beside her; the health visitor checks the crib at each visit "
    "to 8 weeks.",
    "charity advice quoted, then what it means for this family",
)
ok(
    "gd-lith-nice-then-levels",
    GD,
    "lith",
    "NICE advises lithium levels every 4 weeks in pregnancy, weekly from 36 weeks and within 24 hours of birth; "
    "the perinatal psychiatrist will take Rebecca's on that schedule while lithium (Priadel) 800 mg at night "
    "continues. The paediatrician reviews the baby after birth for floppiness and thyroid function; she bottle "
    "feeds, as lithium passes into breast milk.",
    "guidance with the named holder taking it on",
)

# ---------------------------------------------------------------------------------------------------- reasons
ok(
    "rs-sert-because-before-decision",
    RS,
    "sert",
    "Because her depression returned within weeks when she stopped in 2023, and because sertraline has the most "
    "breastfeeding data of the SSRIs, sertraline 100 mg daily continues. The ward midwives observe the baby for "
    "adaptation signs for 48 hours after birth; the GP reviews Jodie's mood at the 6-week check.",
    "reasons before a decision made",
    bidi,
)
bad(
    "rs-sert-because-plan-to-follow",
    RS,
    "sert",
    "Sertraline 100 mg daily has been carefully considered, because her depression returned when she stopped in "
    "2023 and because of the breastfeeding data; a plan will follow in due course.",
    "reasons for a decision never made",
)
ok(
    "rs-dzp-reasons-then-plan",
    RS,
    "dzp",
    "Since Kayleigh's anxiety was severe before the pregnancy and a fast stop risks withdrawal fits, diazepam 5 mg "
    "tds and pregabalin 150 mg bd continue, with a slow diazepam taper by the GP from the 6-week review. As both "
    "sedate her, she never sleeps with the baby on a bed, sofa or armchair and the foster carer does the night "
    "feeds. The HV and foster carer watch for late withdrawal to day 8.",
    "'since' and 'as' reasons, each before its decision",
)
bad(
    "rs-dzp-reasons-decision-awaited",
    RS,
    "dzp",
    "Diazepam and pregabalin were reviewed carefully, since her anxiety was severe before the pregnancy and since "
    "a fast stop risks fits; the decision is awaited from the drug service.",
    "reasons beside a deferral",
)
ok(
    "rs-lith-because-relapse",
    RS,
    "lith",
    "Because Rebecca had postpartum psychosis after her first baby, lithium (Priadel) 800 mg at night continues. "
    "Levels are taken by the perinatal team monthly, weekly from 36 weeks and within 24 hours of birth; the "
    "paediatrician checks the baby at birth for floppiness, feeding and thyroid problems; bottle feeding, as "
    "lithium passes into milk.",
    "the reason opens the sentence; the decision follows",
    fw,
)
ok(
    "rs-cit-given-that",
    RS,
    "cit",
    "Given that two attempts to stop ended in relapse, citalopram 20 mg daily continues through pregnancy and "
    "breastfeeding. The midwife watches the baby for jitteriness, poor feeding and fast breathing for 48 hours "
    "after birth and asks the paediatrician to review if they persist; the GP sees Megan at 6 weeks postnatal.",
    "'given that' reason before the decision",
)

# ---------------------------------------------------------------------------------------------------- holders
ok(
    "hd-meth-hv-moved-successor",
    HD,
    "meth",
    "Methadone 60 mg daily continues. The ward midwives score the baby 4-hourly for at least 72 hours after birth. "
    "Her health visitor, Sam Okafor, who has moved to another trust, handed over to Lucy Grant, HV, who takes on "
    "the late-withdrawal checks at home to day 8 and sees the cot at the first visit. Breastfeeding encouraged; "
    "no bed or sofa sharing, as Jodie is drowsy after her dose.",
    "a holder gone with the successor named in the same sentence",
)
bad(
    "hd-meth-hv-moved-no-successor",
    HD,
    "meth",
    "Methadone 60 mg daily continues. The ward midwives score the baby 4-hourly for at least 72 hours after birth. "
    "The late-withdrawal checks at home to day 8 and the cot check are held by Sam Okafor, the health visitor, who "
    "has moved to another trust. Breastfeeding encouraged; no bed or sofa sharing, as Jodie is drowsy after her "
    "dose.",
    "the late watch held by a professional who has gone",
)
ok(
    "hd-quet-grandfather-retired-with-hv",
    HD,
    "quet",
    "Daniel's quetiapine 300 mg at night leaves him heavily sedated, so he does no night feeds and never sleeps "
    "with the baby on a bed, sofa or chair. The nights are done by Chloe's father, who has retired and lives with "
    "them, with the health visitor checking the crib at each visit to 8 weeks; the baby sleeps in the crib in "
    "Chloe's room.",
    "a relative retired from work beside a professional in post",
    zwsp,
)
ok(
    "hd-dzp-named-team",
    HD,
    "dzp",
    "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day continue; a slow diazepam reduction starts "
    "at the 6-week review with the GP. Both sedate Kayleigh: no bed, sofa or chair sharing, and the foster carer "
    "does all night feeds. The Millbrook health visiting team visits the placement on days 3, 5 and 8 to check for "
    "late withdrawal, and the foster carer watches between visits.",
    "a named team with days",
    cyr,
)
bad(
    "hd-dzp-relevant-professionals",
    HD,
    "dzp",
    "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day continue. Relevant professionals will "
    "monitor the placement, the teams concerned will liaise as necessary, and services will support Kayleigh.",
    "acts given to holders no reader can name",
)
ok(
    "hd-lith-psychiatrist-left-locum",
    HD,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. Dr Hale, who held the levels plan, has left the perinatal "
    "service; Dr Mensah, the locum perinatal psychiatrist, now takes the levels monthly, weekly from 36 weeks and "
    "within 24 hours of birth. The paediatrician examines the baby after birth for floppiness and thyroid problems. "
    "Bottle feeding, as lithium is in breast milk.",
    "the holder who left, with the one now in post",
)
bad(
    "hd-lith-psychiatrist-left-alone",
    HD,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. The levels monthly, weekly from 36 weeks and within 24 hours of "
    "birth are to be taken by Dr Hale, the perinatal psychiatrist, who has left the perinatal service.",
    "the only holder of the levels has left",
)
ok(
    "hd-sert-the-team-named-earlier",
    HD,
    "sert",
    "Sertraline 100 mg daily continues; the Castleford perinatal mental health team reviewed her today. The team "
    "will see Jodie at 2 weeks and 6 weeks after birth for her mood. The ward midwife observes the baby for 48 "
    "hours for jitteriness and poor feeding; breastfeeding on sertraline is supported.",
    "'the team' after the text named its team, with times",
)

# ---------------------------------------------------------------------------------------------------- checklist
ok(
    "ck-meth-items-with-content",
    CK,
    "meth",
    "Methadone 60 mg od, continues. Withdrawal plan - done: 72 h minimum stay, midwives score 4-hourly, HV to day 8. "
    "Feeding - done: breastfeeding encouraged. Safe sleep - done: drowsy after dose, so own cot only, no bed or "
    "sofa sharing, HV sees cot at first visit. Dose - done: no change before delivery.",
    "each checklist item carries its content after the mark",
    fw,
)
bad(
    "ck-meth-items-done",
    CK,
    "meth",
    "Methadone 60 mg od. Withdrawal plan - done. Feeding - done. Safe sleep - done. Sedation - assessed. Dose - "
    "reviewed.",
    "every item only marked done",
)
ok(
    "ck-quet-ticks-with-what",
    CK,
    "quet",
    "Quetiapine 300 mg nocte (Daniel). Sedation checked: yes, hard to wake for 6 hours after his dose. Night feeds: "
    "Chloe. Sleep: baby in the next-to-me crib, never in the bed or on the sofa with Daniel. HV follow-up: crib "
    "rechecked at the 6-week visit.",
    "ticks with what each found and decided",
)
bad(
    "ck-quet-ticks-only",
    CK,
    "quet",
    "Quetiapine 300 mg nocte (Daniel). Sedation - checked. Night feeds - discussed. Safe sleep - covered. HV "
    "follow-up - arranged.",
    "ticks with nothing after them",
    cyr,
)
ok(
    "ck-dzp-done-then-plan",
    CK,
    "dzp",
    "Diazepam and pregabalin. Sedation assessed - drowsy most afternoons, so the foster carer is with her whenever "
    "she holds the baby and does every night feed. Safe sleep - baby in the placement cot only, no bed, sofa or "
    "chair sharing. Withdrawal - foster carer and HV watch to day 8. Doses - diazepam 5 mg tds and pregabalin 150 "
    "mg bd continue; GP tapers diazepam from the 6-week review.",
    "'assessed' followed by what was found and decided",
)
ok(
    "ck-cit-checked-boxes-content",
    CK,
    "cit",
    "Citalopram 20 mg once daily. Continue: yes, two relapses on stopping. Baby: midwife observes 48 h for "
    "adaptation (jittery, feeding, breathing). Feeding: breastfeeding supported. Mood: GP review at 6 weeks.",
    "a box-by-box note where each box says something",
)

# ---------------------------------------------------------------------------------------------------- times
ok(
    "tm-meth-dated-visits",
    TM,
    "meth",
    "Methadone 60 mg daily continues. After birth, NAS scoring by the ward midwives every 4 hours for at least 72 "
    "hours; the HV sees mother and baby on day 5 and day 8 for late signs. Breastfeeding encouraged. Jodie is "
    "drowsy after dosing, so no bed or sofa sharing, and the HV checks the cot at the antenatal contact on "
    "14 April 2026.",
    "every act has a number or a date",
)
bad(
    "tm-meth-in-due-course",
    TM,
    "meth",
    "Methadone 60 mg daily continues. The midwife will observe the baby in due course, advice will be given as "
    "needed, and the health visitor will check the cot when appropriate.",
    "acts with times that name no time",
)
ok(
    "tm-po-six-week-visit",
    TM,
    "po",
    "Chloe's paracetamol is of no concern for the baby. Daniel's quetiapine makes him very drowsy at night: no night "
    "feeds or bed, sofa or armchair sharing for him; the baby sleeps in the crib by Chloe. The health visitor checks "
    "the crib again at the 6-week visit and on each visit after it to 12 weeks.",
    "a review named by the baby's age",
)
bad(
    "tm-po-as-required",
    TM,
    "po",
    "Chloe's paracetamol and Daniel's quetiapine. Night care will be reviewed as required and the crib will be looked "
    "at when needed.",
    "the father's nights reviewed 'as required'",
)
ok(
    "tm-valp-within-two-weeks",
    TM,
    "valp",
    "Sodium valproate 500 mg bd continues, not to be stopped abruptly. The baby was exposed in the first trimester: "
    "the neurologist sees Hannah within 2 weeks, fetal medicine does an early scan at 12-14 weeks and the anomaly "
    "scan at 20 weeks, both referred by the GP today. Folic acid 5 mg daily from today. Breastfeeding on valproate "
    "is usually fine; the midwife will support it.",
    "reviews with numbers of weeks",
    greek,
)
ok(
    "tm-lith-as-needed-plus-fixed",
    TM,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. Levels every 4 weeks, weekly from 36 weeks and within 24 hours of "
    "delivery, taken by the perinatal psychiatrist, and extra levels as needed if she is vomiting. The neonatal "
    "team reviews the baby on day 1 for hypotonia and thyroid function. Bottle feeding, as lithium passes into "
    "breast milk.",
    "'as needed' beside a fixed schedule",
)
bad(
    "tm-lith-when-appropriate",
    TM,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. Levels will be checked when appropriate and the baby will be "
    "looked at as necessary.",
    "levels and baby check with no time",
)

# ---------------------------------------------------------------------------------------------------- passives
ok(
    "ps-dzp-passives-with-agents",
    PS,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd will be continued, and diazepam will be tapered by the GP from the "
    "6-week review. The baby will be watched for late withdrawal by the foster carer and the health visitor until "
    "day 8. The night feeds will be done by the foster carer, and the baby will never be left to sleep with "
    "Kayleigh on a bed, sofa or chair, as both medicines sedate her.",
    "passives with their agents and times",
)
bad(
    "ps-dzp-passives-no-agent",
    PS,
    "dzp",
    "Diazepam and pregabalin will be continued. The baby will be monitored, feeding will be supported, safe sleep "
    "will be promoted and support will be offered to the placement.",
    "future passives with no agent, watcher or time",
)
ok(
    "ps-meth-passives-agents",
    PS,
    "meth",
    "Methadone 60 mg daily will be continued unchanged. The baby will be scored for NAS by the ward midwives every 4 "
    "hours for 72 hours, and will be checked for late signs by the HV up to day 8. Breastfeeding will be supported "
    "by the infant feeding team. The cot will be seen by the HV before birth, as Jodie is drowsy after dosing and "
    "must not share a bed or sofa with the baby.",
    "passives each with an agent",
    zwj,
)
bad(
    "ps-meth-passives-after-delivery",
    PS,
    "meth",
    "Methadone 60 mg daily. After delivery the baby will be observed, feeding will be encouraged and safe sleep "
    "will be discussed.",
    "passives whose only time is 'after delivery'",
)
ok(
    "ps-cit-passive-with-time",
    PS,
    "cit",
    "Citalopram 20 mg daily will be continued. The baby will be observed for 48 hours after birth for adaptation "
    "signs on the postnatal ward, and the paediatrician will be called if they persist past 48 hours. "
    "Breastfeeding on citalopram will be supported. Megan's mood will be reviewed by her GP at 6 weeks.",
    "passives with time, place and a named professional",
    bidi,
)
ok(
    "ps-fo-passives-agents",
    PS,
    "fo",
    "Diazepam and pregabalin will be continued, with diazepam reduced slowly by the GP from the 6-week review. "
    "The night feeds will be done by the foster carer, and Kayleigh will not share a bed, sofa or chair with the "
    "baby, as both drugs sedate her. Late withdrawal will be watched for by the HV and foster carer to day 8; the "
    "plan will be held by the social worker under the interim care order.",
    "overall passives with agents",
)

# ---------------------------------------------------------------------------------------------------- headings
ok(
    "hg-lith-previous-medicines-semicolons",
    HG,
    "lith",
    "Previous medicines: quetiapine 200 mg nocte (2019-2020); olanzapine 10 mg (2020); and sodium valproate, "
    "stopped in 2021 before she planned a pregnancy. Now: lithium (Priadel) 800 mg at night continues, as relapse "
    "after birth is the bigger risk. Levels by the perinatal psychiatrist every 4 weeks, weekly from 36 weeks and "
    "within 24 hours of birth; paediatric review of the baby on day 1 for floppiness and thyroid problems; bottle "
    "feeding, since lithium passes into breast milk.",
    "a heading of medicines not taken, its list running across semicolons; lithium answered",
    cyr,
)
bad(
    "hg-lith-also-takes-quetiapine",
    HG,
    "lith",
    "Lithium (Priadel) 800 mg at night continues, as relapse after birth is the bigger risk; she also takes "
    "quetiapine 50 mg at night for sleep. Levels by the perinatal psychiatrist every 4 weeks, weekly from 36 weeks "
    "and within 24 hours of birth; paediatric review of the baby on day 1 for floppiness and thyroid problems; "
    "bottle feeding, since lithium passes into breast milk.",
    "quetiapine told as taken now and missing from the medicine list",
)
ok(
    "hg-lith-alternatives-considered-semicolons",
    HG,
    "lith",
    "Alternatives considered: lamotrigine; quetiapine; and olanzapine, each weaker at preventing a postpartum "
    "relapse for her. Decision: lithium (Priadel) 800 mg at night continues. The perinatal team takes levels "
    "monthly, weekly from 36/40 and within 24 h of delivery; the paediatrician reviews the baby after birth for "
    "floppiness, poor feeding and thyroid problems; formula feeding, as lithium passes into breast milk.",
    "options weighed, across semicolons, then the decision",
)
bad(
    "hg-lith-alternatives-then-now-takes",
    HG,
    "lith",
    "Alternatives considered: lamotrigine; she now takes olanzapine 5 mg at night as well. Decision: lithium "
    "(Priadel) 800 mg at night continues. The perinatal team takes levels monthly, weekly from 36/40 and within 24 "
    "h of delivery; the paediatrician reviews the baby after birth; formula feeding, as lithium is in breast milk.",
    "the semicolon opens a sentence: olanzapine is taken now and unlisted",
)
ok(
    "hg-meth-stopped-heading",
    HG,
    "meth",
    "Stopped: buprenorphine (Subutex) 8 mg, switched to methadone in 2024; diazepam 5 mg, stopped in 2023. "
    "Current: methadone 60 mg daily continues unchanged. The ward midwives score the baby for NAS every 4 hours for "
    "at least 72 hours, then the HV watches at home to day 8. Breastfeeding encouraged. Jodie is drowsy after her "
    "dose, so no bed or sofa sharing; the HV sees the cot at the first visit.",
    "a 'Stopped:' list of medicines not taken, with asides",
    zwsp,
)
bad(
    "hg-meth-diazepam-prescribed-now",
    HG,
    "meth",
    "Methadone 60 mg daily continues unchanged, and the drug service also prescribes her diazepam 5 mg at night. "
    "The ward midwives score the baby for NAS every 4 hours for at least 72 hours, then the HV watches at home to "
    "day 8. Breastfeeding encouraged. Jodie is drowsy after her dose, so no bed or sofa sharing.",
    "diazepam taken now, named, and missing from the medicine list",
)
ok(
    "hg-sert-plan-as-above",
    HG,
    "sert",
    "Medicine: sertraline 100 mg daily, continues. Baby: ward midwives observe for 48 h for jitteriness, poor "
    "feeding and fast breathing. Feeding: breastfeeding supported on sertraline. Mood: GP review at 6 weeks after "
    "birth. Plan: as above.",
    "'Plan: as above.' after headed lines that decide",
)
bad(
    "hg-sert-history-plan-as-per-letter",
    HG,
    "sert",
    "History: sertraline 100 mg since June 2025 for moderate depression, two previous episodes, good response, no "
    "side effects, mood stable this trimester, supported by her partner and her drug worker. Plan: as per the "
    "perinatal mental health team's letter.",
    "a long history; the only decision part points elsewhere",
)
ok(
    "hg-dzp-plan-headed-semicolons",
    HG,
    "dzp",
    "Plan: diazepam 5 mg tds and pregabalin 150 mg bd continue; GP tapers diazepam from the 6-week review; the "
    "foster carer does all night feeds; no bed, sofa or chair sharing for Kayleigh, as both sedate her; foster "
    "carer and HV watch for late withdrawal to day 8.",
    "one decision part whose items run across semicolons",
    shy,
)

# ---------------------------------------------------------------------------------------------------- doses
ok(
    "ds-n-max-four-grams",
    DS,
    "ndose",
    "1 g (two tablets) up to four times a day when needed, at least 4 hours apart; maximum 4 g in 24 hours",
    "a paracetamol maximum stated correctly",
    zwsp,
)
ok(
    "ds-n-range-every-four-to-six",
    DS,
    "ndose",
    "500 mg to 1 g every 4 to 6 hours when required for pain, no more than 4 g in any 24 hours",
    "a range every 4-6 hours with the right ceiling",
)
ok(
    "ds-n-tablets-ceiling",
    DS,
    "ndose",
    "Two 500mg tablets four times daily; do not take more than 8 tablets in 24 hours",
    "a ceiling in tablets that comes to 4 g",
)
bad(
    "ds-n-max-six-grams",
    DS,
    "ndose",
    "1 g (two tablets) up to four times a day when needed, maximum 6 g in 24 hours",
    "a stated ceiling of 6 g is over the adult maximum of 4 g",
    fw,
)
bad(
    "ds-n-one-and-half-qds",
    DS,
    "ndose",
    "1.5 g (three tablets) four times a day for perineal pain",
    "1.5 g four times a day is 6 g a day",
)
ok(
    "ds-p-qds-prn-max",
    DS,
    "pdose",
    "1 g qds prn (max 4 g/24 h)",
    "shorthand with the right ceiling",
)
ok(
    "ds-p-three-times",
    DS,
    "pdose",
    "1 g three times a day when needed for afterpains",
    "3 g a day, under the maximum",
)
bad(
    "ds-p-twelve-tablets",
    DS,
    "pdose",
    "2 tablets (1 g) when needed, up to 12 tablets in 24 hours",
    "twelve 500 mg tablets a day is 6 g",
)
ok(
    "ds-p-lower-ceiling-low-weight",
    DS,
    "pdose",
    "1 g up to three times a day (weight 48 kg: maximum 3 g in 24 hours)",
    "a lower ceiling for low body weight",
)

# ---------------------------------------------------------------------------------------------------- advice
ok(
    "ad-quet-advice-given-said",
    AD,
    "quet",
    "Safe sleep advice given to Daniel and Chloe together: after his quetiapine 300 mg at night Daniel is too "
    "drowsy to wake for the baby, so he never sleeps with the baby on a bed, sofa or armchair and does no night "
    "feeds; Chloe does them, with the baby in the next-to-me crib on her side. The health visitor checks the crib "
    "at each visit to 8 weeks.",
    "'advice given' with the advice said",
    greek,
)
bad(
    "ad-quet-advice-not-given",
    AD,
    "quet",
    "Safe sleep advice - not given. Daniel's quetiapine 300 mg at night makes him too drowsy to wake for the baby; "
    "Chloe does the night feeds with the baby in the next-to-me crib on her side. The health visitor checks the "
    "crib at each visit to 8 weeks.",
    "says as a fact that safe sleep advice was not given under a sedating medicine",
    cyr,
)
ok(
    "ad-dzp-not-yet-given-to-carers-partner",
    AD,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue, with a slow diazepam taper by the GP from the 6-week "
    "review. Kayleigh had safe sleep advice on the ward: no bed, sofa or chair sharing, as both sedate her, and the "
    "foster carer does every night feed. Safe sleep advice is not yet given to the foster carer's husband, who "
    "covers weekend nights from 20 June; the HV gives it to him at the visit on 18 June. HV and foster carer "
    "watch for late withdrawal to day 8.",
    "advice not yet given to a named person, with when it will be",
)
bad(
    "ad-dzp-no-advice-given",
    AD,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue, with a slow diazepam taper by the GP from the 6-week "
    "review. No safe sleep advice was given on the ward. The foster carer does every night feed; HV and foster "
    "carer watch for late withdrawal to day 8.",
    "no safe sleep advice given, as a fact, for a sedated mother",
)
ok(
    "ad-po-advice-given-list",
    AD,
    "po",
    "Chloe's paracetamol raises no concern. Daniel's quetiapine sedates him heavily at night. Advice given: baby on "
    "its back in the crib beside Chloe; no sofa or armchair sleeping with the baby for Daniel; Chloe does every "
    "night feed. The health visitor rechecks the crib at 6 weeks.",
    "'advice given' with the advice listed",
    zwsp,
)
ok(
    "ad-fo-advice-repeated",
    AD,
    "fo",
    "Diazepam and pregabalin continue; the GP tapers diazepam slowly from the 6-week review. Safe sleep advice was "
    "given on the ward and repeated by the HV on day 5: no bed, sofa or chair sharing for Kayleigh, as both sedate "
    "her, and the foster carer does the night feeds. The HV and foster carer watch for late withdrawal to day 8; "
    "the social worker holds the plan under the interim care order.",
    "advice given twice, with the advice",
)

# ---------------------------------------------------------------------------------------------------- levels
ok(
    "lv-lith-results-then-sodium",
    LV,
    "lith",
    "Lithium levels this pregnancy: 0.62 mmol/L on 9 February, 0.58 on 9 March, 0.66 on 6 April and 0.71 on 4 May "
    "2026; sodium 139 mmol/L and TSH 2.1 on 4 May. Priadel 800 mg at night continues. The perinatal psychiatrist "
    "takes levels every 4 weeks, weekly from 36 weeks and within 24 hours of birth. The paediatrician reviews the "
    "baby after birth for floppiness, poor feeding and thyroid problems; bottle feeding, as lithium is in breast "
    "milk.",
    "a list of lithium results, then another analyte's result, then the plan for the baby",
    shy,
)
bad(
    "lv-lith-results-impossible-fourth",
    LV,
    "lith",
    "Lithium levels this pregnancy: 0.62 mmol/L on 9 February, 0.58 on 9 March, 0.66 on 6 April and 71 mmol/L on 4 "
    "May 2026. Priadel 800 mg at night continues. The perinatal psychiatrist takes levels every 4 weeks, weekly from 36 "
    "weeks and within 24 hours of birth. The paediatrician reviews the baby after birth for floppiness, poor "
    "feeding and thyroid problems; bottle feeding, as lithium is in breast milk.",
    "a fourth lithium result of 71 mmol/L, which no living person has",
)
ok(
    "lv-lith-results-creatinine-after",
    LV,
    "lith",
    "Priadel (lithium) 800 mg nocte continues; latest lithium 0.64 mmol/L on 4 May 2026, with 0.59 and 0.61 before "
    "it, creatinine 61 and calcium 2.38 mmol/L. Levels by the perinatal team monthly, weekly from 36 weeks and "
    "within 24 hours of delivery; the neonatal team examines the baby on day 1 for hypotonia and checks thyroid "
    "function; she bottle feeds, as lithium passes into milk.",
    "lithium results then creatinine and calcium; every lithium number plausible",
)
ok(
    "lv-lith-once-delivered",
    LV,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. Levels every 4 weeks now and weekly from 36 weeks; once she has "
    "delivered, the perinatal team takes a level within 24 hours and again at day 5, as fluid shifts after birth "
    "raise it. The paediatrician reviews the baby after birth for floppiness and thyroid problems; bottle feeding "
    "because lithium enters breast milk.",
    "'once she has delivered' as a time, levels after birth planned",
    cyr,
)
bad(
    "lv-lith-no-levels-after-delivery",
    LV,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. Levels every 4 weeks now and weekly from 36 weeks; no levels are "
    "taken after delivery. The paediatrician reviews the baby after birth for floppiness and thyroid problems; "
    "bottle feeding because lithium enters breast milk.",
    "levels ruled out after the birth, which the recommendations plan",
)
ok(
    "lv-lith-none-in-labour-but-after",
    LV,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. The perinatal team takes levels every 4 weeks, weekly from 36 "
    "weeks, and one within 24 hours of delivery; no level is needed during labour itself unless she is vomiting. "
    "The paediatrician sees the baby after birth for floppiness and thyroid function. Bottle feeding as lithium "
    "passes into milk.",
    "a level ruled out in labour only, the birth level kept",
)
bad(
    "lv-lith-blood-tests-after-birth-only",
    LV,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. No blood tests are needed until after the birth. The paediatrician "
    "sees the baby after birth for floppiness and thyroid function. Bottle feeding as lithium passes into milk.",
    "levels put off past the birth; none in pregnancy",
    zwj,
)
ok(
    "lv-lo-levels-results-and-plan",
    LV,
    "lo",
    "Lithium (Priadel) 800 mg at night continues: levels 0.62, 0.58 and 0.66 mmol/L since February, all in range. "
    "The perinatal team takes them every 4 weeks, weekly from 36 weeks and within 24 hours of birth. The "
    "paediatrician reviews the baby after birth; bottle feeding. The perinatal mental health team sees Rebecca in "
    "the first week after birth.",
    "the overall conclusion with a results list and the plan",
)
ok(
    "lv-lith-restart-weekly",
    LV,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. Levels monthly until 36 weeks, then weekly to delivery, then "
    "within 24 hours after birth, all by the perinatal psychiatrist; the dose is reviewed with each level. The "
    "neonatal team checks the baby at birth for tone, feeding and thyroid function. Formula feeding, as lithium "
    "passes into breast milk.",
    "a schedule across the birth",
)

# ---------------------------------------------------------------------------------------------------- ended
ok(
    "en-quet-basket-back-crib-now",
    EN,
    "quet",
    "Daniel's quetiapine 300 mg at night leaves him drowsy for hours, so he does no night feeds and never sleeps "
    "with the baby on a bed, sofa or armchair; Chloe does the nights. The borrowed moses basket went back on "
    "Sunday, and the baby now sleeps in the new next-to-me crib on Chloe's side. The HV checks the crib at each "
    "visit to 8 weeks.",
    "a thing the plan needs went back, its replacement named",
    cyr,
)
bad(
    "en-quet-crib-went-back",
    EN,
    "quet",
    "Daniel's quetiapine 300 mg at night leaves him drowsy for hours, so he does no night feeds and never sleeps "
    "with the baby on a bed, sofa or armchair; Chloe does the nights. The next-to-me crib went back to the shop on "
    "Sunday.",
    "the baby's sleeping place went back with nothing in its place",
)
ok(
    "en-dzp-cover-fell-through-carer",
    EN,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue, with a GP-led diazepam taper from the 6-week review. "
    "Both sedate Kayleigh, so she never sleeps with the baby on a bed, sofa or chair. Her sister's night cover "
    "fell through on 12 June, so the foster carer now does every night feed. The foster carer and HV watch for "
    "late withdrawal to day 8.",
    "the night cover fell through; who does it now is named",
)
bad(
    "en-dzp-cover-fell-through-bare",
    EN,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue, with a GP-led diazepam taper from the 6-week review. "
    "Both sedate Kayleigh. Her sister was to do the night feeds, but that night cover fell through on 12 June. "
    "The HV watches for late withdrawal to day 8.",
    "the night cover ended bare; the sedated mother's nights held by no one",
)
ok(
    "en-fo-obs-stopped-reason-hv",
    EN,
    "fo",
    "Diazepam and pregabalin continue, with a slow diazepam reduction by the GP from the 6-week review. Ward "
    "withdrawal scoring stopped on day 4 because every score was under 4; the foster carer and health visitor now "
    "watch at the placement until day 8. Both medicines sedate Kayleigh: no bed, sofa or chair sharing, and the "
    "foster carer does the night feeds.",
    "a watch ended for a stated reason, its replacement named",
    greek,
)
bad(
    "en-fo-obs-stopped-bare",
    EN,
    "fo",
    "Diazepam and pregabalin continue, with a slow diazepam reduction by the GP from the 6-week review. Ward "
    "withdrawal scoring was called off on day 4. Both medicines sedate Kayleigh: no bed, sofa or chair sharing, "
    "and the foster carer does the night feeds.",
    "the baby's watch called off with no watch after it to day 8",
)
ok(
    "en-meth-visit-cancelled-rebooked",
    EN,
    "meth",
    "Methadone 60 mg daily continues. The antenatal HV visit to see the cot was cancelled and rebooked for 14 April "
    "2026, when the HV sees the cot; Jodie is drowsy after her dose, so the baby never shares her bed or sofa. After "
    "birth the ward midwives score for NAS 4-hourly for at least 72 hours, and the HV checks for late signs to "
    "day 8. Breastfeeding encouraged.",
    "a visit called off and rebooked in the same sentence",
)
ok(
    "en-po-grandmother-went-home-chloe",
    EN,
    "po",
    "Chloe's paracetamol raises no concern for the baby. Daniel's quetiapine sedates him at night, so he does no "
    "night feeds and no bed, sofa or armchair sleeping with the baby. Chloe's mother did the first week of nights "
    "and went home on 25 May; Chloe now does the night feeds, with the baby in the crib beside her. The health "
    "visitor checks the crib at the 6-week visit.",
    "a helper's stay ended, who does the nights now said",
)
ok(
    "en-quet-cot-arrives",
    EN,
    "quet",
    "Daniel's quetiapine 300 mg at night makes him hard to wake, so he does no night feeds and never has the baby in "
    "the bed or on the sofa or armchair; Chloe does the nights. The loaned crib goes back once their own cot "
    "arrives on 2 June, and the baby then sleeps in that cot beside Chloe. The HV checks it at the 6-week visit.",
    "a return to come, with the replacement and its date",
)

# ---------------------------------------------------------------------------------------------------- more near misses
ok(
    "tk-mo-jodie-continues-both",
    TK,
    "mo",
    "Jodie continues methadone 60 mg daily and sertraline 100 mg daily, neither changed before delivery. For the "
    "baby: the ward midwives score withdrawal and adaptation signs every 4 hours for 72 hours; the HV checks for "
    "late signs to day 8; breastfeeding encouraged; no bed or sofa sharing as methadone makes her drowsy, and the "
    "HV sees the cot at the 36-week visit.",
    "the overall line opens on who takes them; the baby's plan follows",
    bidi,
)
ok(
    "tk-fo-kayleigh-takes-foster-carer-does",
    TK,
    "fo",
    "Kayleigh takes diazepam and pregabalin, both continued for now, with a GP-led diazepam taper from the 6-week "
    "review. The foster carer knows the signs of late withdrawal and watches for them with the HV until day 8; she "
    "does every night feed, and Kayleigh does not share a bed, sofa or chair with the baby. The social worker holds "
    "the plan under the interim care order.",
    "'knows the signs' followed by the act and the day",
)
ok(
    "cd-sert-unless-relapse-gp",
    CD,
    "sert",
    "Sertraline 100 mg daily continues unless her mood drops, in which case the GP sees her within a week and "
    "refers her to the perinatal mental health team. The ward midwife observes the baby for 48 hours after birth "
    "for jitteriness and poor feeding; breastfeeding on sertraline is supported.",
    "'unless ... in which case' with the act and time",
)
ok(
    "cd-cit-should-signs-persist",
    CD,
    "cit",
    "Citalopram 20 mg daily continues through pregnancy and breastfeeding. The midwife watches the baby for 48 hours "
    "after birth for jitteriness and fast breathing; should these persist beyond 48 hours, the paediatrician reviews "
    "the baby before discharge. Megan's GP reviews her mood at 6 weeks.",
    "'should ...' with its act",
    cyr,
)
bad(
    "cd-cit-should-signs-persist-hollow",
    CD,
    "cit",
    "Citalopram 20 mg daily. Should the baby show any signs after birth, these would be considered by the relevant "
    "team and acted on accordingly.",
    "the condition's consequence names no act",
)
ok(
    "gd-cit-sps-then-plan",
    GD,
    "cit",
    "The SPS guidance on SSRIs in pregnancy notes a small risk of neonatal adaptation, so the midwife observes "
    "Megan's baby for jitteriness, poor feeding and fast breathing for 48 hours after birth. Citalopram 20 mg daily "
    "continues, as stopping led to relapse; breastfeeding is supported; the GP reviews her mood at 6 weeks.",
    "guidance applied with 'so'",
)
ok(
    "gd-dzp-bnf-then-taper",
    GD,
    "dzp",
    "The BNF advises gradual withdrawal of benzodiazepines, so diazepam 5 mg three times a day is reduced slowly by "
    "the GP from the 6-week review; pregabalin 150 mg twice a day continues. Both sedate Kayleigh: she does not "
    "share a bed, sofa or chair with the baby and the foster carer does the night feeds. The foster carer and HV "
    "watch for late withdrawal until day 8.",
    "BNF advice quoted, then the taper and the baby's plan",
    zwsp,
)
ok(
    "rs-quet-because-sedation",
    RS,
    "quet",
    "Because quetiapine 300 mg at night leaves Daniel too sedated to wake reliably, he does no night feeds and never "
    "sleeps with the baby on a bed, sofa or armchair. Chloe does the nights with the baby in the next-to-me crib; "
    "the HV checks the crib at each visit to 8 weeks.",
    "the reason first, the night plan after",
)
bad(
    "rs-quet-because-to-be-agreed",
    RS,
    "quet",
    "Daniel's quetiapine 300 mg at night was carefully considered, because it sedates him heavily and because the "
    "baby is bottle fed at night; night-time arrangements are to be agreed at a later date.",
    "reasons for a decision put off",
)
ok(
    "rs-valp-because-seizures",
    RS,
    "valp",
    "Because her last seizure was only 14 months ago, sodium valproate 500 mg twice a day continues unchanged until "
    "neurology sees Hannah urgently. The baby was exposed in the first trimester, so the GP referred her today to "
    "fetal medicine for an early scan and the 20-week anomaly scan. Folic acid 5 mg started. Breastfeeding on "
    "valproate is usually possible.",
    "reasons before the decisions",
)
ok(
    "hd-po-hv-named",
    HD,
    "po",
    "Chloe's paracetamol raises no concern. Daniel's quetiapine sedates him at night: no night feeds and no bed, sofa "
    "or armchair with the baby for him; the baby sleeps in the crib by Chloe. Helen Marsh, the Millbrook health "
    "visitor, rechecks the crib at 6 weeks and 12 weeks.",
    "a named health visitor with times",
)
bad(
    "hd-po-services-will",
    HD,
    "po",
    "Chloe's paracetamol and Daniel's quetiapine. Services will support the family with night care and relevant "
    "professionals will keep the sleeping arrangements under review.",
    "held by no one a reader can name",
    greek,
)
ok(
    "hd-cit-midwife-on-leave-cover",
    HD,
    "cit",
    "Citalopram 20 mg daily continues. Her community midwife, Anna Bell, is on maternity leave from March; her "
    "cover, midwife Joy Park, watches the baby for 48 hours after birth for adaptation signs. Breastfeeding is "
    "supported. The GP reviews Megan's mood at 6 weeks.",
    "a holder away with the cover named",
)
ok(
    "ck-valp-ticked-with-content",
    CK,
    "valp",
    "Sodium valproate 500 mg bd. Continue until neurology: yes, never abruptly. Neurology referral - sent today, "
    "urgent. Fetal medicine - referred today for an early scan and the 20-week anomaly scan. Folic acid 5 mg - "
    "started today. Breastfeeding - usually possible on valproate.",
    "items marked sent or started, each with what",
)
bad(
    "ck-valp-ticked-only",
    CK,
    "valp",
    "Sodium valproate 500 mg bd. Neurology - done. Fetal medicine - done. Folic acid - done. Breastfeeding - "
    "discussed. Risk form - done.",
    "items only marked done",
)
ok(
    "tm-dzp-day-numbers",
    TM,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue; the GP starts a slow diazepam reduction at the 6-week "
    "review. Both sedate Kayleigh, so no bed, sofa or chair sharing, and the foster carer does the night feeds. The "
    "HV visits the placement on day 10 and the foster carer watches for late withdrawal until day 8, calling the GP "
    "the same day if she sees tremor or poor feeding.",
    "day numbers and 'the same day'",
)
ok(
    "tm-sert-fortnight",
    TM,
    "sert",
    "Sertraline 100 mg daily continues. The ward midwife observes the baby for 48 hours after birth for "
    "jitteriness, poor feeding and fast breathing; breastfeeding is supported. The perinatal mental health nurse "
    "phones Jodie a fortnight after birth and the GP sees her at 6 weeks.",
    "'a fortnight after birth' as a time",
)
ok(
    "ps-quet-passive-agents",
    PS,
    "quet",
    "Daniel's quetiapine 300 mg at night will be continued by his psychiatrist. The night feeds will be done by "
    "Chloe, and the baby will be settled in the next-to-me crib beside her, never in the bed or on the sofa with "
    "Daniel, who is heavily sedated after his dose. The crib will be checked by the HV at each visit to 8 weeks.",
    "passives with agents",
)
bad(
    "ps-quet-passive-no-agents",
    PS,
    "quet",
    "Daniel's quetiapine 300 mg at night will be continued. Night feeds will be arranged, the sleeping place will "
    "be checked and safe sleep will be reinforced.",
    "passives with no one and no time",
)
ok(
    "hg-valp-options-weighed",
    HG,
    "valp",
    "Options weighed: lamotrigine; levetiracetam; and staying on sodium valproate until the neurologist decides. "
    "Outcome: valproate 500 mg twice a day continues until the urgent neurology review, never stopped abruptly. "
    "The GP referred Hannah today to fetal medicine for an early scan and the 20-week anomaly scan, as the baby was "
    "exposed in the first trimester. Folic acid 5 mg started. Breastfeeding is usually possible on valproate.",
    "options listed across semicolons, then the outcome",
)
ok(
    "hg-cit-not-started",
    HG,
    "cit",
    "Not started: mirtazapine; sertraline (she preferred to stay on what works). Plan: citalopram 20 mg once daily "
    "continues; the midwife observes the baby for 48 hours after birth for jitteriness and feeding problems; "
    "breastfeeding supported; GP reviews her mood at 6 weeks.",
    "a 'Not started:' heading before the plan",
    fw,
)
bad(
    "hg-cit-plan-awaiting",
    HG,
    "cit",
    "Background: citalopram 20 mg since 2024, two relapses on stopping, now stable, well supported at home, "
    "attending all antenatal appointments. Plan: awaiting the perinatal team's advice.",
    "history, and a plan that only waits",
)
ok(
    "ds-n-two-grams-night",
    DS,
    "ndose",
    "1 g at 8am, 2pm and 10pm when needed (3 g a day at most)",
    "times of day and a daily total under the maximum",
)
bad(
    "ds-n-one-gram-six-times",
    DS,
    "ndose",
    "1 g six times a day when needed for perineal pain",
    "six doses of 1 g is 6 g a day",
)
ok(
    "ad-quet-advice-given-and-leaflet",
    AD,
    "quet",
    "Safe sleep advice given and the Lullaby Trust leaflet left: Daniel, sedated by quetiapine 300 mg at night, "
    "does no night feeds and never sleeps with the baby on a bed, sofa or armchair; the baby sleeps on its back in "
    "the crib by Chloe, who does the nights. HV checks the crib at 6 weeks.",
    "advice given with a leaflet, and the advice said",
)
bad(
    "ad-po-advice-not-given",
    AD,
    "po",
    "Chloe's paracetamol raises no concern. Daniel's quetiapine makes him drowsy at night. Safe sleep advice not "
    "given. The health visitor rechecks the crib at 6 weeks.",
    "not given, as a fact, under the father's sedating medicine",
)
ok(
    "lv-lith-results-lithium-then-egfr",
    LV,
    "lith",
    "Levels on Priadel 800 mg nocte: lithium 0.7 mmol/L in March and 0.68 mmol/L in April; eGFR 104 and sodium "
    "141 mmol/L. The dose continues; the perinatal psychiatrist takes lithium levels monthly, weekly from 36 weeks "
    "and within 24 hours of birth. The neonatal team reviews the baby at birth for floppiness and thyroid problems; "
    "bottle feeding as lithium passes into milk.",
    "eGFR and sodium after the lithium results",
)
bad(
    "lv-lith-levels-start-postnatal",
    LV,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. Levels start at the postnatal check. The paediatrician reviews "
    "the baby after birth for floppiness and thyroid problems; bottle feeding, as lithium passes into milk.",
    "levels begun only after the birth",
)
ok(
    "en-dzp-respite-ended-replaced",
    EN,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue; GP tapers diazepam from the 6-week review. Both sedate "
    "Kayleigh: no bed, sofa or chair sharing. The respite carer who was to do two nights a week withdrew and was "
    "replaced by a second foster carer from the same agency, who now does those nights; the main foster carer does "
    "the rest. Foster carers and HV watch for late withdrawal to day 8.",
    "a carer withdrew and was replaced in the same sentence",
)
ok(
    "en-quet-review-cancelled-rebooked",
    EN,
    "quet",
    "Daniel's quetiapine 300 mg at night sedates him, so he does no night feeds and never sleeps with the baby on a "
    "bed, sofa or armchair; Chloe does the nights, the baby in the crib by her bed. The HV crib check on 26 May was "
    "cancelled and rebooked for 4 June.",
    "a check cancelled and rebooked",
    zwj,
)
bad(
    "en-quet-review-cancelled-bare",
    EN,
    "quet",
    "Daniel's quetiapine 300 mg at night sedates him. The plan for Chloe to do the night feeds was called off last "
    "week. The HV crib check on 26 May was cancelled.",
    "the night plan and the check called off with nothing instead",
)

# ---------------------------------------------------------------------------------------------------- a last round
ok(
    "tk-quet-dad-takes-shorthand",
    TK,
    "quet",
    "Dad (Daniel) takes quetiapine 300 mg nocte - v drowsy for ~6 h after. Plan: no night feeds by Dad; no bed, sofa "
    "or armchair sleeping with baby for him; Mum (Chloe) does nights; baby in next-to-me crib on Mum's side; HV to "
    "recheck crib at 6/52.",
    "shorthand, the taker first, the plan after",
)
ok(
    "cd-dzp-if-too-drowsy-carer-takes-over",
    CD,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue, with a GP-led diazepam taper from the 6-week review. If "
    "Kayleigh is too drowsy to feed safely during the day, the foster carer takes over that feed; at night the "
    "foster carer does every feed. No bed, sofa or chair sharing for Kayleigh. Foster carer and HV watch for late "
    "withdrawal to day 8.",
    "a daytime condition with its own plan",
)
ok(
    "gd-meth-uktis-then-plan",
    GD,
    "meth",
    "Per UKTIS, methadone in pregnancy carries a risk of neonatal abstinence syndrome, so Jodie's baby stays on the "
    "postnatal ward for at least 72 hours with NAS scores every 4 hours by the midwives, and the HV visits on days "
    "5 and 8 for late signs. Methadone 60 mg daily continues. Breastfeeding encouraged. No bed or sofa sharing, as "
    "she is drowsy after her dose; the HV sees the cot before the birth.",
    "'Per UKTIS' with the plan that follows",
)
ok(
    "hd-meth-drug-service-the-team",
    HD,
    "meth",
    "Methadone 60 mg daily continues; the Hampton drug and alcohol service prescribes it, and the team will review "
    "the dose at 36 weeks and again in the first week after birth. The ward midwives score the baby for NAS every "
    "4 hours for 72 hours, then the HV watches to day 8. Breastfeeding encouraged; no bed or sofa sharing, as Jodie "
    "is drowsy after her dose.",
    "'the team' after the text named its service, with times",
    greek,
)
ok(
    "tm-cit-next-antenatal",
    TM,
    "cit",
    "Citalopram 20 mg od continues, as stopping led to relapse twice. Midwife to observe the baby for 48 h after "
    "birth for jitteriness, poor feeding and fast breathing. Breastfeeding supported. Megan's mood is reviewed by "
    "the community midwife at the next antenatal appointment, at 34 weeks, and by the GP at 6 weeks after birth.",
    "the next appointment with its week",
)
ok(
    "ps-valp-passive-agents",
    PS,
    "valp",
    "Sodium valproate 500 mg twice daily will be continued unchanged until Hannah is seen by the neurologist within "
    "2 weeks; it will not be stopped abruptly. The baby's first-trimester exposure will be assessed by fetal "
    "medicine with an early scan and the 20-week anomaly scan, referred by the GP today. Folic acid 5 mg daily has "
    "been started. Breastfeeding on valproate will be supported by the midwife.",
    "passives with agents and times for a teratogen",
)
ok(
    "hg-dzp-stopped-list-semicolons",
    HG,
    "dzp",
    "Stopped: zopiclone 7.5 mg; co-codamol 30/500; and amitriptyline 10 mg, all before the birth. Continuing: "
    "diazepam 5 mg tds and pregabalin 150 mg bd, the GP tapering diazepam from the 6-week review. Both sedate "
    "Kayleigh, so no bed, sofa or chair sharing and the foster carer does the night feeds. Foster carer and HV "
    "watch for late withdrawal to day 8.",
    "a 'Stopped:' list of three sedating medicines across semicolons",
    cyr,
)
bad(
    "hg-dzp-continuing-zopiclone-unlisted",
    HG,
    "dzp",
    "Continuing: diazepam 5 mg tds, pregabalin 150 mg bd and zopiclone 7.5 mg at night, the GP tapering diazepam "
    "from the 6-week review. All three sedate Kayleigh, so no bed, sofa or chair sharing and the foster carer does "
    "the night feeds. Foster carer and HV watch for late withdrawal to day 8.",
    "zopiclone taken now and missing from the medicine list",
)
ok(
    "hg-meth-previous-espranor",
    HG,
    "meth",
    "Previous medicines: Espranor 8 mg (2022); Subutex 12 mg (2023); and dihydrocodeine, bought, stopped 2023. "
    "Methadone 60 mg daily continues. After birth the ward midwives score the baby for NAS 4-hourly for at least "
    "72 hours and the HV looks for late signs to day 8. Breastfeeding encouraged. Jodie is drowsy post-dose: no bed "
    "or sofa sharing; the HV sees the cot at the first visit.",
    "brands under a 'Previous medicines:' heading",
)
ok(
    "ds-p-every-six-hours",
    DS,
    "pdose",
    "1 g every 6 hours if needed (no more than four doses in 24 hours)",
    "every 6 hours is four doses, 4 g",
)
ok(
    "ad-quet-grandmother-to-be-given",
    AD,
    "quet",
    "Safe sleep advice was given to Daniel and Chloe on 28 May; it has not been given to Daniel's mother, who "
    "babysits on Saturdays, and the HV gives it to her on 6 June. Daniel's quetiapine 300 mg at night sedates him: "
    "no night feeds and no bed, sofa or armchair with the baby for him; Chloe does the nights with the baby in the "
    "crib beside her.",
    "advice not given to a named person, with when it will be",
)
ok(
    "ad-fo-advice-given-ward-list",
    AD,
    "fo",
    "Diazepam and pregabalin continue, with a GP-led diazepam taper from the 6-week review. Safe sleep advice given "
    "on the ward to Kayleigh and the foster carer: baby on her back in the placement cot, never in a bed or on a "
    "sofa or chair with Kayleigh, who is sedated by both; the foster carer does the night feeds. The HV and foster "
    "carer watch for late withdrawal to day 8.",
    "'advice given' with the advice listed after a colon",
    bidi,
)
ok(
    "lv-lith-no-extra-tests",
    LV,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. No extra blood tests are needed beyond the usual schedule: "
    "levels every 4 weeks, weekly from 36 weeks and within 24 hours of birth, taken by the perinatal team. The "
    "paediatrician checks the baby after birth for floppiness and thyroid function; bottle feeding, as lithium "
    "passes into breast milk.",
    "'no extra blood tests' followed by the schedule kept",
)
ok(
    "lv-lith-level-toxic-acted",
    LV,
    "lith",
    "Lithium (Priadel) 800 mg at night continues; her level was 1.3 mmol/L on 20 April 2026 after vomiting and 0.7 "
    "mmol/L on 27 April after rehydration. The perinatal psychiatrist takes levels every 4 weeks, weekly from 36 "
    "weeks and within 24 hours of birth. The paediatrician reviews the baby after birth for floppiness and thyroid "
    "problems; bottle feeding, as lithium passes into milk.",
    "a high but possible level, acted on",
)
ok(
    "en-fo-scoring-ended-as-planned",
    EN,
    "fo",
    "Diazepam and pregabalin continue; the GP reduces diazepam slowly from the 6-week review. NAS scoring on the "
    "ward ended at 72 hours as planned, all scores low; the foster carer and health visitor now watch for late "
    "signs at the placement until day 8. No bed, sofa or chair sharing for Kayleigh, who is sedated by both; the "
    "foster carer does the night feeds.",
    "a watch ended as planned, with the watch that follows",
)
ok(
    "en-dzp-aunt-pulled-out-carer",
    EN,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue, GP taper of diazepam from the 6-week review. Kayleigh's "
    "aunt was to do two nights a week but has pulled out; the foster carer now does every night feed. No bed, "
    "sofa or chair sharing for Kayleigh, as both medicines sedate her. Foster carer and HV watch for late "
    "withdrawal to day 8.",
    "a helper pulled out, the replacement named",
    fw,
)
bad(
    "en-dzp-aunt-pulled-out-bare",
    EN,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue, GP taper of diazepam from the 6-week review. Kayleigh's "
    "aunt was to do the night feeds but has pulled out. Foster carer and HV watch for late withdrawal to day 8.",
    "the night cover pulled out; the sedated mother's nights held by no one",
)
ok(
    "rs-fo-since-as",
    RS,
    "fo",
    "As a sudden stop risks withdrawal fits, diazepam and pregabalin continue, with the GP reducing diazepam slowly "
    "from the 6-week review. Since both sedate Kayleigh, she does not share a bed, sofa or chair with the baby and "
    "the foster carer does the night feeds. The HV and foster carer watch for late withdrawal to day 8; the social "
    "worker holds the plan.",
    "'as' and 'since' reasons before decisions",
)

if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F147CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F147CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F147CASES):3}"
    )
