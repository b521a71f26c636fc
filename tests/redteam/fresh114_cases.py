"""A hundred-and-fourteenth independent "fresh" batch of red-team cases for the share gate: the adversary,
twentieth round.

Written from the issue, docs/rules.md, README.md and the examples, not from the gate's code or its word lists.
Hollow, disguised or impossible records a careless or evasive author would produce, each looking like real
clinical work, in shapes earlier corpora used little, every one against a near-miss good twin (about 40% pass):

* ``minutes``: MDT minutes, email threads and handover notes whose actions are unassigned, "nil" or "TBA"
  (refuse), against minutes whose actions name who does what (pass);
* ``holders``: plans given to people with no role in the baby's care (a neighbour, a friend from church, the
  receptionist, the baby itself) (refuse), against family or professionals who do hold them (pass);
* ``narrowed``: a plan stated then quietly narrowed to nothing, or made contingent on a service the same text
  says is not in place (refuse), against real fallbacks (pass);
* ``timing``: acts told in the past tense before the baby exists or after the record's date, watches split
  across places whose parts do not add up to the window stated (refuse), against parts that add up (pass);
* ``subject``: conclusions about the wrong baby (a sibling, the last pregnancy), the wrong parent, or a partner's
  sedating medicine given a plan for the mother (refuse), against the right ones (pass);
* ``pointers``: brands in the conclusion that are not on the list, "as per" documents not shared, questions
  restated with a yes (refuse), against brands of listed medicines and answers that answer (pass);
* ``numbers``: numbers that cannot be true (a tenfold dose, 47 weeks, 72 hours watched on a 24-hour stay)
  (refuse), against true ones (pass);
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens,
  bidi isolates and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (medicines added carry no code).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh114_cases`` for the counts per category.
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
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F114CASES: list[Case] = []

CATEGORIES = (
    "minutes",
    "holders",
    "narrowed",
    "timing",
    "subject",
    "pointers",
    "numbers",
    "disguise",
)

MN, HD, NR, TM, SB, PT, NU, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F114CASES.append(Case(f"f114-{name}", category, expect, base, mutate, why))


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
    "m-nwp": (M, _at("assessments#asm-methadone.impact_on_baby.neonatal_withdrawal_plan")),
    "m-ss": (M, _at("assessments#asm-methadone.impact_on_mother.safe_sleep")),
    "m-just": (M, _at("lawful_basis.justification")),
    "f-just": (F, _at("lawful_basis.justification")),
    "f-nwp": (F, _at("assessments#asm-diazepam-pregabalin.impact_on_baby.neonatal_withdrawal_plan")),
}


def cyr(text: str) -> str:
    return homoglyphs(text, "aeopc")


def greek(text: str) -> str:
    return homoglyphs(text, "oivx", variant=1)


def zwsp(text: str) -> str:
    return inside_words(text, "\u200b", every=3)


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


# ============================================================================================================
# minutes: MDT minutes, email threads, handovers.

bad(
    "mn-meth-mdt-actions-nil",
    MN,
    "meth",
    "MDT 27/02/26. Present: GP, named MW, drug service keyworker, SW. Discussed: methadone 60 mg od supervised, "
    "NAS risk, co-sleeping, breastfeeding. Outcome: all agree the risks are as set out. Actions: nil.",
    "minutes that list topics and end 'Actions: nil': nothing will happen for the baby",
    zwsp,
)
ok(
    "mn-meth-mdt-actions-named",
    MN,
    "meth",
    "MDT 27/02/26 (GP, named MW, drug service keyworker, SW). Methadone 60 mg od continues. Actions: named MW "
    "to book 72 h NAS scoring on the PNW; keyworker to keep supervised dosing through delivery; SW and HV to see "
    "the cot before discharge as there must be no co-sleeping after her dose; breastfeeding supported.",
    "twin: every action has a holder and an act",
    greek,
)
bad(
    "mn-meth-actions-to-be-allocated",
    MN,
    "meth",
    "Pre-birth planning meeting re methadone 60 mg. Risks to baby: NAS, sedation and unsafe sleep. Action 1: "
    "NAS observation - owner TBA. Action 2: cot check - owner TBA. Action 3: feeding plan - owner TBA.",
    "three actions, none with an owner; the acts are only headings",
)
ok(
    "mn-meth-actions-owners",
    MN,
    "meth",
    "Pre-birth planning meeting re methadone 60 mg. Action 1: NAS scoring for 72 h - owner: PNW midwives. "
    "Action 2: cot seen before discharge, no co-sleeping after her dose - owner: HV. Action 3: breastfeeding "
    "supported on a stable dose - owner: infant feeding lead.",
    "twin: the same actions with owners",
)
bad(
    "mn-sert-email-thanks-noted",
    MN,
    "sert",
    "From: Dr P Shah. To: Antenatal Clinic. Re: sertraline in pregnancy. Thanks for this, noted and will pick "
    "up with the team in due course. Kind regards, Priya.",
    "an email acknowledgement pasted as the conclusion: nothing about the baby or a plan",
    cyr,
)
ok(
    "mn-sert-email-substantive",
    MN,
    "sert",
    "From: Dr P Shah. To: Antenatal Clinic. Re: sertraline. Sertraline 100 mg continues: relapse risk outweighs "
    "the small risk to the baby. Please ask the paediatric SHO to examine the baby at birth; the PNW midwives "
    "will watch for poor adaptation for 48 h alongside the NAS scoring.",
    "twin: an email that carries the decision and who acts",
)
bad(
    "mn-dzp-handover-for-discussion",
    MN,
    "dzp",
    "Handover note, 12/06. Diazepam and pregabalin: sedation, late withdrawal to day 8, safe sleep in the "
    "placement. All three items carried forward to next week's MDT for discussion. No actions today.",
    "a handover that carries every item to another meeting and takes no action",
)
ok(
    "mn-dzp-handover-acts",
    MN,
    "dzp",
    "Handover note, 12/06. Diazepam and pregabalin continue and sedate her: no co-sleeping or feeding lying "
    "down; the foster carer does nights. HV visits on days 5 and 8 and the community midwife daily until day 8 "
    "for late withdrawal signs. Item carried to next MDT: the diazepam taper only.",
    "twin: acts now, and only the taper goes to the next meeting",
)
bad(
    "mn-lith-minutes-noted",
    MN,
    "lith",
    "Perinatal MDT minutes 06/05. Lithium (Priadel) 800 mg: relapse risk discussed; levels discussed; neonatal "
    "review discussed; feeding discussed. Minutes noted and accepted. Next meeting 03/06.",
    "every item 'discussed', nothing decided",
    shy,
)
ok(
    "mn-lith-minutes-decided",
    MN,
    "lith",
    "Perinatal MDT minutes 06/05. Lithium (Priadel) 800 mg continues. GP takes levels monthly, weekly from 36/40 "
    "and within 24 h of birth; the paediatric team reviews the baby on day 1; she bottle feeds. PNMH sees her "
    "within a week of delivery.",
    "twin: the same minutes with decisions",
)
bad(
    "mn-mo-email-chain-fwd",
    MN,
    "mo",
    "FW: RE: RE: methadone and sertraline - pre-birth plan. Agree with below. Happy for this to go ahead as "
    "discussed. Thanks all.",
    "an email chain's last reply; the plan is in emails not shared",
)
ok(
    "mn-mo-email-chain-plan",
    MN,
    "mo",
    "RE: methadone and sertraline - pre-birth plan. Agreed: both continue unchanged; the baby has 72 h NAS "
    "scoring on the PNW; breastfeeding supported; no co-sleeping after her methadone dose, and the SW and HV "
    "see the cot before discharge.",
    "twin: the reply states the plan it agrees to",
)
bad(
    "mn-quet-actions-none-required",
    MN,
    "quet",
    "Case discussion 28/05 re Daniel's quetiapine 300 mg nocte. Sedation and safe sleep reviewed. Actions "
    "required: none at present. Review if circumstances change.",
    "a partner's sedating medicine with 'actions: none'",
    bidi,
)
ok(
    "mn-quet-actions-held",
    MN,
    "quet",
    "Case discussion 28/05 re Daniel's quetiapine 300 mg nocte, which sedates him heavily. Actions: Chloe does "
    "all night feeds; baby sleeps in her own crib; Daniel never sleeps on the sofa with the baby. HV checks the "
    "arrangement at each visit.",
    "twin: actions held by named people",
    zwsp,
)
bad(
    "mn-valp-mdt-awaiting-owners",
    MN,
    "valp",
    "Virtual MDT 20/05: valproate 500 mg bd at 8/40. Referral to neurology - who? Fetal medicine scan - who? "
    "Folic acid - who? Chair to confirm owners by email.",
    "actions whose owners are questions",
)
ok(
    "mn-valp-mdt-owned",
    MN,
    "valp",
    "Virtual MDT 20/05: valproate 500 mg bd at 8/40 continues until neurology review - not to be stopped "
    "suddenly because of seizure risk. GP sent the urgent neurology referral today; the antenatal clinic books a "
    "fetal medicine scan for first-trimester exposure; folic acid 5 mg started by the GP.",
    "twin: each action with its owner",
)

# ============================================================================================================
# holders: people with no role in the baby's care, or the baby itself.

bad(
    "hd-meth-neighbour-watches",
    HD,
    "meth",
    "Methadone 60 mg continues. After discharge her neighbour, who has children of her own, will keep an eye on "
    "the baby for withdrawal signs; breastfeeding is supported and she knows not to co-sleep.",
    "late NAS watched by a neighbour: no role, no training, no route back",
    greek,
)
ok(
    "hd-meth-hv-watches",
    HD,
    "meth",
    "Methadone 60 mg continues. After 72 h of NAS scoring on the PNW, the HV and community midwife check for "
    "late withdrawal signs until day 8; breastfeeding is supported; no co-sleeping after her dose.",
    "twin: the HV and community midwife hold the late watch",
)
bad(
    "hd-dzp-church-friend-nights",
    HD,
    "dzp",
    "Diazepam and pregabalin sedate her. Her friend from church has kindly offered to sit up with the baby at "
    "night, which covers the co-sleeping risk, and will look out for late withdrawal up to day 8.",
    "the night care of a looked-after baby given to a volunteer friend, not the foster carer",
)
ok(
    "hd-dzp-foster-carer-nights",
    HD,
    "dzp",
    "Diazepam and pregabalin sedate her: she must not co-sleep or feed lying down. The foster carer does the "
    "night feeds and is awake for them; she and the HV look for late withdrawal up to day 8 and call SCBU "
    "with tremor or poor feeding.",
    "twin: the foster carer, who holds the placement, does nights",
    cyr,
)
bad(
    "hd-meth-receptionist-cot",
    HD,
    "meth",
    "Methadone 60 mg continues; the baby needs observation for withdrawal on the ward. Sedation after her dose "
    "means no co-sleeping; the practice receptionist will check the cot arrangements when she collects her "
    "prescription.",
    "the safe-sleep check given to a receptionist at the counter",
    zwsp,
)
ok(
    "hd-meth-receptionist-books",
    HD,
    "meth",
    "Methadone 60 mg continues; the baby has NAS scoring for 72 h on the PNW. Sedation after her dose means no "
    "co-sleeping: the HV checks the cot at the new birth visit, which the practice receptionist books for day 10 "
    "to 14. Breastfeeding supported.",
    "twin: the receptionist only books; the HV checks",
)
bad(
    "hd-cit-baby-will-show-us",
    HD,
    "cit",
    "Citalopram continues for relapse prevention. The baby will tell us if there is a problem by being "
    "jittery or not feeding, and will be brought back if so. Breastfeeding is supported.",
    "the watch handed to the baby: no one is named to look",
)
ok(
    "hd-cit-midwife-looks",
    HD,
    "cit",
    "Citalopram continues for relapse prevention. The midwife looks for jitteriness, poor feeding and fast "
    "breathing for the first 48 h; if present the paediatric SHO reviews. Breastfeeding is supported.",
    "twin: the midwife looks for the same signs",
    shy,
)
bad(
    "hd-quet-older-child-nights",
    HD,
    "quet",
    "Daniel's quetiapine 300 mg nocte sedates him, so he must not share a bed or sofa with the baby. On the "
    "nights Chloe works, her 12-year-old son from a previous relationship will do the feeds and settle the "
    "baby.",
    "night care of a newborn given to a twelve-year-old child",
    cyr,
)
ok(
    "hd-quet-grandmother-nights",
    HD,
    "quet",
    "Daniel's quetiapine 300 mg nocte sedates him, so he must not share a bed or sofa with the baby. On the "
    "nights Chloe works, her mother stays over and does the feeds; the baby sleeps in her crib. HV confirms "
    "this at each visit.",
    "twin: an adult relative who lives in does nights, checked by the HV",
)
bad(
    "hd-lith-pharmacy-counter-levels",
    HD,
    "lith",
    "Lithium (Priadel) 800 mg continues. The lady on the pharmacy counter will remind her when her levels are "
    "due; the baby needs a paediatric review and she bottle feeds.",
    "lithium monitoring given to a shop assistant",
)
ok(
    "hd-lith-pharmacist-reminds",
    HD,
    "lith",
    "Lithium (Priadel) 800 mg continues. The GP takes levels monthly, weekly from 36/40 and within 24 h of "
    "birth; the community pharmacist also checks each level is booked at dispensing. The baby has a paediatric "
    "review; she bottle feeds.",
    "twin: the GP takes levels; the pharmacist only adds a check",
)
bad(
    "hd-mo-dog-walker",
    HD,
    "mo",
    "Methadone and sertraline continue. NAS scoring on the ward; breastfeeding supported. No co-sleeping "
    "because of methadone sedation; a family friend who walks her dog will confirm the cot is being used.",
    "the sleeping arrangements confirmed by a dog walker, not the SW and HV",
)
ok(
    "hd-mo-sw-hv",
    HD,
    "mo",
    "Methadone and sertraline continue. NAS scoring on the ward for 72 h; breastfeeding supported. No "
    "co-sleeping because of methadone sedation: the SW and HV see the cot before discharge and the HV again at "
    "the new birth visit.",
    "twin: the SW and HV hold it",
)
bad(
    "hd-valp-boyfriend-neuro",
    HD,
    "valp",
    "Valproate 500 mg bd continues; do not stop suddenly. Her boyfriend will phone neurology to get her seen "
    "and will sort out the scan for the baby's first-trimester exposure. Folic acid 5 mg started.",
    "urgent referrals left to the boyfriend to arrange",
    fw,
)
ok(
    "hd-valp-boyfriend-supports",
    HD,
    "valp",
    "Valproate 500 mg bd continues; do not stop suddenly. The GP has sent urgent neurology and fetal medicine "
    "referrals for the baby's first-trimester exposure; her boyfriend will drive her to the appointments. "
    "Folic acid 5 mg started.",
    "twin: the GP refers; the boyfriend only drives",
)
# ============================================================================================================
# narrowed: a plan stated, then narrowed to nothing, or contingent on a service said not to be there.

bad(
    "nr-meth-capacity-which-it-will-not",
    NR,
    "meth",
    "Methadone 60 mg continues. The midwives will score the baby for NAS for 72 h - only if the ward has "
    "capacity, which it will not in May. Breastfeeding supported; no co-sleeping after her dose.",
    "the watch withdrawn by its own condition",
    cyr,
)
ok(
    "nr-meth-capacity-fallback",
    NR,
    "meth",
    "Methadone 60 mg continues. The midwives score the baby for NAS for 72 h on the PNW; if the ward is full, "
    "the baby goes to the transitional care unit and the same scoring continues there. Breastfeeding supported; "
    "no co-sleeping after her dose.",
    "twin: a capacity problem with a fallback that keeps the watch",
    bidi,
)
bad(
    "nr-dzp-visits-suspended",
    NR,
    "dzp",
    "Diazepam and pregabalin continue and sedate her; the foster carer does nights. The HV will check for late "
    "withdrawal up to day 8 at home visits, although home visits in this area are suspended until further "
    "notice.",
    "the late watch given to visits the same text says are not happening",
)
ok(
    "nr-dzp-visits-clinic",
    NR,
    "dzp",
    "Diazepam and pregabalin continue and sedate her; the foster carer does nights. Home visits are suspended, "
    "so the foster carer brings the baby to the HV clinic on days 5 and 8 and phones SCBU with any tremor or "
    "poor feeding.",
    "twin: the suspension named, with the watch moved to clinic",
)
bad(
    "nr-cit-if-staffing-allows",
    NR,
    "cit",
    "Citalopram continues. The midwife will observe the baby for adaptation signs for 48 h where staffing "
    "allows; staffing currently does not allow this. Breastfeeding is supported.",
    "a watch narrowed to nothing by the staffing clause",
    shy,
)
ok(
    "nr-cit-staffing-named",
    NR,
    "cit",
    "Citalopram continues. The midwife observes the baby for adaptation signs for 48 h; she stays in at least "
    "that long after birth. Breastfeeding is supported; mood review at 6 weeks by the GP.",
    "twin: the watch with its time and no escape clause",
)
bad(
    "nr-lith-levels-lab-closed",
    NR,
    "lith",
    "Lithium (Priadel) 800 mg continues. Levels within 24 h of birth will be sent to the hospital lab, which "
    "does not run lithium levels at weekends or overnight; she is booked for induction on a Saturday. "
    "Paediatric review of the baby; bottle feeding.",
    "the post-birth level planned where the text says it cannot be done",
)
ok(
    "nr-lith-levels-lab-arranged",
    NR,
    "lith",
    "Lithium (Priadel) 800 mg continues. Induction is booked for a Wednesday so the hospital lab can run her "
    "level within 24 h of birth; the GP takes levels monthly and weekly from 36/40. Paediatric review of the "
    "baby; bottle feeding.",
    "twin: the service fitted to the plan",
)
bad(
    "nr-quet-until-he-forgets",
    NR,
    "quet",
    "Daniel's quetiapine 300 mg sedates him at night, so Chloe does the night feeds and the baby sleeps in "
    "her crib - at least on nights when they remember; most nights they do not.",
    "a safe-sleep plan said, then said not to happen",
)
ok(
    "nr-quet-routine-checked",
    NR,
    "quet",
    "Daniel's quetiapine 300 mg sedates him at night, so Chloe does the night feeds and the baby sleeps in "
    "her crib every night. The HV checks this at each visit and Daniel takes his dose after the 10 pm feed.",
    "twin: the plan kept and checked",
)
bad(
    "nr-meth-sw-not-allocated",
    NR,
    "mo",
    "Continue methadone and sertraline unchanged. NAS observation on the PNW; breastfeeding supported. No "
    "co-sleeping: the allocated social worker will see the cot before discharge. No social worker has been "
    "allocated and the referral was closed.",
    "the safe-sleep check given to a social worker who the text says does not exist",
    zwsp,
)
ok(
    "nr-meth-sw-duty",
    NR,
    "mo",
    "Continue methadone and sertraline unchanged. NAS observation on the PNW for 72 h; breastfeeding "
    "supported. No co-sleeping: as no SW is allocated yet, the HV sees the cot before discharge and the duty "
    "social worker is told of the plan.",
    "twin: the gap named and filled",
)
bad(
    "nr-valp-referral-not-sent",
    NR,
    "valp",
    "Valproate 500 mg bd continues until neurology review; stopping suddenly risks seizures. Early fetal "
    "medicine scan for the baby's exposure to follow the neurology appointment. Referral to neurology not sent "
    "as the e-RS is down.",
    "every act hangs on a referral the text says was not sent",
)
ok(
    "nr-valp-referral-faxed",
    NR,
    "valp",
    "Valproate 500 mg bd continues until neurology review; stopping suddenly risks seizures. The e-RS was down, "
    "so the GP phoned the on-call neurologist, who sees her Friday; the antenatal clinic books a fetal "
    "medicine scan for the baby's exposure. Folic acid 5 mg started.",
    "twin: the system down, the referral made by phone",
)
bad(
    "nr-meth-breastfeed-unless",
    NR,
    "meth",
    "Methadone 60 mg continues. The baby will be scored for NAS on the PNW for 72 h unless discharged "
    "sooner, which is the usual pattern. Breastfeeding supported unless otherwise advised.",
    "each plan hedged away by an 'unless' the text makes the rule",
)

# ============================================================================================================
# timing: before the baby exists, after the record's date, windows that do not add up.

bad(
    "tm-meth-baby-was-scored",
    TM,
    "meth",
    "Methadone 60 mg continues through pregnancy. The baby was scored for NAS for 72 h on the PNW and had no "
    "signs; breastfeeding is established and the cot was seen at home.",
    "an antenatal record at 29+2 telling the baby's scoring as done",
    greek,
)
ok(
    "tm-meth-baby-will-be-scored",
    TM,
    "meth",
    "Methadone 60 mg continues through pregnancy. The baby will be scored for NAS for 72 h on the PNW; "
    "breastfeeding will be supported and the cot seen at home before discharge, with no co-sleeping after her "
    "dose.",
    "twin: the same acts in the future",
)
bad(
    "tm-cit-adaptation-was-fine",
    TM,
    "cit",
    "Citalopram continued through pregnancy. The baby showed no adaptation symptoms in the first 48 h and "
    "breastfeeding went well; the 6-week check was normal.",
    "at 32+1 the birth, the first 48 h and the 6-week check told as past",
)
ok(
    "tm-cit-adaptation-will-be-watched",
    TM,
    "cit",
    "Citalopram continues through pregnancy. The midwife will watch the baby for adaptation symptoms in the "
    "first 48 h; breastfeeding is supported; the GP reviews mood at the 6-week check.",
    "twin: the future",
)
bad(
    "tm-dzp-day-10-seen",
    TM,
    "dzp",
    "Diazepam and pregabalin continue; no co-sleeping, the foster carer does nights. The HV saw the baby on "
    "day 10 and there were no late withdrawal signs, so the watch is closed.",
    "day 10 is after the record's date (day 4); told as done",
)
ok(
    "tm-dzp-day-3-seen",
    TM,
    "dzp",
    "Diazepam and pregabalin continue; no co-sleeping, the foster carer does nights. Mild withdrawal signs on "
    "day 3 settled without treatment; the HV sees the baby on days 5 and 8 for late signs.",
    "twin: day 3 is past, days 5 and 8 are future",
    fw,
)
bad(
    "tm-meth-split-48-of-72",
    TM,
    "meth",
    "Methadone 60 mg continues. The baby needs 72 h of NAS scoring: 24 h on delivery suite, then 24 h on the "
    "PNW, then home with the HV. Breastfeeding supported; no co-sleeping after her dose.",
    "two 24-hour parts called a 72-hour watch; the HV does not score at home",
    cyr,
)
ok(
    "tm-meth-split-72",
    TM,
    "meth",
    "Methadone 60 mg continues. The baby needs 72 h of NAS scoring: the first 24 h on delivery suite and "
    "transitional care, then 48 h on the PNW, then home with HV checks to day 8. Breastfeeding supported; no "
    "co-sleeping after her dose.",
    "twin: parts that add up",
    zwsp,
)
bad(
    "tm-dzp-split-days",
    TM,
    "dzp",
    "Diazepam and pregabalin sedate her: no co-sleeping, foster carer does nights. Late withdrawal can appear "
    "to day 8: the ward watched to day 4 and the HV sees the baby on day 14, which covers the window.",
    "days 5 to 8, the window itself, are watched by no one",
)
ok(
    "tm-dzp-split-days-covered",
    TM,
    "dzp",
    "Diazepam and pregabalin sedate her: no co-sleeping, foster carer does nights. Late withdrawal can appear "
    "to day 8: the ward watched to day 4, the community midwife visits daily on days 5 to 8, and the foster "
    "carer calls SCBU with any tremor.",
    "twin: days 5 to 8 covered",
)
bad(
    "tm-lith-level-before-birth-after",
    TM,
    "lith",
    "Lithium (Priadel) 800 mg continues. The post-birth lithium level was normal and the baby's paediatric "
    "review found no problems; she is bottle feeding well.",
    "at 24 weeks, the post-birth level, review and feeding told as done",
)
ok(
    "tm-lith-level-after-birth-planned",
    TM,
    "lith",
    "Lithium (Priadel) 800 mg continues. The GP checks her level monthly and weekly from 36/40, and the ward "
    "within 24 h of birth; the baby has a paediatric review on day 1; she will bottle feed.",
    "twin: planned",
)
bad(
    "tm-quet-hv-will-have-seen",
    TM,
    "quet",
    "Daniel's quetiapine 300 mg sedates him: no co-sleeping with him and no night feeds by him. The HV's "
    "6-week visit on 29/06 confirmed the crib is used and Chloe does nights.",
    "a visit a month after the record's date (28/05) told as done",
    bidi,
)
ok(
    "tm-quet-hv-seen-day-10",
    TM,
    "quet",
    "Daniel's quetiapine 300 mg sedates him: no co-sleeping with him and no night feeds by him. At the new "
    "birth visit on 28/05 the HV saw the crib in use; she rechecks at the 6-week visit.",
    "twin: the visit on the record's date, the next one planned",
)
bad(
    "tm-valp-folic-pre-conception",
    TM,
    "valp",
    "Valproate 500 mg bd continues until neurology review; do not stop suddenly. Folic acid 5 mg was started "
    "three months before conception as planned, so the baby's neural tube risk is covered; neurology and fetal "
    "medicine referrals sent.",
    "an unplanned pregnancy whose folic acid is told as started before conception (it was started today)",
)
ok(
    "tm-valp-folic-today",
    TM,
    "valp",
    "Valproate 500 mg bd continues until neurology review; do not stop suddenly. Folic acid 5 mg started today, "
    "late for the neural tube but still advised; the GP sent urgent neurology and fetal medicine referrals for "
    "the baby's exposure.",
    "twin: started today, as the record says",
)
bad(
    "tm-m-nwp-window-short",
    TM,
    "m-nwp",
    "Observe on the postnatal ward for at least 72 hours per the local guideline: 12 h on labour ward and 36 h "
    "on the PNW, with the HV for late signs.",
    "the withdrawal plan's parts add to 48 h against its 72",
)
ok(
    "tm-m-nwp-window-full",
    TM,
    "m-nwp",
    "Observe for at least 72 hours per the local guideline: 12 h on labour ward and 60 h on the PNW; HV "
    "checks for late signs up to day 8.",
    "twin: 12 + 60 = 72",
)
# ============================================================================================================
# subject: the wrong baby, the wrong parent, a partner's medicine with a plan for the mother.

bad(
    "sb-meth-sibling-only",
    SB,
    "meth",
    "Methadone 60 mg continues. Her son Kai (3) will stay with his grandmother during the admission; his "
    "nursery and HV are aware, and he has no safeguarding concerns.",
    "every act is about the sibling; the unborn baby gets nothing",
    zwsp,
)
ok(
    "sb-meth-sibling-and-baby",
    SB,
    "meth",
    "Methadone 60 mg continues. The new baby has 72 h of NAS scoring on the PNW, breastfeeding supported, no "
    "co-sleeping after her dose. Her son Kai (3) stays with his grandmother during the admission.",
    "twin: the sibling beside the baby's own plan",
)
bad(
    "sb-meth-last-pregnancy",
    SB,
    "meth",
    "In her last pregnancy (2022) on methadone 40 mg the baby needed oral morphine on SCBU for 10 days and was "
    "bottle fed; co-sleeping was discussed at the time.",
    "the last pregnancy's course, no word on this baby",
)
ok(
    "sb-meth-last-pregnancy-then-now",
    SB,
    "meth",
    "In 2022 on methadone 40 mg her baby needed oral morphine on SCBU. Now on 60 mg, this baby is more likely "
    "to need treatment: 72 h NAS scoring on the PNW with SCBU aware; breastfeeding supported; no co-sleeping "
    "after her dose.",
    "twin: the history used to plan for this baby",
)
bad(
    "sb-cit-twin-one-only",
    SB,
    "cit",
    "Citalopram continues. Twin 1 will be watched for adaptation symptoms for 48 h by the midwife and "
    "breastfeeding is supported. Megan is keen to feed both.",
    "a singleton pregnancy's conclusion about 'twin 1'",
)
bad(
    "sb-quet-wrong-parent",
    SB,
    "quet",
    "Chloe's quetiapine 300 mg at night makes her too sedated to care for the baby: Daniel does the night "
    "feeds and she must not share a bed or sofa with the baby. HV checks each visit.",
    "the partner's medicine written as the mother's, and the sedated partner given the nights",
    cyr,
)
ok(
    "sb-quet-right-parent",
    SB,
    "quet",
    "Daniel's quetiapine 300 mg at night makes him too sedated to care for the baby: Chloe does the night "
    "feeds and he must not share a bed or sofa with the baby. HV checks each visit.",
    "twin: the right parent",
    cyr,
)
bad(
    "sb-quet-mother-takes-it-earlier",
    SB,
    "quet",
    "Quetiapine 300 mg causes heavy sedation at night. Chloe should take her dose at 8 pm rather than 10 pm so "
    "she is more alert for the 2 am feed, and should not co-sleep after it.",
    "the partner's medicine given a dosing plan for the mother",
)
ok(
    "sb-quet-partner-takes-it-earlier",
    SB,
    "quet",
    "Quetiapine 300 mg causes Daniel heavy sedation at night. His psychiatrist agrees he takes it at 8 pm "
    "after the evening feed; Chloe does the night feeds and the baby sleeps in the crib, never with Daniel.",
    "twin: the plan is for the partner who takes it",
)
bad(
    "sb-po-mother-gets-partner-plan",
    SB,
    "po",
    "The mother's paracetamol raises no concern. Her quetiapine causes heavy sedation at night: she must not "
    "co-sleep on a bed, sofa or armchair and the father does the night feeds. Sleeping arrangements seen.",
    "overall written as if the mother took quetiapine",
)
bad(
    "sb-dzp-previous-placement",
    SB,
    "dzp",
    "Diazepam and pregabalin: in her previous placement with her first baby in 2024 the foster carer did the "
    "nights and the baby had no withdrawal. The same arrangements were in place then.",
    "an earlier baby's placement, nothing said of this one",
)
ok(
    "sb-dzp-previous-and-now",
    SB,
    "dzp",
    "Diazepam and pregabalin sedate her. As in 2024, the foster carer does the nights in this placement and "
    "she must not co-sleep or feed lying down; this baby is watched for late withdrawal to day 8 by the HV and "
    "carer.",
    "twin: the earlier placement applied to now",
)
bad(
    "sb-lith-mothers-mother",
    SB,
    "lith",
    "Lithium (Priadel) 800 mg. Her mother took lithium for years and had no problems in her pregnancies; the "
    "family is reassured and Rebecca expects the same.",
    "the grandmother's history, no plan for this baby",
    fw,
)
bad(
    "sb-valp-partner-epilepsy",
    SB,
    "valp",
    "Valproate 500 mg bd. Her partner also has epilepsy and takes lamotrigine, which he manages well; the "
    "couple understand seizures and will look after each other.",
    "the partner's epilepsy, nothing for the exposed baby; lamotrigine not listed",
)
ok(
    "sb-valp-baby-plan",
    SB,
    "valp",
    "Valproate 500 mg bd continues until neurology review; stopping suddenly risks seizures in pregnancy. The "
    "baby was exposed in the first trimester: the GP has referred urgently to neurology and fetal medicine for "
    "a detailed scan. Folic acid 5 mg started.",
    "twin: this baby's plan",
)

# ============================================================================================================
# pointers: unlisted brands, documents not shared, questions answered by restating them.

bad(
    "pt-sert-zispin-unlisted",
    PT,
    "sert",
    "Sertraline 100 mg continues for relapse prevention, with Zispin 15 mg at night added last week for sleep. "
    "The midwife watches the baby for adaptation signs for 48 h.",
    "mirtazapine (Zispin) named as taken but not on the medicine list or assessed",
    greek,
)
ok(
    "pt-sert-lustral-listed",
    PT,
    "sert",
    "Lustral (sertraline) 100 mg continues for relapse prevention. The midwife watches the baby for adaptation "
    "signs for 48 h; the paediatric SHO examines at birth.",
    "twin: the brand of the listed medicine",
    greek,
)
bad(
    "pt-meth-espranor-unlisted",
    PT,
    "meth",
    "Methadone 60 mg continues; she also has Espranor 8 mg from a private clinic on weekends. The baby needs "
    "72 h of NAS scoring; no co-sleeping after her dose; breastfeeding supported.",
    "buprenorphine (Espranor) named as taken, not listed, not assessed",
)
ok(
    "pt-meth-physeptone-listed",
    PT,
    "meth",
    "Physeptone (methadone) 60 mg daily continues. The baby needs 72 h of NAS scoring on the PNW; no "
    "co-sleeping after her dose; breastfeeding supported.",
    "twin: a methadone brand",
)
bad(
    "pt-dzp-nytol-unlisted",
    PT,
    "dzp",
    "Diazepam and pregabalin continue and sedate her, made worse by the Nytol she buys for sleep. No "
    "co-sleeping; the foster carer does nights; late withdrawal watched to day 8.",
    "a sedating antihistamine (diphenhydramine) named, not listed or assessed",
    shy,
)
ok(
    "pt-dzp-lyrica-listed",
    PT,
    "dzp",
    "Diazepam and Lyrica (pregabalin) continue and sedate her. No co-sleeping or feeding lying down; the foster "
    "carer does nights; the HV watches for late withdrawal to day 8.",
    "twin: the brand of listed pregabalin",
)
bad(
    "pt-cit-as-per-pnmh-plan",
    PT,
    "cit",
    "Citalopram: management as per the PNMH care plan dated 03/02 (held by the PNMH team, not attached). "
    "Baby as per the same plan.",
    "a pointer to a document not shared",
)
ok(
    "pt-cit-as-per-with-plan",
    PT,
    "cit",
    "Citalopram 20 mg continues, in line with the PNMH care plan of 03/02: relapse risk outweighs the small "
    "risk to the baby. Midwife watches for adaptation symptoms for 48 h; breastfeeding supported.",
    "twin: the plan stated, the document cited beside it",
)
bad(
    "pt-lith-see-attached",
    PT,
    "lo",
    "Lithium (Priadel): see attached PNMH letter and level schedule. Baby: see paediatric alert form. "
    "Feeding: see infant feeding plan.",
    "three pointers to attachments, none shared",
    bidi,
)
bad(
    "pt-m-ss-yes",
    PT,
    "m-ss",
    "Has safe sleep been addressed? Yes.",
    "the template question restated with a yes",
)
ok(
    "pt-m-ss-answered",
    PT,
    "m-ss",
    "Has safe sleep been addressed? Yes: never share a bed or sofa with the baby after her dose; cot in "
    "the parents' room, to be seen at the first home visit.",
    "twin: the yes followed by its content",
    shy,
)
bad(
    "pt-meth-yes-yes-yes",
    PT,
    "meth",
    "Does methadone affect the baby? Yes. Will the baby need NAS observation? Yes. Is breastfeeding "
    "affected? Yes. Is there a plan? Yes.",
    "four questions answered 'yes', no plan given",
)
ok(
    "pt-meth-yes-with-answers",
    PT,
    "meth",
    "Will the baby need NAS observation? Yes: 72 h on the PNW. Is breastfeeding OK on methadone 60 mg? Yes, "
    "supported. Co-sleeping? No, never after her dose; the HV sees the cot.",
    "twin: each question answered with its content",
)
bad(
    "pt-f-just-yes",
    PT,
    "f-just",
    "Is sharing justified for the baby's safety? Yes, sharing is justified.",
    "the lawful basis restated as its own answer",
)
ok(
    "pt-m-just-reasoned",
    PT,
    "m-just",
    "She agreed at the 28-week appointment to share with maternity, the HV and children's services so that "
    "the baby's NAS plan and the sleeping arrangements are known to all.",
    "twin: consent, to whom and why",
)
bad(
    "pt-f-nwp-yes",
    PT,
    "f-nwp",
    "Neonatal withdrawal plan in place? Yes - plan in place.",
    "the withdrawal plan item answered by restating it",
    zwsp,
)
bad(
    "pt-vo-as-per-neuro-letter",
    PT,
    "vo",
    "Sodium valproate in pregnancy at 8/40: management as per the neurology letter (to follow). Fetal "
    "medicine as per their protocol.",
    "pointers to a letter that does not yet exist and a protocol",
)
# ============================================================================================================
# numbers: numbers that cannot be true, and true ones.

bad(
    "nu-meth-47-weeks",
    NU,
    "meth",
    "Methadone 60 mg continues; at 47/40 she is booked for delivery on the consultant unit. The baby needs 72 h "
    "of NAS scoring on the PNW; no co-sleeping after her dose; breastfeeding supported.",
    "a gestation of 47 weeks cannot be true (recorded 29+2)",
    cyr,
)
ok(
    "nu-meth-37-weeks",
    NU,
    "meth",
    "Methadone 60 mg continues; from 37/40 she is booked for delivery on the consultant unit. The baby needs 72 h "
    "of NAS scoring on the PNW; no co-sleeping after her dose; breastfeeding supported.",
    "twin: 37 weeks",
)
bad(
    "nu-meth-600-mg",
    NU,
    "meth",
    "Methadone 600 mg daily continues, supervised. The baby needs 72 h of NAS scoring on the PNW; no "
    "co-sleeping after her dose; breastfeeding supported.",
    "tenfold the listed 60 mg",
)
bad(
    "nu-meth-72h-on-24h-stay",
    NU,
    "meth",
    "Methadone 60 mg continues. The baby will be observed for withdrawal for 72 h on the PNW; she is booked "
    "for a 24-hour stay and will go home the day after birth. No co-sleeping after her dose.",
    "72 hours of ward observation inside a 24-hour stay",
    zwsp,
)
ok(
    "nu-meth-72h-stay",
    NU,
    "meth",
    "Methadone 60 mg continues. The baby will be observed for withdrawal for 72 h on the PNW; she stays at "
    "least 3 nights and goes home no earlier than day 4. No co-sleeping after her dose; breastfeeding supported.",
    "twin: the stay as long as the watch",
    cyr,
)
bad(
    "nu-cit-200-mg",
    NU,
    "cit",
    "Citalopram 200 mg once daily continues: relapse risk outweighs the small risks to the baby. Midwife "
    "watches for adaptation signs for 48 h; breastfeeding supported.",
    "tenfold the listed 20 mg, five times the licensed maximum",
)
ok(
    "nu-cit-20-mg",
    NU,
    "cit",
    "Citalopram 20 mg once daily continues: relapse risk outweighs the small risks to the baby. Midwife "
    "watches for adaptation signs for 48 h; breastfeeding supported.",
    "twin: the listed dose",
)
bad(
    "nu-cit-38-weeks",
    NU,
    "cit",
    "Citalopram continues. At 38/40 today she is close to term: the midwife watches the baby for adaptation "
    "signs for 48 h after birth; breastfeeding supported.",
    "38 weeks today against the recorded 32+1 on the same date",
)
bad(
    "nu-lith-level-8",
    NU,
    "lith",
    "Lithium (Priadel) 800 mg continues; target level 4 to 8 mmol/L, checked monthly and weekly from 36/40. "
    "Paediatric review of the baby; she bottle feeds.",
    "a lithium target tenfold the therapeutic range (0.4 to 0.8)",
    greek,
)
ok(
    "nu-lith-level-0-8",
    NU,
    "lith",
    "Lithium (Priadel) 800 mg continues; target level 0.4 to 0.8 mmol/L, checked monthly, weekly from 36/40 "
    "and within 24 h of birth. Paediatric review of the baby; she bottle feeds.",
    "twin: the therapeutic range",
    zwsp,
)
bad(
    "nu-dzp-50-mg",
    NU,
    "dzp",
    "Diazepam 50 mg tds and pregabalin 150 mg bd continue and sedate her: no co-sleeping or feeding lying "
    "down; the foster carer does nights; late withdrawal watched to day 8.",
    "tenfold the listed diazepam 5 mg",
)
ok(
    "nu-dzp-5-mg",
    NU,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue and sedate her: no co-sleeping or feeding lying "
    "down; the foster carer does nights; late withdrawal watched to day 8.",
    "twin: the listed doses",
)
bad(
    "nu-dzp-day-30",
    NU,
    "dzp",
    "Diazepam and pregabalin sedate her: no co-sleeping, foster carer does nights. The baby was on the PNW for "
    "30 days of NAS observation and is now home.",
    "30 days on the ward in a record written on day 4",
)
bad(
    "nu-valp-28-weeks",
    NU,
    "vo",
    "Unplanned pregnancy at 28 weeks on sodium valproate. Continue valproate unchanged, do not stop abruptly; "
    "urgent neurology and fetal medicine referrals; folic acid 5 mg started.",
    "28 weeks against the recorded 8+0 on the same date",
    fw,
)
ok(
    "nu-valp-8-weeks",
    NU,
    "vo",
    "Unplanned pregnancy at 8 weeks on sodium valproate. Continue valproate 500 mg bd unchanged, do not stop "
    "abruptly; GP sent urgent neurology and fetal medicine referrals for the baby's exposure; folic acid 5 mg "
    "started.",
    "twin: the recorded gestation",
)
bad(
    "nu-quet-3000-mg",
    NU,
    "quet",
    "Daniel takes quetiapine 3000 mg at night, which sedates him: Chloe does the night feeds and the baby "
    "sleeps in her crib; no bed or sofa sharing with him. HV checks.",
    "tenfold the listed 300 mg",
)
ok(
    "nu-quet-300-mg",
    NU,
    "quet",
    "Daniel takes quetiapine 300 mg at night, which sedates him: Chloe does the night feeds and the baby "
    "sleeps in her crib; no bed or sofa sharing with him. HV checks each visit.",
    "twin: the listed dose",
)
bad(
    "nu-sert-1000-mg",
    NU,
    "sert",
    "Sertraline 1000 mg continues: relapse risk outweighs the small risks to the baby, which the maternity team "
    "will watch for after birth.",
    "tenfold the listed 100 mg",
)
ok(
    "nu-sert-100-mg",
    NU,
    "sert",
    "Sertraline 100 mg continues: relapse risk outweighs the small risks to the baby, which the maternity team "
    "will watch for 48 h after birth.",
    "twin: the listed dose",
)
bad(
    "nu-meth-scoring-40-count",
    NU,
    "m-nwp",
    "NAS scoring 4-hourly for 72 hours: that is 40 scores in all, after which the HV checks for late signs to day 8.",
    "72 hours at 4-hourly is 18 scores, not 40",
)
ok(
    "nu-meth-scoring-18",
    NU,
    "m-nwp",
    "NAS scoring 4-hourly for 72 hours on the PNW (18 scores), then HV checks for late signs up to day 8.",
    "twin: the arithmetic holds",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F114CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F114CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F114CASES):3}"
    )
