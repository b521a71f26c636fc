"""A hundred-and-seventeenth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt,
forty-second round, against the readings landed in the last hour.

Written from the issue, docs/rules.md, README.md, the examples and CHANGELOG.md's newest "Fixed" lines, not from
the gate's code or its word lists. The last hour taught the gate to refuse: an act given to a role the same
conclusion rules out (declined, refused, "no HV involvement is needed", not allocated, not allocated until a
month); plans withdrawn or declined with nothing in their place; a home visit that only checks the cot carrying
no ward watch; a sedated partner given night feeds at clock times or the baby on his side of the bed; a medicine
that "looks after" the baby; the reader as "whichever team reads this"; "our wish is that"; "nobody is going
to"; the pair as sole deciders; "if she would like that"; "is to cease"; "urgent" weeks away; minutes with
"Actions: nil" or "Discussed:" lists; dose lines as titles; an earlier baby's arrangements. Most cases here (at
least 70%) are good, complete work that uses those same shapes legitimately (a service declined antenatally with
the new-birth visit agreed, no social worker with the HV checking, an HV allocated at birth who then visits, a plan
cancelled and replaced, a home visit that scores the baby, the evening feed by the sedated father and the 2 am by
the mother, the cot on her side, "whoever reads this: the plan is already in place", a wish with its act,
"nobody is going to share a bed", the couple's decision with the HV's check, a second opinion if she would like
one beside the plan, "to cease only if", urgent within 2 weeks, minutes with actions, a dose line as a heading
over its plan, an earlier placement's carers doing this baby's nights), each paired with a near miss in new
wording that must still be refused.

Categories: ``roles``, ``withdrawn``, ``visits``, ``nights``, ``actors``, ``reader``, ``wishes``, ``negated``,
``deciders``, ``conditions``, ``stops``, ``urgency``, ``minutes``, ``doselines``, ``earlier`` and ``disguise``
(about a fifth: texts from above in look-alike letters, zero-width characters, soft hyphens, bidi isolates and
full width; the verdict equals the plain one).

Medicines named here are real; no medicine is added, so no code is needed.
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh117_cases`` for the counts per category.
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

F117CASES: list[Case] = []

CATEGORIES = (
    "roles",
    "withdrawn",
    "visits",
    "nights",
    "actors",
    "reader",
    "wishes",
    "negated",
    "deciders",
    "conditions",
    "stops",
    "urgency",
    "minutes",
    "doselines",
    "earlier",
    "disguise",
)

RO, WD, VI, NI, AC, RD, WI, NG, DE, CO, ST, UR, MI, DL, EA, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F117CASES.append(Case(f"f117-{name}", category, expect, base, mutate, why))


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
    return inside_words(text, "\u200b", every=2)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=3)


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
# roles: a role declined, absent or not yet allocated for one stretch, with the act placed where it is there
# (pass); the act given to the role ruled out (refuse).

ok(
    "ro-cit-declined-antenatal-hv-new-birth",
    RO,
    "cit",
    "Citalopram 20 mg od continues -- stopping now risks a relapse of her depression late in pregnancy. Megan "
    "declined the HV antenatal contact but will see the HV at the new-birth visit on day 10, when feeding and "
    "settling are reviewed. The maternity team watch the baby for 48 hours after delivery for jitteriness, poor "
    "feeding or fast breathing. Breastfeeding is fine on citalopram.",
    "only the antenatal contact declined; the new-birth visit is agreed and the watch is the maternity team's",
    cyr,
)
ok(
    "ro-lith-no-sw-hv-checks-cot",
    RO,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues; relapse risk after delivery is high. Levels 4-weekly, weekly from "
    "36/40 and within 24 h of delivery, with fetal medicine growth scans at 28 and 34 weeks. No social worker is "
    "involved -- there are no safeguarding concerns -- and the HV checks the cot and feeding on day 10. "
    "Paediatric review of the baby after birth for floppiness, poor feeding and thyroid function. Bottle "
    "feeding, as lithium passes into breast milk.",
    "the absent social worker holds nothing; the HV holds the cot check",
)
ok(
    "ro-lo-hv-allocated-at-birth",
    RO,
    "lo",
    "Lithium (Priadel) 800 mg at night continues, levels monthly, weekly from 36 weeks and within 24 hours of the "
    "birth. The HV service is not allocated until the baby is born, then visits on day 10 and again at 6 weeks. "
    "Paediatric review of the baby on the postnatal ward; she will bottle feed, as breastfeeding on lithium is "
    "not advised. Perinatal mental health team sees her within 7 days of delivery.",
    "the HV not allocated before birth, the visit placed after it",
    zwsp,
)
ok(
    "ro-meth-refused-hv-last-time-accepted",
    RO,
    "meth",
    "Methadone 60 mg daily continues, supervised. Jodie refused any HV input with her last pregnancy; this time "
    "she has accepted it, and the HV will see the cot and screen the baby for late withdrawal at home up to day "
    "8. The postnatal ward scores the baby for NAS for 72 hours. Breastfeeding encouraged. Never sleep with the "
    "baby in bed or on the sofa after a dose.",
    "a refusal of an earlier pregnancy, taken back: the HV holds this baby's visits",
)
ok(
    "ro-quet-hv-not-needed-nights-mum",
    RO,
    "quet",
    "Daniel's quetiapine 300 mg at night leaves him heavily sedated, so he does no night feeds and never shares a "
    "bed, sofa or armchair with the baby. No extra HV involvement is needed beyond the usual visits: the HV saw "
    "the crib at the new-birth visit and checks it again at the 6-week contact. Chloe does the night feeds; the "
    "baby sleeps in the next-to-me crib.",
    "only extra input said not needed; the usual HV visits stand",
)
ok(
    "ro-sert-sw-not-allocated-midwife",
    RO,
    "sert",
    "Sertraline 100 mg continues -- the relapse risk outweighs the small risk of the baby being jittery or "
    "slow to feed. The postnatal midwives check the baby for adaptation for 24 hours alongside the NAS scores. "
    "The social worker is not part of the sertraline plan; no part of it is theirs.",
    "a role ruled out of this plan and given nothing",
)
bad(
    "ro-cit-declined-hv-hv-checks",
    RO,
    "cit",
    "Citalopram 20 mg continues; it is compatible with breastfeeding. Megan has declined the health visiting "
    "service altogether. The HV will see the baby on day 10 and look for jitteriness and feeding problems.",
    "the only watch given to the service she declined",
)
bad(
    "ro-lith-no-sw-sw-sees-cot",
    RO,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues with levels monthly, weekly from 36 weeks and within 24 hours of "
    "birth; bottle feeding agreed. There is no social worker for this family, and the social worker will check "
    "the baby's sleeping place and arrange the paediatric review.",
    "the paediatric review given to a social worker the text says there is none of",
)
bad(
    "ro-meth-hv-not-needed-hv-scores",
    RO,
    "meth",
    "Methadone 60 mg continues. HV involvement is not needed for this family. The health visitor scores the baby "
    "for withdrawal after birth and checks the cot; breastfeeding is supported.",
    "withdrawal scoring given to the HV just said not to be needed",
)
bad(
    "ro-dzp-sw-unallocated-till-march",
    RO,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue. The social worker will not be allocated until March. "
    "The social worker checks that the foster carer does the night feeds and watches the baby for late "
    "withdrawal.",
    "the sedation and withdrawal plan given to a social worker unallocated for months",
)

# ============================================================================================================
# withdrawn: a plan cancelled with its replacement, a refusal of one thing with the rest standing (pass); a plan
# withdrawn or declined with nothing in its place (refuse).

ok(
    "wd-meth-48h-replaced-72h",
    WD,
    "meth",
    "Methadone 60 mg od continues through pregnancy -- do not stop it. The 48-hour plan was cancelled and "
    "replaced with 72 hours on the ward: the midwives score the baby for NAS 4-hourly, and the HV screens for "
    "late signs to day 8. Breastfeeding supported. After her dose she is drowsy, so no co-sleeping and the cot is "
    "seen at the first home visit.",
    "a watch cancelled and replaced with a longer one",
    bidi,
)
ok(
    "wd-lith-switch-dropped-levels",
    WD,
    "lith",
    "A switch to quetiapine was discussed and dropped: Rebecca relapsed on it in 2022. So lithium (Priadel) 800 "
    "mg continues, with levels every 4 weeks, weekly from 36/40 and within 24 h of delivery, and a fetal "
    "medicine growth scan at 32 weeks. The paediatrician reviews the baby after birth. Formula feeding, as "
    "lithium passes into breast milk.",
    "a switch dropped and the plan it leaves in place stated",
)
ok(
    "wd-dzp-declined-taper-rest-stands",
    WD,
    "dzp",
    "Kayleigh declined the diazepam taper for now; diazepam 5 mg tds and pregabalin 150 mg bd stay as they are "
    "and the GP will offer the taper again at the 6-week check. Both sedate her: the foster carer does every "
    "night feed and the baby never sleeps with her on a bed, sofa or chair. Late withdrawal possible to day 8 -- "
    "the HV weighs and checks the baby on day 6 and day 8.",
    "one thing declined, the rest of the plan standing",
)
ok(
    "wd-valp-clinic-cancelled-rebooked",
    WD,
    "valp",
    "Valproate 500 mg bd must not be stopped suddenly -- the seizure risk to her and the baby is higher than the "
    "drug's. The neurology clinic on Friday was cancelled by the hospital and rebooked for next Wednesday. The "
    "fetal medicine unit scans the baby at 12 and 20 weeks; folic acid 5 mg started today.",
    "an appointment cancelled and rebooked",
)
bad(
    "wd-meth-ward-stay-scrapped",
    WD,
    "meth",
    "Methadone 60 mg daily continues, breastfeeding supported, no bed sharing. NAS scoring on the postnatal ward "
    "for 72 hours was arranged, but the unit has scrapped that and there is no alternative arrangement.",
    "the only withdrawal plan scrapped with nothing in its place",
)
bad(
    "wd-lith-declined-all-monitoring",
    WD,
    "lith",
    "Lithium (Priadel) 800 mg continues; bottle feeding. Monthly levels and the neonatal review were offered, but "
    "Rebecca declined both and no other plan has been made.",
    "levels and the baby's review declined with nothing agreed instead",
)
bad(
    "wd-quet-cot-plan-cancelled",
    WD,
    "quet",
    "Daniel takes quetiapine 300 mg at night. A plan for the crib and for Chloe to do the nights was agreed at "
    "the new-birth visit, but the couple have since withdrawn from it and nothing has replaced it.",
    "the safe-sleep plan withdrawn with nothing replacing it",
)

# ============================================================================================================
# visits: a home visit that scores or sees the baby carrying a watch past a shorter stay (pass); one that only
# checks the cot (refuse).

ok(
    "vi-meth-home-days-3-5-score",
    VI,
    "meth",
    "Methadone 60 mg daily continues. NAS scoring starts on the postnatal ward; if scores are low at 48 hours she "
    "may go home, and the midwife visits at home on days 3 and 5 to score the baby and check the cot, with the "
    "HV to day 8. Breastfeeding encouraged. No co-sleeping after her dose.",
    "home visits that score the baby carry the watch past the ward stay",
    shy,
)
ok(
    "vi-mo-ward-72-then-home",
    VI,
    "mo",
    "Methadone and sertraline continue unchanged. The baby stays on the postnatal ward with Jodie for 72 hours of "
    "NAS and adaptation scoring; after discharge the community midwife sees the baby at home on day 4 and the HV "
    "on day 8 for late signs. Breastfeeding supported. No co-sleeping because methadone makes her drowsy; the "
    "social worker and HV check the cot at the first home visit.",
    "a stay as long as the watch, then home visits that see the baby",
)
ok(
    "vi-dzp-placement-visits-weigh",
    VI,
    "dzp",
    "Diazepam and pregabalin continue for now; a diazepam reduction starts at 6 weeks. The baby was watched on "
    "the ward for 72 hours and went to the placement on day 4; the HV visits the placement on day 6 and day 8 to "
    "examine and weigh the baby for late withdrawal and to see the cot. The foster carer does the nights, as "
    "both medicines sedate Kayleigh, and she never sleeps with the baby on a bed or sofa.",
    "visits that examine the baby in the placement",
)
bad(
    "vi-meth-ward-72-home-24-cot",
    VI,
    "meth",
    "Methadone 60 mg continues; breastfeeding supported; no sofa or bed sharing. NAS scoring on the postnatal "
    "ward for 72 hours; mother and baby home 24 hours after delivery, and the community midwife checks the cot "
    "at home on day 3.",
    "a home visit that only checks the cot carries no ward watch past a 24-hour stay",
    shy,
)
bad(
    "vi-mo-ward-5-days-home-day-2-crib",
    VI,
    "mo",
    "Continue methadone and sertraline. Baby observed for withdrawal on the postnatal ward for 5 days; Jodie and "
    "the baby discharged 48 hours after birth, with the HV visiting to inspect the Moses basket. Breastfeeding "
    "supported; no co-sleeping.",
    "a 5-day ward watch against a 48-hour stay, carried only by a basket check",
)

# ============================================================================================================
# nights: the sedated father's evening feed before his dose, the mother's small-hours feeds, the cot on her side
# (pass); the sedated parent given feeds by the clock at night, or the baby on his side (refuse).

ok(
    "ni-quet-dad-7pm-mum-2am",
    NI,
    "quet",
    "Daniel takes quetiapine 300 mg at 10 pm and is heavily sedated after it. Dad does the 7 pm feed, before his "
    "dose; Chloe does the 2 am and 5 am feeds. He never shares a bed, sofa or armchair with the baby. The HV "
    "saw the crib at the new-birth visit and will recheck it at 6 weeks.",
    "the father's feed is before his dose; the night feeds are the mother's",
    greek,
)
ok(
    "ni-quet-cot-mums-side",
    NI,
    "quet",
    "Quetiapine 300 mg nocte makes Daniel too drowsy to wake for the baby. The baby sleeps in the cot on mum's "
    "side of the bed, Chloe does all the feeds after 10 pm, and Daniel does not co-sleep with the baby on a bed "
    "or sofa. Health visitor to check the arrangement again at the 6-week visit.",
    "the cot on the mother's side, the nights hers",
)
ok(
    "ni-co-dad-7pm-mum-2am-citalopram",
    NI,
    "co",
    "Continue citalopram 20 mg through pregnancy and breastfeeding: relapse is the bigger risk. Her partner does "
    "the 7 pm feed; Megan does the 2 am feed -- her citalopram does not sedate her. The midwife watches the baby "
    "for adaptation symptoms for the first 48 hours, and the GP reviews her mood at the 6-week check.",
    "night feeds by a mother whose medicine does not sedate",
)
ok(
    "ni-po-0300-by-mum",
    NI,
    "po",
    "Chloe's paracetamol raises no concern. Daniel's quetiapine sedates him heavily at night: he does not do the "
    "0300 feed or any feed after his 10 pm dose, and never sleeps with the baby on a bed, sofa or armchair. "
    "Chloe does the 0300 bottle. Crib on her side of the bed, seen by the HV and checked again at 6 weeks.",
    "the 0300 feed negated for him and given to her",
    fw,
)
ok(
    "ni-fo-carer-2am",
    NI,
    "fo",
    "Diazepam and pregabalin continue for now, with a supervised diazepam reduction from 6 weeks. Both sedate "
    "Kayleigh, so the foster carer does the 2 am and 5 am feeds, there is no bed, sofa or armchair sharing and "
    "no feeding lying down. Late withdrawal possible until day 8: the HV checks the baby on days 6 and 8. The "
    "foster carer, health visitor and social worker all hold this plan under the interim care order.",
    "clock-time night feeds given to the foster carer, not the sedated mother",
)
bad(
    "ni-quet-dad-does-2am",
    NI,
    "quet",
    "Daniel's quetiapine 300 mg at night is sedating. He does the 2 am feed so that Chloe can sleep, and he does "
    "not share a bed or sofa with the baby. The HV will keep checking the crib.",
    "the sedated father given a 2 am feed",
)
bad(
    "ni-quet-crib-his-side",
    NI,
    "quet",
    "Quetiapine 300 mg nocte makes Daniel drowsy. The crib sits on Daniel's side of the bed so he can reach the "
    "baby in the night; no sofa sleeping. HV to keep checking.",
    "the crib on the sedated father's side of the bed",
)
bad(
    "ni-fo-mum-does-0400",
    NI,
    "fo",
    "Diazepam and pregabalin continue; both sedate her. Kayleigh does the 0400 bottle herself in the placement "
    "and the foster carer the daytime feeds; no bed or sofa sharing. Late withdrawal possible until day 8.",
    "the sedated mother given the 0400 feed",
)

# ============================================================================================================
# actors: a medicine looking after her, a person looking after the baby (pass); a medicine looking after the
# baby (refuse).

ok(
    "ac-sert-looks-after-her-mood",
    AC,
    "sert",
    "Sertraline 100 mg continues: it looks after her mood, and a relapse late in pregnancy would harm her and "
    "the baby. The midwife looks after the baby's checks for 24 hours after birth -- jitteriness, feeding and "
    "breathing -- along with the methadone scores.",
    "the medicine looks after her; the midwife looks after the baby",
)
ok(
    "ac-cit-carer-looks-after-baby",
    AC,
    "cit",
    "Citalopram 20 mg continues; it keeps her well, and stopping it risks relapse. The maternity team look after "
    "the baby for the first 48 hours and watch for poor feeding, irritability and fast breathing. Citalopram "
    "passes into breast milk in small amounts and breastfeeding is supported.",
    "people look after the baby; the medicine keeps her well",
    zwsp,
)
bad(
    "ac-cit-medicine-looks-after-baby",
    AC,
    "cit",
    "Citalopram 20 mg continues through pregnancy and breastfeeding. Citalopram will look after the baby's "
    "settling and feeding in the first days.",
    "the medicine made the baby's carer; no one watches the baby",
    zwsp,
)
bad(
    "ac-sert-sertraline-cares-for-newborn",
    AC,
    "sert",
    "Sertraline 100 mg continues. The sertraline takes care of the newborn's adjustment after delivery, so no "
    "separate checks are planned.",
    "the medicine given the newborn's care",
)

# ============================================================================================================
# reader: the plan already in place for whoever reads it (pass); the plan handed to whoever reads it (refuse).

ok(
    "rd-meth-whoever-reads-plan-in-place",
    RD,
    "meth",
    "Whoever reads this: the plan is already in place -- the midwife scores the baby for NAS 4-hourly for 72 "
    "hours on the postnatal ward and the HV checks for late signs to day 8. Methadone 60 mg continues, "
    "supervised. Breastfeeding supported. No co-sleeping after her dose; the social worker sees the cot before "
    "discharge.",
    "the reader told the plan, which named people already hold",
    cyr,
)
ok(
    "rd-vo-for-the-receiving-gp",
    RD,
    "vo",
    "For the receiving GP, for information: Hannah, 8 weeks, on sodium valproate 500 mg bd. Valproate continues "
    "unchanged -- do not stop abruptly -- until neurology see her; the urgent referral went today. The fetal "
    "medicine unit will scan at 12 and 20 weeks. Folic acid 5 mg started. The annual risk acknowledgement form "
    "is recorded.",
    "the reader addressed, the acts with named services",
)
bad(
    "rd-meth-whoever-reads-arrange",
    RD,
    "meth",
    "Methadone 60 mg continues; breastfeeding supported. Whoever reads this must arrange the baby's withdrawal "
    "scoring and check that the parents are not bed sharing.",
    "the scoring and the cot left to whoever reads",
    cyr,
)
bad(
    "rd-lo-receiving-service-to-decide",
    RD,
    "lo",
    "Lithium (Priadel) 800 mg continues; she will bottle feed. Levels in pregnancy and the baby's review after "
    "birth: receiving service to decide and book.",
    "levels and the baby's review left to an unnamed receiving service",
)

# ============================================================================================================
# wishes: a wish with the act that meets it (pass); a wish alone (refuse).

ok(
    "wi-meth-wish-breastfeeds-midwife",
    WI,
    "meth",
    "Our wish is that she breastfeeds, and the midwife will support the first feeds on the ward. Methadone 60 mg "
    "continues; the baby is scored for NAS for 72 hours on the postnatal ward and checked by the HV to day 8. "
    "She is drowsy after her dose, so no bed or sofa sharing; cot checked at the home visit.",
    "a wish followed by the midwife's act",
    bidi,
)
ok(
    "wi-lo-team-hope-stable",
    WI,
    "lo",
    "The team's hope is that Rebecca stays well after birth; to that end lithium (Priadel) 800 mg continues with "
    "levels monthly, weekly from 36 weeks and within 24 hours of delivery, and the perinatal team see her within "
    "a week of the birth. Paediatric review of the baby after birth. She plans to bottle feed, as breastfeeding "
    "on lithium is not advised.",
    "a hope with the acts that serve it",
)
bad(
    "wi-meth-wish-only",
    WI,
    "meth",
    "Methadone 60 mg continues. Our wish is that the baby has an easy first week without withdrawal, that "
    "breastfeeding goes well and that the baby sleeps safely.",
    "wishes in place of a watch and a sleep plan",
    bidi,
)
bad(
    "wi-dzp-wish-safe-nights",
    WI,
    "dzp",
    "Diazepam and pregabalin continue. It is our wish that nights in the placement are safe and that any late "
    "withdrawal is noticed.",
    "a wish that someone will notice, no one named",
)

# ============================================================================================================
# negated: no one sharing a bed as a rule (pass); no one doing the watch (refuse).

ok(
    "ng-meth-nobody-shares-bed",
    NG,
    "meth",
    "Methadone 60 mg continues unchanged. Nobody is going to share a bed with the baby: the cot goes beside "
    "Jodie's bed and the midwife sees it at the home visit. NAS scoring for 72 hours on the postnatal ward. "
    "Breastfeeding encouraged on this dose.",
    "a negated act that is itself the safe-sleep rule",
    greek,
)
ok(
    "ng-fo-no-one-sleeps-with",
    NG,
    "fo",
    "Diazepam and pregabalin continue for now. No one is to sleep with the baby on a bed, sofa or armchair; the "
    "foster carer does the night feeds while Kayleigh is sedated. Late withdrawal signs possible until day 8 -- "
    "the HV sees the baby on day 6 and day 8. The foster carer, HV and social worker all hold this plan.",
    "no one sleeping with the baby as a rule, the acts named",
)
bad(
    "ng-meth-nobody-scores",
    NG,
    "meth",
    "Methadone 60 mg continues; breastfeeding is fine and there is to be no co-sleeping. Nobody is going to "
    "score the baby for withdrawal after delivery.",
    "the withdrawal watch negated outright",
    greek,
)
bad(
    "ng-dzp-no-one-due-night",
    NG,
    "dzp",
    "Diazepam and pregabalin continue. No one is due to do the night feeds while Kayleigh is sedated, and no one "
    "has been asked to look for late withdrawal.",
    "no one holds the nights or the watch",
)

# ============================================================================================================
# deciders: the couple's decision followed by a check (pass); the decision left to the couple (refuse).

ok(
    "de-quet-couples-decision-hv",
    DE,
    "quet",
    "Where to sleep the baby was the couple's decision: they chose the cot, and the HV checks it at the 6-week "
    "visit. Daniel's quetiapine 300 mg at night sedates him, so Chloe does the night feeds and he never shares "
    "a bed or sofa with the baby.",
    "the couple decided and the HV checks what they chose",
    fw,
)
ok(
    "de-po-parents-chose-crib",
    DE,
    "po",
    "Paracetamol for Chloe raises no concern. Daniel's quetiapine sedates him heavily at night, so no night feeds "
    "by him after his dose and no sharing a bed, sofa or armchair with the baby. The parents chose the "
    "next-to-me crib on Chloe's side; the health visitor saw it and will keep checking it.",
    "the parents chose; the HV saw and checks",
)
bad(
    "de-quet-pairs-call",
    DE,
    "quet",
    "Daniel takes quetiapine 300 mg at night. Whether the baby sleeps in the crib or in the parents' bed, and who "
    "does the nights, is left entirely to the couple to decide.",
    "safe sleep left to the couple with a sedated father",
)
bad(
    "de-po-familys-choice",
    DE,
    "po",
    "Paracetamol: no concern. Daniel's quetiapine: where the baby sleeps and who feeds at night are the family's "
    "choice alone.",
    "the sedated father's nights left to the family",
)

# ============================================================================================================
# conditions: an offer hung on her wish beside the plan that stands meanwhile (pass); the plan itself hung on
# her wish (refuse).

ok(
    "co-valp-second-opinion-meanwhile",
    CO,
    "valp",
    "If she would like a second opinion the consultant will refer her; the plan meanwhile is: valproate 500 mg "
    "bd continues unchanged and must not be stopped suddenly, urgent neurology review (referral sent today), "
    "fetal medicine scans at 12 and 20 weeks, and folic acid 5 mg daily.",
    "an option on her wish; the plan does not wait on it",
    shy,
)
ok(
    "co-cit-if-she-wants-leaflet",
    CO,
    "cit",
    "Citalopram 20 mg continues; stopping risks relapse. The midwife watches the baby for 48 hours after birth "
    "for jitteriness, poor feeding and breathing. Breastfeeding is supported. If Megan would like it, the "
    "pharmacist will also go through the breastfeeding leaflet with her.",
    "an extra offered on her wish beside the full plan",
)
bad(
    "co-lith-levels-if-she-likes",
    CO,
    "lith",
    "Lithium (Priadel) 800 mg continues; bottle feeding. The perinatal team will check her levels and arrange the "
    "baby's review after birth if Rebecca would like that.",
    "levels and the baby's review hung on her wish",
    shy,
)
bad(
    "co-valp-neuro-if-she-wants",
    CO,
    "valp",
    "Valproate 500 mg bd for now. A neurology referral and fetal medicine scans can be arranged if she would "
    "like them.",
    "the urgent plan made optional",
)

# ============================================================================================================
# stops: a cease hung on side effects or told of another medicine (pass); a medicine to cease now against the
# continue (refuse).

ok(
    "st-sert-cease-only-if-side-effects",
    ST,
    "sert",
    "Sertraline 100 mg continues through pregnancy. The dose is to cease only if she has serious side effects, "
    "and then by a GP-led taper, never abruptly. The midwife watches the baby for 24 hours for jitteriness and "
    "feeding problems with the NAS scores.",
    "a stop hung on a condition, with the taper",
    cyr,
)
ok(
    "st-valp-pill-ceased-not-valproate",
    ST,
    "valp",
    "Valproate 500 mg bd continues until the neurologist reviews it -- stopping suddenly risks seizures. Her "
    "combined pill is to cease, as she is pregnant. Urgent neurology referral and fetal medicine scans requested "
    "today; folic acid 5 mg started.",
    "the cease is of her contraceptive pill, not valproate",
)
bad(
    "st-sert-is-to-cease",
    ST,
    "sert",
    "Sertraline 100 mg is to cease today. The midwife watches the baby for 24 hours after birth for jitteriness "
    "and feeding.",
    "sertraline stopped outright now against its continue",
    cyr,
)
bad(
    "st-valp-to-be-ceased-now",
    ST,
    "valp",
    "Sodium valproate to be ceased this week because of the pregnancy. Fetal medicine scans at 12 and 20 weeks; "
    "folic acid 5 mg started.",
    "valproate stopped abruptly, the seizure risk ignored",
)

# ============================================================================================================
# urgency: urgent within days or two weeks (pass); urgent more than four weeks off (refuse).

ok(
    "ur-valp-urgent-within-2-weeks",
    UR,
    "valp",
    "Valproate 500 mg bd continues unchanged for now; do not stop abruptly. Urgent referral made today; seen "
    "within 2 weeks by the epilepsy neurologist. Fetal medicine assessment at 12 weeks. Folic acid 5 mg daily "
    "from today.",
    "urgent within 2 weeks",
    fw,
)
ok(
    "ur-vo-urgent-10-days",
    UR,
    "vo",
    "Unplanned pregnancy at 8/40 on sodium valproate 500 mg bd. Continue valproate unchanged; do not stop "
    "abruptly. Urgent neurology appointment in 10 days and an urgent fetal medicine appointment within 3 weeks "
    "for the first-trimester exposure. Folic acid 5 mg started; risk acknowledgement form recorded.",
    "urgent in days and within three weeks",
)
bad(
    "ur-valp-urgent-7-weeks",
    UR,
    "valp",
    "Valproate 500 mg bd continues; do not stop abruptly. Urgent neurology review in 7 weeks' time, and fetal "
    "medicine scans at 12 and 20 weeks; folic acid 5 mg started.",
    "urgent neurology put seven weeks off, past the first trimester",
    fw,
)
bad(
    "ur-lith-urgent-16-weeks",
    UR,
    "lith",
    "Lithium (Priadel) 800 mg continues; levels monthly, weekly from 36 weeks; bottle feeding; paediatric review "
    "after birth. Urgent perinatal psychiatry review 16 weeks from now.",
    "an urgent review put after the birth",
)

# ============================================================================================================
# minutes: MDT minutes with a topic list and actions, or "none new" with the standing plan restated (pass);
# minutes with nothing decided (refuse).

ok(
    "mi-meth-discussed-actions",
    MI,
    "meth",
    "MDT 2/3. Discussed: methadone 60 mg, NAS risk, breastfeeding, sleeping arrangements. Actions: midwife to "
    "score the baby 4-hourly for 72 hours on the postnatal ward; HV to check for late signs to day 8; methadone "
    "continues unchanged; breastfeeding supported; no co-sleeping after her dose -- social worker to see the cot "
    "before discharge.",
    "minutes with a list of topics and the actions that answer them",
    zwsp,
)
ok(
    "mi-lith-none-new-plan-stands",
    MI,
    "lith",
    "Actions: none new -- the plan of 14 April stands: lithium (Priadel) 800 mg continues; levels monthly, weekly "
    "from 36/40 and within 24 hours of birth; fetal medicine growth scans at 28 and 34 weeks; paediatric review "
    "of the baby after birth; bottle feeding, as lithium passes into breast milk.",
    "no new action, the standing plan restated in full",
)
ok(
    "mi-dzp-minutes-soap",
    MI,
    "dzp",
    "S: Kayleigh feels drowsy mid-morning. O: day 4, baby feeding well on formula. A: diazepam 5 mg tds and "
    "pregabalin 150 mg bd sedate her; late withdrawal possible to day 8. P: both continue; diazepam reduction "
    "from 6 weeks; foster carer does nights; no bed or sofa sharing; HV to check baby day 6 and 8.",
    "a SOAP note with the plan under P",
)
bad(
    "mi-meth-discussed-actions-nil",
    MI,
    "meth",
    "MDT 2/3. Discussed: methadone 60 mg, NAS, breastfeeding, co-sleeping risk. Actions: nil.",
    "topics listed, nothing decided",
    zwsp,
)
bad(
    "mi-lith-no-actions-today",
    MI,
    "lith",
    "Perinatal MDT. Discussed: lithium (Priadel) 800 mg nocte, levels, fetal risk, feeding, neonatal review. "
    "No actions arising today.",
    "a risk list with no action",
)

# ============================================================================================================
# doselines: a medicine and dose as a heading over its plan (pass); a dose line as the whole text (refuse).

ok(
    "dl-lith-priadel-heading",
    DL,
    "lith",
    "Lithium (Priadel) 800 mg: levels monthly, weekly from 36/40 and within 24 h of delivery; fetal medicine "
    "growth scan at 32 weeks; paediatric review of the baby after birth for floppiness and feeding; bottle "
    "feeding, as breastfeeding is not advised; perinatal team review within 7 days of birth.",
    "a dose line as a heading before a full plan",
    bidi,
)
ok(
    "dl-meth-dose-heading",
    DL,
    "meth",
    "Methadone 60 mg od (supervised): continue through pregnancy; baby scored for NAS for 72 h on the postnatal "
    "ward and by the HV to day 8; breastfeeding encouraged; no bed or sofa sharing after her dose, cot checked "
    "at the home visit.",
    "a dose heading over the plan",
)
ok(
    "dl-dzp-two-dose-headings",
    DL,
    "dzp",
    "Diazepam 5 mg tds: continue, GP reduces by 2 mg a fortnight from the 6-week check. Pregabalin 150 mg bd: "
    "continue. Both sedate her, so the foster carer does all night feeds and no bed or sofa sharing. Baby: late "
    "withdrawal possible to day 8, the HV checks on day 6 and day 8.",
    "each medicine's dose line as a heading over its plan",
)
bad(
    "dl-lith-priadel-title-only",
    DL,
    "lith",
    "Lithium (Priadel) 800 mg nocte. Levels. Baby. Feeding. Reviewed at perinatal MDT.",
    "a dose line and bare topic words",
    bidi,
)
bad(
    "dl-meth-dose-then-discussed",
    DL,
    "meth",
    "Methadone 1mg/ml oral solution 60 mg (60 ml) od. Discussed with Jodie at the antenatal clinic.",
    "a dose line and a discussion, nothing decided",
)

# ============================================================================================================
# earlier: an earlier baby's arrangements repeated for this baby (pass); told with no plan for now (refuse).

ok(
    "ea-dzp-same-carers-this-baby",
    EA,
    "dzp",
    "With her first baby in 2023 the placement worked well, so the same carers will do nights for this baby. "
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue for now and sedate her: no bed, sofa or armchair "
    "sharing, no feeding lying down. Late withdrawal signs are possible to day 8, and the HV sees the baby on "
    "days 6 and 8.",
    "an earlier placement's carers named for this baby's nights",
    greek,
)
ok(
    "ea-meth-last-time-nas-same-plan",
    EA,
    "meth",
    "Her son born in 2022 needed morphine for NAS; this baby will be scored on the postnatal ward for 72 hours "
    "with the neonatal team to treat if needed, and the HV checks for late signs to day 8. Methadone 60 mg "
    "continues. Breastfeeding supported. No bed sharing after her dose; the cot is seen at the home visit.",
    "an earlier baby's course beside this baby's plan",
)
bad(
    "ea-dzp-first-baby-only",
    EA,
    "dzp",
    "Diazepam and pregabalin continue. With her first baby in 2023 the foster carer did the nights, the baby slept "
    "in its own cot and the HV checked for withdrawal until day 8.",
    "an earlier baby's arrangements with no plan for this one",
    greek,
)
bad(
    "ea-meth-previous-pregnancy-plan",
    EA,
    "meth",
    "Methadone 60 mg continues. In her previous pregnancy the baby was scored for 72 hours on the ward, breastfed "
    "and slept in a cot beside her bed.",
    "a previous pregnancy's plan told as this baby's",
)

# ============================================================================================================
# More good work in the same shapes (pass), each worded apart from the pairs above.

ok(
    "ro-cit-hv-input-refused-antenatally-only",
    RO,
    "co",
    "Continue citalopram 20 mg through pregnancy and breastfeeding; relapse is the greater risk. Megan refused "
    "HV input antenatally only; after the birth the HV does the new-birth visit as usual. The midwife watches "
    "the baby for adaptation symptoms for the first 48 hours, and the GP reviews her mood at the 6-week check.",
    "a refusal limited to the antenatal period; the HV's act placed after it",
)
ok(
    "ro-lith-older-sons-sw-not-involved",
    RO,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues; levels monthly, weekly from 36/40 and within 24 h of delivery; "
    "growth scans at 28 and 34 weeks. Her older son's social worker is not involved with this baby. The "
    "paediatrician reviews the baby after birth for floppiness, feeding and thyroid function, and the HV sees "
    "the baby on day 10. She will bottle feed.",
    "another child's social worker ruled out and given nothing",
)
ok(
    "ro-vo-hv-not-allocated-until-january",
    RO,
    "vo",
    "Unplanned pregnancy at 8 weeks on sodium valproate 500 mg bd. Continue valproate unchanged; do not stop "
    "abruptly. Urgent neurology and fetal medicine referrals sent today; folic acid 5 mg started; risk "
    "acknowledgement form recorded. The HV is not allocated until January, after the birth, and will then see "
    "the baby at the new-birth visit, after the paediatrician's newborn check for valproate exposure.",
    "the HV's act placed after the allocation it waits for",
    cyr,
)
ok(
    "ro-co-perinatal-team-declined-gp-reviews",
    RO,
    "co",
    "Citalopram 20 mg continues through pregnancy and breastfeeding. The perinatal mental health team declined "
    "the referral as Megan is well; instead the GP reviews her mood monthly and at the 6-week check. The "
    "midwife watches the baby for 48 hours after birth for jitteriness, feeding and breathing.",
    "a team declining the referral, the GP in its place",
)
ok(
    "ro-quet-declined-extra-visits",
    RO,
    "quet",
    "Daniel's quetiapine 300 mg at night sedates him: no night feeds by him after his dose and no bed, sofa or "
    "armchair sharing with the baby. They declined the HV's offer of weekly visits and have the standard "
    "6-week contact, when the HV checks the crib again. Chloe does the nights.",
    "extra visits declined, the standard contact kept",
)
ok(
    "wd-meth-early-discharge-turned-down",
    WD,
    "meth",
    "Methadone 60 mg daily continues through pregnancy. Early discharge was turned down by the paediatrician, so "
    "the baby stays 72 hours on the postnatal ward for NAS scoring, and the HV checks for late withdrawal to day "
    "8. Breastfeeding supported. No co-sleeping after her dose; cot checked at the home visit.",
    "one option turned down; the plan it leaves stated",
)
ok(
    "wd-mo-home-birth-cancelled-unit",
    WD,
    "mo",
    "Methadone and sertraline continue unchanged. The home birth was cancelled; she will now deliver on the "
    "consultant unit so the baby can be scored for withdrawal and adaptation for 72 hours on the postnatal "
    "ward. Breastfeeding supported. No co-sleeping because of methadone sedation; the social worker and health "
    "visitor see the sleeping arrangements before discharge.",
    "a home birth cancelled and replaced by delivery on the unit",
)
ok(
    "wd-valp-switch-on-hold-continue",
    WD,
    "vo",
    "Unplanned pregnancy on sodium valproate at 8 weeks. The switch to lamotrigine is on hold until neurology see "
    "her; valproate continues unchanged meanwhile and must not be stopped abruptly. Urgent neurology and fetal "
    "medicine referrals sent today. Folic acid 5 mg started. Risk acknowledgement form status recorded.",
    "a switch put on hold with the continue in its place",
)
ok(
    "wd-dzp-placement-move-day-2-replaced",
    WD,
    "fo",
    "Diazepam and pregabalin continue for now. The move to the placement on day 2 was cancelled and replaced "
    "with day 4, after the 72-hour ward watch for withdrawal; late withdrawal is possible until day 8, so the HV "
    "sees the baby on days 6 and 8. Both medicines sedate her: the foster carer does the nights, with no bed, "
    "sofa or armchair sharing. The foster carer, HV and social worker hold this plan.",
    "a move cancelled and replaced after the watch",
)
ok(
    "vi-meth-home-48h-day-3-review",
    VI,
    "meth",
    "Methadone 60 mg continues; do not reduce in pregnancy without the drug service. NAS scoring on the "
    "postnatal ward for 48 hours; home at 48 hours if scores stay low, and the community midwife reviews the baby "
    "at home on day 3 and day 5 for withdrawal signs, with the HV on day 8. Breastfeeding encouraged. No bed or "
    "sofa sharing after a dose.",
    "a ward watch as long as the stay, then home reviews of the baby",
)
ok(
    "vi-mo-car-seat-and-equal-stay",
    VI,
    "mo",
    "Continue methadone and sertraline unchanged. The baby is scored for NAS and watched for adaptation for 72 "
    "hours on the postnatal ward and goes home at 72 hours at the earliest; the car seat is checked at "
    "discharge and the cot at the first home visit by the HV and social worker. Breastfeeding supported. No "
    "co-sleeping after her methadone.",
    "a car seat check beside a stay as long as the watch",
)
ok(
    "ni-quet-9pm-before-11pm-dose",
    NI,
    "quet",
    "Daniel takes his quetiapine 300 mg at 11 pm; he gives the 9 pm bottle before it and then sleeps in the "
    "spare room. Chloe does every feed from 11 pm to 7 am. He never shares a bed or sofa with the baby. The HV "
    "will check the crib again at 6 weeks.",
    "an evening feed before his dose; he sleeps apart after it",
)
ok(
    "ni-po-crib-not-his-side",
    NI,
    "po",
    "Chloe's paracetamol raises no concern. Daniel's quetiapine 300 mg at night sedates him: the crib is not on "
    "his side of the bed but on Chloe's, he does no feeds after his dose, and he never shares a bed, sofa or "
    "armchair with the baby. The HV saw the crib and will keep checking it.",
    "his side negated, the crib on hers",
)
ok(
    "ni-meth-daytime-dose-naps",
    NI,
    "meth",
    "Methadone 60 mg continues, taken at 9 am at the chemist. She is drowsiest for 2 hours after the dose, so the "
    "baby naps in the cot, never on her on the sofa; her partner is home for the 2 am feed support. NAS scoring "
    "72 hours on the ward; HV to day 8. Breastfeeding supported.",
    "the mother's drowsy window placed in the day; the nights with a cot",
)
ok(
    "ni-fo-carer-0300",
    NI,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue; the GP starts a diazepam reduction at 6 weeks. They "
    "sedate Kayleigh, so Sandra (foster carer) gives the 0300 and 0600 bottles and the baby sleeps in the cot in "
    "Sandra's room -- no bed or sofa sharing with Kayleigh. Late withdrawal signs to day 8: HV visits day 6 and 8.",
    "the clock-time feeds given to the foster carer by name",
)
ok(
    "ac-po-quetiapine-helps-him-sleep",
    AC,
    "po",
    "Chloe's paracetamol is no concern. Quetiapine helps Daniel sleep, and at 300 mg it sedates him heavily: "
    "Chloe looks after the baby at night, he does no feeds after his dose, and he never sleeps with the baby on "
    "a bed, sofa or armchair. The health visitor will keep checking the crib.",
    "the medicine helps him; Chloe looks after the baby",
)
ok(
    "ac-meth-neonatal-team-looks-after",
    AC,
    "meth",
    "Methadone holds Jodie steady and continues at 60 mg daily. The postnatal midwives score the baby for 72 "
    "hours and the neonatal team looks after the baby if scores rise; HV checks to day 8. Breastfeeding "
    "encouraged. No co-sleeping after her dose.",
    "the neonatal team looks after the baby; the medicine holds her steady",
)
ok(
    "ac-lith-priadel-keeps-her-well",
    AC,
    "lo",
    "Lithium (Priadel) 800 mg at night keeps Rebecca well and continues, with levels monthly, weekly from 36 "
    "weeks and within 24 hours of birth. The paediatrician looks after the baby's review after birth. Bottle "
    "feeding agreed, as breastfeeding on lithium is not advised. Perinatal team review within a week of birth.",
    "the medicine keeps her well; a paediatrician reviews the baby",
)
ok(
    "rd-fo-any-professional-agreed",
    RD,
    "fo",
    "Any professional reading this: the plan below is already agreed and held. Diazepam and pregabalin "
    "continue for now, with a diazepam reduction from 6 weeks. Sedation is the main risk: the foster carer does "
    "the night feeds, no bed, sofa or armchair sharing, no feeding lying down. The HV checks for late withdrawal "
    "on days 6 and 8. The foster carer, health visitor and social worker hold this plan.",
    "the reader told that the plan is held by named people",
)
ok(
    "rd-co-receiving-midwife-please",
    RD,
    "co",
    "Receiving midwife: Megan continues citalopram 20 mg through pregnancy and breastfeeding. Please watch the "
    "baby for 48 hours after birth for jitteriness, poor feeding and fast breathing. The GP reviews her mood at "
    "the 6-week check.",
    "the reader addressed by role, the midwife",
)
ok(
    "rd-lo-to-whoever-on-labour-ward",
    RD,
    "lo",
    "To whoever is on labour ward when she delivers: nothing new is asked of you -- the lithium plan is set. "
    "Priadel 800 mg at night continues; levels within 24 hours of birth are booked with the perinatal team; "
    "the paediatrician reviews the baby after birth; bottle feeding, as lithium is not advised with "
    "breastfeeding; perinatal team review within a week.",
    "whoever is on duty told the plan that others hold",
)
ok(
    "wi-cit-her-wish-to-breastfeed",
    WI,
    "cit",
    "Citalopram 20 mg continues; stopping risks relapse. Her wish is to breastfeed, and the infant feeding team "
    "will see her on day 1 -- citalopram is compatible. The midwife watches the baby for 48 hours for "
    "jitteriness and feeding difficulty.",
    "her wish, and the team that supports it",
)
ok(
    "wi-lith-wished-to-breastfeed-bottle-agreed",
    WI,
    "lith",
    "Rebecca wished to breastfeed, but on lithium bottle feeding was agreed after discussion. Priadel 800 mg "
    "nocte continues; levels monthly, weekly from 36/40 and within 24 h of birth; growth scans at 28 and 34 "
    "weeks. The paediatrician reviews the baby after birth for floppiness and thyroid function.",
    "a wish given up, the agreed plan stated",
)
ok(
    "wi-dzp-wish-with-acts",
    WI,
    "dzp",
    "Our wish is that Kayleigh can care for the baby by day herself; to make that safe the foster carer does "
    "every night feed while diazepam and pregabalin sedate her, and no one shares a bed, sofa or armchair with "
    "the baby. Both continue for now; the GP starts a diazepam reduction at 6 weeks. HV checks the baby for late "
    "withdrawal on day 6 and day 8.",
    "a wish with the acts that make it safe",
)
ok(
    "ng-po-no-one-but-chloe-nights",
    NG,
    "po",
    "Chloe's paracetamol raises no concern. Daniel's quetiapine sedates him at night, so no one but Chloe does the "
    "night feeds and nobody is going to share a bed, sofa or armchair with the baby. Crib on her side, seen by "
    "the HV, who checks it again at 6 weeks.",
    "the nights given to Chloe alone, a rule against bed sharing",
)
ok(
    "ng-meth-nobody-stops-suddenly",
    NG,
    "meth",
    "Nobody is going to stop her methadone suddenly: 60 mg daily continues, and any change goes through the drug "
    "service. The postnatal ward scores the baby for NAS for 72 hours; HV to day 8. Breastfeeding is supported. "
    "No bed sharing after her dose.",
    "a negated stop, itself the relapse rule",
)
ok(
    "ng-lith-no-one-changes-dose",
    NG,
    "lith",
    "No one is to change the lithium dose without the perinatal psychiatrist: Priadel 800 mg nocte continues, "
    "levels monthly, weekly from 36/40 and within 24 h of birth. The paediatrician reviews the baby after "
    "birth. Bottle feeding, as lithium passes into breast milk. Growth scans at 28 and 34 weeks.",
    "a negated act as a rule, the plan given to named people",
)
ok(
    "de-po-pairs-decision-supported",
    DE,
    "po",
    "Chloe's paracetamol: no concern. Daniel's quetiapine sedates him at night. The pair's decision that Chloe "
    "does every night feed and the baby sleeps in the crib on her side was supported by the HV, who saw the "
    "crib and will check it again at 6 weeks. He never shares a bed or sofa with the baby.",
    "the pair decided; the HV saw and checks",
)
ok(
    "de-lith-feeding-couples-choice-formula",
    DE,
    "lo",
    "Lithium (Priadel) 800 mg at night continues; levels monthly, weekly from 36 weeks and within 24 hours of "
    "birth. Feeding was the couple's choice after advice: formula, as lithium passes into breast milk, and the "
    "midwife will show safe making-up of feeds. The paediatrician reviews the baby after birth; perinatal team "
    "within a week.",
    "the couple chose within the advice; the midwife acts",
)
ok(
    "de-fo-family-decided-carer-nights",
    DE,
    "fo",
    "Diazepam and pregabalin continue for now, with a diazepam reduction from 6 weeks. The family meeting decided "
    "the foster carer does all night feeds while Kayleigh is sedated; no bed, sofa or armchair sharing. Late "
    "withdrawal possible to day 8 -- the HV checks on days 6 and 8. The foster carer, HV and social worker hold "
    "this plan.",
    "a family decision with named people holding it",
)
ok(
    "co-meth-if-she-wants-bf-support",
    CO,
    "meth",
    "Methadone 60 mg continues through pregnancy. If she would like to breastfeed, the infant feeding team will "
    "support her; methadone is compatible. The baby is scored for NAS for 72 hours on the ward and by the HV to "
    "day 8. Drowsy after dosing: no co-sleeping, cot seen at the home visit.",
    "feeding support offered on her wish beside the full plan",
)
ok(
    "co-quet-if-they-want-sleep-clinic",
    CO,
    "quet",
    "Quetiapine 300 mg at night sedates Daniel: no night feeds by him, no bed or sofa sharing. Chloe does the "
    "nights; the crib is on her side. If they would like it, the HV will also refer them to the infant sleep "
    "service; the HV checks the crib at 6 weeks either way.",
    "an extra referral on their wish; the plan stands either way",
)
ok(
    "st-vo-folic-acid-to-cease-12-weeks",
    ST,
    "vo",
    "Unplanned pregnancy at 8 weeks on sodium valproate. Continue valproate unchanged; do not stop abruptly. "
    "Folic acid 5 mg daily started and is to cease at 12 weeks. Urgent neurology and fetal medicine referrals "
    "sent. Risk acknowledgement form status recorded.",
    "folic acid's planned end, not valproate's",
)
ok(
    "st-dzp-to-cease-gradually",
    ST,
    "dzp",
    "Diazepam is to cease gradually: 5 mg tds now, reduced by 2 mg a fortnight from the 6-week check under the "
    "GP. Pregabalin 150 mg bd continues. Both sedate her: the foster carer does the night feeds, no bed or sofa "
    "sharing. Late withdrawal signs possible to day 8; HV checks on day 6 and day 8.",
    "a taper told as a cease, gradual and later",
)
ok(
    "st-sert-not-to-cease",
    ST,
    "sert",
    "Sertraline 100 mg is not to cease in pregnancy: relapse is the bigger risk. The midwives watch the baby "
    "for 24 hours after birth for jitteriness, feeding and breathing, alongside the NAS scores.",
    "a cease negated",
)
ok(
    "ur-lith-urgent-fetal-echo-1-week",
    UR,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues; levels monthly, weekly from 36/40 and within 24 h of birth. "
    "Urgent fetal echocardiogram requested, within 1 week. Paediatric review of the baby after birth; bottle "
    "feeding, as lithium is not advised with breastfeeding.",
    "urgent within a week",
    cyr,
)
ok(
    "ur-meth-urgent-paeds-24h",
    UR,
    "meth",
    "Methadone 60 mg continues. Urgent paediatric review within 24 hours of birth if NAS scores reach 8; "
    "otherwise the midwives score the baby 4-hourly for 72 hours on the ward and the HV checks to day 8. "
    "Breastfeeding supported. No co-sleeping after her dose.",
    "urgent within hours, on a threshold",
)
ok(
    "ur-valp-urgent-booked-date",
    UR,
    "valp",
    "Valproate 500 mg bd continues until neurology review -- abrupt stopping risks seizures. Urgent neurology "
    "appointment booked for 3 June 2026; fetal medicine scan at 12 weeks. Folic acid 5 mg started today.",
    "urgent on a date two weeks off",
)
ok(
    "mi-co-actions-numbered",
    MI,
    "co",
    "Perinatal huddle 10/2. Discussed: citalopram 20 mg, neonatal adaptation, breastfeeding. Actions: (1) continue "
    "citalopram through pregnancy and breastfeeding; (2) midwife to watch the baby 48 h for adaptation; (3) GP "
    "mood review at the 6-week check.",
    "minutes with numbered actions",
)
ok(
    "mi-valp-discussed-agreed",
    MI,
    "vo",
    "Discussed: sodium valproate at 8 weeks, pregnancy prevention, fetal risk. Agreed: continue valproate "
    "unchanged, no abrupt stop; urgent neurology and fetal medicine referrals sent today; folic acid 5 mg "
    "started; risk acknowledgement form status recorded.",
    "a topic list followed by what was agreed",
)
ok(
    "mi-quet-email-summary",
    MI,
    "quet",
    "Hi all -- summary from today's visit. Discussed: Daniel's quetiapine 300 mg at night and sleep. Actions: "
    "Chloe does all night feeds; Daniel no bed or sofa sharing and no feeds after his dose; HV to re-check the "
    "crib at 6 weeks.",
    "an email with the actions",
)
ok(
    "dl-sert-dose-heading",
    DL,
    "sert",
    "Sertraline 100 mg od: continue through pregnancy; relapse risk outweighs the small risk of neonatal "
    "adaptation, which the postnatal midwives watch for over 24 hours with the NAS scores.",
    "a dose line as a heading over its plan",
)
ok(
    "dl-po-quetiapine-nocte-heading",
    DL,
    "po",
    "Paracetamol prn (Chloe): no concern. Quetiapine 300 mg nocte (Daniel): sedating -- he does no night feeds "
    "and never shares a bed, sofa or armchair with the baby; Chloe does the nights; the HV keeps checking the "
    "crib.",
    "each medicine's line as a heading over its answer",
)
ok(
    "dl-valp-epilim-heading",
    DL,
    "valp",
    "Sodium valproate (Epilim) 500 mg bd: continue unchanged until neurology review; do not stop abruptly "
    "(seizure risk to her and the baby). Urgent neurology and fetal medicine referrals sent today; scans at 12 "
    "and 20 weeks. Folic acid 5 mg od started.",
    "a brand-bracketed dose line as a heading",
    bidi,
)
ok(
    "dl-cit-od-dash",
    DL,
    "cit",
    "Citalopram 20 mg OD -- continue. Midwife to watch the baby for 48 h after birth (jitteriness, feeding, "
    "breathing). Breastfeeding supported on citalopram.",
    "a dose line with a dash, then the plan",
)
ok(
    "ea-lith-first-baby-bottle-same",
    EA,
    "lith",
    "Her first baby was bottle fed; this baby will be too, as lithium passes into breast milk, and the midwife "
    "will support formula feeding. Priadel 800 mg nocte continues; levels monthly, weekly from 36/40 and within "
    "24 h of birth; growth scans at 28 and 34 weeks. The paediatrician reviews this baby after birth.",
    "an earlier baby's feeding repeated as this baby's plan",
    zwsp,
)
ok(
    "ea-meth-previous-no-nas-still-score",
    EA,
    "meth",
    "Her previous baby had no withdrawal, but this baby will still be scored for NAS for 72 hours on the "
    "postnatal ward and checked by the HV to day 8. Methadone 60 mg continues. Breastfeeding encouraged. No "
    "co-sleeping after her dose; the cot is seen at the home visit.",
    "an earlier baby's course and this baby's own plan",
)
ok(
    "ea-quet-as-with-daughter",
    EA,
    "quet",
    "As with their daughter in 2021, Chloe does the night feeds and Daniel, on quetiapine 300 mg at night, does "
    "none -- that arrangement continues for this baby. He never shares a bed or sofa with the baby. The HV "
    "saw the crib and will check it again at 6 weeks.",
    "an earlier baby's arrangement continued for this one",
)
ok(
    "ea-fo-same-placement-as-2023",
    EA,
    "fo",
    "Diazepam and pregabalin continue for now, with a supervised diazepam reduction. Kayleigh is in the same "
    "placement as with her first baby in 2023, and the same foster carers do this baby's night feeds while she "
    "is sedated; no bed, sofa or armchair sharing. Late withdrawal possible until day 8, the HV checks. The "
    "foster carer, HV and social worker hold this plan.",
    "the earlier placement's carers given this baby's nights",
)


ok(
    "ro-co-refused-hv-until-birth",
    RO,
    "co",
    "Citalopram 20 mg continues through pregnancy and breastfeeding. She refused any HV input until the birth. "
    "The HV will see the baby at the new-birth visit. The midwife watches for adaptation symptoms for 48 h; GP "
    "mood review at 6 weeks.",
    "a refusal limited to before the birth; the HV's visit is after it",
)
ok(
    "ni-quet-0200-0500-chloe",
    NI,
    "quet",
    "Daniel's quetiapine 300 mg at night sedates him; he is asleep from 11 pm. Chloe does the 0200 and 0500 "
    "feeds. The crib is on Chloe's side. He does not share a bed or sofa with the baby. HV checks at 6 weeks.",
    "clock-time night feeds given to the mother, who takes nothing sedating",
)
ok(
    "mi-quet-actions-nil-for-dose",
    MI,
    "quet",
    "Quetiapine 300 mg nocte (Daniel). Actions: nil for Daniel's dose, which is unchanged; Chloe does all night "
    "feeds; no bed or sofa sharing with Daniel; HV rechecks the crib at 6 weeks.",
    "'Actions: nil' limited to the dose, with the actions that follow it",
)

if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F117CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F117CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F117CASES):3}"
    )
