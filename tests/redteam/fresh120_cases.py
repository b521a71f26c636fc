"""A hundred-and-twentieth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt,
forty-third round, against the readings that landed in the last stop.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. Most of it is good, complete work that legitimately uses the shapes the newest readings refuse (must
pass), each paired with a near miss that really is hollow or impossible (must refuse):

* ``roles``: a role ruled out (declined, "involvement not needed", not allocated until a date) given no act, with
  another role holding it; the reader, a wish, "nobody is going to" used of what will not be done;
* ``withdrawn``: plans withdrawn, pulled out of or scrapped with their replacement; conditions, "unless" and
  suspended services with a fallback that holds;
* ``holders``: lay people, teenagers and the baby beside someone answerable; "the pair's decision" about what is
  safe either way; minutes whose actions are written;
* ``nights``: small-hours feeds by the parent who is not sedated, the sedated parent's side of the bed denied,
  medicines that protect her, not the baby;
* ``times``: stays that last past the watch, watches split without a gap, days within the baby's age, antenatal
  plans for after the birth, non-urgent reviews weeks off, "will be in touch" with the act after it;
* ``facts``: lithium targets inside the range, routes the form can take, doses told in the present, "is to cease"
  of what may stop;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented.
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh120_cases`` for the counts per category.
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

F120CASES: list[Case] = []

CATEGORIES = (
    "roles",
    "withdrawn",
    "holders",
    "nights",
    "times",
    "facts",
    "disguise",
)

RL, WD, HD, NT, TM, FC, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F120CASES.append(Case(f"f120-{name}", category, expect, base, mutate, why))


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
# roles: a role ruled out and given no act (pass), or given one (refuse); the reader, wishes, "nobody".

ok(
    "rl-meth-keyworker-declined-gp-holds",
    RL,
    "meth",
    "Methadone 60 mg od supervised continues to term. She has turned down a drug service keyworker, so Dr Shah "
    "sees her monthly for the prescription instead. Baby: NAS scoring on the postnatal ward for at least 72 h, HV "
    "watching for late signs to day 8. No sharing a bed or sofa after her dose; midwife to see the Moses basket at "
    "the first home visit. Breastfeeding encouraged on a stable dose.",
    "the declined keyworker is given nothing; the GP holds the reviews",
    zwsp,
)
bad(
    "rl-meth-keyworker-declined-keyworker-scores",
    RL,
    "meth",
    "Methadone 60 mg od supervised continues to term. She has turned down a drug service keyworker. The keyworker "
    "will visit on day 3 to check the baby for withdrawal and look at where the baby sleeps. Breastfeeding "
    "encouraged on a stable dose.",
    "the declined keyworker holds the baby's withdrawal check and the sleep check",
)
ok(
    "rl-dzp-sw-input-not-required-hv-holds",
    RL,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue for now; together they sedate her. Extra social worker "
    "input beyond the allocated worker's usual visits is not required. The foster carer does every night feed "
    "and the baby sleeps in the cot in her room; mum is never left asleep with the baby. Late withdrawal possible "
    "to day 8: the HV sees the baby on day 7 and day 8.",
    "'input not required' only of extra visits; the acts sit with the foster carer and HV",
)
ok(
    "rl-quet-hv-not-allocated-until-march-mw-holds",
    RL,
    "quet",
    "Dad's quetiapine 300 mg at night leaves him heavily sedated until morning. No health visitor will be allocated "
    "until March because of the vacancy, so the community midwife keeps the family on her caseload to day 28 and "
    "checks each week that the baby sleeps in the crib on mum's side and that mum does all the night feeds.",
    "the HV is ruled out and given no act; the midwife holds the checks",
    cyr,
)
bad(
    "rl-quet-hv-not-allocated-until-march-hv-checks",
    RL,
    "quet",
    "Dad's quetiapine 300 mg at night leaves him heavily sedated until morning. No health visitor will be allocated "
    "until March because of the vacancy. The health visitor checks each week that the baby sleeps in the crib on "
    "mum's side and that mum does all the night feeds.",
    "the checks are given to the health visitor who will not exist until March",
)
ok(
    "rl-cit-hv-will-not-be-needed-antenatally",
    RL,
    "cit",
    "Citalopram 20 mg od continues: her mood is settled and relapse would harm her and the baby. The health visitor "
    "will not be needed before the birth; she does the new birth visit at 10-14 days and asks about mood and sleep. "
    "Midwife to observe the baby 48 h for poor neonatal adaptation. Breastfeeding is fine on citalopram.",
    "a need ruled out only before the birth; the HV's later act stands",
)
ok(
    "rl-meth-whichever-ward-named",
    RL,
    "meth",
    "Methadone 60 mg daily continues unchanged. She may deliver at Northgate or Castleford, and whichever unit she "
    "delivers in has agreed to keep the baby 72 h for NAS scoring on its postnatal ward (both have the plan). HV "
    "looks for late signs to day 8. No co-sleeping after a dose; Moses basket checked by the midwife. Breastfeeding "
    "supported.",
    "'whichever unit she delivers in' with both units named and agreed: not the reader as holder",
)
bad(
    "rl-meth-whichever-team-reads",
    RL,
    "meth",
    "Methadone 60 mg daily continues unchanged. Whichever maternity team ends up reading this will need to work out "
    "NAS scoring and the sleeping arrangements for the baby. Breastfeeding supported.",
    "the reader, whoever that is, is left to work out the baby's watch and sleep",
    shy,
)
ok(
    "rl-lith-our-wish-with-act",
    RL,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues; relapse after birth is the bigger danger. It is our wish that she "
    "delivers at Castleford, where the perinatal team has booked her levels weekly from 36/40 and within 24 h of "
    "birth, and the paediatrician will review the baby for floppiness, poor feeding and thyroid function. Detailed "
    "fetal cardiac scan at 20-22 weeks booked. She will bottle feed.",
    "a wish about where she delivers, with every act held by someone",
)
bad(
    "rl-lith-our-wish-only",
    RL,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. It is our wish that her levels stay steady through the third "
    "trimester and that the baby is checked after birth. She will bottle feed.",
    "the levels and the baby's check are only wished for",
)
ok(
    "rl-sert-nobody-stops-it",
    RL,
    "sert",
    "Nobody is going to stop her sertraline 100 mg: two relapses after stopping in the past. Small risk of "
    "jitteriness, poor feeding or PPHN in the baby, so the postnatal midwives observe for this alongside the NAS "
    "scoring. Fine with breastfeeding.",
    "'nobody is going to' of a stop that will not happen; the baby's watch is held",
    greek,
)
bad(
    "rl-sert-nobody-watches",
    RL,
    "sert",
    "Sertraline 100 mg continues. Nobody is going to observe the baby for adaptation symptoms separately; "
    "breastfeeding is fine.",
    "no one will watch the baby for adaptation",
)
ok(
    "rl-cit-receiving-unit-named",
    RL,
    "cit",
    "Citalopram 20 mg continues through pregnancy and breastfeeding. Castleford Royal maternity unit, receiving her "
    "at delivery, has agreed to observe the baby for 48 h for poor neonatal adaptation; the GP reviews her mood at "
    "the 6-week check.",
    "the receiving unit is named and has agreed",
)
bad(
    "rl-cit-receiving-team-to-sort",
    RL,
    "cit",
    "Citalopram 20 mg continues through pregnancy and breastfeeding. Receiving team to sort out observation of the "
    "baby after birth.",
    "whoever receives the record holds the baby's watch",
)
ok(
    "rl-dzp-sw-will-not-be-changing",
    RL,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd: both sedating, so mum never sleeps with the baby and night care "
    "stays with the foster carer. The social worker will not be changing the placement before the 6-week review. "
    "HV sees baby day 7 and 8 for late withdrawal; GP starts the slow diazepam taper at 6 weeks.",
    "the social worker ruled out of one change only; the others hold the plan",
)

# ============================================================================================================
# withdrawn: withdrawals with their replacements, conditions with fallbacks (pass); withdrawn bare (refuse).

ok(
    "wd-meth-detox-abandoned-dose-stays",
    WD,
    "meth",
    "An inpatient detox was arranged for 26 weeks but she abandoned it on day 2, so methadone stays at 60 mg daily "
    "to term, supervised. The baby will be scored for NAS for at least 72 h on the postnatal ward and the HV looks "
    "for late signs to day 8. Breastfeeding is encouraged. No co-sleeping after her dose; the midwife sees the cot "
    "at the first home visit.",
    "a detox abandoned, with the dose that replaces it and the baby's plan",
    fw,
)
bad(
    "wd-meth-ward-scoring-shelved",
    WD,
    "meth",
    "Methadone 60 mg daily to term. 72 h of NAS scoring on the postnatal ward had been agreed, but this has since "
    "been shelved and nothing has been put in its place. Breastfeeding is encouraged; no co-sleeping after a dose.",
    "the baby's watch is shelved with nothing instead",
)
ok(
    "wd-valp-referral-redirected",
    WD,
    "valp",
    "Sodium valproate 500 mg bd must carry on until the neurologist sees her: stopping suddenly risks seizures. The "
    "routine neurology referral was cancelled and replaced today by an urgent one (seen within 2 weeks). First "
    "trimester exposure: early fetal medicine scan at 12 weeks and detailed anomaly scan at 20 weeks requested. "
    "Folic acid 5 mg started.",
    "a referral cancelled in favour of an urgent one",
    cyr,
)
bad(
    "wd-valp-fetal-scan-scrapped",
    WD,
    "valp",
    "Sodium valproate 500 mg bd must carry on until the neurologist sees her: stopping suddenly risks seizures. The "
    "fetal medicine scan was requested, but it was scrapped by the antenatal clinic and no other scan is booked. "
    "Folic acid 5 mg started.",
    "the plan for the exposed baby is scrapped with nothing in its place",
)
ok(
    "wd-dzp-taper-dropped-for-now-reason",
    WD,
    "dzp",
    "The diazepam taper pencilled in for week 2 has been dropped for now because the placement move needs her "
    "settled; it restarts at the 6-week review. Diazepam 5 mg tds and pregabalin 150 mg bd both sedate her: no "
    "bed or sofa sharing, and the foster carer does every night feed. The HV watches for late withdrawal to day 8.",
    "a taper dropped with its reason and a new date",
)
ok(
    "wd-meth-midwife-unless-on-ward",
    WD,
    "meth",
    "Methadone 60 mg od continues to term. After birth the baby has NAS scoring for 72 h; the community midwife "
    "then visits daily to day 5 unless the baby is still an inpatient, in which case the ward midwives carry on "
    "scoring. HV looks for late signs to day 8. Breastfeeding encouraged; no co-sleeping after a dose.",
    "'unless' with its fallback held by the ward",
    zwsp,
)
bad(
    "wd-meth-scoring-unless-usual-early-home",
    WD,
    "meth",
    "Methadone 60 mg od continues to term. The baby will be NAS scored for 72 h on the postnatal ward unless she "
    "takes her own discharge early, as she did after both her previous deliveries. Breastfeeding encouraged; no "
    "co-sleeping after a dose.",
    "the watch holds unless what she has always done happens",
)
ok(
    "wd-meth-community-suspended-hospital-covers",
    WD,
    "meth",
    "Methadone 60 mg daily continues unchanged. NAS scoring for 72 h on the postnatal ward. Community midwifery is "
    "suspended over the Easter weekend, so the hospital's postnatal clinic sees the baby on day 4 and day 5 "
    "instead; HV looks for late signs to day 8. No co-sleeping after a dose; breastfeeding encouraged.",
    "a suspended service and what replaces it",
    bidi,
)
bad(
    "wd-meth-community-suspended-no-cover",
    WD,
    "meth",
    "Methadone 60 mg daily continues unchanged. After discharge the community midwives score the baby daily to "
    "day 5 for NAS; the community midwifery service is suspended until further notice. No co-sleeping after a "
    "dose; breastfeeding encouraged.",
    "the baby's watch rests on a suspended service",
)
ok(
    "wd-lith-clinic-closed-so-gp",
    WD,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues; stopping risks postpartum relapse. The perinatal clinic is closed "
    "in August, so the GP practice takes her monthly levels then, weekly from 36 weeks, and the labour ward takes "
    "one within 24 h of birth. Paediatric review of the baby after birth; fetal echo at 20 weeks. Bottle feeding "
    "planned.",
    "a closed clinic with the GP in its place",
)
ok(
    "wd-sert-pulled-out-of-cbt-continues",
    WD,
    "sert",
    "She pulled out of the CBT course, so sertraline 100 mg stays as her main treatment and is not reduced. Small "
    "risk of adaptation symptoms in the baby: the maternity team watches feeding, tone and breathing for 24 h "
    "after birth. Breastfeeding fine.",
    "pulled out of therapy; the medicine and the baby's watch stand",
    greek,
)
bad(
    "wd-sert-pulled-out-of-watch",
    WD,
    "sert",
    "Sertraline 100 mg continues. Observation of the baby after birth was agreed, but she has pulled out of it "
    "and there is no alternative. Breastfeeding fine.",
    "the baby's watch pulled out of, nothing instead",
)
ok(
    "wd-vo-switch-binned-reason",
    WD,
    "vo",
    "Unplanned pregnancy at 8 weeks on sodium valproate. A switch to another antiepileptic now was considered and "
    "binned because her seizures are only controlled on valproate; it continues unchanged and must not be stopped "
    "abruptly. Urgent neurology review within 2 weeks; fetal medicine scan at 12 and 20 weeks. Folic acid 5 mg "
    "started.",
    "an option binned with its reason; the plan stands",
)

# ============================================================================================================
# holders: lay people and children beside someone answerable, choices that are safe either way, minutes.

ok(
    "hd-quet-teen-daytime-dad-none-mum-nights",
    HD,
    "quet",
    "The father's quetiapine 300 mg nocte sedates him heavily overnight, so he does no night care and never dozes "
    "with the baby on the sofa. Mum does the night feeds with the baby in the crib beside her. Their son (14) "
    "helps with daytime nappies while a parent is in the room. HV checks the set-up at each visit to 8 weeks.",
    "a 14-year-old helps by day with a parent present; nights stay with the mother",
    cyr,
)
bad(
    "hd-quet-teen-does-nights",
    HD,
    "quet",
    "The father's quetiapine 300 mg nocte sedates him heavily overnight, so he does no night care. Their son (13) "
    "will do the night bottles and settle the baby in the crib so mum can rest.",
    "a child of 13 holds the baby's nights",
)
ok(
    "hd-meth-sister-lifts-keyworker",
    HD,
    "meth",
    "Methadone 60 mg od continues; supervised at the chemist. Her sister drives her to the drug service, where the "
    "keyworker reviews her fortnightly. Baby: 72 h NAS scoring on the postnatal ward, HV for late signs to day 8. "
    "No co-sleeping after a dose; midwife sees the cot at the home visit. Breastfeeding encouraged.",
    "a sister gives lifts; every clinical act is held",
    fw,
)
bad(
    "hd-meth-sister-checks-cot",
    HD,
    "meth",
    "Methadone 60 mg od continues; supervised at the chemist. Her sister will make sure the cot is safe and will "
    "keep an eye on the baby for withdrawal once they are home. Breastfeeding encouraged.",
    "a relative holds the cot check and the withdrawal watch, with no one answerable",
)
ok(
    "hd-cit-pair-decide-feeding-safe-either",
    HD,
    "cit",
    "Citalopram 20 mg continues: relapse risk outweighs the small risk to the baby. Breast or bottle is the pair's "
    "decision, as citalopram is compatible with breastfeeding; the infant feeding midwife supports whichever they "
    "choose. Midwife observes the baby for 48 h for adaptation symptoms.",
    "the couple choose between two safe options; the watch is held",
)
bad(
    "hd-cit-pair-decide-watch",
    HD,
    "cit",
    "Citalopram 20 mg continues. Whether the baby is observed after birth is the pair's decision. Breastfeeding "
    "compatible.",
    "the baby's watch is left to the parents",
    zwsp,
)
ok(
    "hd-sert-if-she-would-like-extra",
    HD,
    "sert",
    "Sertraline 100 mg continues (relapse when stopped before). Baby observed 24 h by the postnatal midwives for "
    "jitteriness and feeding; breastfeeding fine. If she would like, the perinatal mental health nurse will also "
    "phone her in the first week; the GP reviews her mood at 6 weeks regardless.",
    "an extra call if she would like it; the plan stands without it",
)
bad(
    "hd-sert-if-she-would-like-watch",
    HD,
    "sert",
    "Sertraline 100 mg continues. The baby will be observed for adaptation symptoms if she would like. "
    "Breastfeeding fine.",
    "the baby's watch only if she wishes",
)
ok(
    "hd-mo-mdt-actions-listed",
    HD,
    "mo",
    "MDT 02/03. Present: GP, midwife, drug worker, SW. Methadone 60 mg and sertraline 100 mg continue unchanged. "
    "Actions: midwife to book 72 h NAS observation on PNW; SW and HV to see the sleeping arrangements before "
    "discharge, no co-sleeping (methadone sedation); infant feeding team to support breastfeeding. Other "
    "actions: nil.",
    "minutes with actions, 'other actions: nil' after them",
    greek,
)
bad(
    "hd-mo-mdt-actions-nil",
    HD,
    "mo",
    "MDT 02/03. Present: GP, midwife, drug worker, SW. Methadone 60 mg and sertraline 100 mg discussed; "
    "neonatal withdrawal, co-sleeping and breastfeeding talked through. Actions: nil.",
    "minutes with no actions",
)
ok(
    "hd-dzp-foster-daughter-17",
    HD,
    "dzp",
    "Diazepam 5 mg tds with pregabalin 150 mg bd sedate mum, so she never sleeps with the baby or feeds lying down. "
    "The foster carer does the nights; her daughter, 19, an approved second carer, covers a night if the carer is "
    "ill. HV reviews day 7 and day 8 for late withdrawal; the diazepam taper starts at 6 weeks.",
    "an approved adult second carer covers nights",
)
ok(
    "hd-quet-grandma-visits-hv-holds",
    HD,
    "quet",
    "Dad takes quetiapine 300 mg at night and is hard to rouse: he must not share a bed or sofa with the baby and "
    "does no night feeds. Mum does the nights; grandma stays for the first fortnight to give mum daytime naps. The "
    "HV sees the crib and asks who does nights at every contact to 8 weeks.",
    "a grandmother helps by day beside the HV's checks",
    shy,
)

# ============================================================================================================
# nights: small-hours feeds by the parent not sedated, his side denied, medicines protecting her.

ok(
    "nt-quet-mum-does-0200-and-0500",
    NT,
    "quet",
    "Quetiapine 300 mg at 22:00 makes dad heavily sedated overnight. He gives the 20:00 bottle before his dose and "
    "then sleeps; mum, on no sedating medicine, does the 02:00 and 05:00 feeds and puts the baby back in the crib. "
    "No sofa or bed sharing with dad. HV rechecks at 6-8 weeks.",
    "clock-time small-hours feeds by the mother, an evening feed by him before the dose",
    cyr,
)
bad(
    "nt-quet-dad-does-0300",
    NT,
    "quet",
    "Quetiapine 300 mg at 22:00 makes dad drowsy overnight. Mum does the evening feeds; dad does the 03:00 bottle "
    "so she can sleep through. HV rechecks at 6-8 weeks.",
    "the sedated father does the 03:00 feed",
)
ok(
    "nt-quet-crib-not-his-side",
    NT,
    "quet",
    "Dad's quetiapine 300 mg nocte sedates him heavily: the crib is never on his side of the bed; it stays on "
    "mum's side, and she does every night feed. No sofa sleeping with the baby. HV rechecks the room at 6-8 weeks.",
    "his side of the bed denied",
    fw,
)
bad(
    "nt-quet-crib-his-side",
    NT,
    "quet",
    "Dad's quetiapine 300 mg nocte sedates him heavily. The crib has been moved to his side of the bed so mum can "
    "get some sleep. HV rechecks the room at 6-8 weeks.",
    "the baby beside the sedated father overnight",
)
ok(
    "nt-cit-mum-0300-not-drowsy",
    NT,
    "cit",
    "Citalopram 20 mg continues; it does not make her drowsy, so she can do the 03:00 breastfeed safely and return "
    "the baby to the crib. Midwife observes the baby 48 h for poor neonatal adaptation. GP mood review at 6 weeks.",
    "her own non-sedating medicine, the small-hours feed hers",
)
ok(
    "nt-meth-protects-her",
    NT,
    "meth",
    "Methadone 60 mg daily protects her from withdrawal and relapse, which would put the baby at more risk than "
    "the medicine does; it continues to term. The baby is NAS scored for 72 h on the ward; HV for late signs to "
    "day 8. Drowsy after dosing: no co-sleeping, cot checked by the midwife at home. Breastfeeding encouraged.",
    "the medicine protects her, the people protect the baby",
    zwsp,
)
bad(
    "nt-meth-protects-the-baby",
    NT,
    "meth",
    "Methadone 60 mg daily continues to term; it will protect the baby from withdrawal after birth and look after "
    "the baby's sleep. Breastfeeding encouraged.",
    "the medicine holds the baby's watch and sleep",
)
ok(
    "nt-sert-helps-her-look-after",
    NT,
    "sert",
    "Sertraline 100 mg continues: it keeps her well enough to look after the baby, and stopping led to relapse "
    "before. The postnatal midwives watch the baby for 24 h for jitteriness or poor feeding. Breastfeeding fine.",
    "she looks after the baby; the medicine keeps her well",
    bidi,
)
ok(
    "nt-dzp-nights-foster-carer-0100",
    NT,
    "dzp",
    "Mum's diazepam 5 mg tds and pregabalin 150 mg bd leave her drowsy, so the foster carer does the 01:00 and "
    "04:00 feeds and mum does daytime feeds only, sitting up, with the carer present. The HV sees the baby on day "
    "7 and day 8 for late withdrawal; GP reviews the doses in 4 weeks.",
    "small-hours feeds by the foster carer",
)
bad(
    "nt-dzp-mum-does-0400",
    NT,
    "dzp",
    "Mum's diazepam 5 mg tds and pregabalin 150 mg bd make her drowsy. She does the 04:00 feed herself in her room "
    "so the carer can rest. HV sees the baby on day 7 and day 8 for late withdrawal.",
    "the sedated mother does a small-hours feed alone",
)
ok(
    "nt-po-dad-side-of-bed-empty",
    NT,
    "po",
    "Mum's paracetamol raises no concern. Dad's quetiapine sedates him heavily at night, so he sleeps in the spare "
    "room for now; the crib is on mum's side and she does all night feeds. No sofa dozing with the baby. HV "
    "continues to check the sleeping arrangements.",
    "the sedated father sleeps elsewhere; mum holds nights",
    greek,
)

# ============================================================================================================
# times: stays and watches that hold, days within the baby's age, urgent soon, "will be in touch" with an act.

ok(
    "tm-dzp-placement-after-watch",
    TM,
    "dzp",
    "Baby scored for withdrawal on SCBU for 72 h after exposure to diazepam 5 mg tds and pregabalin 150 mg bd; "
    "she moved to the parent-and-baby placement on day 4, after the watch had ended. Foster carer does nights; "
    "mum never asleep with the baby. HV sees her on day 7 and day 8 for late signs.",
    "a placement move after the watch ended",
    cyr,
)
bad(
    "tm-dzp-placement-before-watch-ends",
    TM,
    "dzp",
    "The baby is scored for withdrawal on SCBU for 5 days after exposure to diazepam 5 mg tds and pregabalin 150 mg "
    "bd, and the baby moves to the foster placement on day 2. Foster carer does nights; mum never asleep with the "
    "baby.",
    "the ward watch outlasts the stay with nothing carrying it on",
)
ok(
    "tm-meth-home-day-4-after-72h",
    TM,
    "meth",
    "Methadone 60 mg od continues to term. The baby stays on the postnatal ward for 72 h of NAS scoring and goes "
    "home on day 4 if the scores are settled; community midwife then daily to day 5, HV to day 8 for late signs. "
    "No co-sleeping after her dose; breastfeeding encouraged.",
    "home on day 4 after a 72-hour watch",
)
bad(
    "tm-meth-home-day-2-72h",
    TM,
    "meth",
    "Methadone 60 mg od continues to term. The baby is NAS scored on the postnatal ward for 72 h; mother and baby "
    "home on day 2. No co-sleeping after her dose; breastfeeding encouraged.",
    "a 72-hour ward watch and a day-2 discharge with nothing carrying it on",
    shy,
)
ok(
    "tm-meth-split-watch-no-gap",
    TM,
    "meth",
    "Methadone 60 mg daily continues. 72 h of NAS scoring: the first 24 h on the labour ward, then 48 h on the "
    "postnatal ward, then the HV to day 8 for late signs. No bed-sharing after a dose; midwife checks the cot at "
    "home. Breastfeeding encouraged.",
    "a split watch whose parts add up",
    fw,
)
bad(
    "tm-meth-split-watch-gap",
    TM,
    "meth",
    "Methadone 60 mg daily continues. 96 h of NAS scoring: 12 h on the labour ward, then 24 h on the postnatal "
    "ward. No bed-sharing after a dose; breastfeeding encouraged.",
    "a split watch that adds up to 36 h of 96",
)
ok(
    "tm-quet-hv-10-days-and-6-8-weeks",
    TM,
    "quet",
    "Dad's quetiapine 300 mg nocte makes him too sedated for night care or sharing a bed or sofa with the baby. "
    "Mum does nights, baby in the crib on her side. The HV saw them at 10 days and will visit again at 6-8 weeks "
    "of age to recheck the sleeping arrangements.",
    "a visit at 10 days told as done when the baby is 10 days old; 6-8 weeks planned",
)
ok(
    "tm-dzp-hv-plan-day-10",
    TM,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd: sedation, so no bed or sofa sharing and the foster carer does "
    "nights. Late withdrawal possible to day 8: HV visits on day 8 and again at 10 days of age, then at 6-8 "
    "weeks. Diazepam taper from the 6-week review.",
    "visits beyond the baby's age planned, not told as done",
    zwsp,
)
bad(
    "tm-dzp-hv-saw-day-10",
    TM,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd: sedation, so no bed or sofa sharing and the foster carer does "
    "nights. The HV saw the baby at 10 days of age and found no late withdrawal.",
    "a visit on day 10 told as done in a record written on day 6",
)
ok(
    "tm-lith-after-birth-plans",
    TM,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues; the relapse risk after birth is high. Levels monthly, weekly from "
    "36 weeks, and a level within 24 h of delivery. After birth the paediatrician will check the baby's tone, "
    "feeding and thyroid function. Fetal echocardiogram at 20 weeks booked. Bottle feeding planned.",
    "after-birth checks as plans in an antenatal record",
)
bad(
    "tm-lith-after-birth-told",
    TM,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. Levels monthly, weekly from 36 weeks. The paediatrician checked the "
    "newborn's thyroid after delivery and it was normal. Bottle feeding.",
    "an after-birth check told as done at 24 weeks",
)
ok(
    "tm-vo-non-urgent-6-weeks",
    TM,
    "vo",
    "Unplanned pregnancy at 8 weeks on sodium valproate. Valproate continues unchanged; do not stop abruptly. "
    "Urgent neurology review within 10 days and urgent fetal medicine referral sent today; a non-urgent epilepsy "
    "nurse review in 6 weeks for seizure diary and driving. Folic acid 5 mg started.",
    "urgent soon, non-urgent 6 weeks off",
    greek,
)
bad(
    "tm-vo-urgent-8-weeks",
    TM,
    "vo",
    "Unplanned pregnancy at 8 weeks on sodium valproate. Valproate continues unchanged; do not stop abruptly. "
    "Urgent neurology review in 8 weeks and fetal medicine scan at 20 weeks. Folic acid 5 mg started.",
    "'urgent' two months off, after the first trimester",
)
ok(
    "tm-meth-pharmacy-in-touch-then-act",
    TM,
    "meth",
    "Methadone 60 mg daily continues through pregnancy. The community pharmacy will be in touch to arrange "
    "supervised doses over the bank holiday, and the midwife scores the baby for NAS for 72 h on the postnatal "
    "ward, with HV follow-up to day 8. No co-sleeping after a dose; breastfeeding encouraged.",
    "'will be in touch' about collection, the baby's acts after it",
    cyr,
)
bad(
    "tm-meth-drug-service-in-touch",
    TM,
    "meth",
    "Methadone 60 mg daily continues through pregnancy. The drug service will be in touch with her nearer the time "
    "about what the baby will need after birth.",
    "a team promising to get in touch with nothing decided",
)
ok(
    "tm-quet-placement-none-sleep-days",
    TM,
    "quet",
    "Dad's quetiapine 300 mg nocte: he sleeps heavily and must not share a bed or sofa with the baby or do night "
    "feeds. The baby has slept in the crib on mum's side every night of her 10 days, and mum does nights. HV "
    "rechecks at 6-8 weeks.",
    "a span within the baby's age told as done",
)
bad(
    "tm-quet-span-beyond-age",
    TM,
    "quet",
    "Dad's quetiapine 300 mg nocte: he sleeps heavily. The baby has slept in the crib on mum's side every night "
    "for the past three weeks and mum does nights.",
    "three weeks of the baby's nights told when she is 10 days old",
)

# ============================================================================================================
# facts: lithium targets in range, routes the form can take, doses told as now, "is to cease".

ok(
    "fc-lith-target-0-6-0-8",
    FC,
    "lith",
    "Lithium (Priadel) 800 mg at night continues, target level 0.6-0.8 mmol/L; levels monthly, weekly from 36/40 "
    "and within 24 h of birth, with fluids in labour. Fetal echo booked at 20 weeks; paediatric review of the baby "
    "for tone, feeding and thyroid. Breastfeeding not advised; bottle feeding planned.",
    "a target inside the therapeutic range",
    fw,
)
bad(
    "fc-lith-target-2-3",
    FC,
    "lith",
    "Lithium (Priadel) 800 mg at night continues, target level 2.0-3.0 mmol/L; levels monthly, weekly from 36/40 "
    "and within 24 h of birth. Fetal echo booked at 20 weeks; paediatric review of the baby. Bottle feeding "
    "planned.",
    "a target above any therapeutic range (toxic)",
)
ok(
    "fc-lith-target-0-4-1-0-edges",
    FC,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues: target 0.4 to 1.0 mmol/L, the lower end in late pregnancy. Levels "
    "weekly from 36 weeks and within 24 h of birth; paediatrician reviews the baby; fetal cardiac scan at 20 "
    "weeks. Bottle feeding.",
    "a target at the usual range's edges",
)
bad(
    "fc-lith-target-0-08",
    FC,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues: target 0.08 mmol/L. Levels weekly from 36 weeks and within 24 h of "
    "birth; paediatrician reviews the baby; fetal cardiac scan at 20 weeks. Bottle feeding.",
    "a target tenfold below any therapeutic range",
    zwsp,
)
ok(
    "fc-meth-oral-solution-by-mouth",
    FC,
    "meth",
    "Methadone 60 mg of the oral solution, swallowed under supervision at the chemist each day, continues to term. "
    "Baby: 72 h NAS scoring on the postnatal ward, HV for late signs to day 8. No co-sleeping after a dose. "
    "Breastfeeding encouraged.",
    "the oral solution taken by mouth",
)
bad(
    "fc-meth-as-suppositories",
    FC,
    "meth",
    "Methadone 60 mg daily as suppositories, supervised at the chemist, continues to term. Baby: 72 h NAS scoring "
    "on the postnatal ward, HV for late signs to day 8. No co-sleeping after a dose. Breastfeeding encouraged.",
    "the listed oral solution called suppositories",
)
ok(
    "fc-meth-has-taken-continues",
    FC,
    "meth",
    "She has taken methadone 60 mg daily since booking and stays on it to term. The baby is likely to need NAS "
    "scoring: 72 h on the postnatal ward, HV to day 8. No co-sleeping after a dose; cot seen at the home visit. "
    "Breastfeeding encouraged.",
    "a dose told in the present perfect and carried on",
    greek,
)
bad(
    "fc-meth-dose-told-past",
    FC,
    "meth",
    "She took methadone 80 mg daily in this pregnancy. The baby will be NAS scored for 72 h on the postnatal ward; "
    "no co-sleeping after a dose; breastfeeding encouraged.",
    "the current pregnancy's dose told as past and different from the list",
)
ok(
    "fc-vo-folic-is-to-cease-at-12",
    FC,
    "vo",
    "Unplanned pregnancy at 8 weeks on sodium valproate, which continues unchanged and must not be stopped "
    "abruptly. Folic acid 5 mg is to cease at 12 weeks, as usual. Urgent neurology review within 2 weeks and fetal "
    "medicine scan requested.",
    "'is to cease' of folic acid at 12 weeks, with valproate continued",
)
bad(
    "fc-valp-is-to-cease-now",
    FC,
    "valp",
    "Sodium valproate is to cease today now that she is pregnant. Fetal medicine scan requested for the exposure; "
    "folic acid 5 mg started.",
    "valproate stopped outright now, against what stopping risks",
)
ok(
    "fc-dzp-buccal-midazolam-not",
    FC,
    "dzp",
    "Diazepam 5 mg tablets three times a day by mouth and pregabalin 150 mg capsules twice a day continue for now. "
    "Both sedate her: no bed or sofa sharing, no feeding lying down, foster carer does nights. HV sees the baby "
    "day 7 and day 8 for late withdrawal. Diazepam taper from 6 weeks.",
    "tablets and capsules by mouth",
    bidi,
)
bad(
    "fc-dzp-tablets-injected",
    FC,
    "dzp",
    "Diazepam 5 mg tablets given by intramuscular injection three times a day and pregabalin 150 mg twice a day "
    "continue. Both sedate her: no bed or sofa sharing, foster carer does nights. HV sees the baby day 7 and 8.",
    "tablets injected",
)
ok(
    "fc-cit-dose-now-overall",
    FC,
    "co",
    "Citalopram 20 mg daily continues through pregnancy and breastfeeding; she has been on it since 2024 and is "
    "well. Midwife observes the baby 48 h for neonatal adaptation symptoms; GP mood review at the 6-week check. "
    "Amended on 2026-02-12 to add the health visitor as a recipient.",
    "a dose told as now, history in the present perfect",
)

# ============================================================================================================
# more good work in the same shapes, in other voices (pass).

ok(
    "rl-mo-sw-not-needed-after-review",
    RL,
    "mo",
    "Methadone 60 mg and sertraline 100 mg continue unchanged. After the strategy meeting social care involvement "
    "was judged not needed beyond the standard referral. NAS observation on the postnatal ward for 72 h; no "
    "co-sleeping because methadone sedates her, and the health visitor sees the sleeping arrangements before "
    "discharge. Breastfeeding supported.",
    "social care ruled out and given no act",
)
ok(
    "rl-lith-declined-ppmht-home-visits-clinic",
    RL,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues: relapse after birth is the greater risk. She declined home visits "
    "from the perinatal team, so they see her in clinic fortnightly instead, with levels monthly, weekly from 36/40 "
    "and within 24 h of birth. Fetal echo at 20 weeks; paediatric review of the baby. Bottle feeding.",
    "one form of a role's care declined, the role holds another",
    cyr,
)
ok(
    "rl-quet-sw-will-not-be-allocated-none-needed",
    RL,
    "quet",
    "No safeguarding concerns: a social worker will not be allocated and none is needed. Dad's quetiapine 300 mg "
    "nocte sedates him, so mum does all night feeds and the baby sleeps in the crib on her side, never on the sofa "
    "with dad. HV rechecks at 6-8 weeks.",
    "a social worker who will not be allocated is given nothing",
)
ok(
    "wd-cit-switch-withdrawn-stays",
    WD,
    "cit",
    "A switch from citalopram to sertraline was suggested at booking but withdrawn after discussion, as she is "
    "stable; citalopram 20 mg continues. The midwife observes the baby for 48 h for poor adaptation; breastfeeding "
    "is fine.",
    "an option withdrawn; the medicine continues with its plan",
    zwsp,
)
ok(
    "wd-po-plan-superseded",
    WD,
    "po",
    "Mum's paracetamol raises no concern. The earlier plan for dad to share nights has been scrapped and replaced: "
    "his quetiapine 300 mg nocte sedates him, so mum does every night feed and he never sleeps with the baby on a "
    "bed or sofa. HV keeps checking the crib.",
    "a plan scrapped and replaced in the same sentence",
)
ok(
    "wd-meth-if-bed-free-otherwise-scbu",
    WD,
    "meth",
    "Methadone 60 mg od continues. The baby stays with mum on the postnatal ward for 72 h of NAS scoring if a "
    "transitional care bed is free, otherwise on SCBU for the same 72 h. HV for late signs to day 8. No "
    "co-sleeping after a dose; breastfeeding encouraged.",
    "a condition with its fallback",
    fw,
)
ok(
    "hd-meth-partner-nights-not-sedated",
    HD,
    "meth",
    "Methadone 60 mg od continues; she is drowsy for a few hours after each dose. Her partner, on no medicines, will "
    "do the first feed after her dose and the baby sleeps in the Moses basket, never in their bed. Baby: 72 h NAS "
    "scoring on the ward, HV to day 8. Breastfeeding encouraged.",
    "an adult partner helps beside the ward and HV",
)
ok(
    "hd-valp-mother-reminds-nurse-holds",
    HD,
    "valp",
    "Sodium valproate 500 mg bd continues until neurology sees her: a sudden stop risks seizures. Her mum will "
    "remind her of appointments; the epilepsy nurse holds the referral and chases it if not seen in 2 weeks. First "
    "trimester exposure, so fetal medicine scan at 12 and 20 weeks. Folic acid 5 mg started.",
    "a relative reminds; the nurse holds the referral",
    greek,
)
ok(
    "nt-quet-dad-evening-feed-before-dose",
    NT,
    "quet",
    "Quetiapine 300 mg is taken at 23:00 and sedates dad for the night. He does the 21:00 feed before it; from "
    "23:00 mum does every feed, baby in the crib on her side. He must not sleep on the sofa with the baby. HV "
    "checks at 6-8 weeks.",
    "an evening feed before the dose",
)
ok(
    "nt-fo-placement-nights",
    NT,
    "fo",
    "Diazepam and pregabalin continue for now, sedating mum: no bed, sofa or armchair sharing, no feeding lying "
    "down. The foster carer does the 00:30 and 04:30 feeds. Late withdrawal signs possible to day 8; the HV and "
    "social worker hold this plan with the foster carer.",
    "small-hours feeds by the foster carer in the overall conclusion",
    cyr,
)
ok(
    "nt-sert-no-sedation-she-does-nights",
    NT,
    "sert",
    "Sertraline 100 mg continues, without drowsiness at this dose. Baby observed 24 h on the ward for jitteriness "
    "and feeding. She will do the 01:00 and 04:00 breastfeeds herself; the basket is beside the bed.",
    "the mother, not sedated by sertraline, feeds at night",
)
ok(
    "tm-fo-moved-day-5-after-watch",
    TM,
    "fo",
    "Diazepam and pregabalin continue for now. The baby finished 96 h of withdrawal scoring on SCBU and moved to "
    "the placement on day 5. No bed or sofa sharing with mum; foster carer does nights. Late signs possible until "
    "day 8: HV and foster carer watch; social worker holds the plan.",
    "a move after a 96-hour watch, on day 5 of 6",
    zwsp,
)
ok(
    "tm-vo-urgent-4-weeks-edge",
    TM,
    "vo",
    "Unplanned pregnancy at 8 weeks on sodium valproate, continued unchanged; not to be stopped abruptly. Urgent "
    "neurology appointment in 4 weeks (earliest offered), with the epilepsy nurse phoning her this week. Fetal "
    "medicine scan at 12 weeks. Folic acid 5 mg started.",
    "urgent at exactly four weeks",
)
ok(
    "tm-cit-booked-stay-after-watch",
    TM,
    "cit",
    "Citalopram 20 mg continues. Planned 48 h postnatal stay, during which the midwives observe the baby for poor "
    "neonatal adaptation; home on day 3 with community midwife follow-up. Breastfeeding is fine on citalopram.",
    "a booked stay as long as the watch",
    bidi,
)
ok(
    "tm-lith-past-baby-previous",
    TM,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. In her first pregnancy that baby's thyroid was normal after birth; "
    "this baby will have the same paediatric review, and levels are monthly, weekly from 36 weeks and within 24 h "
    "of delivery. Fetal echo at 20 weeks. Bottle feeding.",
    "another baby's after-birth result told as past",
)
ok(
    "tm-quet-hv-will-be-in-touch-then",
    TM,
    "quet",
    "Dad's quetiapine 300 mg nocte makes him hard to wake, so no night feeds or bed sharing for him; mum does nights "
    "with the crib on her side. The HV will be in touch to book the 6-8 week visit, when she rechecks the sleeping "
    "arrangements.",
    "'will be in touch' to book a visit that holds the check",
    shy,
)
ok(
    "fc-lith-target-0-5-0-8-overall",
    FC,
    "lo",
    "Continue lithium (Priadel) 800 mg at night, aiming for a level of 0.5-0.8 mmol/L, checked monthly, weekly from "
    "36 weeks and within 24 hours of birth. Paediatric review of the baby after birth. Breastfeeding not advised; "
    "she plans to bottle feed. Perinatal mental health team review within a week of birth.",
    "an in-range target in the overall conclusion",
)
ok(
    "fc-meth-split-dose-now",
    FC,
    "meth",
    "Methadone 60 mg daily, now split 30 mg twice a day since 28 weeks because of evening craving, continues to "
    "term. Baby: 72 h NAS scoring on the ward; HV for late signs to day 8. No co-sleeping; breastfeeding "
    "encouraged.",
    "a split dose that adds up to the listed dose",
    cyr,
)
ok(
    "fc-valp-is-to-continue",
    FC,
    "valp",
    "Sodium valproate 500 mg bd is to continue until the neurologist decides: stopping abruptly risks seizures. "
    "First-trimester exposure means an early fetal medicine scan and detailed anomaly scan, both requested today. "
    "Folic acid 5 mg started.",
    "'is to continue' with the scans",
)
ok(
    "fc-sert-dose-now-two-tablets",
    FC,
    "sert",
    "Sertraline 100 mg (two 50 mg tablets) once daily continues; relapse risk off it is high. The maternity team "
    "watches the baby for 24 h for jitteriness, poor feeding and fast breathing. Compatible with breastfeeding.",
    "the dose as listed, told as now",
)

# ============================================================================================================
# a last few pairs: refusals taken back in part, tapers that cease, targets at the top, discharge after the watch.

ok(
    "rl-meth-declined-antenatal-hv-accepted-nbv",
    RL,
    "meth",
    "Methadone 60 mg od supervised continues. She declined antenatal health visitor contact but has accepted the new "
    "birth visit, where the HV will see the Moses basket and look for late withdrawal to day 8. Baby NAS scored "
    "72 h on the postnatal ward; no co-sleeping after a dose. Breastfeeding encouraged.",
    "a refusal of one contact only; the HV holds the later visit",
    cyr,
)
bad(
    "rl-meth-declined-hv-hv-sees-basket",
    RL,
    "meth",
    "Methadone 60 mg od supervised continues. She has declined all health visitor contact. The HV will see the "
    "Moses basket at the new birth visit and look for late withdrawal to day 8. Breastfeeding encouraged.",
    "the health visiting she declined holds the cot check and the late watch",
)
ok(
    "fc-dzp-pregabalin-to-cease-gradually",
    FC,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue for now; pregabalin is to cease gradually over 4 weeks "
    "from the 6-week review, never abruptly. Both sedate her: no bed or sofa sharing, and the foster carer does "
    "nights. HV sees the baby on day 7 and day 8 for late withdrawal.",
    "'is to cease' of a taper at a time",
)
ok(
    "fc-lith-target-up-to-1-0-acute",
    FC,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues, target 0.8-1.0 mmol/L as she relapsed below 0.6 before. Levels "
    "weekly from 36 weeks and within 24 h of birth; fetal echo at 20 weeks; paediatric review of the baby after "
    "birth. Bottle feeding.",
    "a target at the top of the usual range, with its reason",
)
ok(
    "tm-meth-discharge-day-3-after-72h",
    TM,
    "meth",
    "Methadone 60 mg daily continues. Baby to stay on the postnatal ward for 72 h of NAS scores; earliest discharge "
    "is at the end of day 3, once the 72 h are done, then the HV looks for late signs to day 8. No co-sleeping "
    "after doses; breastfeeding encouraged.",
    "discharge only once the watch is done",
    greek,
)
ok(
    "tm-vo-urgent-48h-if-seizure",
    TM,
    "vo",
    "Unplanned pregnancy at 8 weeks on sodium valproate: continue unchanged, never stop suddenly. Urgent neurology "
    "review in 2 weeks, sooner (within 48 h) if she has a seizure; fetal medicine scan at 12 and 20 weeks. Folic "
    "acid 5 mg started.",
    "urgent within weeks, sooner on a condition",
)
bad(
    "tm-vo-urgent-next-spring",
    TM,
    "vo",
    "Unplanned pregnancy at 8 weeks on sodium valproate: continue unchanged, never stop suddenly. Urgent neurology "
    "review in 12 weeks; fetal medicine scan at 20 weeks. Folic acid 5 mg started.",
    "'urgent' twelve weeks away",
)
ok(
    "hd-co-partner-feeds-hv",
    HD,
    "co",
    "Continue citalopram 20 mg through pregnancy and breastfeeding. Her husband will give expressed milk at 02:00 "
    "so she sleeps; the midwife watches the baby for neonatal adaptation symptoms in the first 48 hours; GP mood "
    "review at the 6-week check. Amended on 2026-02-12 to add the health visitor as a recipient.",
    "an adult partner, on no medicine, gives a small-hours feed",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F120CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F120CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F120CASES):3}"
    )
