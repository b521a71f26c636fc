"""A sixteenth independent "fresh" batch of red-team cases for the share gate: a hunt for false refusals under
the recently stricter readings (MA103, MA119, MA120, MA122, MA106, MA309), each good record beside a near miss
that really fails.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from the gate's
code. It covers:

* MA120 medicines named as one parent's: both parents' medicines in one conclusion with pronouns ("she takes
  sertraline; his quetiapine"), "her partner's quetiapine", "his" for the baby ("his diazepam exposure"); beside
  a medicine given to the wrong parent ("her quetiapine" when the list gives it to the father);
* MA122 teratogenicity in an antenatal valproate record whose other items are silent on it, answered in unusual
  words (the baby's spine, cleft lip, developmental delay, FMU, fetal echo); beside contraception, the pregnancy
  prevention programme or a team's name only;
* MA122 relapse if stopped in unusual words (coming off it, taper, mood watched); beside "stopped today";
* MA122 a partner's safe sleep in unusual words (Moses basket, next-to-me crib, same room not same bed, settee);
  beside the baby's own sleepiness;
* MA122 concerns answered by clinical abbreviations (NAS, BF, EBM, NNU, SCBU, PNW); beside a concern left out;
* MA103 conclusions with dates and "today" that also decide; beside ones holding only dates and an account;
* MA119 joint and overall conclusions deciding each medicine tersely; beside one medicine only reported,
  dismissed or deferred;
* MA106 recommendations in plain or terse words; beside "go on" or "look again" alone;
* MA309 manual hand-overs described; beside a parent relaying or a hand-over still to be arranged;
* Welsh/English and interpreter notes;
* disguised versions (tests/redteam/disguise.py) of good texts (must pass) and of failing ones (must refuse).

Medicines named here are real; the one dm+d code used is the one the shipped example already holds.
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail). Run
``python -m tests.redteam.fresh16_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import (
    MILLBROOK,
    PASS,
    PRITCHARD,
    REFUSE,
    C,
    Case,
    Expect,
    F,
    L,
    M,
    Mutation,
    P,
    Record,
    V,
    add_assessment,
    add_medicine,
    chain,
    delete,
    gp_prescriber,
    medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words, swap_dashes, swap_spaces

F16CASES: list[Case] = []

CATEGORIES = (
    "parent-pronouns",
    "fetal-harm",
    "relapse",
    "safe-sleep",
    "abbreviations",
    "dates-today",
    "joint-coverage",
    "recommendations",
    "manual-routes",
    "language",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F16CASES.append(Case(f"f16-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def concl(assessment_id: str, text: str) -> Mutation:
    return set_(f"assessments#{assessment_id}.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


def manual(text: str) -> Mutation:
    return set_("recipients#rcp-foster-carer.route.description", text)


def recs(assessment_id: str, text: str) -> Mutation:
    return set_(f"assessments#{assessment_id}.recommendations", text)


METH = "asm-methadone"
SERT = "asm-sertraline"
LITH = "asm-lithium"
VALP = "asm-valproate"
DZPG = "asm-diazepam-pregabalin"
QUET = "asm-partner-quetiapine"
CITA = "asm-citalopram"
PSER = "asm-mother-sertraline"

# ------------------------------------------------------------------------------------------------------------
# The partner-quetiapine record with the MOTHER's sertraline added and assessed, so one conclusion can speak of
# both parents' medicines. The sertraline assessment answers each of its concerns in its own items.

_MOTHER_SERTRALINE = medicine(
    "med-mother-sertraline", "Sertraline 50mg tablets", "Two tablets (100 mg) once daily", "2025-06-10",
    gp_prescriber(MILLBROOK), last_changed="2025-09-22",
    code={"system": "https://dmd.nhs.uk", "code": "39704111000001102", "display": "Sertraline 50mg tablets"},
)
_MOTHER_SERTRALINE_ASSESSMENT: Record = {
    "id": PSER,
    "medicine_ids": ["med-mother-sertraline"],
    "impact_on_mother": {
        "sedation": "no",
        "parenting_capacity": "Mood stable on sertraline 100 mg through the pregnancy; stopping it risks a relapse "
                              "of depression in the postnatal weeks.",
    },
    "impact_on_baby": {
        "summary": "Exposed to sertraline through the pregnancy: a small risk of neonatal adaptation symptoms "
                   "(jitteriness, poor feeding, fast breathing) in the first days; none seen on the ward.",
        "neonatal_withdrawal_plan": "Midwife and health visitor to watch for jitteriness, poor feeding and fast "
                                    "breathing until day 14; GP review of the baby if any appear.",
        "breastfeeding": "Compatible with breastfeeding; mixed feeding continues.",
    },
    "recommendations": "Continue sertraline 100 mg and do not stop it suddenly. GP review of mood at the 6-week "
                       "postnatal check.",
    "conclusion": "Sertraline 100 mg continues: the risk of relapse outweighs the small risk to the baby, who is "
                  "watched for adaptation signs until day 14; it is compatible with her mixed feeding.",
    "author": PRITCHARD,
    "date": "2026-05-28",
}


def both_parents(overall_text: str, quetiapine_conclusion: str | None = None) -> Mutation:
    """The mother's sertraline added and assessed beside the father's quetiapine, with this overall text."""
    steps = [add_medicine(_MOTHER_SERTRALINE), add_assessment(_MOTHER_SERTRALINE_ASSESSMENT), overall(overall_text)]
    if quetiapine_conclusion is not None:
        steps.append(concl(QUET, quetiapine_conclusion))
    return chain(*steps)


# ============================================================================================================
# parent-pronouns (MA120): a medicine named as one parent's.

PP = "parent-pronouns"

ok("she-sertraline-his-quetiapine", PP, P, both_parents(
    "She takes sertraline 100 mg, which continues and is compatible with her mixed feeding; the health visitor "
    "watches the baby for adaptation signs. His quetiapine sedates him heavily at night: no bed or sofa sharing "
    "with him and no night feeds by him."),
    "each parent's medicine given with the right pronoun")
ok("names-possessive-each-parent", PP, P, both_parents(
    "Chloe's sertraline continues unchanged; breastfeeding is fine on it and the baby is watched for jitteriness "
    "until day 14. Daniel's quetiapine: he must never sleep with the baby on a bed, sofa or armchair; crib on "
    "her side."),
    "each parent's medicine by the parent's name")
ok("her-partners-quetiapine", PP, P, both_parents(
    "Her sertraline carries on unchanged and is compatible with breast milk; the baby is watched for adaptation "
    "signs. Her partner's quetiapine makes him hard to wake, so he does none of the night feeds and never shares "
    "a bed or sofa with the baby."),
    "'her partner's quetiapine' is the partner's, as the list says")
ok("hers-and-his-in-brackets", PP, P, both_parents(
    "Sertraline (hers) continues, with a mood check at 6 weeks and the baby watched for jitteriness; breast milk "
    "exposure is low. Quetiapine (his) means no co-sleeping with him and no night feeds by him."),
    "'(hers)' and '(his)' after each medicine")
ok("she-takes-over-night-feeds", PP, P, both_parents(
    "She takes over every night feed, because quetiapine leaves Daniel too drowsy to wake; no bed or sofa sharing "
    "with him. Her own sertraline continues and is compatible with feeding; the baby is watched for adaptation "
    "signs."),
    "'she takes over every night feed' is not a medicine she takes; quetiapine is Daniel's")
ok("each-stays-on-own", PP, P, both_parents(
    "She stays on sertraline (feeding fine, baby watched for adaptation signs to day 14) and he stays on "
    "quetiapine (never in a bed or on a sofa with the baby, no night feeds after his dose); neither dose changes "
    "without telling the health visitor."),
    "'she stays on' and 'he stays on' each with the right medicine")
ok("his-night-feeds-her-sertraline", PP, P, both_parents(
    "Chloe takes sertraline, which continues: compatible with feeding, baby watched for jitteriness. Daniel does "
    "the day feeds and skips his night feeds because quetiapine sedates him; no bed or sofa sharing with him."),
    "'his night feeds' beside the mother's medicine")
ok("father-takes-mother-takes", PP, P, both_parents(
    "The father takes quetiapine at night and is too drowsy for night care or bed sharing; the baby sleeps in "
    "the crib by the mother. The mother takes sertraline, which continues; breastfeeding is compatible and "
    "adaptation signs are watched to day 14."),
    "'the father takes' and 'the mother takes' with the right medicines")
ok("her-partner-collects-her-methadone", PP, M, overall(
    "Her partner collects her methadone and sertraline from the pharmacy; both continue unchanged. The baby has "
    "72 hours of withdrawal scoring on the postnatal ward, breastfeeding is supported, and there is no "
    "co-sleeping after her methadone dose."),
    "'her partner collects her methadone': the methadone is hers, as listed")
ok("his-exposure-means-baby", PP, F, concl(DZPG, (
    "Diazepam and pregabalin both continue, with a slow diazepam taper planned. The baby may show late withdrawal "
    "until day 8 from his diazepam and pregabalin exposure in the womb; the mother is sedated, so no bed, sofa or "
    "armchair sharing and the foster carer does the night feeds.")),
    "'his diazepam and pregabalin exposure' is the baby's exposure, not a father's medicine")
ok("baby-boy-his-cot", PP, M, concl(METH, (
    "Methadone 60 mg continues. He (a boy on the scan) will need 72 hours of withdrawal scoring; breastfeeding is "
    "supported; after her dose he sleeps in his own cot, never in her bed.")),
    "'he' and 'his' are the unborn boy; the methadone is hers")
ok("dad-quetiapine-mum-paracetamol", PP, P, overall(
    "Mum takes only paracetamol, which needs nothing for the baby. Dad's quetiapine knocks him out at night: no "
    "co-sleeping with him on a bed, sofa or armchair and no night feeds by him; the health visitor checks the "
    "crib."),
    "'Dad's quetiapine' and 'Mum takes only paracetamol'")
bad("her-quetiapine-is-his", PP, P, both_parents(
    "Chloe's sertraline continues; breastfeeding is fine and the baby is watched for jitteriness. Her quetiapine "
    "makes her drowsy at night, so no bed or sofa sharing and Daniel does the night feeds."),
    "MA120: 'her quetiapine', but the list gives quetiapine only to the partner")
bad("he-takes-sertraline-is-hers", PP, P, both_parents(
    "He takes sertraline 100 mg, which continues; the baby is watched for adaptation signs and feeding is fine. "
    "Quetiapine sedates Daniel at night: no bed or sofa sharing with him, no night feeds by him."),
    "MA120: 'he takes sertraline', but the list gives sertraline only to the mother")
bad("fathers-sertraline", PP, P, both_parents(
    "The father's sertraline and quetiapine both continue; he does no night feeds and never shares a bed or sofa "
    "with the baby. The mother's feeding is unaffected and the baby is watched for jitteriness."),
    "MA120: 'the father's sertraline', but sertraline is the mother's")
bad("she-takes-quetiapine", PP, P, concl(QUET, (
    "She takes quetiapine 300 mg at night and is very hard to wake, so the baby sleeps in the crib and is never "
    "taken into the bed or onto the sofa; Daniel does the night feeds.")),
    "MA120: 'she takes quetiapine', but the list gives it only to the partner")
bad("partner-on-his-methadone", PP, M, overall(
    "Methadone and sertraline continue for Jodie; the baby has 72 hours of withdrawal scoring, breastfeeding is "
    "supported. Her partner is on his methadone too, so neither adult co-sleeps with the baby after a dose."),
    "MA120: 'his methadone': the partner's methadone is not in the list, so never assessed")


# ============================================================================================================
# fetal-harm (MA122 teratogenicity, antenatal): the valproate record with its other items silent on harm in the
# womb, so only the conclusion can answer it.

FH = "fetal-harm"

_V_OVERALL_PLAIN = (
    "Unplanned pregnancy at 8 weeks on sodium valproate. Valproate continues unchanged; it must not be stopped "
    "abruptly, as seizures would endanger her and the baby. Folic acid 5 mg started today; urgent neurology "
    "referral sent.")


def valp(conclusion_text: str) -> Mutation:
    """Valproate assessment whose summary, recommendations and the overall conclusion leave harm in the womb to
    its conclusion."""
    return chain(
        set_(f"assessments#{VALP}.impact_on_baby.summary",
             "The baby has been exposed to valproate every day since conception, now for eight weeks of the "
             "pregnancy."),
        recs(VALP, "Do not stop valproate abruptly. Urgent referral to neurology (epilepsy specialist nurse) to "
                   "review treatment in pregnancy. Folic acid 5 mg daily started today. She wishes to continue "
                   "the pregnancy."),
        overall(_V_OVERALL_PLAIN),
        concl(VALP, conclusion_text),
    )


ok("valp-baby-spine-and-heart", FH, V, valp(
    "Valproate continues at 500 mg twice daily until neurology review; never stop it suddenly. The baby's spine "
    "and heart formed in these weeks, so a detailed scan of both at 20 weeks; folic acid 5 mg daily from today."),
    "harm in the womb answered through the baby's spine and heart")
ok("valp-cleft-lip", FH, V, valp(
    "Valproate 500 mg bd stays for now (seizure risk if stopped). Exposure so far raises the chance of spina "
    "bifida, cleft lip and heart defects: FMU referral and a detailed 20-week scan."),
    "named malformations and the fetal medicine unit")
ok("valp-developmental-delay", FH, V, valp(
    "Continue valproate; no abrupt stop. She understands the baby may have developmental delay or autism from this "
    "exposure: fetal medicine review now, and the child's development followed by the health visitor after "
    "birth."),
    "later developmental harm from exposure")
ok("valp-fmu-birth-defects", FH, V, valp(
    "Valproate 500 mg bd continues meanwhile and is never stopped suddenly. FMU referral for early fetal anatomy "
    "review and the 20-week detailed scan, given the raised risk of birth defects."),
    "'FMU' and 'birth defects'")
ok("valp-organogenesis-one-in-ten", FH, V, valp(
    "Valproate was taken through organogenesis: about a 1 in 10 risk of a major malformation for this baby and a "
    "higher risk of later learning difficulties. Detailed anomaly scan at 18-20 weeks; valproate continues and "
    "must not be stopped abruptly."),
    "the risk to this baby stated with numbers")
ok("valp-fetal-echo", FH, V, valp(
    "Valproate stays at 500 mg twice daily; stopping suddenly risks seizures that would endanger the pregnancy. "
    "Fetal echo at 20-22 weeks to look at the baby's heart, and a detailed scan for the spine and lip."),
    "a fetal echocardiogram for the baby's heart")
ok("valp-neural-tube-telegraphic", FH, V, valp(
    "Valproate: continue, no abrupt stop. In-utero exposure: NTD, cardiac and facial cleft risk; anomaly USS "
    "18-20/40 via fetal medicine; folic acid 5 mg od."),
    "telegraphic: NTD, cardiac, anomaly USS")
ok("valp-growth-and-anomaly-scans", FH, V, valp(
    "Valproate continues unchanged; do not stop abruptly. Fetal medicine to see her at 12 weeks for an early "
    "anatomy scan, then the detailed anomaly scan and serial growth scans for the baby, because valproate can "
    "cause malformations."),
    "growth scans beside the anomaly scan and malformations")
bad("valp-ppp-only", FH, V, valp(
    "Valproate continues at 500 mg bd and is not to be stopped abruptly. Pregnancy prevention programme reviewed "
    "and the annual risk form re-signed; folic acid 5 mg started."),
    "MA122: the pregnancy prevention programme does not answer harm to a baby already exposed")
bad("valp-contraception-only", FH, V, valp(
    "Valproate continues; it must not be stopped abruptly because of seizures. Long-acting contraception agreed "
    "for after the birth; folic acid 5 mg daily for the rest of the pregnancy."),
    "MA122: contraception after the birth does not answer harm to this baby")
bad("valp-teams-only", FH, V, valp(
    "Valproate continues at 500 mg bd until neurology and the consultant obstetrician see her; stopping suddenly "
    "risks seizures. The perinatal team is informed and will plan the baby's care."),
    "MA122: naming teams answers nothing about harm in the womb")
bad("valp-psychiatry-and-ppp", FH, V, valp(
    "Valproate continues unchanged, never stopped suddenly. She is on the pregnancy prevention programme and the "
    "obstetric team and neurology will advise about the baby; contraception after delivery."),
    "MA122: programme, contraception and team names only")


# ============================================================================================================
# relapse (MA122 relapse if stopped): sertraline whose capacity and recommendations are silent on stopping.

RL = "relapse"


def sert(conclusion_text: str) -> Mutation:
    return chain(
        set_(f"assessments#{SERT}.impact_on_mother.parenting_capacity",
             "Mood stable on 100 mg since September; working part-time and attending every antenatal "
             "appointment."),
        recs(SERT, "Paediatric team to be aware at delivery; midwife to watch for adaptation symptoms alongside "
                   "withdrawal observations."),
        concl(SERT, conclusion_text),
    )


ok("sert-comes-off-it", RL, M, sert(
    "Sertraline 100 mg carries on: if she comes off it her depression is likely to come back, a bigger risk to "
    "her and the baby than the small PPHN risk; breastfeeding fine."),
    "relapse as 'if she comes off it ... come back'")
ok("sert-taper-never-sudden", RL, M, sert(
    "Sertraline stays at 100 mg. Any change is a slow taper agreed with the GP, never a sudden stop, because her "
    "low mood returned last time; the baby is watched for adaptation signs for 48 hours."),
    "relapse as a taper and a return of low mood")
ok("sert-return-of-depression", RL, M, sert(
    "Sertraline unchanged at 100 mg; coming off an antidepressant in pregnancy risks a return of the depression. "
    "Baby: adaptation signs watched for 48 hours; compatible with breastfeeding."),
    "'a return of the depression'")
ok("sert-relapse-plain", RL, M, sert(
    "Keep sertraline at 100 mg: relapse of depression off treatment is the greater danger. The newborn is observed "
    "for jitteriness and fast breathing for 48 hours; breastfeeding goes ahead."),
    "'relapse ... off treatment'")
ok("sert-do-not-stop-abruptly", RL, M, sert(
    "Sertraline 100 mg continues and must not be stopped abruptly, or her mood may slide again; the midwife "
    "watches the baby for adaptation after birth, and breast milk levels are low."),
    "'must not be stopped abruptly'")
bad("sert-stopped-today", RL, M, sert(
    "Sertraline stopped today at Jodie's request; the baby is watched for adaptation signs for 48 hours after "
    "birth and breastfeeding is fine."),
    "MA122: 'stopped today' is not a plan for what stopping risks (relapse)")
bad("sert-stopping-this-week", RL, M, sert(
    "Jodie wants to stop sertraline this week and will do so; the baby's adaptation signs are watched for 48 "
    "hours after birth and breastfeeding is compatible."),
    "MA122: stopping announced with nothing on relapse")


# ============================================================================================================
# safe-sleep (MA122 safe sleep): the father's quetiapine with no safe-sleep item and its other text silent on
# sleep, so only the conclusion can answer.

SS = "safe-sleep"  # the father's quetiapine: its safe-sleep item in unusual words

_P_OVERALL_PLAIN = (
    "The mother's paracetamol raises no concern for the baby. The father's quetiapine causes heavy sedation at "
    "night, which the health visitor keeps under review at every visit.")


_P_CONCLUSION_PLAIN = (
    "The father's night-time quetiapine makes him heavily sedated for several hours; he is well and shares the "
    "baby's care in the daytime, and the health visitor will keep reviewing this.")


def quet(safe_sleep_text: str, *, plain_overall: bool = False) -> Mutation:
    """The father's quetiapine with this safe-sleep item (a partner's safe sleep is answered in its own item,
    MA122/MA125) and its other text silent on sleep; with plain_overall the conclusions are silent on it too."""
    steps = [
        set_(f"assessments#{QUET}.impact_on_mother.safe_sleep", safe_sleep_text),
        set_(f"assessments#{QUET}.impact_on_baby.summary",
             "No direct effect on the baby, who is not exposed to the father's medicine; the risk comes from how "
             "heavily sedated he is after his dose."),
        recs(QUET, "Health visitor to see the family at each visit in the first 8 weeks. If the father's dose or "
                   "timing changes, his GP to tell the health visitor."),
    ]
    if plain_overall:
        steps += [concl(QUET, _P_CONCLUSION_PLAIN), overall(_P_OVERALL_PLAIN)]
    return chain(*steps)


ok("quet-moses-basket", SS, P, quet(
    "Quetiapine 300 mg at night leaves Daniel hard to wake, so the baby sleeps in a Moses basket beside Chloe's "
    "side of the bed and is never taken into bed or onto the sofa with him."),
    "safe sleep as a Moses basket")
ok("quet-same-room-not-same-bed", SS, P, quet(
    "Daniel's quetiapine: same room, not same bed. The next-to-me crib stays on Chloe's side, and he never dozes "
    "with the baby on the settee or in the armchair."),
    "'same room, not same bed', next-to-me crib, settee")
ok("quet-never-fall-asleep-holding", SS, P, quet(
    "His quetiapine makes him heavily sedated at night: he must never fall asleep holding the baby, the baby "
    "always goes down on its back in its own cot, and Chloe does the night feeds."),
    "falling asleep holding the baby, back to sleep, own cot")
ok("quet-bed-sofa-share", SS, P, quet(
    "Quetiapine continues for Daniel. Because he is drowsy after it, the baby never shares his bed or the sofa, "
    "and Chloe does all night feeds; the health visitor checks the cot at each visit."),
    "bed, sofa, cot")
ok("quet-telegraphic-nights", SS, P, quet(
    "Dad on quetiapine 300 nocte: heavily sedated. No bed or sofa sharing with him; baby in own crib; all night "
    "care by mum; HV to check sleeping set-up."),
    "telegraphic safe sleep")
ok("quet-sids-spare-room", SS, P, quet(
    "Daniel's quetiapine sedates him for hours, which raises the risk of SIDS if he sleeps beside the baby: he "
    "sleeps in the spare room on dose nights and the crib stays with Chloe."),
    "SIDS and a spare room")
bad("quet-baby-sleepy-feeding", SS, P, quet(
    "Daniel's quetiapine 300 mg makes him drowsy at night. The baby is sleepy but feeding well, and the health "
    "visitor will weigh her every week.", plain_overall=True),
    "MA122: the baby's sleepiness is not where or with whom the baby sleeps")
bad("quet-baby-sleeps-through", SS, P, quet(
    "Quetiapine makes Daniel drowsy in the evenings; the baby settles well and sleeps through between feeds; "
    "health visitor reviewing weekly.", plain_overall=True),
    "MA122: how well the baby sleeps is not safe sleep with a sedated father")
bad("quet-sleep-clinic", SS, P, quet(
    "Daniel's quetiapine is for bipolar disorder and sleep; it continues, and his sleep clinic follow-up is in "
    "July. The health visitor reviews the baby weekly.", plain_overall=True),
    "MA122: his own sleep clinic is not the baby's safe sleep")


# ============================================================================================================
# abbreviations (MA122 read by meaning): methadone with no withdrawal-plan or breastfeeding item, and a summary
# that names neither.

AB = "abbreviations"


def meth(conclusion_text: str) -> Mutation:
    return chain(
        delete(f"assessments#{METH}.impact_on_baby.neonatal_withdrawal_plan"),
        delete(f"assessments#{METH}.impact_on_baby.breastfeeding"),
        set_(f"assessments#{METH}.impact_on_baby.summary",
             "Methadone crosses the placenta; the baby is likely to be affected after birth, with signs from 48 to "
             "72 hours and sometimes up to 8 days."),
        concl(METH, conclusion_text),
    )


ok("meth-nas-pnw-bf-ebm", AB, M, meth(
    "Methadone 60 mg od unchanged. NAS scoring on PNW for 72h min, HV to d8 for late signs; BF encouraged (EBM if "
    "baby too sleepy to latch); no co-sleeping post-dose."),
    "NAS, PNW, HV, BF, EBM")
ok("meth-nnu-if-scores-climb", AB, M, meth(
    "Methadone continues at 60 mg. Baby: NAS obs 72h, to NNU if scores climb; BF supported on this stable dose; "
    "cot, not her bed."),
    "NNU and NAS")
ok("meth-scbu-ebm", AB, M, meth(
    "Methadone: no change. 3 days' NAS charting on the ward, SCBU only if scores are high; EBM or BF both fine; "
    "never in her bed after a dose."),
    "SCBU, NAS, EBM, BF")
ok("meth-nows-breastfeed", AB, M, meth(
    "Methadone stays at 60 mg. Expect NOWS (neonatal opioid withdrawal): 72h scoring on the ward; she should "
    "breastfeed, which may ease it; no bed-sharing after a dose."),
    "NOWS spelt out, breastfeed as a verb")
ok("meth-bf-nas-hv-d8", AB, M, meth(
    "Methadone 60 mg continues. NAS chart 72h on PNW; HV late-signs check to D8; BF yes; crib only, never bed or "
    "sofa after her dose."),
    "shorthand throughout")
bad("meth-no-feeding-word", AB, M, meth(
    "Methadone 60 mg continues; NAS scoring for 72 hours on the ward and HV checks to day 8; no co-sleeping after "
    "a dose."),
    "MA122: breastfeeding left unanswered (she plans to breastfeed)")


# ============================================================================================================
# dates-today (MA103): dates and "today" beside decisions; beside dates and an account only.

DT = "dates-today"

ok("cita-today-agreed", DT, C, concl(CITA, (
    "Today (10/02/2026) we agreed citalopram 20 mg continues; the midwife watches the baby for jitteriness and fast "
    "breathing for 48 hours after birth; breastfeeding supported.")),
    "a date and 'today' beside a decision")
ok("sert-dated-heading", DT, M, concl(SERT, (
    "2 March 2026: sertraline stays at 100 mg; relapse risk outweighs the small risk to the baby; adaptation obs "
    "48h; BF fine.")),
    "a date as a heading")
ok("lith-as-of-date", DT, L, concl(LITH, (
    "As of 06/05/2026 lithium continues at 800 mg; levels weekly from 36 weeks (w/c 29 July) and within 24 hours "
    "of birth; paediatric review of the baby at birth; formula feeding.")),
    "'as of' a date, then the plan")
ok("valp-seen-today-plan", DT, V, concl(VALP, (
    "Seen today at 8 weeks. Valproate continues and is never stopped suddenly. Detailed anomaly scan at 18-20 "
    "weeks for neural tube and heart defects; folic acid 5 mg from today.")),
    "'seen today' then a plan")
ok("dzpg-meeting-date", DT, F, overall(
    "12 June 2026 discharge meeting: diazepam and pregabalin continue; no bed, sofa or armchair sharing; the "
    "foster carer does nights; late withdrawal watched to day 8 (16 June)."),
    "a meeting date and a day-8 date beside decisions")
ok("meth-from-today", DT, M, concl(METH, (
    "From today methadone is dispensed daily at 60 mg, unchanged; the baby is scored for withdrawal for 72 hours, "
    "breastfeeding goes ahead and she never sleeps with the baby after a dose.")),
    "'from today' within a decision")
bad("meth-reviewed-today-next-date", DT, M, concl(METH, (
    "Methadone reviewed today, 02/03/2026, with Jodie and her keyworker; next review on 16/03/2026.")),
    "MA103: dates and an account of a review state nothing that follows")
bad("cita-discussed-letter-dated", DT, C, concl(CITA, (
    "Citalopram discussed today (10 February 2026) regarding the baby and feeding; letter sent 11 February "
    "2026.")),
    "MA103: an account with dates")
bad("lith-seen-bloods-today", DT, L, concl(LITH, (
    "Lithium: seen 06/05/2026; bloods taken today; the baby, breastfeeding and delivery were "
    "discussed.")),
    "MA103: dates and what was discussed, nothing decided")


# ============================================================================================================
# joint-coverage (MA119).

JC = "joint-coverage"

ok("overall-both-carry-on", JC, M, overall(
    "Methadone and sertraline: both carry on at current doses. Baby: NAS plus SSRI adaptation scoring 72h; BF "
    "yes; no co-sleeping after methadone."),
    "'both' decides each")
ok("overall-sertraline-first", JC, M, overall(
    "Sertraline 100 mg stays (relapse risk). Methadone 60 mg stays too; the baby gets 72 hours of withdrawal "
    "scoring, breastfeeding is encouraged and there is no bed-sharing after a dose."),
    "each decided, sertraline first")
ok("overall-likewise", JC, M, overall(
    "Methadone: unchanged; 72 hours of NAS scoring; cot only after a dose. Sertraline: likewise unchanged, its "
    "adaptation signs scored alongside; breastfeeding fine on each."),
    "'likewise unchanged'")
ok("dzpg-pregabalin-first-diazepam-too", JC, F, concl(DZPG, (
    "Pregabalin 150 mg bd continues. Diazepam too, with a slow taper from 6 weeks. Both sedate: cot in the foster "
    "carer's room, no sofa or bed sharing; watch for late withdrawal until day 8.")),
    "'Diazepam too'")
ok("overall-psychiatry-letter-and-decision", JC, M, overall(
    "Methadone 60 mg continues; NAS scoring 72 hours; no co-sleeping after a dose. Sertraline continues at 100 mg "
    "(the psychiatry letter agrees); its adaptation signs are watched too; breastfeeding on both."),
    "a letter mentioned beside a decision for sertraline")
bad("overall-sertraline-discussed", JC, M, overall(
    "Methadone 60 mg continues; 72 hours of NAS scoring; breastfeeding encouraged; no co-sleeping after a dose. "
    "Sertraline was discussed with the perinatal pharmacist."),
    "MA119: sertraline only reported")
bad("overall-sertraline-nothing-to-add", JC, M, overall(
    "Methadone continues at 60 mg with withdrawal scoring for the baby for 72 hours, breastfeeding supported, "
    "and no bed-sharing after a dose. Sertraline: nothing further to add."),
    "MA119: sertraline only dismissed")
bad("dzpg-pregabalin-pain-team-decides", JC, F, concl(DZPG, (
    "Diazepam continues with a slow taper; no bed, sofa or armchair sharing; the foster carer does night feeds; "
    "late withdrawal to day 8. Pregabalin will be decided by the pain team.")),
    "MA119: pregabalin only deferred")


# ============================================================================================================
# recommendations (MA106).

RC = "recommendations"

ok("sert-carry-on-with-content", RC, M, recs(SERT, (
    "Carry on with sertraline 100 mg; midwife to add adaptation signs to the withdrawal chart; do not stop it "
    "suddenly.")),
    "'carry on' with what and who")
ok("cita-same-dose-mood-check", RC, C, recs(CITA, (
    "Same dose of citalopram. Mood check at the 6-week postnatal review; maternity told before delivery.")),
    "terse but names what and when")
ok("meth-numbered", RC, M, recs(METH, (
    "1) No dose change without the drug service. 2) NAS chart on the postnatal ward. 3) HV told of any change the "
    "same week.")),
    "numbered recommendations")
bad("meth-continue-as-before", RC, M, recs(METH, "Continue as before."),
    "MA106: 'go on' with nothing to act on")
bad("cita-review", RC, C, recs(CITA, "Review in due course."),
    "MA106: 'look again' with nothing to act on")


# ============================================================================================================
# manual-routes (MA309).

MR = "manual-routes"

ok("manual-social-worker-delivers", MR, F, manual(
    "The allocated social worker delivers a sealed printed copy to the foster carer at the placement on the day "
    "of discharge."),
    "a professional hands it over")
ok("manual-carer-collects", MR, F, manual(
    "The foster carer collects the printed record in person from the ward midwife at discharge and signs for it."),
    "the carer collects it from the midwife")
ok("manual-mother-also-gets-copy", MR, F, manual(
    "Ward midwife hands the printed plan to the foster carer at discharge; the mother is given her own copy at the "
    "same time."),
    "a parent gets a copy but does not relay it")
ok("manual-welsh-english", MR, F, manual(
    "Copi papur i'r gofalwr maeth gan fydwraig y ward / Printed copy handed to the foster carer by the ward "
    "midwife at discharge."),
    "a bilingual description")
ok("manual-hv-first-visit", MR, F, manual(
    "The health visitor gives the foster carer a printed copy at the first placement visit, the day after "
    "discharge, and goes through the sleep and withdrawal plan."),
    "a hand-over by the health visitor")
bad("manual-mum-passes-copy", MR, F, manual("Mum will pass her copy on to the foster carer."),
    "MA309: relayed by a parent")
bad("manual-dad-hands-over", MR, F, manual(
    "Baby's father to give the foster carer a copy when he visits the placement."),
    "MA309: relayed by a parent")
bad("manual-ward-to-arrange", MR, F, manual("Handover to the foster carer to be arranged by the ward."),
    "MA309: still to be arranged")
bad("manual-sorted-at-discharge", MR, F, manual("Will be sorted out on the day of discharge."),
    "MA309: still to be arranged")


# ============================================================================================================
# language: Welsh/English and interpreter notes.

LG = "language"

ok("meth-polish-interpreter", LG, M, concl(METH, (
    "Discussed through a Polish interpreter (Language Line). Methadone 60 mg continues; the baby is scored for "
    "withdrawal for 72 hours; breastfeeding encouraged; no co-sleeping after a dose.")),
    "an interpreter note then the conclusion")
ok("cita-welsh-english", LG, C, concl(CITA, (
    "Citalopram 20 mg yn parhau / continues. Bydd y fydwraig yn gwylio'r babi am 48 awr / the midwife watches the "
    "baby for 48 hours for jitteriness and fast breathing. Bwydo o'r fron yn iawn / breastfeeding is fine.")),
    "a bilingual Welsh and English conclusion")
ok("lith-bsl", LG, L, concl(LITH, (
    "Seen with a BSL interpreter. Lithium continues at 800 mg; levels weekly from 36 weeks; paediatric review of "
    "the baby at birth; bottle feeding because lithium passes into breast milk.")),
    "a BSL interpreter note")
ok("quet-romanian-leaflet", LG, P, concl(QUET, (
    "Daniel speaks Romanian; advice given through a telephone interpreter with a translated leaflet. His "
    "quetiapine sedates him: he never sleeps with the baby on a bed or sofa and does no night feeds.")),
    "an interpreter note for the partner")
ok("dzpg-welsh-overall", LG, F, overall(
    "Diazepam a pregabalin yn parhau (diazepam and pregabalin continue). Both sedate: no bed, sofa or armchair "
    "sharing; the foster carer does the night feeds; late withdrawal watched until day 8. Cyfieithydd yn "
    "bresennol (interpreter present)."),
    "Welsh phrases with their English")
bad("meth-interpreter-next-time", LG, M, concl(METH, (
    "Interpreter booked for the next appointment; methadone conclusion to follow once discussed with Jodie.")),
    "MA103: a deferral to an interpreted appointment")
bad("cita-explained-both-languages", LG, C, concl(CITA, (
    "Citalopram and the baby explained in Welsh and in English; she understood and had no questions.")),
    "MA103: an account that it was explained")


# ============================================================================================================
# More good records brushing the stricter readings.

ok("babys-fathers-quetiapine", PP, P, both_parents(
    "The baby's father's quetiapine sedates him at night: he never sleeps beside the baby on a bed, sofa or "
    "armchair. The mother's sertraline continues, compatible with feeding, with adaptation signs watched to day "
    "14."),
    "'the baby's father's quetiapine'")
ok("daniel-on-quetiapine-chloe-on-sertraline", PP, P, both_parents(
    "Daniel, on quetiapine, is too drowsy for night feeds and never shares a bed or sofa with the baby. Chloe, on "
    "sertraline, carries on at 100 mg; breastfeeding is fine and the baby is watched for jitteriness."),
    "'Daniel, on quetiapine' and 'Chloe, on sertraline'")
ok("valp-face-and-limbs", FH, V, valp(
    "Valproate continues at 500 mg bd and is not stopped suddenly. Because exposure in these weeks can affect the "
    "baby's heart, face and limbs, a detailed scan at 20 weeks and a fetal medicine opinion now."),
    "harm in the womb as the baby's heart, face and limbs")
ok("valp-neurodevelopment", FH, V, valp(
    "Valproate stays at 500 mg twice daily, never stopped suddenly. Exposure carries a risk of neurodevelopmental "
    "problems and malformations for the baby: early fetal medicine review and a detailed anomaly scan; the child "
    "to be offered developmental checks."),
    "neurodevelopmental harm and malformations")
ok("sert-mood-watched-by-gp", RL, M, sert(
    "Sertraline continues at 100 mg; her mood is watched by the GP every four weeks because depression tends to "
    "return when the antidepressant is stopped; the baby is watched for adaptation signs; breastfeeding fine."),
    "relapse as mood watched and depression returning when stopped")
ok("quet-armchair-cot", SS, P, quet(
    "Daniel's quetiapine makes him drowsy for hours: he must not nod off with the baby in the armchair or on "
    "the sofa, and the baby sleeps in the cot beside the mother."),
    "armchair, sofa and cot")
ok("quet-co-sleeping-plain", SS, P, quet(
    "His quetiapine continues. Co-sleeping with a sedated father is the danger, so the baby never sleeps in "
    "their bed; Chloe does all the night feeds."),
    "co-sleeping in plain words")
ok("meth-breast-milk-nas", AB, M, meth(
    "Methadone 60 mg continues; little passes into breast milk, so breastfeeding is encouraged; NAS scoring for "
    "72 hours on the ward with HV checks to day 8; cot only after a dose."),
    "breast milk and NAS")
ok("overall-each-continues", JC, M, overall(
    "Each of her medicines continues: methadone at 60 mg and sertraline at 100 mg. For the baby: 72 hours of "
    "withdrawal and adaptation scoring; breastfeeding encouraged; no bed-sharing after methadone."),
    "'each' then both named")
ok("lith-recs-terse", RC, L, recs(LITH, (
    "Levels 4-weekly, weekly from 36/40, within 24h of birth. Deliver in hospital. PNMH review within a week "
    "postpartum.")),
    "terse shorthand recommendations")
ok("manual-midwife-explains", MR, F, manual(
    "The community midwife takes the printed plan to the placement on the day of discharge and explains it to "
    "the foster carer."),
    "a midwife's hand-over")
ok("valp-urdu-interpreter", LG, V, concl(VALP, (
    "Through an Urdu interpreter: valproate continues and must not be stopped suddenly; the baby has been exposed "
    "in the first trimester, so a detailed anomaly scan and fetal medicine review are booked; folic acid 5 mg.")),
    "an interpreter note and a complete conclusion")


# ============================================================================================================
# disguise: good texts disguised (must pass), failing ones disguised (must refuse).

G = "disguise"


def dis(name: str, expect: Expect, base: str, target: Callable[[str], Mutation], text: str,
        disguise: Callable[[str], str], why: str) -> None:
    add(name, G, expect, base, target(disguise(text)), why)


def _c(assessment_id: str) -> Callable[[str], Mutation]:
    return lambda t: concl(assessment_id, t)


def zw(text: str) -> str:
    return inside_words(text, "\u200b", every=3)


def soft(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


def cyr(text: str) -> str:
    return homoglyphs(text, "aeocp")


def greek(text: str) -> str:
    return homoglyphs(text, "aiop", variant=1)


def nbsp(text: str) -> str:
    return swap_spaces(text)


def dashes(text: str) -> str:
    return swap_spaces(swap_dashes(text, "\u2011"), "\u202f")


def _both(t: str) -> Mutation:
    return both_parents(t)


def _valp(t: str) -> Mutation:
    return valp(t)


def _sert(t: str) -> Mutation:
    return sert(t)


def _quet(t: str) -> Mutation:
    return quet(t)


def _quet_plain(t: str) -> Mutation:
    return quet(t, plain_overall=True)


def _meth(t: str) -> Mutation:
    return meth(t)


_overall: Callable[[str], Mutation] = overall
_manual: Callable[[str], Mutation] = manual

dis("cyr-she-and-his", PASS, P, _both, (
    "She takes sertraline, unchanged, fine with mixed feeding, baby watched for jitteriness to day 14; his "
    "quetiapine means he never shares a bed or sofa with the baby and does no night feeds."), cyr,
    "each parent's medicine, Cyrillic look-alikes")
dis("zw-her-partners-quetiapine", PASS, P, _both, (
    "Her partner's quetiapine leaves him hard to wake: no night feeds by him, never a bed or sofa with the baby. "
    "Her sertraline continues and is compatible with breast milk; adaptation signs watched."), zw,
    "'her partner's quetiapine', zero-width spaces")
dis("greek-valp-spine", PASS, V, _valp, (
    "Valproate 500 mg bd continues; never stop it suddenly. The baby's spine, heart and lip are checked at a "
    "detailed 20-week scan because exposure raises the risk of malformations."), greek,
    "harm in the womb in unusual words, Greek look-alikes")
dis("full-width-valp-fmu", PASS, V, _valp, (
    "Valproate continues, no abrupt stop. FMU review for the baby: spina bifida and heart defect risk; detailed "
    "scan at 20 weeks."), full_width, "FMU and named malformations, full-width")
dis("soft-sert-comes-off", PASS, M, _sert, (
    "Sertraline stays at 100 mg: coming off it risks her depression returning; the baby is watched for adaptation "
    "signs for 48 hours; breastfeeding fine."), soft, "relapse in plain words, soft hyphens")
dis("nbsp-sert-taper", PASS, M, _sert, (
    "Sertraline continues; any reduction is a slow taper with the GP, never a sudden stop, as relapse is likely; "
    "adaptation obs 48h for the newborn; BF fine."), nbsp, "a taper, no-break spaces")
dis("dashes-quet-next-to-me", PASS, P, _quet, (
    "Daniel's quetiapine: heavy sedation. Next-to-me crib on Chloe's side; same room - not same bed; never "
    "dozing with the baby on the settee."), dashes, "safe sleep in unusual words, non-breaking hyphens")
dis("cyr-quet-moses", PASS, P, _quet, (
    "Quetiapine leaves Daniel hard to wake; the baby sleeps in a Moses basket by Chloe, never in bed or on the "
    "sofa with him."), cyr, "a Moses basket, Cyrillic look-alikes")
dis("zw-meth-nas-bf", PASS, M, _meth, (
    "Methadone 60 mg unchanged. NAS scoring 72h on PNW; HV to d8; BF encouraged; cot only after a dose."), zw,
    "abbreviations, zero-width spaces")
dis("greek-meth-nnu-ebm", PASS, M, _meth, (
    "Methadone continues at 60 mg; NAS obs 72 hours, NNU if scores rise; EBM or BF fine; never her bed after a "
    "dose."), greek, "NNU and EBM, Greek look-alikes")
dis("full-width-cita-today", PASS, C, _c(CITA), (
    "Today we agreed citalopram 20 mg continues; midwife obs 48h for jitteriness; breastfeeding supported."),
    full_width, "'today' beside a decision, full-width")
dis("soft-overall-both-carry-on", PASS, M, _overall, (
    "Methadone and sertraline both carry on unchanged; the baby has 72 hours of withdrawal and adaptation "
    "scoring; breastfeeding yes; no bed-sharing after methadone."), soft, "'both', soft hyphens")
dis("nbsp-manual-sw-delivers", PASS, F, _manual, (
    "Social worker delivers a printed copy to the foster carer at the placement on the discharge day."), nbsp,
    "a described hand-over, no-break spaces")
dis("cyr-his-exposure-baby", PASS, F, _c(DZPG), (
    "Diazepam and pregabalin continue, diazepam tapering slowly. Late withdrawal possible until day 8 from his "
    "diazepam and pregabalin exposure; mother sedated, so no bed, sofa or armchair sharing."), cyr,
    "'his' for the baby, Cyrillic look-alikes")
dis("zw-her-quetiapine", REFUSE, P, _both, (
    "Chloe's sertraline continues; feeding fine; baby watched for jitteriness. Her quetiapine makes her drowsy, "
    "so no bed or sofa sharing."), zw, "MA120: 'her quetiapine' is the partner's, zero-width spaces")
dis("greek-valp-ppp", REFUSE, V, _valp, (
    "Valproate continues, not stopped abruptly. Pregnancy prevention programme and contraception reviewed; "
    "neurology informed."), greek, "MA122: programme, contraception, team only, Greek look-alikes")
dis("cyr-quet-baby-sleepy", REFUSE, P, _quet_plain, (
    "Daniel's quetiapine makes him drowsy. The baby is sleepy and feeding well; health visitor weighing weekly."),
    cyr, "MA122: the baby's sleepiness, Cyrillic look-alikes")
dis("soft-manual-mum-passes", REFUSE, F, _manual, (
    "Given to mum to pass on to the foster carer."), soft, "MA309: relayed by a parent, soft hyphens")
dis("full-width-sert-stopped-today", REFUSE, M, _sert, (
    "Sertraline stopped today; the baby is watched for adaptation signs for 48 hours; breastfeeding fine."),
    full_width, "MA122: 'stopped today' with nothing on relapse, full-width")


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F16CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:20} {expect:7} {n}")
    print("pass", sum(c.expect == PASS for c in F16CASES), "refuse", sum(c.expect == REFUSE for c in F16CASES),
          "total", len(F16CASES))
