"""A hundredth independent "fresh" batch of red-team cases for the share gate: the adversary, seventeenth
round, in fluent clinical register, with strategies no earlier round used.

Written from the issue, docs/rules.md, README.md and the examples, not from the gate's code or its word lists.
Each refusing case is a conclusion that reads like clinical work and decides nothing for this mother and baby;
most have a near-miss twin that differs by the one thing that makes it substantive (must pass):

* ``guideline``: the whole conclusion is guidance quoted or paraphrased ("NICE advises ..., the BNF states
  ...") with nothing of this mother;
* ``list-restated``: the medicine list restated as if it were the plan ("Methadone 60 mg daily.");
* ``times-only``: times and days with no act ("Day 3, 6 weeks, 12 weeks.");
* ``wrong-time``: acts told as done at a time the record's stage makes impossible (an antenatal record whose
  baby "was observed on the ward");
* ``rare-deferral``: deferral words earlier rounds did not try (in abeyance, parked, on hold, TBA, once known);
* ``letter-to-mother``: a letter telling the mother what she "should" do, with no professional plan;
* ``pointer``: "see attached", "as per the letter of ...", "refer to the care plan" in place of a conclusion;
* ``vague-actor``: the only actor is "someone", "the team", "services", "whoever is on";
* ``lay-watcher``: a grandmother or neighbour as the only watcher of withdrawal or sedation;
* ``self-contradiction``: a dose or frequency contradicted inside the conclusion;
* ``wrong-medicine``: a plan for a medicine the assessment does not cover, none for the one it does;
* ``deontic``: softened obligation ("should ideally be considered", "it may be prudent to think about");
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens,
  bidi marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (no medicine is added).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh100_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import PASS, REFUSE, C, Case, Expect, F, L, M, Mutation, P, V, set_
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F100CASES: list[Case] = []

CATEGORIES = (
    "guideline",
    "list-restated",
    "times-only",
    "wrong-time",
    "rare-deferral",
    "letter-to-mother",
    "pointer",
    "vague-actor",
    "lay-watcher",
    "self-contradiction",
    "wrong-medicine",
    "deontic",
    "disguise",
)

GL, LR, TO, WT, RD, LM, PT, VA, LW, SC, WM, DO, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F100CASES.append(Case(f"f100-{name}", category, expect, base, mutate, why))


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
    return inside_words(text, "\u200d", every=2)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=3)


def bidi(text: str) -> str:
    return " ".join(f"\u200e{word}\u200f" for word in text.split(" "))


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


# ============================================================================================================
# guideline: guidance quoted or paraphrased, nothing of this mother. Refuse; twins apply it to her.

bad(
    "gl-meth-nice-bnf",
    GL,
    "meth",
    "NICE advises that opioid-dependent women are maintained on substitution treatment through pregnancy. "
    "The BNF states that methadone may cause neonatal withdrawal and that breastfeeding is acceptable at "
    "stable doses. UNICEF Baby Friendly recommends against bed-sharing after sedating drugs.",
    "three bodies quoted; not one word of what happens for Jodie or her baby",
    cyr,
)
ok(
    "gl-meth-nice-applied",
    GL,
    "meth",
    "In line with NICE, Jodie stays on methadone 60 mg daily through pregnancy. Her baby will be scored for "
    "withdrawal on the postnatal ward for at least 72 hours; breastfeeding is encouraged as her dose is "
    "stable. Methadone sedates her, so no bed-sharing: the HV will see the Moses basket at the primary visit.",
    "twin: the guideline applied, each act owned",
)
bad(
    "gl-lith-mbrrace-nice",
    GL,
    "lith",
    "According to NICE CG192, lithium should be continued in women at high risk of relapse, with more "
    "frequent serum levels in the third trimester. The SPS guidance says lithium is not recommended during "
    "breastfeeding. The RCPsych leaflet notes a small risk of cardiac anomalies.",
    "paraphrased guidance; no decision about Rebecca, her levels or her baby's review",
)
ok(
    "gl-lith-cg192-for-rebecca",
    GL,
    "lith",
    "As CG192 advises for a woman at her relapse risk, Rebecca continues lithium 800 mg nocte. Serum levels "
    "4-weekly, weekly from 36/40 and within 24 h of delivery, arranged by the obstetric team. The baby is "
    "reviewed by paeds for tone, feeding and thyroid function; she will formula feed as lithium enters milk.",
    "twin: guidance as the reason, plan for her",
)
bad(
    "gl-valp-mhra-ppp",
    GL,
    "valp",
    "The MHRA states that valproate must not be used in pregnancy unless no other treatment is suitable, and "
    "that women must not stop it without specialist advice. The FSRH guidance describes the Pregnancy "
    "Prevention Programme and the annual risk acknowledgement form.",
    "regulator text restated; the exposed pregnancy and its referrals not addressed",
    shy,
)
ok(
    "gl-valp-mhra-then-action",
    GL,
    "valp",
    "The MHRA warning applies now: Hannah is 8 weeks pregnant on valproate. She must not stop it herself; "
    "an urgent neurology referral went today to decide on switching. Her baby has had first-trimester "
    "exposure, so a detailed anomaly scan is being booked via fetal medicine. Folic acid 5 mg daily started.",
    "twin: the warning turned into her plan",
)
bad(
    "gl-quet-lullaby-trust",
    GL,
    "quet",
    "The Lullaby Trust advises that parents who have taken medication that makes them drowsy should not "
    "share a bed or sofa with their baby. The BNF lists quetiapine as causing somnolence.",
    "guidance for parents in general; the father, the night feeds and the crib not mentioned",
)
ok(
    "gl-quet-lullaby-for-daniel",
    GL,
    "quet",
    "Following Lullaby Trust advice, Daniel must never share a bed or sofa with the baby after his "
    "quetiapine 300 mg, which leaves him hard to rouse; Chloe does all night feeds and the HV checks the "
    "crib at each visit until 8 weeks.",
    "twin: the advice made his rule",
    greek,
)
bad(
    "gl-co-nice-ssri",
    GL,
    "co",
    "National guidance: SSRIs such as citalopram are associated with persistent pulmonary hypertension of "
    "the newborn and poor neonatal adaptation; the BNF advises caution and monitoring of the infant.",
    "a monograph line, not an overall conclusion for Megan",
)

# ============================================================================================================
# list-restated: the medicine list restated as if it were the plan. Refuse; twins add what follows.

bad(
    "lr-mo-two-lines",
    LR,
    "mo",
    "Methadone 1mg/ml oral solution 60 mg daily, supervised. Sertraline 50 mg tablets, 100 mg once daily.",
    "the list pasted in; no withdrawal, feeding or sleep decision",
)
ok(
    "lr-mo-two-lines-with-plan",
    LR,
    "mo",
    "Methadone 60 mg daily (supervised) and sertraline 100 mg daily both continue unchanged. The baby stays "
    "72 h on the postnatal ward for NAS scoring, which also covers SSRI adaptation; breastfeeding supported. "
    "No co-sleeping due to methadone sedation: SW and HV to see the cot before discharge.",
    "twin: the same list, then what follows",
)
bad(
    "lr-lith-priadel-line",
    LR,
    "lith",
    "Lithium carbonate 400 mg MR (Priadel) - two tablets (800 mg) at night. Brand prescribing. Last level 0.7.",
    "dose line and a level; nothing for the baby or delivery",
    bidi,
)
ok(
    "lr-lith-priadel-line-plan",
    LR,
    "lith",
    "Lithium (Priadel) 800 mg at night continues; last level 0.7, in range. Repeat levels monthly and weekly "
    "from 36/40; the labour ward checks a level within 24 hours of delivery. Neonatal review for lithium "
    "toxicity before discharge; bottle feeding agreed.",
    "twin: dose, then decisions",
)
bad(
    "lr-dzp-list-lines",
    LR,
    "dzp",
    "Diazepam 5 mg tablets - 5 mg tds. Pregabalin 75 mg capsules - 150 mg bd. Both on repeat.",
    "the repeat list; sedation, night care and withdrawal not addressed",
)
ok(
    "lr-dzp-list-lines-plan",
    LR,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd stay on repeat for now; the GP starts a slow diazepam "
    "taper at the 6-week review. Both sedate Kayleigh, so she never sleeps with the baby on a bed or sofa "
    "and the foster carer does all night feeds. HV checks for late withdrawal signs to day 8.",
    "twin: the list with the plan",
)
bad(
    "lr-cit-one-line",
    LR,
    "cit",
    "Citalopram 20 mg tablets, one each morning, 28 days supply, on repeat.",
    "a prescription line in the conclusion box",
    fw,
)
ok(
    "lr-cit-one-line-plan",
    LR,
    "cit",
    "Citalopram 20 mg each morning continues through pregnancy; it is compatible with breastfeeding. The "
    "midwife observes the baby for poor neonatal adaptation (jitters, fast breathing, poor feeds) for the "
    "first 48 h.",
    "twin: the line and what follows",
)
bad(
    "lr-quet-he-takes",
    LR,
    "quet",
    "Partner: quetiapine 100 mg tablets, three at night (300 mg). Mother: paracetamol 500 mg prn.",
    "both lists restated; nothing about co-sleeping or night care",
)

# ============================================================================================================
# times-only: times with no act. Refuse; twins attach the act to each time.

bad(
    "to-meth-days",
    TO,
    "meth",
    "Methadone: day 1, day 3, day 5, day 8. 6 weeks. 12 weeks.",
    "a list of times; nobody does anything at any of them",
)
ok(
    "to-meth-days-with-acts",
    TO,
    "meth",
    "Methadone 60 mg continues. Day 1-3: NAS scoring 4-hourly on the postnatal ward. Day 5 and day 8: the "
    "community midwife looks for late withdrawal. 6 weeks: the GP reviews her dose. Breastfeeding "
    "encouraged; no co-sleeping because of sedation.",
    "twin: each time has its act and actor",
)
bad(
    "to-lith-weeks",
    TO,
    "lith",
    "Lithium - 28/40, 32/40, 34/40, 36/40, 37/40, 38/40, 39/40, 40/40; 24 h; day 5.",
    "gestations with no act",
    zwsp,
)
ok(
    "to-lith-weeks-with-acts",
    TO,
    "lith",
    "Lithium continues. Serum level at 28, 32 and 34/40, then weekly from 36/40; a level within 24 h of "
    "birth; the paediatrician reviews the baby's tone, feeding and thyroid on day 1. She will bottle feed "
    "because lithium passes into milk.",
    "twin: levels and review at the times",
)
bad(
    "to-dzp-timetable",
    TO,
    "dzp",
    "Diazepam and pregabalin: 08:00, 14:00, 22:00. Days 1-8. Week 6.",
    "a timetable with no acts",
)
ok(
    "to-dzp-timetable-acts",
    TO,
    "dzp",
    "Diazepam and pregabalin doses at 08:00, 14:00 and 22:00: she is most drowsy after the 22:00 dose, so "
    "the foster carer does all night feeds and the baby sleeps in its own cot. HV looks for withdrawal on "
    "days 1-8; GP starts the diazepam taper at week 6.",
    "twin: the times explain the plan",
)
bad(
    "to-valp-dates",
    TO,
    "valp",
    "Valproate: 20/05, 27/05, 10/06, 12/40, 20/40.",
    "dates and gestations alone",
)
ok(
    "to-valp-dates-acts",
    TO,
    "valp",
    "Valproate continues; she must not stop it. Neurology sees her urgently by 27/05 to decide on switching; "
    "the baby's first-trimester exposure means a nuchal scan at 12/40 and a detailed fetal medicine anomaly "
    "scan at 20/40. Folic acid 5 mg daily started.",
    "twin: each date has an act",
    cyr,
)
bad(
    "to-po-times",
    TO,
    "po",
    "Quetiapine 22:00. Paracetamol prn. HV: 10 days, 6-8 weeks, 3-4 months.",
    "dose times and contact times; no safe-sleep rule for the father",
)

# ============================================================================================================
# wrong-time: acts told as done at a time the stage makes impossible. Refuse; twins plan them.

bad(
    "wt-meth-observed-on-ward",
    WT,
    "meth",
    "Methadone 60 mg daily continued. The baby was observed on the postnatal ward for 72 hours and scored "
    "well; breastfeeding was established and the cot was checked at the home visit.",
    "an antenatal record at 29 weeks telling the baby's postnatal care as done",
    greek,
)
ok(
    "wt-meth-will-be-observed",
    WT,
    "meth",
    "Methadone 60 mg daily continues. After birth the baby will be observed on the postnatal ward for at least "
    "72 hours with NAS scoring; breastfeeding will be supported and the HV will check the cot at the first "
    "home visit because methadone sedates her.",
    "twin: the same acts, planned",
)
bad(
    "wt-lith-level-taken-after-delivery",
    WT,
    "lith",
    "Lithium continued at 800 mg. Level taken 12 hours after delivery was 0.6; the paediatrician reviewed "
    "the baby on day 1 and found no toxicity; bottle feeding was established.",
    "at 24 weeks nothing after delivery has happened",
)
ok(
    "wt-lith-level-after-delivery-planned",
    WT,
    "lith",
    "Lithium 800 mg continues. A level will be taken within 12 hours of delivery; the paediatrician will "
    "review the baby on day 1 for toxicity (floppiness, poor feeding, thyroid); bottle feeding planned, as "
    "lithium passes into milk.",
    "twin: planned",
)
bad(
    "wt-cit-adaptation-watched",
    WT,
    "cit",
    "Citalopram 20 mg continued. The midwife watched the baby for 48 hours after birth and saw no "
    "jitteriness; breastfeeding went well.",
    "at 32 weeks the baby is not born; its 48 hours cannot be over",
)
ok(
    "wt-cit-adaptation-to-watch",
    WT,
    "cit",
    "Citalopram 20 mg continues. The midwife will watch the baby for 48 hours after birth for jitteriness and "
    "feeding difficulty; breastfeeding is supported on citalopram.",
    "twin: to watch",
)
bad(
    "wt-valp-anomaly-scan-normal",
    WT,
    "valp",
    "Valproate continued until neurology review. The 20-week anomaly scan was normal and the baby was born "
    "without malformation; folic acid was taken throughout.",
    "at 8 weeks no 20-week scan or birth has happened",
)
ok(
    "wt-valp-anomaly-scan-booked",
    WT,
    "valp",
    "Valproate continues until urgent neurology review; she must not stop it. Because of first-trimester "
    "exposure, the 20-week anomaly scan will be done by fetal medicine and the baby reviewed by a "
    "paediatrician after birth. Folic acid 5 mg daily continues to 12 weeks.",
    "twin: booked",
)
bad(
    "wt-dzp-taper-done",
    WT,
    "dzp",
    "Diazepam was tapered to stop over 12 weeks and pregabalin withdrawn; the baby had no withdrawal and "
    "slept in its own cot throughout the first year.",
    "a postnatal record days after birth telling a 12-week taper and the first year as done",
)

# ============================================================================================================
# rare-deferral: deferral words earlier rounds did not try. Refuse; twins use them beside a real plan.

bad(
    "rd-meth-in-abeyance",
    RD,
    "meth",
    "Methadone: the plan for the baby's observation, feeding and sleep is held in abeyance until the "
    "professionals' meeting has sat.",
    "in abeyance: nothing decided",
    shy,
)
ok(
    "rd-meth-abeyance-only-taper",
    RD,
    "meth",
    "Methadone 60 mg daily continues; any taper is in abeyance until after birth. The baby has 72 hours of "
    "NAS scoring on the postnatal ward, breastfeeding is encouraged and there is to be no co-sleeping, which "
    "the HV will check.",
    "twin: only the taper waits; the baby's plan is made",
)
bad(
    "rd-lith-parked",
    RD,
    "lith",
    "Lithium - parked for now. Delivery plan, levels and baby review TBA.",
    "parked and TBA",
)
ok(
    "rd-lith-parked-switch-question",
    RD,
    "lith",
    "Lithium 800 mg continues; the idea of switching to an antipsychotic is parked, as she is stable. Levels "
    "monthly, weekly from 36/40, within 24 h of birth; paediatric review of the baby; bottle feeding.",
    "twin: an option parked, the plan made",
)
bad(
    "rd-valp-on-hold",
    RD,
    "valp",
    "Valproate: all decisions regarding the pregnancy on hold subject to review once the neurology opinion is known.",
    "on hold, subject to review, once known",
    cyr,
)
ok(
    "rd-valp-on-hold-switch",
    RD,
    "valp",
    "Valproate 500 mg bd continues; the switch to another antiepileptic is on hold until neurology sees her "
    "this week, as she must not stop abruptly. First-trimester exposure: fetal medicine scan booked. Folic "
    "acid 5 mg daily started today.",
    "twin: one decision on hold beside a real plan",
)
bad(
    "rd-dzp-to-follow",
    RD,
    "dzp",
    "Diazepam and pregabalin - conclusion to follow once the placement and contact arrangements are known.",
    "to follow once known",
)
ok(
    "rd-dzp-to-follow-contact",
    RD,
    "dzp",
    "Diazepam and pregabalin both sedate Kayleigh: she must not sleep with the baby on a bed or sofa, and "
    "the foster carer does night feeds. Late withdrawal possible to day 8, which the carer and HV watch for. "
    "Contact arrangements to follow from the social worker.",
    "twin: only contact logistics follow",
)
bad(
    "rd-quet-awaiting",
    RD,
    "quet",
    "Father's quetiapine: safe sleep plan awaiting his psychiatrist's input; interim position TBC.",
    "awaiting, TBC",
)
bad(
    "rd-co-pending-booking",
    RD,
    "co",
    "Citalopram - pending booking bloods and mental health screen; plan to be confirmed at 34/40.",
    "pending and to be confirmed",
)

# ============================================================================================================
# letter-to-mother: "you should" with no professional plan. Refuse; twins add the professionals' part.

bad(
    "lm-meth-dear-jodie",
    LM,
    "meth",
    "Dear Jodie, you should keep taking your methadone every day, you should try to breastfeed and you "
    "should not sleep with your baby in your bed. Best wishes, Dr Shah.",
    "advice to the mother; no observation plan for the baby, no professional act",
)
ok(
    "lm-meth-dear-jodie-with-plan",
    LM,
    "meth",
    "Dear Jodie, keep taking methadone 60 mg every day. After birth the ward midwives will check your baby "
    "for withdrawal for at least 72 hours; breastfeeding is encouraged. Do not sleep with your baby in your "
    "bed; your health visitor will look at the cot at the first visit. Dr Shah.",
    "twin: the letter carries the midwives' and HV's part",
)
bad(
    "lm-lith-you-should",
    LM,
    "lith",
    "Rebecca, you should carry on with your lithium, drink plenty of fluids and tell your midwife if you "
    "feel unwell. You should think about how you want to feed your baby.",
    "advice to her; no levels, no baby review, feeding left to her",
    fw,
)
ok(
    "lm-lith-you-and-us",
    LM,
    "lith",
    "Rebecca, carry on with lithium 800 mg at night. We will check your level every month, weekly from 36 "
    "weeks and within 24 hours of the birth; a paediatrician will check your baby after birth. Because "
    "lithium passes into breast milk you have chosen to bottle feed.",
    "twin: 'we will' and the paediatrician act",
)
bad(
    "lm-quet-tell-daniel",
    LM,
    "quet",
    "Chloe, you should remind Daniel to take his quetiapine at bedtime and you should both try to get some "
    "rest when the baby sleeps.",
    "advice to the mother about the father; the sedation risk to the baby never addressed",
)
ok(
    "lm-quet-tell-daniel-plan",
    LM,
    "quet",
    "Chloe and Daniel: after Daniel's quetiapine at bedtime he is too sleepy to care for the baby safely, so "
    "he must not share a bed or sofa with the baby or do night feeds; Chloe does the nights. Your health "
    "visitor will check the crib at each visit.",
    "twin: the rule and the HV's check",
)
bad(
    "lm-dzp-kayleigh-should",
    LM,
    "dzp",
    "Kayleigh, you should take your diazepam and pregabalin as prescribed and you should ask for help if you "
    "feel sleepy when you see your baby.",
    "advice to her only; carer's nights, withdrawal watch and taper absent",
    zwsp,
)

# ============================================================================================================
# pointer: "see attached", "as per the letter of", "refer to the care plan". Refuse; twins say it too.

bad(
    "pt-meth-see-attached",
    PT,
    "meth",
    "Methadone - see attached pre-birth planning document for the neonatal, feeding and sleep plan.",
    "see attached",
)
ok(
    "pt-meth-attached-and-said",
    PT,
    "meth",
    "Methadone 60 mg daily continues. The baby will be scored for NAS for 72 hours on the postnatal ward; "
    "breastfeeding supported; no co-sleeping because of sedation, HV to check the cot. The pre-birth planning "
    "document is attached for detail.",
    "twin: the plan, with the attachment as extra",
)
bad(
    "pt-lith-as-per-letter",
    PT,
    "lith",
    "Lithium: as per the perinatal psychiatry letter of 28 April, which sets out levels, delivery and the "
    "baby's review.",
    "as per the letter of a date",
    greek,
)
ok(
    "pt-lith-as-per-letter-said",
    PT,
    "lith",
    "As in the perinatal psychiatry letter of 28 April: lithium 800 mg continues, levels weekly from 36/40 "
    "and within 24 h of delivery, a paediatric review of the baby for tone, feeding and thyroid, and bottle "
    "feeding as lithium passes into milk.",
    "twin: the letter's content written here",
)
bad(
    "pt-dzp-refer-care-plan",
    PT,
    "dzp",
    "Diazepam and pregabalin: please refer to the child's care plan held by the local authority.",
    "refer to the care plan",
)
ok(
    "pt-dzp-care-plan-and-said",
    PT,
    "dzp",
    "Diazepam and pregabalin continue and both sedate Kayleigh: no bed or sofa sharing and no feeding lying "
    "down; the foster carer does night feeds and watches for late withdrawal to day 8 with the HV. This "
    "matches the local authority care plan.",
    "twin: the plan, and it matches the care plan",
)
bad(
    "pt-valp-documented-elsewhere",
    PT,
    "valp",
    "Valproate - plan documented in the neurology clinic letter and the antenatal booking notes; not duplicated here.",
    "documented elsewhere, not duplicated",
    bidi,
)
bad(
    "pt-po-see-hv-record",
    PT,
    "po",
    "Paracetamol and the father's quetiapine: see the health visiting record and the red book entry of 20 May.",
    "pointer to the HV record and red book",
)
ok(
    "pt-po-hv-record-and-said",
    PT,
    "po",
    "Paracetamol raises no concern. Daniel's quetiapine sedates him overnight: he must not co-sleep with "
    "the baby on a bed or sofa, Chloe does the night feeds, and the HV will recheck the crib; also noted in "
    "the red book.",
    "twin: the plan, and a red book note",
    cyr,
)

# ============================================================================================================
# vague-actor: "someone", "the team", "services", "whoever is on". Refuse; twins name who.

bad(
    "va-meth-someone",
    VA,
    "meth",
    "Methadone 60 mg daily continues. Someone will keep an eye on the baby after birth and someone will "
    "check the sleeping arrangements at some point.",
    "no one named, no duration, no time",
)
ok(
    "va-meth-named-roles",
    VA,
    "meth",
    "Methadone 60 mg daily continues. The postnatal ward midwives score the baby for NAS for at least 72 "
    "hours; the HV checks the cot on the primary visit because of methadone sedation; breastfeeding "
    "supported.",
    "twin: the midwives and the HV",
    greek,
)
bad(
    "va-dzp-services",
    VA,
    "dzp",
    "Diazepam and pregabalin continue. Services will support the placement and the relevant team will look "
    "out for any problems with the baby.",
    "services and the relevant team; no sleep rule, no withdrawal watch",
    cyr,
)
ok(
    "va-dzp-named-services",
    VA,
    "dzp",
    "Diazepam and pregabalin continue. The foster carer does night feeds and the baby sleeps in its own cot, "
    "never with mum; the HV looks for late withdrawal at days 5 and 8; the GP tapers the diazepam from 6 "
    "weeks.",
    "twin: carer, HV, GP",
)
bad(
    "va-lith-whoever-is-on",
    VA,
    "lith",
    "Lithium continues. Whoever is on labour ward will sort out a level and whoever is on for paediatrics "
    "will see the baby if needed.",
    "whoever is on; 'if needed'",
)
ok(
    "va-lith-on-call-paeds",
    VA,
    "lith",
    "Lithium continues. The on-call obstetric registrar takes a lithium level within 24 hours of delivery "
    "(flagged in her birth plan); the neonatal SHO reviews the baby before discharge for floppiness and "
    "feeding. Bottle feeding as lithium passes into milk.",
    "twin: on-call roles named with their tasks",
)
bad(
    "va-quet-the-team",
    VA,
    "quet",
    "Dad's quetiapine noted; the team will address safe sleep with the family in due course.",
    "the team, in due course",
)
ok(
    "va-quet-hv-team",
    VA,
    "quet",
    "Dad's quetiapine sedates him at night: no bed or sofa sharing with the baby after his dose and no night "
    "feeds by him. The health visiting team (HV Jones) reviews this at 10 days and 6 weeks.",
    "twin: 'the team' named with a person and times",
)
bad(
    "va-mo-agencies",
    VA,
    "mo",
    "Methadone and sertraline continue. All agencies will work together to keep the baby safe after birth.",
    "all agencies, no act",
)

# ============================================================================================================
# lay-watcher: a non-professional as the only watcher. Refuse; twins add a professional beside them.

bad(
    "lw-meth-grandmother",
    LW,
    "meth",
    "Methadone 60 mg continues. Jodie's mother will watch the baby for withdrawal at home and will make sure "
    "Jodie does not fall asleep with the baby; breastfeeding as she wishes.",
    "the grandmother as the only withdrawal watcher of a methadone-exposed baby",
)
ok(
    "lw-meth-grandmother-and-ward",
    LW,
    "meth",
    "Methadone 60 mg continues. The ward scores the baby for NAS for 72 hours before discharge; at home "
    "Jodie's mother helps with nights so Jodie does not co-sleep when drowsy, and the HV checks for late "
    "signs to day 8. Breastfeeding encouraged.",
    "twin: grandmother helps; ward and HV watch",
)
bad(
    "lw-dzp-neighbour",
    LW,
    "dzp",
    "Diazepam and pregabalin continue. A neighbour has agreed to pop in daily to check that mum is not too "
    "drowsy with the baby and that the baby is feeding.",
    "a neighbour as the safety plan",
    fw,
)
ok(
    "lw-dzp-neighbour-plus-carer",
    LW,
    "dzp",
    "Diazepam and pregabalin continue and sedate her: contact with the baby is supervised by the foster "
    "carer, who also does night feeds; no sleeping with the baby on a bed or sofa. The HV watches for late "
    "withdrawal to day 8.",
    "twin: the carer and HV",
)
bad(
    "lw-quet-sister",
    LW,
    "quet",
    "Dad takes quetiapine at night; his sister is staying for a fortnight and will keep an eye on the baby overnight.",
    "a visiting aunt for two weeks as the safe-sleep plan",
)
ok(
    "lw-quet-sister-and-rule",
    LW,
    "quet",
    "Dad's quetiapine sedates him overnight, so he must never bed- or sofa-share with the baby and does no "
    "night feeds; mum does nights, with his sister helping for the first fortnight. The HV rechecks at each "
    "visit.",
    "twin: the rule, with family help",
    shy,
)
bad(
    "lw-cit-partner-watches",
    LW,
    "cit",
    "Citalopram 20 mg continues. Her partner will watch the baby for jitteriness at home; breastfeeding fine.",
    "the partner as the only watcher for adaptation",
)
bad(
    "lw-fo-grandparents",
    LW,
    "fo",
    "Diazepam and pregabalin continue. The maternal grandparents will supervise contact and look out for "
    "withdrawal and drowsiness.",
    "grandparents in a foster placement; the carer and HV absent",
)

# ============================================================================================================
# self-contradiction: dose or frequency contradicted inside the conclusion. Refuse; twins change it openly.

bad(
    "sc-meth-60-then-40",
    SC,
    "meth",
    "Continue methadone 60 mg daily unchanged; she will take 40 mg daily from now on. Baby to have NAS "
    "scoring for 72 hours; breastfeeding supported; no co-sleeping, HV to check the cot.",
    "'unchanged' 60 mg and 40 mg in one breath",
    zwsp,
)
ok(
    "sc-meth-60-reduce-later",
    SC,
    "meth",
    "Continue methadone 60 mg daily now; the drug service plans to reduce to 55 mg at 34/40 if she is stable. "
    "Baby to have NAS scoring for 72 hours; breastfeeding supported; no co-sleeping, HV to check the cot.",
    "twin: a planned change, dated",
)
bad(
    "sc-lith-nocte-and-bd",
    SC,
    "lith",
    "Lithium 800 mg once at night, unchanged; she takes 400 mg twice daily. Levels weekly from 36/40 and "
    "within 24 h of birth; paeds review of the baby; bottle feeding.",
    "once at night and twice daily, both unchanged",
)
ok(
    "sc-lith-split-dose-planned",
    SC,
    "lith",
    "Lithium 800 mg at night now; from 36/40 the perinatal psychiatrist will split it to 400 mg bd to smooth "
    "levels. Levels weekly from 36/40 and within 24 h of birth; paeds review of the baby; bottle feeding.",
    "twin: the change is planned and owned",
)
bad(
    "sc-sert-100-and-50",
    SC,
    "sert",
    "Sertraline 100 mg daily continues at the same dose; she is taking 50 mg daily. Midwife to watch for "
    "neonatal adaptation; compatible with breastfeeding.",
    "same dose, two doses",
)
ok(
    "sc-sert-100-was-50",
    SC,
    "sert",
    "Sertraline 100 mg daily continues (raised from 50 mg last year after relapse). The midwife watches the "
    "baby for neonatal adaptation for 48 hours; sertraline is compatible with breastfeeding.",
    "twin: past dose as history",
    bidi,
)
bad(
    "sc-valp-bd-and-stopped",
    SC,
    "valp",
    "Valproate 500 mg bd continues unchanged until neurology; valproate was stopped today. Fetal medicine scan "
    "booked; folic acid 5 mg started.",
    "continues and stopped today",
)
bad(
    "sc-quet-300-and-none",
    SC,
    "quet",
    "Dad's quetiapine 300 mg at night continues; he takes no quetiapine now, so co-sleeping is safe.",
    "takes it and takes none; co-sleeping allowed on the false half",
)

# ============================================================================================================
# wrong-medicine: a plan for a medicine the assessment does not cover. Refuse; twins cover both.

bad(
    "wm-meth-gaviscon",
    WM,
    "meth",
    "Methadone noted. Gaviscon Advance 10 ml after meals continues for her heartburn; it is safe in "
    "pregnancy and breastfeeding and the baby needs no extra checks for it.",
    "a plan for an antacid; methadone's withdrawal and sedation not addressed",
)
ok(
    "wm-meth-gaviscon-and-methadone",
    WM,
    "meth",
    "Methadone 60 mg daily continues: the baby will have 72 h NAS scoring on the ward, breastfeeding is "
    "encouraged and she must not co-sleep because of sedation (HV to check the cot). Her Gaviscon for "
    "heartburn raises no concern.",
    "twin: methadone's plan, the antacid an aside",
)
bad(
    "wm-lith-folic",
    WM,
    "lith",
    "Lithium reviewed. Folic acid 400 micrograms daily to continue until 12 weeks and vitamin D 10 "
    "micrograms daily through pregnancy and breastfeeding; no concerns for the baby.",
    "supplement plan; lithium levels and the baby's review absent",
    cyr,
)
bad(
    "wm-valp-folic-only",
    WM,
    "valp",
    "Valproate on list. Folic acid 5 mg daily started today and continues to 12 weeks to reduce neural tube "
    "risk; the baby will benefit and she will take it every morning.",
    "the folic acid plan only; valproate's exposure and referrals missing",
)
ok(
    "wm-valp-folic-and-valproate",
    WM,
    "valp",
    "Valproate 500 mg bd continues until neurology reviews it urgently; she must not stop it. The baby's "
    "first-trimester exposure needs a fetal medicine anomaly scan, requested today. Folic acid 5 mg daily "
    "started to 12 weeks.",
    "twin: both",
    zwsp,
)
bad(
    "wm-quet-mum-paracetamol",
    WM,
    "quet",
    "Father's quetiapine: mum's paracetamol 1 g qds prn is fine with breastfeeding and will not make her "
    "drowsy, so she can co-sleep safely.",
    "the mother's analgesic answers the father's sedation assessment",
)
ok(
    "wm-quet-both-parents",
    WM,
    "quet",
    "Mum's paracetamol is fine with breastfeeding. Dad's quetiapine 300 mg sedates him at night: he must not "
    "co-sleep or do night feeds after his dose; the baby sleeps in the crib on mum's side; HV rechecks.",
    "twin: the father's sedation addressed",
)
bad(
    "wm-dzp-lactulose",
    WM,
    "dzp",
    "Diazepam and pregabalin on list. Lactulose 15 ml bd for constipation continues; senna added if needed; "
    "no effect on the baby, who is bottle fed by the carer.",
    "laxatives planned; sedation and withdrawal not",
    greek,
)
ok(
    "wm-dzp-lactulose-and-both",
    WM,
    "dzp",
    "Diazepam and pregabalin continue: both sedate her, so no bed or sofa sharing, and the carer does night "
    "feeds; HV watches for late withdrawal to day 8. Lactulose 15 ml bd for constipation raises no concern.",
    "twin: both plus the laxative",
)

# ============================================================================================================
# deontic: softened obligation. Refuse; twins use firm obligation.

bad(
    "do-meth-ideally-considered",
    DO,
    "meth",
    "Methadone 60 mg. NAS observation should ideally be considered, breastfeeding could perhaps be "
    "encouraged and it may be prudent to think about the sleeping arrangements.",
    "every act softened to a thought",
    bidi,
)
ok(
    "do-meth-should-firm",
    DO,
    "meth",
    "Methadone 60 mg continues. The baby should have NAS observation for at least 72 hours on the ward; "
    "breastfeeding is encouraged; she must not co-sleep because of sedation, and the HV will check the cot.",
    "twin: 'should have', 'must not', 'will'",
)
bad(
    "do-lith-worth-thinking",
    DO,
    "lith",
    "Lithium. It might be worth thinking about more frequent levels later in pregnancy, and a paediatric "
    "opinion for the baby may be something to bear in mind; feeding choice to be gently explored.",
    "worth thinking, bear in mind, gently explored",
)
ok(
    "do-lith-firm",
    DO,
    "lith",
    "Lithium continues. Levels will be checked weekly from 36/40 and within 24 h of delivery; the baby needs "
    "a paediatric review before discharge; she will bottle feed as lithium passes into milk.",
    "twin: firm",
    fw,
)
bad(
    "do-dzp-advisable-perhaps",
    DO,
    "dzp",
    "Diazepam and pregabalin: it would perhaps be advisable for mum to avoid sleeping with the baby, and "
    "some thought might usefully be given to night feeds and to watching for withdrawal.",
    "perhaps advisable; thought might be given",
)
ok(
    "do-dzp-firm",
    DO,
    "dzp",
    "Diazepam and pregabalin: mum must not sleep with the baby on any bed or sofa; the foster carer does all "
    "night feeds; the HV watches for late withdrawal until day 8.",
    "twin: firm",
)
bad(
    "do-quet-one-might",
    DO,
    "quet",
    "One might suggest that the father consider not sharing a bed with the baby on nights he has taken his "
    "quetiapine, if the family felt able.",
    "one might suggest ... if the family felt able",
    shy,
)
bad(
    "do-valp-may-wish",
    DO,
    "valp",
    "Valproate: she may wish to discuss her options with neurology at some stage, and a scan may be worth "
    "considering if she decides to continue the pregnancy.",
    "may wish, may be worth considering",
)
ok(
    "do-valp-firm",
    DO,
    "valp",
    "Valproate continues; she must not stop it before the urgent neurology review this week. A fetal "
    "medicine anomaly scan is booked for the first-trimester exposure; folic acid 5 mg started.",
    "twin: firm",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F100CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F100CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F100CASES):3}"
    )
