"""A hundred-and-sixteenth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt,
forty-first round, against the readings landed in the last stop.

Written from the issue, docs/rules.md, README.md, the examples and CHANGELOG.md's newest "Fixed" lines, not from
the gate's code or its word lists. The last stop taught the gate to refuse acts given to the record's reader,
goals with no act, "no one will fail to", negated care acts, plans put off to an unnamed later appointment, bare
hand-overs to a department, "thoughts welcome" as the only answer, an older child's care, plans withdrawn in the
perfect or active voice, care left to her asking or to the couple, pointers to a record alert, breastfeeding
planned against the items, an overall stop against an assessment's continue, a sedated partner doing nights, a
partner with no contact given care, stays shorter than the watch, "urgent" months away and roles ruled out.
Most cases here (at least 70%) are good, complete work that uses those same shapes legitimately (a letter to the
mother, an aim with the act that meets it, "nobody will share a bed with the baby", a named later appointment,
"thoughts welcome, but the plan meanwhile is ...", an older child named beside the baby's own plan, a plan
scrapped and replaced, "the couple agreed the cot", an alert that restates the plan, breastfeeding the items
record, a partner whose own assessment says he is not sedated, a stay as long as the watch, a service declined
then accepted), each paired with a near miss in new wording that must still be refused.

Categories: ``reader``, ``goals``, ``negated``, ``later``, ``handover``, ``asks``, ``children``, ``withdrawn``,
``wishes``, ``pointers``, ``feeding``, ``stops``, ``partner``, ``stays``, ``urgency``, ``roles`` and ``disguise``
(about a fifth: texts from above in look-alike letters, zero-width characters, soft hyphens, bidi isolates and
full width; the verdict equals the plain one).

Medicines named here are real; the one medicine added carries the dm+d code the shipped foster example uses.
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh116_cases`` for the counts per category.
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

F116CASES: list[Case] = []

CATEGORIES = (
    "reader",
    "goals",
    "negated",
    "later",
    "handover",
    "asks",
    "children",
    "withdrawn",
    "wishes",
    "pointers",
    "feeding",
    "stops",
    "partner",
    "stays",
    "urgency",
    "roles",
    "disguise",
)

RD, GO, NG, LT, HO, AS, CH, WD, WI, PT, FD, ST, PA, SY, UR, RO, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F116CASES.append(Case(f"f116-{name}", category, expect, base, mutate, why))


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


def zwj(text: str) -> str:
    return inside_words(text, "\u200d", every=2)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=3)


def bidi(text: str) -> str:
    return " ".join(f"\u2068{word}\u2069" for word in text.split(" "))


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


def with_(where: str, text: str, *more: Mutation) -> Mutation:
    """The conclusion at ``where`` set to ``text``, with the other changes that make up the one point."""
    return chain(SETTERS[where][1](text), *more)


# ============================================================================================================
# reader: letters to the mother and to a named role (pass); acts handed to whoever reads (refuse).

ok(
    "rd-meth-letter-to-jodie",
    RD,
    "meth",
    "Dear Jodie, you will keep taking your methadone 60 mg each morning at the chemist, as now. Your baby may "
    "have withdrawal symptoms, so your midwife will score the baby for 72 hours on the postnatal ward and your "
    "health visitor will look for late signs until day 8. You can breastfeed on this dose. Methadone makes you "
    "drowsy, so never sleep with your baby in your bed or on the sofa; the cot goes beside your bed and your "
    "midwife will see it at the first home visit.",
    "a letter to the mother: 'you' is Jodie, and each act on the baby has a named professional",
    zwj,
)
ok(
    "rd-sert-letter-to-jodie",
    RD,
    "sert",
    "Dear Jodie, you will carry on with sertraline 100 mg a day, because stopping it could bring your depression "
    "back. There is a small chance your baby is jittery or slow to feed in the first days, so your midwife will "
    "watch your baby for 24 hours along with the methadone checks. Sertraline is fine with breastfeeding.",
    "a letter to the mother about her sertraline, with the midwife's watch",
)
ok(
    "rd-co-letter-to-hv",
    RD,
    "co",
    "To the health visitor: she continues citalopram 20 mg through pregnancy and breastfeeding. The midwife "
    "watches the baby for adaptation symptoms for the first 48 hours; please ensure you ask about feeding and "
    "jitteriness at the new birth visit. Her GP reviews her mood at the 6-week check.",
    "'please ensure' addressed to a named role, the health visitor",
)
ok(
    "rd-lo-letter-to-rebecca",
    RD,
    "lo",
    "Dear Rebecca, you will stay on your lithium (Priadel) 800 mg at night. Your lithium levels will be checked "
    "by the perinatal team monthly, weekly from 36 weeks and within 24 hours of the birth. The paediatrician "
    "will check your baby after birth for floppiness and feeding problems. As agreed, you will bottle feed, "
    "because lithium passes into breast milk. The perinatal mental health team will see you within a week of "
    "the birth.",
    "a letter to the mother for the overall conclusion, with the team that checks her levels",
    cyr,
)
bad(
    "rd-meth-whichever-team-reads",
    RD,
    "meth",
    "Methadone 60 mg daily continues through pregnancy. Whichever team reads this should organise the baby's "
    "withdrawal scoring after birth and look at the sleeping arrangements; breastfeeding is fine.",
    "the baby's scoring and the cot given to whoever happens to read the record",
    shy,
)
bad(
    "rd-co-receiving-team-to-organise",
    RD,
    "co",
    "Citalopram 20 mg continues through pregnancy. Observation of the baby after birth and the mood review: "
    "receiving team to organise as they see fit.",
    "every act left to the receiving team, unnamed",
)

# ============================================================================================================
# goals: an aim with the act that meets it (pass); an aim, a wish or an ambition alone (refuse).

ok(
    "go-lith-aim-range-clinic",
    GO,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. Aim: levels 0.6-0.8 mmol/L -- the lithium clinic checks them "
    "every 4 weeks, weekly from 36/40 and within 24 hours of delivery. The paediatrician reviews the baby after "
    "birth for floppiness, poor feeding and thyroid problems. Bottle feeding agreed, as lithium passes into "
    "breast milk.",
    "an aim followed by the clinic that works to it",
    greek,
)
ok(
    "go-valp-target-then-plan",
    GO,
    "valp",
    "Target: no seizures for the rest of the pregnancy. Sodium valproate 500 mg bd continues unchanged until "
    "the epilepsy neurologist sees her within 2 weeks (referral sent today) and decides on a switch. The baby "
    "was exposed in the first trimester, so the fetal medicine unit scans at 12 and 20 weeks. Folic acid 5 mg "
    "started today.",
    "'Target:' heading a plan with named acts",
)
ok(
    "go-meth-hope-but-set-plan",
    GO,
    "meth",
    "We hope the baby's withdrawal from methadone will be mild, but the plan does not depend on it: methadone "
    "60 mg continues; midwives score the baby on the postnatal ward for 72 hours and the HV checks for late "
    "signs to day 8; breastfeeding encouraged; no bed or sofa sharing after her dose, and the midwife sees the "
    "cot at the first home visit.",
    "a hope beside a full plan",
)
ok(
    "go-dzp-goal-taper",
    GO,
    "dzp",
    "Goal: Kayleigh off diazepam by the baby's fourth month. To get there the GP reduces diazepam 5 mg tds by "
    "2 mg a fortnight from the 6-week review; pregabalin 150 mg bd continues for now. Both sedate her, so the "
    "foster carer does all night feeds and the baby never sleeps with her on a bed, sofa or armchair. The HV "
    "checks the baby for late withdrawal on day 6 and day 8.",
    "a goal followed by the taper that meets it",
)
bad(
    "go-lith-ambition-only",
    GO,
    "lith",
    "Lithium continues. Our ambition is steady lithium levels near term, a baby who feeds well after birth and a "
    "mother who stays well through the postnatal weeks.",
    "an ambition in place of any act",
)
bad(
    "go-meth-our-wish",
    GO,
    "meth",
    "Methadone 60 mg continues. Our wish is that the baby shows few withdrawal signs, that breastfeeding goes "
    "well and that there is no co-sleeping after her dose.",
    "wishes for the baby with no one doing anything",
    bidi,
)

# ============================================================================================================
# negated: rules and reasons said in the negative (pass); care that no one gives or that is called off (refuse).

ok(
    "ng-meth-nobody-bed-cot-beside",
    NG,
    "meth",
    "Methadone 60 mg daily continues. Nobody will share a bed with the baby: the cot is beside her bed, and the "
    "midwife sees it at the first home visit. The baby is scored for withdrawal on the postnatal ward for 72 "
    "hours and the HV looks for late signs up to day 8. Breastfeeding supported.",
    "a safe-sleep rule in the negative, with the cot check and the watch",
    zwj,
)
ok(
    "ng-lith-no-baby-level-routinely",
    NG,
    "lith",
    "Lithium 800 mg at night continues, with her levels monthly, weekly from 36/40 and within 24 hours of "
    "delivery. No lithium level will be taken from the baby routinely: the paediatrician examines the baby after "
    "birth and checks the baby's level and thyroid only if the baby is floppy or feeds poorly. Bottle feeding "
    "agreed.",
    "a test on the baby ruled out with the reason and what is done instead",
)
ok(
    "ng-quet-no-night-feeds-by-daniel",
    NG,
    "quet",
    "No night feeds will be done by Daniel after his quetiapine 300 mg: he is too hard to wake. Chloe does them, "
    "the baby sleeps in the next-to-me crib on her side, and Daniel never naps with the baby on the sofa. The "
    "health visitor checks this at every visit for 8 weeks.",
    "a negated act by a named person is a rule about him, with the HV's check",
)
ok(
    "ng-sert-no-paeds-needed",
    NG,
    "sert",
    "Sertraline 100 mg continues; stopping risks a relapse of depression. No paediatric review will be needed "
    "for sertraline alone: the midwife watches the baby for 24 hours for jitteriness or poor feeding alongside "
    "the methadone scoring. Breastfeeding is compatible.",
    "a review ruled out because the midwife's watch covers it",
)
bad(
    "ng-lith-nobody-going-to-check",
    NG,
    "lith",
    "Lithium 800 mg continues. Nobody is going to check lithium levels near term or see the baby after birth; "
    "she will bottle feed.",
    "the levels and the baby's review given to nobody",
)
bad(
    "ng-dzp-none-of-us-will-forget",
    NG,
    "dzp",
    "Diazepam and pregabalin continue. None of us will forget to watch the baby for late withdrawal, and not one "
    "of us will overlook the sleeping arrangements while she is drowsy.",
    "a double negative with no one as the actor",
    cyr,
)

# ============================================================================================================
# later: a named later appointment with who decides (pass); put off to a later meeting no one holds (refuse).

ok(
    "lt-vo-28-week-consultant",
    LT,
    "vo",
    "Sodium valproate 500 mg bd continues; she must not stop it. Neurology sees her within 2 weeks to plan any "
    "switch. At the 28-week appointment the consultant obstetrician will decide the place and timing of birth "
    "with the fetal medicine results in hand; folic acid 5 mg continues to 12 weeks.",
    "a named later appointment and the person who decides at it",
)
ok(
    "lt-meth-32-week-clinic",
    LT,
    "meth",
    "Methadone 60 mg daily continues. The obstetric consultant reviews her at the 32-week clinic with the drug "
    "service keyworker and confirms the NAS plan: 72 hours' scoring on the postnatal ward, HV to day 8. "
    "Breastfeeding encouraged; no co-sleeping after her dose, the midwife sees the cot at the first visit.",
    "a dated later clinic with a named reviewer, and the plan now",
)
ok(
    "lt-co-6-week-gp",
    LT,
    "co",
    "Citalopram 20 mg continues through pregnancy and breastfeeding. The midwife watches the baby for adaptation "
    "symptoms for 48 hours after birth. At the 6-week postnatal appointment her GP will decide with her whether "
    "to stay on 20 mg.",
    "a later decision at a named appointment by a named role",
    fw,
)
bad(
    "lt-vo-settled-after-next-visit",
    LT,
    "vo",
    "Sodium valproate continues for now. What to do about a switch and the scans will be settled following her "
    "next visit.",
    "the switch and the scans put off to a visit no one is named for",
)
bad(
    "lt-co-finalised-in-due-course",
    LT,
    "co",
    "Citalopram continues. Arrangements for the baby after birth to be finalised at a future clinic.",
    "the baby's plan put off to an unnamed future clinic",
    greek,
)

# ============================================================================================================
# handover: a department given acts with verbs that act (pass); a department with an empty verb (refuse).

ok(
    "ho-meth-neonatal-scores-scbu",
    HO,
    "meth",
    "Methadone 60 mg daily continues. The baby is scored for withdrawal on the postnatal ward for at least 72 "
    "hours; if scores rise, the neonatal team will score the baby every 4 hours on SCBU and decide on "
    "treatment. HV checks for late signs to day 8. Breastfeeding encouraged; no bed sharing after her dose.",
    "the neonatal team given the scoring, with how often and where",
)
ok(
    "ho-dzp-unit-takes-calls",
    HO,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue. The neonatal unit takes the foster carer's calls until "
    "day 8 and readmits the baby for tremor or poor feeding. The foster carer does all night feeds while "
    "Kayleigh is drowsy; no bed, sofa or armchair sharing.",
    "the neonatal unit with verbs that act",
    bidi,
)
bad(
    "ho-dzp-unit-deals-with-baby",
    HO,
    "dzp",
    "Diazepam and pregabalin continue. The neonatal unit deals with the baby; social care takes care of the placement.",
    "a department and a service handed the baby and the placement with empty verbs",
)
bad(
    "ho-meth-maternity-manages-baby",
    HO,
    "meth",
    "Methadone 60 mg continues. Maternity manages the baby and the drug service oversees the methadone.",
    "two empty hand-overs and nothing else",
)

# ============================================================================================================
# asks: a question with the plan meanwhile (pass); a question with only a request for views (refuse).

ok(
    "as-lith-thoughts-welcome-plan-meanwhile",
    AS,
    "lith",
    "Should the lithium dose come down in the last weeks? Thoughts welcome, but the plan meanwhile is: lithium "
    "800 mg at night continues, levels weekly from 36/40 and within 24 hours of birth, extra fluids in labour, "
    "paediatric review of the baby after birth, and bottle feeding as agreed.",
    "a question to colleagues with the plan that stands meanwhile",
    zwj,
)
ok(
    "as-co-views-invited-citalopram",
    AS,
    "co",
    "A switch from citalopram to sertraline was raised; happy to hear views. Until then citalopram 20 mg "
    "continues, the midwife watches the baby for 48 hours for adaptation symptoms, breastfeeding is supported "
    "and the GP reviews her mood at 6 weeks.",
    "views invited beside a full plan",
)
bad(
    "as-lith-keen-to-hear",
    AS,
    "lith",
    "Should lithium be reduced in the last weeks of pregnancy, and does the baby need levels? Keen to hear your views.",
    "a question whose only answer asks the readers for theirs",
)
bad(
    "as-dzp-comments-please",
    AS,
    "dzp",
    "Diazepam and pregabalin: should the foster carer do all the night feeds, and for how long? Comments please.",
    "the open question answered only by asking for comments",
    fw,
)

# ============================================================================================================
# children: an older child named beside the baby's plan (pass); only the older child's care (refuse).

ok(
    "ch-meth-son-at-school",
    CH,
    "meth",
    "Methadone 60 mg daily continues. Her son (aged 5) is at school and her mother collects him. The baby is "
    "observed for 72 hours on the postnatal ward for withdrawal and the HV looks for late signs to day 8. "
    "Breastfeeding encouraged; the baby's cot is beside her bed and no one sleeps with the baby after her dose.",
    "an older child mentioned, the baby's own plan complete",
    shy,
)
ok(
    "ch-quet-daughter-own-room",
    CH,
    "quet",
    "Daniel's quetiapine 300 mg at night makes him very hard to wake. Their daughter (aged 4) sleeps in her own "
    "room; the baby sleeps in the crib on Chloe's side and Chloe does the night feeds. Daniel never sleeps with "
    "the baby on a bed or sofa. The health visitor checks this at each visit.",
    "an older child named beside the baby's own sleeping plan",
)
bad(
    "ch-quet-older-boy-only",
    CH,
    "quet",
    "Daniel's quetiapine 300 mg makes him hard to wake at night. Their older boy, now six, must not climb into "
    "bed with him, and the health visitor will check that the boy has a bed of his own.",
    "the older child's sleep, not the baby's",
)
bad(
    "ch-meth-first-child-with-gran",
    CH,
    "meth",
    "Methadone 60 mg continues. Her first child is looked after by his grandmother, who will watch him for any "
    "change in mum's behaviour; the school nurse is aware.",
    "care planned only for the first child",
)

# ============================================================================================================
# withdrawn: a plan scrapped and replaced (pass); a plan dropped with nothing in its place (refuse).

ok(
    "wd-dzp-scrapped-and-replaced",
    WD,
    "dzp",
    "The earlier plan (a fast diazepam taper in the first fortnight) was scrapped and replaced with this one: "
    "diazepam 5 mg tds and pregabalin 150 mg bd continue, with a supervised diazepam taper from the 6-week "
    "review. Both sedate Kayleigh, so the foster carer does the night feeds and the baby never sleeps with her. "
    "The HV watches for late withdrawal until day 8.",
    "an earlier plan scrapped and its replacement given",
)
ok(
    "wd-meth-reduction-withdrawn-instead",
    WD,
    "meth",
    "The drug service withdrew its earlier suggestion of a reduction at 20/40; instead methadone stays at 60 mg "
    "daily to term. The baby is scored for 72 hours on the postnatal ward and the HV checks to day 8. "
    "Breastfeeding encouraged; the cot was agreed and the midwife sees it at the first home visit.",
    "a withdrawn suggestion with what stands instead",
    cyr,
)
bad(
    "wd-dzp-binned-all-of-it",
    WD,
    "dzp",
    "Diazepam and pregabalin continue. The foster carer was to do the night feeds and the HV to visit to day 8, "
    "but we have binned all of that and nothing has been put in its place.",
    "the whole plan thrown out in the active voice, nothing instead",
)
bad(
    "wd-meth-team-abandoned-it",
    WD,
    "meth",
    "Methadone 60 mg continues. Scoring the baby for 72 hours, the HV checks and the cot visit were the plan; "
    "the team has since abandoned it and agreed no alternative.",
    "the plan abandoned by the team, no alternative",
)

# ============================================================================================================
# wishes: the couple's agreement with a professional's check (pass); care left to the couple or her asking.

ok(
    "wi-quet-couple-agreed-cot",
    WI,
    "quet",
    "Daniel's quetiapine 300 mg nocte leaves him too drowsy for night care. The couple agreed the cot: the baby "
    "sleeps in the crib on Chloe's side and Chloe does all night feeds. The HV checks it at day 10 and at every "
    "visit to 8 weeks.",
    "the couple's agreement recorded, the HV's check given",
    greek,
)
ok(
    "wi-lith-she-may-also-ask",
    WI,
    "lith",
    "Lithium 800 mg continues, with levels monthly, weekly from 36/40 and within 24 hours of delivery. The "
    "paediatrician reviews the baby after birth; Rebecca may also ask for an extra level at any time. Bottle "
    "feeding agreed because lithium passes into milk.",
    "an extra level on her asking beside the planned ones",
)
bad(
    "wi-quet-pairs-decision",
    WI,
    "quet",
    "Daniel's quetiapine makes him very drowsy at night. Whether he does night feeds and where the baby sleeps is "
    "the pair's decision.",
    "night care and the baby's sleep left to the couple",
)
bad(
    "wi-lith-if-rebecca-would-like",
    WI,
    "lith",
    "Lithium continues at 800 mg. Her levels near term and the baby's review after birth would be arranged if "
    "Rebecca would like that; she will bottle feed.",
    "levels and the baby's review hung on her wish",
    zwj,
)

# ============================================================================================================
# pointers: an alert that restates the plan (pass); a flag pointed to in place of the plan (refuse).

ok(
    "pt-meth-alert-says-the-same",
    PT,
    "meth",
    "See the alert on her record, which says the same: methadone 60 mg daily continues; the baby is scored for "
    "withdrawal on the postnatal ward for 72 hours and the HV checks for late signs to day 8; breastfeeding "
    "encouraged; no bed or sofa sharing after her dose, and the midwife sees the cot at the first home visit.",
    "a pointer beside the whole plan written out",
)
ok(
    "pt-vo-badgernet-alert-added",
    PT,
    "vo",
    "Sodium valproate 500 mg bd continues; do not stop abruptly. Urgent neurology review within 2 weeks and an "
    "early fetal medicine scan for the first-trimester exposure; folic acid 5 mg started. A BadgerNet alert has "
    "been added so the maternity team sees the valproate plan at booking.",
    "an alert added as an act, the plan written here",
)
bad(
    "pt-meth-flag-on-notes",
    PT,
    "meth",
    "Methadone: for the baby's plan, refer to the flag on her maternity notes.",
    "the plan is a flag somewhere else",
)
bad(
    "pt-lith-per-systmone-banner",
    PT,
    "lith",
    "Lithium - as per the banner on SystmOne for levels, delivery and the baby.",
    "the plan is a banner on the practice system",
    bidi,
)

# ============================================================================================================
# feeding: breastfeeding the items record (pass); breastfeeding planned against the items (refuse).

ok(
    "fd-meth-breastfeed-as-items",
    FD,
    "meth",
    "Methadone 60 mg continues. She will breastfeed, as the items record: it is compatible on a stable dose and "
    "may ease the baby's withdrawal. The baby is scored for 72 hours on the postnatal ward, HV to day 8. No "
    "bed sharing after her dose; the midwife checks the cot at the first visit.",
    "breastfeeding planned where the items encourage it",
    fw,
)
ok(
    "fd-lith-wanted-to-but-bottle",
    FD,
    "lith",
    "Lithium 800 mg continues with levels monthly, weekly from 36/40 and within 24 hours of birth. Rebecca wanted "
    "to breastfeed but, as lithium passes into breast milk, has chosen to bottle feed; the midwife supports this. "
    "The paediatrician reviews the baby after birth for floppiness and poor feeding.",
    "a wish to breastfeed told with the bottle chosen",
)
bad(
    "fd-lith-going-to-breastfeed",
    FD,
    "lith",
    "Lithium continues, levels weekly from 36/40. The paediatrician reviews the baby after birth. She is going to "
    "breastfeed from day one.",
    "breastfeeding planned where the item advises against it on lithium",
)

# ============================================================================================================
# stops: a stop at a later point or of an unassessed medicine (pass); a stop now against the continue (refuse).

ok(
    "st-vo-folic-stops-at-12",
    ST,
    "vo",
    "Sodium valproate 500 mg bd continues unchanged until neurology reviews her this month; she must not stop it. "
    "Folic acid 5 mg stops at 12 weeks. Fetal medicine scan booked for the first-trimester exposure; the annual "
    "risk form is on file.",
    "the medicine stopped is folic acid, at a time, not the one assessed",
)
ok(
    "st-mo-sertraline-maybe-after",
    ST,
    "mo",
    "Continue methadone and sertraline through pregnancy. Sertraline may be reduced after the birth if her mood "
    "is steady; the GP decides at the 6-week check. The baby is scored for withdrawal on the postnatal ward for "
    "72 hours; breastfeeding supported; no co-sleeping, and the HV and social worker see the cot before "
    "discharge.",
    "a reduction at a later point, decided by a named role",
    cyr,
)
bad(
    "st-mo-sertraline-cease-today",
    ST,
    "mo",
    "Methadone continues unchanged. Sertraline is to cease today. The baby is scored for withdrawal on the "
    "postnatal ward; no co-sleeping, and the HV and social worker see the cot before discharge.",
    "the overall conclusion stops sertraline now against its assessment's continue",
)

# ============================================================================================================
# partner: a partner whose own assessment says he is not sedated doing nights; a partner with no contact and no
# partner plan (pass). The sedated partner doing nights; a partner with no contact given the night care (refuse).

_PARTNER_PREGABALIN = {
    "id": "med-partner-quetiapine",
    "code": {"system": "https://dmd.nhs.uk", "code": "42135711000001109", "display": "Pregabalin 75mg capsules"},
    "name": "Pregabalin 75mg capsules",
    "dose": "75 mg twice a day",
    "taken_by": "partner",
    "started": "2024-02-05",
    "prescriber": {"kind": "other-organisation", "organisation": {"ods_code": "Y90005", "name": "Elm Park Surgery"}},
}
_NOT_SEDATED = {
    "sedation": "no",
    "parenting_capacity": "The father takes pregabalin 75 mg twice a day for generalised anxiety; he has taken "
    "it for two years and reports no drowsiness, confirmed by his GP. He shares the baby's care day and night.",
    "safe_sleep": "Not sedated on this dose. Both parents advised: the baby sleeps in its own crib, never in the "
    "parents' bed or on a sofa with either of them.",
}


def _partner_on_pregabalin(conclusion_text: str, overall_text: str) -> Mutation:
    return chain(
        set_("medicines#med-partner-quetiapine", _PARTNER_PREGABALIN),
        set_("assessments#asm-partner-quetiapine.impact_on_mother", _NOT_SEDATED),
        set_("assessments#asm-partner-quetiapine.conclusion", conclusion_text),
        set_("overall_conclusion.text", overall_text),
    )


_PREG_OVERALL = (
    "Chloe's paracetamol raises no concern. Daniel's pregabalin 75 mg bd does not make him drowsy, so he can "
    "share the night feeds; the baby sleeps in its own crib and never in bed or on a sofa with either parent. "
    "The health visitor checks the crib at each visit."
)
add(
    "pa-dad-pregabalin-not-sedated-nights",
    PA,
    PASS,
    P,
    _partner_on_pregabalin(
        "Daniel's pregabalin 75 mg twice a day does not sedate him (his own assessment and his GP say so), so he "
        "does the night feeds on alternate nights. The baby sleeps in its own crib, never in the parents' bed or "
        "on the sofa with either of them; the health visitor checks the crib at each visit to 8 weeks.",
        _PREG_OVERALL,
    ),
    "a partner whose own assessment says he is not sedated may do nights",
)
add(
    "dg-pa-dad-pregabalin-not-sedated-nights",
    DG,
    PASS,
    P,
    _partner_on_pregabalin(
        zwj(
            "Daniel's pregabalin 75 mg twice a day does not sedate him (his own assessment and his GP say so), so "
            "he does the night feeds on alternate nights. The baby sleeps in its own crib, never in the parents' "
            "bed or on the sofa with either of them; the health visitor checks the crib at each visit to 8 weeks."
        ),
        _PREG_OVERALL,
    ),
    "a partner not sedated doing nights [disguised: zwj]",
)
ok(
    "pa-quet-sedated-no-nights",
    PA,
    "quet",
    "Daniel's quetiapine 300 mg at night sedates him heavily, so Chloe does every night feed and Daniel does the "
    "early evening feed before his dose. The baby sleeps in the crib on Chloe's side, never in bed or on the sofa "
    "with Daniel. The HV checks this at every visit.",
    "the sedated partner does only the feed before his dose",
)
bad(
    "pa-quet-sedated-takes-nights",
    PA,
    "quet",
    "Daniel's quetiapine 300 mg continues. Daniel takes over the 2 am feed so that Chloe can sleep through; the "
    "baby sleeps in the crib, and the HV checks the crib at each visit.",
    "the partner whose assessment says he is sedated given the night feed",
)

_NO_CONTACT = "The baby's father; separated before the birth and has no contact with the mother or the baby"
add(
    "pa-no-contact-no-partner-plan",
    PA,
    PASS,
    P,
    chain(
        set_("partner.relationship", _NO_CONTACT),
        set_(
            "assessments#asm-partner-quetiapine.conclusion",
            "No contact with the baby's father, so there is no partner plan for now: his quetiapine 300 mg at "
            "night would make him too sedated for night care or bed sharing. If contact restarts the social "
            "worker tells the health visitor, who then reviews the sleeping arrangements with both parents before "
            "any overnight stay.",
        ),
    ),
    "a partner with no contact: no plan now, and what happens if contact restarts",
)
add(
    "pa-no-contact-dad-settles-baby",
    PA,
    REFUSE,
    P,
    chain(
        set_("partner.relationship", _NO_CONTACT),
        set_(
            "assessments#asm-partner-quetiapine.conclusion",
            "Daniel's quetiapine 300 mg makes him drowsy, so he settles the baby in the crib before his evening "
            "dose and the health visitor checks the crib at each visit.",
        ),
    ),
    "a partner with no contact given an act of the baby's care",
)

# ============================================================================================================
# stays: going home once the watch ends (pass); a stay shorter than the watch (refuse).

ok(
    "sy-meth-home-72h-once-watch-ends",
    SY,
    "meth",
    "Methadone 60 mg daily continues. The baby is scored for withdrawal on the postnatal ward for 72 hours; "
    "mother and baby home 72 hours after birth, once the watch ends, and the HV checks for late signs to day 8. "
    "Breastfeeding encouraged; no bed sharing after her dose, cot seen at the first home visit.",
    "the stay is as long as the watch",
    bidi,
)
ok(
    "sy-meth-home-day-4",
    SY,
    "meth",
    "Methadone 60 mg continues. NAS scoring on the postnatal ward for 72 hours, then home on day 4 if the scores "
    "are low; HV to day 8. Breastfeeding encouraged; no co-sleeping after her dose, the midwife checks the cot at "
    "the first visit.",
    "home on day 4, after the 72-hour watch",
)
bad(
    "sy-meth-discharged-day-2",
    SY,
    "meth",
    "Methadone 60 mg continues. NAS scoring on the postnatal ward for 72 hours; mother and baby discharged on day "
    "2. Breastfeeding encouraged; no co-sleeping after her dose, the HV checks the cot.",
    "discharge on day 2 before a 72-hour ward watch ends",
)

# ============================================================================================================
# urgency: urgent and soon (pass); urgent and months away (refuse).

ok(
    "ur-valp-urgent-this-week",
    UR,
    "valp",
    "Sodium valproate 500 mg bd continues; stopping suddenly risks seizures. The baby was exposed in the first "
    "trimester: urgent neurology review this week and a fetal medicine scan at 12 weeks, then a detailed anomaly "
    "scan at 20 weeks. Folic acid 5 mg started today.",
    "urgent and this week",
)
bad(
    "ur-valp-urgent-in-20-weeks",
    UR,
    "valp",
    "Sodium valproate continues; stopping suddenly risks seizures. The baby was exposed in the first trimester, "
    "so an urgent epilepsy clinic appointment has been made for 20 weeks from now, with a fetal medicine scan; "
    "folic acid 5 mg started.",
    "'urgent' given a date twenty weeks off, after the exposure window and the anomaly scan",
)

# ============================================================================================================
# roles: a service declined then accepted (pass); a service declined and the role still given the act (refuse).

ok(
    "ro-quet-hv-declined-then-accepted",
    RO,
    "quet",
    "Daniel's quetiapine 300 mg nocte makes him very hard to wake, so Chloe does the night feeds and the baby "
    "sleeps in its own crib, never in bed or on the sofa with him. She had declined health visiting but accepted "
    "it at 34 weeks; the HV visits on day 10 and checks the crib each time.",
    "a declined service later accepted: the HV's check stands",
    shy,
)
bad(
    "ro-quet-turned-down-hv",
    RO,
    "quet",
    "Daniel's quetiapine makes him very hard to wake at night. Chloe has turned down health visitor contact; the "
    "health visitor will check the crib at each visit.",
    "a role turned down and still given the only check",
)


# ============================================================================================================
# More good work in the same shapes, across the other examples and voices (pass), with a few near misses.

ok(
    "rd-dzp-letter-to-foster-carer",
    RD,
    "dzp",
    "Dear foster carer, Kayleigh takes diazepam 5 mg three times a day and pregabalin 150 mg twice a day, and "
    "both make her drowsy. You will do all of the baby's night feeds while she is in placement, and the baby "
    "sleeps in the cot in your room. Please call the neonatal unit for tremor, poor feeding or crying you cannot "
    "settle, up to day 8; the HV visits on day 6 and day 8.",
    "a letter to the foster carer: 'you' is named by role in the salutation",
)
ok(
    "rd-quet-letter-to-both-parents",
    RD,
    "quet",
    "Dear Chloe and Daniel, Daniel's quetiapine 300 mg at night makes him very hard to wake, so Chloe will do "
    "the night feeds and the baby will sleep in the next-to-me crib on Chloe's side. Daniel, please never fall "
    "asleep with the baby on the sofa or in bed. Your health visitor will look at the crib at every visit until "
    "8 weeks.",
    "a letter to both parents, each act named",
    cyr,
)
ok(
    "rd-valp-letter-to-mother",
    RD,
    "valp",
    "Dear Ms Example, please keep taking sodium valproate 500 mg twice a day and do not stop it suddenly, as a "
    "seizure could harm you and the baby. Because the baby was exposed early in pregnancy, you will have a "
    "detailed scan with the fetal medicine team, and the neurologist will see you within 2 weeks to talk about "
    "switching. Keep taking folic acid 5 mg.",
    "a letter to the mother about valproate with the scans and review",
)
ok(
    "go-co-aim-relapse-free",
    GO,
    "co",
    "The aim is for her to stay well, so citalopram 20 mg continues through pregnancy and breastfeeding. The "
    "midwife watches the baby for jitteriness, poor feeding or fast breathing for 48 hours; the GP reviews her "
    "mood at the 6-week check.",
    "an aim that gives the reason for a decision and its acts",
)
ok(
    "go-quet-aim-safe-nights",
    GO,
    "quet",
    "Aim: safe nights for the baby while Daniel takes quetiapine 300 mg. Chloe does all the night feeds, the "
    "baby sleeps in the crib on her side, and Daniel never naps with the baby on the sofa. The HV checks the "
    "crib at every visit to 8 weeks.",
    "an aim heading the acts that meet it",
    fw,
)
ok(
    "ng-dzp-no-one-sleeps-with-baby",
    NG,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue, with a diazepam taper from the 6-week review. No one "
    "sleeps with the baby on a bed, sofa or armchair, and Kayleigh never feeds lying down; the foster carer does "
    "all night feeds. The HV sees the baby on day 6 and day 8 for late withdrawal.",
    "a rule said with 'no one', plus named acts",
)
ok(
    "ng-valp-no-need-to-stop",
    NG,
    "valp",
    "There is no need to stop sodium valproate 500 mg bd now, and it must not be stopped suddenly: a seizure "
    "would harm her and the baby. The neurologist reviews a switch within 2 weeks; the baby's first-trimester "
    "exposure means a fetal medicine scan at 12 weeks and an anomaly scan at 20. Folic acid 5 mg started.",
    "'no need to' about the medicine, with the plan",
    zwj,
)
ok(
    "lt-lo-36-week-perinatal",
    LT,
    "lo",
    "Continue lithium (Priadel) 800 mg at night. At the 36-week perinatal clinic Dr Osei will set the dose for "
    "the last weeks and arrange levels within 24 hours of birth. The paediatrician reviews the baby after birth. "
    "Bottle feeding, as lithium passes into breast milk. Perinatal mental health review within a week of birth.",
    "a named later clinic with a named psychiatrist",
)
ok(
    "lt-fo-6-week-review-gp",
    LT,
    "fo",
    "Diazepam and pregabalin continue for now. At the 6-week review the GP will start a supervised diazepam "
    "taper. Until then the foster carer does all night feeds, no bed, sofa or armchair sharing, and the HV "
    "watches for late withdrawal to day 8; the social worker reviews contact at 4 weeks.",
    "a later review with the GP's act and the plan meanwhile",
)
ok(
    "ho-co-maternity-to-observe",
    HO,
    "co",
    "Citalopram 20 mg continues through pregnancy and breastfeeding. Maternity will observe the baby for 48 "
    "hours for adaptation symptoms and call paediatrics if they persist; the GP reviews her mood at 6 weeks.",
    "maternity given an act that acts",
    greek,
)
ok(
    "ho-lo-paediatrics-to-examine",
    HO,
    "lo",
    "Lithium (Priadel) 800 mg at night continues, with levels monthly, weekly from 36/40 and within 24 hours of "
    "birth. Paediatrics will examine the baby within 24 hours of birth and check thyroid function if the baby is "
    "floppy or slow to feed. Bottle feeding agreed. Perinatal team review within a week.",
    "paediatrics given an examination",
)
ok(
    "as-meth-query-to-drug-service-plan-stands",
    AS,
    "meth",
    "Q for the drug service: is a split dose better in the third trimester? Any views welcome; in the meantime "
    "methadone 60 mg once daily continues, the baby is scored for 72 hours on the postnatal ward, the HV checks "
    "to day 8, breastfeeding is encouraged, and the midwife sees the cot at the first visit.",
    "a question to a named service with the plan meanwhile",
    shy,
)
ok(
    "ch-dzp-older-sister-kinship",
    CH,
    "dzp",
    "Kayleigh's older daughter (aged 7) lives with her grandmother in kinship care. For this baby: diazepam 5 mg "
    "tds and pregabalin 150 mg bd continue; the foster carer does all night feeds; no bed, sofa or armchair "
    "sharing; the HV checks for late withdrawal on day 6 and day 8.",
    "an older child placed elsewhere named, the baby's own plan complete",
)
ok(
    "ch-lith-son-prior-pregnancy",
    CH,
    "lith",
    "Rebecca's son (aged 3) was born while she took lithium and was well. For this baby: lithium 800 mg at "
    "night continues, levels weekly from 36/40 and within 24 hours of birth; the paediatrician reviews the baby "
    "after birth; bottle feeding agreed.",
    "an older child's history named, the new baby's plan complete",
    bidi,
)
ok(
    "wd-lith-planned-switch-dropped-continue",
    WD,
    "lith",
    "A switch to quetiapine was considered and has been dropped; lithium 800 mg at night continues instead, "
    "with levels monthly, weekly from 36/40 and within 24 hours of birth. The paediatrician reviews the baby "
    "after birth; bottle feeding agreed.",
    "an option dropped with the plan that stands",
)
ok(
    "wd-co-old-plan-superseded",
    WD,
    "co",
    "This supersedes the plan of 10 February: citalopram 20 mg continues, the midwife now watches the baby for "
    "72 hours (not 48) because of a sibling's adaptation symptoms, breastfeeding is supported, and the GP "
    "reviews her mood at 6 weeks.",
    "a plan superseded and the new one written out",
)
ok(
    "wi-dzp-kayleigh-chose-foster-nights",
    WI,
    "dzp",
    "Kayleigh chose to let the foster carer do all night feeds while she takes diazepam 5 mg tds and pregabalin "
    "150 mg bd; the social worker has written this into the placement plan. No bed, sofa or armchair sharing. "
    "The HV checks for late withdrawal to day 8.",
    "her choice recorded and held by the placement plan",
    zwj,
)
ok(
    "wi-meth-couple-chose-cot",
    WI,
    "meth",
    "Methadone 60 mg continues. Jodie and her partner have chosen a cot beside the bed and agreed not to share a "
    "bed or sofa with the baby; the midwife will see it at the first visit. NAS scoring for 72 hours on the "
    "postnatal ward, HV to day 8. Breastfeeding encouraged.",
    "the couple's choice recorded with a check",
)
ok(
    "pt-quet-alert-plus-plan",
    PT,
    "quet",
    "Daniel's quetiapine 300 mg at night makes him hard to wake: Chloe does all night feeds and the baby sleeps "
    "in the crib on her side, never on the sofa or in bed with him. An alert on the baby's record tells every "
    "visitor this; the HV checks the crib at each visit.",
    "an alert as an act beside the plan",
)
ok(
    "pt-dzp-see-placement-plan-too",
    PT,
    "dzp",
    "Diazepam and pregabalin continue, both sedating Kayleigh: the foster carer does all night feeds, no bed, "
    "sofa or armchair sharing, and the HV checks for late withdrawal to day 8. The placement plan says the same "
    "and is attached.",
    "a second document named after the plan",
    greek,
)
ok(
    "fd-co-breastfeed-items",
    FD,
    "co",
    "Citalopram 20 mg continues; she will breastfeed, which the items record as compatible. The midwife watches "
    "the baby for drowsiness or poor feeding for 48 hours; the GP reviews her mood at 6 weeks.",
    "breastfeeding planned where the item says compatible",
)
ok(
    "fd-quet-bottle-not-relevant",
    FD,
    "quet",
    "Daniel's quetiapine does not reach the baby, so feeding is Chloe's choice; she breastfeeds. Because he is "
    "very hard to wake after his 300 mg dose, Chloe does the night feeds and the baby sleeps in the crib on her "
    "side; the HV checks at each visit.",
    "breastfeeding by the mother beside a partner's medicine",
    cyr,
)
ok(
    "st-fo-stop-diazepam-later",
    ST,
    "fo",
    "Diazepam and pregabalin continue now. Diazepam will be stopped only by a supervised taper the GP begins at "
    "the 6-week review. Meanwhile the foster carer does all night feeds; no bed, sofa or armchair sharing; the "
    "HV watches for late withdrawal to day 8.",
    "a stop by taper at a later event",
)
ok(
    "st-lo-stop-not-advised",
    ST,
    "lo",
    "Stopping lithium is not advised: relapse after birth is likely. Lithium (Priadel) 800 mg at night "
    "continues, levels weekly from 36/40 and within 24 hours of birth; paediatric review of the baby; bottle "
    "feeding; perinatal team review within a week of birth.",
    "'stopping ... not advised' is a continue",
)
ok(
    "pa-po-dad-quet-only-days",
    PA,
    "po",
    "Chloe's paracetamol raises no concern. Daniel's quetiapine 300 mg sedates him at night, so he cares for "
    "the baby only in the daytime and evening before his dose; Chloe does all night feeds; the baby sleeps in the "
    "crib on her side. The HV checks at every visit.",
    "the sedated partner's care limited to before his dose",
    fw,
)
ok(
    "sy-dzp-ward-5-days-then-placement",
    SY,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue. The baby was observed for 5 days on the postnatal ward "
    "and went to the foster placement on day 6, after the watch; the foster carer and HV watch for late signs "
    "to day 8. Night feeds by the foster carer; no bed, sofa or armchair sharing.",
    "discharge after the ward watch ended",
)
ok(
    "sy-mo-home-after-72h",
    SY,
    "mo",
    "Continue methadone and sertraline unchanged. Mother and baby stay on the postnatal ward for 72 hours' "
    "withdrawal scoring and go home after it; breastfeeding supported; no co-sleeping, and the social worker and "
    "HV see the cot before discharge.",
    "the stay told as lasting the watch",
)
ok(
    "ur-vo-urgent-within-2-weeks",
    UR,
    "vo",
    "Sodium valproate continues unchanged; do not stop abruptly. Urgent neurology review within 2 weeks and "
    "an urgent fetal medicine appointment at 12 weeks; folic acid 5 mg started. Annual risk form status "
    "recorded.",
    "urgent and within weeks",
    zwj,
)
ok(
    "ur-lo-not-urgent-routine",
    UR,
    "lo",
    "Lithium (Priadel) 800 mg at night continues. Not urgent: a routine perinatal clinic in 4 weeks, levels "
    "weekly from 36/40 and within 24 hours of birth. Paediatric review of the baby; bottle feeding; perinatal "
    "team review within a week of birth.",
    "'not urgent' with a routine date",
)
ok(
    "ro-dzp-declined-sw-accepted-hv",
    RO,
    "dzp",
    "Kayleigh declined a parenting assessment but has accepted health visiting. Diazepam 5 mg tds and pregabalin "
    "150 mg bd continue; the foster carer does all night feeds; no bed, sofa or armchair sharing. The HV visits "
    "on day 6 and day 8 for late withdrawal.",
    "a different service declined; the HV's role stands",
)
ok(
    "ro-meth-no-sw-hv-checks",
    RO,
    "mo",
    "Continue methadone and sertraline. There is no social worker involved now, so the health visitor sees the "
    "sleeping arrangements before discharge. NAS scoring on the postnatal ward for 72 hours; breastfeeding "
    "supported; no co-sleeping.",
    "a role that is absent, and the present one given the act",
)
bad(
    "ro-dzp-hv-refused-hv-watches",
    RO,
    "dzp",
    "Diazepam and pregabalin continue. Kayleigh refused any health visitor input; the health visitor watches the "
    "baby for late withdrawal to day 8.",
    "the only watch given to a role she refused",
    greek,
)
bad(
    "ur-co-urgent-next-year",
    UR,
    "co",
    "Citalopram 20 mg continues. Urgent perinatal psychiatry appointment booked for next year; the midwife "
    "watches the baby for 48 hours after birth.",
    "an urgent review put a year off",
)
bad(
    "sy-dzp-placement-day-1-watch-5",
    SY,
    "dzp",
    "Diazepam and pregabalin continue. Baby to be observed on the postnatal ward for 5 days, moving to the foster "
    "placement 24 hours after birth; foster carer does night feeds.",
    "moved on after 24 hours against a 5-day ward watch",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F116CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F116CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F116CASES):3}"
    )
