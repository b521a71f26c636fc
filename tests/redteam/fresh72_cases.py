"""A seventy-second independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt,
twenty-fourth round, against the readings added in the last hour.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. About 85% are good records that must pass, each written to sit close to one of
the last hour's readings; the rest are hollow near misses beside them that must be refused:

* ``other-senses``: item answers that use a concern's word in another sense ("milk of magnesia", "a bottle of
  water", "BF" as her boyfriend, "withdrawal of her benefits") AND answer the concern (MA125 other senses);
* ``prompt-restated``: answers that share words with the item's prompt but decide (MA125 restated prompts);
* ``process-decided``: discussions, leaflets, guidelines and "midwife to advise" that record what was decided
  (MA125 process-only answers);
* ``sound-spelt``: ordinary words and real medicines near a phonetic spelling of a listed medicine
  ("morphology", "fortnight", "Philippa", "iodine"), and the phonetic spellings themselves, unlisted (MA101,
  MA117, MA120);
* ``stop-now``: a stop asked for now beside the risk that kept her on it, a stop of a harmless medicine, "do not
  stop" and "keep her levels" in recommendations beside a continuing conclusion (MA122, MA127);
* ``would-should``: "would like", "would be scored if", "should have" as an instruction, past perfects that report
  what was done, a counterfactual beside a decision (MA103 counterfactual past);
* ``licence-applied``: a licence or SPC verdict applied to her case (MA103 licence restated);
* ``may-permission``: "may" giving permission, not leaving the question open (MA103 "may or may not");
* ``ruled-out``: a medicine ruled out past its phrase beside the medicines she truly takes (MA120);
* ``dates-after``: future dates after the signature in plans, bookings and due dates, and past events dated
  before it (MA017 events reported done after attestation);
* ``disguise``: about a fifth, the texts above in look-alike letters, zero-width and format characters, soft
  hyphens, bidi controls, full-width forms and combining marks, judged exactly like the plain text.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh72_cases`` for the
counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import PASS, REFUSE, C, Case, Expect, F, L, M, Mutation, P, V, add_medicine, chain, set_
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F72CASES: list[Case] = []

CATEGORIES = (
    "other-senses",
    "prompt-restated",
    "process-decided",
    "sound-spelt",
    "stop-now",
    "would-should",
    "licence-applied",
    "may-permission",
    "ruled-out",
    "dates-after",
    "disguise",
)

MET = "assessments#asm-methadone"
SER = "assessments#asm-sertraline"
LI = "assessments#asm-lithium"
VPA = "assessments#asm-valproate"
DP = "assessments#asm-diazepam-pregabalin"
PQ = "assessments#asm-partner-quetiapine"
CIT = "assessments#asm-citalopram"
OVR = "overall_conclusion.text"

# Texts kept by name so the disguise category can reuse them: name -> (expect, base, path, text, setup, why).
TEXTS: dict[str, tuple[Expect, str, str, str, Mutation | None, str]] = {}


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F72CASES.append(Case(f"f72-{name}", category, expect, base, mutate, why))


def put(
    name: str,
    category: str,
    expect: Expect,
    base: str,
    path: str,
    text: str,
    why: str,
    setup: Mutation | None = None,
) -> None:
    TEXTS[name] = (expect, base, path, text, setup, why)
    mutation = set_(path, text) if setup is None else chain(setup, set_(path, text))
    add(name, category, expect, base, mutation, why)


def ok(name: str, category: str, base: str, path: str, text: str, why: str, setup: Mutation | None = None) -> None:
    put(name, category, PASS, base, path, text, why, setup)


def bad(name: str, category: str, base: str, path: str, text: str, why: str, setup: Mutation | None = None) -> None:
    put(name, category, REFUSE, base, path, text, why, setup)


# ============================================================================================================
# other-senses: a concern's word in another sense, beside a real answer.

ok(
    "os-magnesia-then-bf",
    "other-senses",
    M,
    f"{MET}.impact_on_baby.breastfeeding",
    "Milk of magnesia is fine for her constipation; breastfeeding itself is encouraged on her steady methadone "
    "dose, with the midwife checking the baby is not too sleepy to feed.",
    "milk of magnesia set aside, and the rest says she breastfeeds with checks for sleepiness",
)
ok(
    "os-water-bottle-cot",
    "other-senses",
    M,
    f"{MET}.impact_on_mother.safe_sleep",
    "She keeps a bottle of water by the bed for night feeds, but the baby never comes into that bed or onto the "
    "sofa after her dose: the baby sleeps in the cot beside her.",
    "a bottle of water beside where the baby sleeps: the cot, never her bed or sofa",
)
ok(
    "os-bf-boyfriend-crib",
    "other-senses",
    P,
    f"{PQ}.impact_on_mother.safe_sleep",
    "Her BF, the baby's father, takes quetiapine at night: he must never share a bed, sofa or armchair with the "
    "baby after his dose and does no night feeds; the baby sleeps in the crib on her side.",
    "BF as boyfriend, then a full partner safe-sleep answer",
)
ok(
    "os-benefits-withdrawn-nas",
    "other-senses",
    M,
    f"{MET}.impact_on_baby.neonatal_withdrawal_plan",
    "Withdrawal of her housing benefit does not change the baby's plan: withdrawal scoring on the postnatal ward "
    "for at least 72 hours, then the health visitor checks for late signs up to day 8.",
    "withdrawal of benefits, then the baby's withdrawal scoring with a time and an owner",
)
ok(
    "os-contact-withdrawn-foster",
    "other-senses",
    F,
    f"{DP}.impact_on_baby.neonatal_withdrawal_plan",
    "Withdrawal of the mother's overnight contact is for social care to decide; for the baby, withdrawal signs "
    "were scored for 5 days on the ward, and the foster carer watches for tremor or poor feeding until day 8 and "
    "calls the neonatal unit if they appear.",
    "withdrawal of contact set aside, then a real plan for late withdrawal",
)
ok(
    "os-oat-milk-citalopram",
    "other-senses",
    C,
    f"{CIT}.impact_on_baby.breastfeeding",
    "Oat milk in her own diet is fine; citalopram reaches breast milk only in small amounts, so breastfeeding "
    "goes ahead with the midwife watching for a drowsy or poorly feeding baby.",
    "oat milk, then the breast milk verdict and what to watch for",
)
ok(
    "os-magnesia-lithium-bottle",
    "other-senses",
    L,
    f"{LI}.impact_on_baby.breastfeeding",
    "Her milk of magnesia for constipation is safe with lithium. Breastfeeding is not advised on lithium, so the "
    "baby will be bottle fed from birth with formula.",
    "milk of magnesia, then breastfeeding not advised and bottle feeding",
)
ok(
    "os-support-withdrawn-sertraline",
    "other-senses",
    M,
    f"{SER}.conclusion",
    "Sertraline 100 mg continues: with her counselling support withdrawn, stopping would make a relapse of "
    "depression more likely. The midwife watches the baby for jitteriness and fast breathing for 48 hours after "
    "birth, and breastfeeding is fine on sertraline.",
    "support withdrawn is another sense; the conclusion answers relapse, the baby and feeding",
)
ok(
    "os-bottle-of-folic-vpa",
    "other-senses",
    V,
    f"{VPA}.impact_on_baby.breastfeeding",
    "The bottle of folic acid tablets is hers. She may breastfeed on valproate, as little reaches the milk; the "
    "health visitor checks the baby for drowsiness and jaundice in the first weeks.",
    "a bottle of tablets, then she may breastfeed with checks",
)
bad(
    "os-magnesia-only",
    "other-senses",
    M,
    f"{MET}.impact_on_baby.breastfeeding",
    "Milk of magnesia is fine for her constipation, taken as the community pharmacist advised.",
    "the breastfeeding item speaks only of milk of magnesia (MA125)",
)
bad(
    "os-bf-sleeps-soundly",
    "other-senses",
    P,
    f"{PQ}.impact_on_mother.safe_sleep",
    "Her BF takes his tablets at night and sleeps soundly; he keeps a bottle of water by the bed.",
    "the partner's safe sleep answered with his own sleep and a bottle of water (MA125)",
)
bad(
    "os-keyworker-withdrawn",
    "other-senses",
    M,
    f"{MET}.impact_on_baby.neonatal_withdrawal_plan",
    "Withdrawal of her key worker's home visits was talked through with her at the 28-week visit.",
    "withdrawal only of visits, reported as talked through (MA125)",
)

# ============================================================================================================
# prompt-restated: the prompt's words, then a decision.

ok(
    "pr-observation-plan-decided",
    "prompt-restated",
    M,
    f"{MET}.impact_on_baby.neonatal_withdrawal_plan",
    "Observation plan for the baby after birth: withdrawal scoring every 4 hours on the postnatal ward for at "
    "least 72 hours, and the health visitor checks for late signs up to day 8.",
    "the prompt restated as a label, then the plan itself",
)
ok(
    "pr-bf-advice-decided",
    "prompt-restated",
    M,
    f"{MET}.impact_on_baby.breastfeeding",
    "Breastfeeding advice: breastfeed; methadone at 60 mg passes into milk only in small amounts, and the "
    "midwife checks the baby is waking for feeds.",
    "'breastfeeding advice' then the advice",
)
ok(
    "pr-safe-sleep-agreed",
    "prompt-restated",
    M,
    f"{MET}.impact_on_mother.safe_sleep",
    "Safe sleep and co-sleeping advice given and agreed: the baby sleeps in the cot beside the parents' bed, "
    "never in her bed or on the sofa after a dose.",
    "the prompt's words, then where the baby sleeps",
)
ok(
    "pr-newborn-observation",
    "prompt-restated",
    C,
    f"{CIT}.impact_on_baby.neonatal_withdrawal_plan",
    "Newborn observation for 48 hours by the midwife for jitteriness, fast breathing and poor feeding; "
    "paediatric review if these last beyond two days.",
    "'newborn' for neonatal, with who, how long, what and when to escalate",
)
ok(
    "pr-partner-cosleep-advice",
    "prompt-restated",
    P,
    f"{PQ}.impact_on_mother.safe_sleep",
    "Co-sleeping advice for the father: no co-sleeping with him at all, in a bed, on the sofa or in an armchair; "
    "the baby sleeps in the crib on the mother's side and she does the night feeds.",
    "the prompt's word as a heading, then the arrangement",
)
ok(
    "pr-nas-plan-carried-out",
    "prompt-restated",
    F,
    f"{DP}.impact_on_baby.neonatal_withdrawal_plan",
    "Neonatal withdrawal observation plan carried out: 5 days of ward scoring with mild day-3 signs and no "
    "treatment; the foster carer watches for late signs to day 8 and rings the neonatal unit about poor feeding "
    "or tremor.",
    "the prompt named as done, with what was found and what follows",
)
ok(
    "pr-safe-sleep-foster",
    "prompt-restated",
    F,
    f"{DP}.impact_on_mother.safe_sleep",
    "Safe sleep: the baby sleeps in a cot in the foster carer's room; the mother never shares a bed, sofa or "
    "armchair with the baby and does not feed lying down.",
    "'Safe sleep:' label, then the arrangement",
)
ok(
    "pr-compatibility-vpa",
    "prompt-restated",
    V,
    f"{VPA}.impact_on_baby.breastfeeding",
    "Compatibility of breastfeeding with valproate at this dose: compatible; she may breastfeed, and the health "
    "visitor checks the baby for drowsiness and poor feeding.",
    "the prompt restated, then the verdict and the check",
)
bad(
    "pr-plan-for-observing",
    "prompt-restated",
    M,
    f"{MET}.impact_on_baby.neonatal_withdrawal_plan",
    "Plan for observing the newborn for neonatal withdrawal after birth.",
    "only the item's prompt restated (MA125)",
)
bad(
    "pr-bf-considered",
    "prompt-restated",
    C,
    f"{CIT}.impact_on_baby.breastfeeding",
    "Breastfeeding advice on citalopram in breast milk has been considered.",
    "the prompt restated as considered, no verdict (MA125)",
)

# ============================================================================================================
# process-decided: a discussion, leaflet or guideline with the decision it led to.

ok(
    "pd-dad-spare-room",
    "process-decided",
    P,
    f"{PQ}.impact_on_mother.safe_sleep",
    "Discussed with dad: he will sleep in the spare room while on quetiapine and never has the baby in his bed or "
    "on the sofa; the mother does the night feeds.",
    "a discussion that records what was decided about where everyone sleeps",
)
ok(
    "pd-guideline-finnegan",
    "process-decided",
    M,
    f"{MET}.impact_on_baby.neonatal_withdrawal_plan",
    "Trust NAS guideline CG-112 applies to this baby: Finnegan scoring every 4 hours on the postnatal ward for at "
    "least 72 hours, and late signs checked up to day 8.",
    "the guideline applies, then what it means for this baby",
)
ok(
    "pd-leaflet-and-signs",
    "process-decided",
    F,
    f"{DP}.impact_on_baby.neonatal_withdrawal_plan",
    "NAS leaflet given to the foster carer at discharge, and she knows what to do: watch for tremor, "
    "high-pitched crying and poor feeding until day 8 and ring the neonatal unit if any appear.",
    "leaflet given, then the signs, the time and the action",
)
ok(
    "pd-midwife-advise-bf",
    "process-decided",
    M,
    f"{MET}.impact_on_baby.breastfeeding",
    "Midwife to advise on positioning after delivery; breastfeeding is supported on her stable methadone dose.",
    "'midwife to advise after delivery' beside the verdict",
)
ok(
    "pd-midwife-watch-48h",
    "process-decided",
    C,
    f"{CIT}.impact_on_baby.neonatal_withdrawal_plan",
    "Midwife to watch for adaptation signs after delivery for 48 hours: jitteriness, fast breathing or poor "
    "feeding mean a paediatric review the same day.",
    "an instruction with a time and a threshold, not a deferral",
)
ok(
    "pd-both-parents-cot",
    "process-decided",
    M,
    f"{MET}.impact_on_mother.safe_sleep",
    "Discussed with both parents and agreed: the baby sleeps in the cot next to their bed and is never taken into "
    "bed or onto the sofa after her dose.",
    "discussed and agreed, with the arrangement",
)
ok(
    "pd-leaflet-explained-bf",
    "process-decided",
    C,
    f"{CIT}.impact_on_baby.breastfeeding",
    "Leaflet given and explained: she may breastfeed on citalopram 20 mg; if the baby is drowsy or feeding "
    "poorly at the day-5 visit, the midwife asks the GP to review.",
    "leaflet given beside a verdict and a check",
)
ok(
    "pd-reviewed-moses-basket",
    "process-decided",
    L,
    f"{LI}.impact_on_mother.safe_sleep",
    "Reviewed with her at 24 weeks: lithium does not make her drowsy at this level; the baby will sleep in a Moses "
    "basket by her bed, never in her bed.",
    "a review that records the decision about the baby's sleep",
)
ok(
    "pd-hv-aware-seen",
    "process-decided",
    P,
    f"{PQ}.impact_on_mother.safe_sleep",
    "Health visitor aware and has seen the room: the crib is on the mother's side, and the father never has the "
    "baby in bed or on the sofa after his dose.",
    "who knows, then where the baby sleeps and with whom",
)
bad(
    "pd-talked-through-ward",
    "process-decided",
    P,
    f"{PQ}.impact_on_mother.safe_sleep",
    "Co-sleeping talked through with both parents on the ward.",
    "a report that it was talked through, nothing decided (MA125)",
)
bad(
    "pd-guideline-registrar",
    "process-decided",
    M,
    f"{MET}.impact_on_baby.neonatal_withdrawal_plan",
    "Neonatal abstinence guideline discussed with the paediatric registrar at the 32-week visit.",
    "a guideline discussed, no plan for the baby (MA125)",
)

# ============================================================================================================
# sound-spelt: ordinary words and real medicines near a phonetic spelling.

ok(
    "ss-morphology-fortnight",
    "sound-spelt",
    M,
    f"{MET}.conclusion",
    "Methadone 60 mg daily continues under supervised consumption. The 20-week morphology scan was normal; the "
    "baby will be scored for withdrawal on the postnatal ward for at least 72 hours. She can breastfeed, but "
    "after each dose she must not sleep with the baby in bed or on a sofa; the health visitor phones each "
    "fortnight and checks the cot.",
    "'morphology' and 'fortnight' are English words, not morphine or Fortral",
)
ok(
    "ss-physio-lithium",
    "sound-spelt",
    L,
    f"{LI}.conclusion",
    "Lithium continues at 800 mg at night; stopping it would make relapse after birth likely. Her physio for back "
    "pain carries on. The paediatrician checks the baby for floppiness and poor feeding with a lithium level "
    "within 24 hours of birth, and she bottle feeds, as breastfeeding is not advised.",
    "'physio' is a therapy, not a medicine spelt by sound",
)
ok(
    "ss-philippa-hv",
    "sound-spelt",
    P,
    f"{PQ}.conclusion",
    "The father's quetiapine 300 mg at night leaves him too drowsy to care for the baby safely after his dose: he "
    "never shares a bed, sofa or armchair with the baby, and Philippa, the health visitor, checks the crib at "
    "every visit while the mother does the night feeds.",
    "a person's name beginning 'Ph' is not a medicine",
)
ok(
    "ss-iodine-vitamin",
    "sound-spelt",
    V,
    f"{VPA}.conclusion",
    "Valproate continues at 500 mg twice a day until the neurologist reviews it this week, as stopping suddenly "
    "risks seizures. The baby was exposed in the first trimester: fetal medicine review and a detailed anomaly "
    "scan are booked, and folic acid 5 mg and an iodine-containing pregnancy vitamin are fine alongside.",
    "iodine is a real supplement one letter from a sound-spelt codeine",
)
ok(
    "ss-gaviscon-sertraline",
    "sound-spelt",
    M,
    f"{SER}.conclusion",
    "Sertraline 100 mg continues, because stopping would bring back her depression. Gaviscon for heartburn is "
    "fine beside it. The maternity team watches the baby for jitteriness and fast breathing for 48 hours, and "
    "she may breastfeed.",
    "a harmless real medicine named beside a complete plan",
)
ok(
    "ss-ferrous-fumarate",
    "sound-spelt",
    C,
    f"{CIT}.conclusion",
    "Citalopram 20 mg continues, since she relapsed within six weeks when she last stopped. Ferrous fumarate for "
    "anaemia can be taken with it. The midwife observes the baby for 48 hours for adaptation signs, and "
    "breastfeeding is supported.",
    "ferrous fumarate: a real 'f' medicine of no concern",
)
ok(
    "ss-phones-neonatal-unit",
    "sound-spelt",
    F,
    f"{DP}.conclusion",
    "Diazepam and pregabalin continue for now, with a slow diazepam reduction agreed for the 6-week review. Both "
    "make her drowsy: she never shares a bed, sofa or armchair with the baby or feeds lying down, and the foster "
    "carer does the night feeds. The baby may show late withdrawal until day 8; the foster carer phones the "
    "neonatal unit if feeding or crying changes.",
    "'phones' is a verb, not a sound spelling",
)
ok(
    "ss-fiona-overall",
    "sound-spelt",
    M,
    OVR,
    "Methadone and sertraline continue unchanged. The baby will be scored for withdrawal on the postnatal ward "
    "and watched for adaptation signs; breastfeeding is supported. Methadone makes her drowsy, so no co-sleeping "
    "on a bed or sofa; the social worker and health visitor check the sleeping set-up, and Fiona from the drug "
    "service phones each fortnight.",
    "a key worker's name and 'fortnight' beside every medicine and plan",
)
ok(
    "ss-photo-formula",
    "sound-spelt",
    L,
    OVR,
    "Continue lithium (Priadel) 800 mg at night with levels monthly, weekly from 36 weeks and within 24 hours of "
    "birth. The paediatrician reviews the baby after birth; breastfeeding is not advised, so she will use "
    "formula, and the feeding plan is photocopied into her hand-held notes. The perinatal team sees her within a "
    "week of birth because relapse risk is high.",
    "'formula' and 'photocopied' beside a complete lithium plan",
)
bad(
    "ss-morfine-father",
    "sound-spelt",
    P,
    f"{PQ}.conclusion",
    "The father's quetiapine at night and the Morfine he takes for his back make him too drowsy to look after "
    "the baby at night: no bed, sofa or armchair sharing with him, and the mother does the night feeds; the "
    "health visitor checks the crib.",
    "morphine spelt by sound, taken by the father and on no list (MA120)",
)
bad(
    "ss-phortral-sertraline",
    "sound-spelt",
    M,
    f"{SER}.conclusion",
    "Sertraline 100 mg continues, and her Phortral for back pain carries on too, since stopping sertraline risks "
    "relapse. The baby is watched for jitteriness for 48 hours after birth, and she may breastfeed.",
    "Fortral (pentazocine) spelt by sound, taken and on no list (MA120)",
)

_GP_RIVERSIDE = {"kind": "gp-practice", "organisation": {"ods_code": "Y90001", "name": "Riverside Surgery"}}


def _listed(name: str, dose: str) -> Mutation:
    return add_medicine(
        {"id": "med-f72-extra", "name": name, "dose": dose, "started": "2026-02-02", "prescriber": _GP_RIVERSIDE}
    )


add(
    "ss-list-morfine-unassessed",
    "sound-spelt",
    REFUSE,
    M,
    _listed("Morfine sulfate 10mg/5ml oral solution", "5 ml when needed for back pain"),
    "morphine spelt by sound on her list, with no assessment (MA101)",
)
add(
    "ss-list-ferrous-fumarate",
    "sound-spelt",
    PASS,
    M,
    _listed("Ferrous fumarate 210mg tablets", "One tablet twice a day"),
    "an iron tablet whose name begins with the f of a ph spelling: no medicine of concern",
)
add(
    "ss-list-folic-acid",
    "sound-spelt",
    PASS,
    M,
    _listed("Folic acid 400microgram tablets", "400 micrograms once daily"),
    "folic acid on the list: an ordinary supplement, not a sound spelling of anything",
)


# ============================================================================================================
# stop-now: a stop asked for now beside the risk; "do not stop" and "keep levels" beside continuing.

ok(
    "sn-asked-stop-week-citalopram",
    "stop-now",
    C,
    f"{CIT}.impact_on_mother.parenting_capacity",
    "She asked to stop citalopram this week; when she stopped before she relapsed within six weeks, so she now "
    "agrees to carry on at 20 mg.",
    "a wish to stop now beside the relapse that stopping risked",
)
ok(
    "sn-tomorrow-sertraline-risk",
    "stop-now",
    M,
    f"{SER}.impact_on_mother.parenting_capacity",
    "Mood stable on 100 mg. She wanted to stop sertraline tomorrow; we agreed that stopping risks her depression "
    "returning late in pregnancy, and she continues.",
    "a stop tomorrow taken back, with the risk",
)
ok(
    "sn-foster-not-today",
    "stop-now",
    F,
    f"{DP}.recommendations",
    "Do not stop either medicine today or suddenly: diazepam withdrawal risks seizures and her anxiety returning. "
    "GP to agree a slow diazepam reduction with the mother at the 6-week review. Prescriptions weekly while in "
    "the placement. Any dose change to be shared with the social worker, foster carer and health visitor the "
    "same week.",
    "'today' under a negation, with what stopping risks",
)
ok(
    "sn-partner-wanted-stop",
    "stop-now",
    P,
    f"{PQ}.impact_on_mother.parenting_capacity",
    "The father wanted to stop his quetiapine this week to help with night feeds; his psychiatrist advised "
    "against, as stopping risks a bipolar relapse, so he continues 300 mg at night and does no night care.",
    "the partner's stop now declined, with the relapse risk",
)
ok(
    "sn-lithium-not-today",
    "stop-now",
    L,
    f"{LI}.impact_on_mother.parenting_capacity",
    "Bipolar disorder, well for four years on lithium. She asked whether lithium stops today because of the "
    "pregnancy: it does not, as stopping would bring a high risk of relapse and postpartum psychosis after birth.",
    "'stops today' asked and answered no, with the risk",
)
ok(
    "sn-paracetamol-stops-today",
    "stop-now",
    P,
    OVR,
    "The mother's paracetamol stops today as her pain has settled. The father's quetiapine causes heavy sedation "
    "at night: he never shares a bed, sofa or armchair with the baby and does no night feeds after his dose, and "
    "the health visitor keeps checking the crib.",
    "a harmless medicine stopped today beside the partner's full plan",
)
ok(
    "sn-vpa-do-not-stop",
    "stop-now",
    V,
    f"{VPA}.conclusion",
    "Valproate continues at 500 mg twice daily; she must not stop it today or on any day without the neurologist, "
    "as stopping suddenly risks seizures. The baby was exposed in the first trimester, so fetal medicine review "
    "and a detailed anomaly scan are arranged, and folic acid 5 mg has started.",
    "'do not stop' in both the recommendations and the conclusion: no contradiction",
)
ok(
    "sn-lithium-keep-levels",
    "stop-now",
    L,
    f"{LI}.recommendations",
    "Keep her lithium levels between 0.6 and 0.8 mmol/L: levels every 4 weeks, then weekly from 36 weeks and "
    "within 24 hours after birth. Do not stop lithium in labour without the perinatal team; keep well hydrated.",
    "'keep her levels' and 'do not stop' continue lithium, as the conclusion does",
)
ok(
    "sn-methadone-never-today",
    "stop-now",
    M,
    f"{MET}.recommendations",
    "Do not stop methadone; any reduction only with the drug service, never today or before delivery without "
    "them. Dose changes shared with maternity and the health visitor the same week.",
    "recommendations that continue methadone, beside a continuing conclusion",
)
ok(
    "sn-methadone-asked-stop",
    "stop-now",
    M,
    f"{MET}.conclusion",
    "Methadone 60 mg continues: she asked to stop it today, but stopping now risks relapse to street heroin and "
    "withdrawal in the unborn baby, so the drug service keeps her on it. The baby is scored for withdrawal for at "
    "least 72 hours after birth; she can breastfeed, and after doses the baby never shares her bed or sofa.",
    "a stop asked for today, refused with its risk",
)
bad(
    "sn-citalopram-stops-today",
    "stop-now",
    C,
    f"{CIT}.conclusion",
    "Citalopram 20 mg: the midwife watches the baby for 48 hours after birth for adaptation signs, and "
    "breastfeeding is supported.",
    "the only relapse answer is now a stop today; nothing says what stopping risks (MA122)",
    setup=set_(
        f"{CIT}.impact_on_mother.parenting_capacity",
        "Anxiety and depression well controlled; she stops citalopram today.",
    ),
)

# ============================================================================================================
# would-should: plans and wishes with "would", "should have" as instruction, past perfects reporting.

ok(
    "ws-would-like-bf",
    "would-should",
    M,
    f"{MET}.conclusion",
    "Methadone 60 mg daily continues; she would like to breastfeed and may, as little reaches the milk. The baby "
    "would be scored for withdrawal for at least 72 hours on the postnatal ward, and longer if signs appear. "
    "Drowsiness after each dose means no sharing a bed or sofa with the baby; the health visitor checks the cot.",
    "'would like' and 'would be scored ... if' are a wish and a plan",
)
ok(
    "ws-should-have-obs",
    "would-should",
    C,
    f"{CIT}.conclusion",
    "Citalopram 20 mg continues, as stopping would bring back the relapse she had last time. The baby should have "
    "48 hours of midwife observation for jitteriness, fast breathing and poor feeding, and she should breastfeed "
    "as planned.",
    "'should have' as an instruction for the baby",
)
ok(
    "ws-had-been-advised",
    "would-should",
    F,
    f"{DP}.conclusion",
    "Diazepam and pregabalin continue for now. She had been advised never to share a bed, sofa or armchair with "
    "the baby or to feed lying down, and agrees; the foster carer does the night feeds. The baby should have "
    "late-withdrawal checks to day 8 by the foster carer and health visitor, and a slow diazepam reduction starts "
    "at the 6-week review.",
    "a past perfect reporting advice given and agreed",
)
ok(
    "ws-should-have-been-but",
    "would-should",
    V,
    f"{VPA}.conclusion",
    "Valproate should have been reviewed before conception, but what matters now is that it continues at 500 mg "
    "twice a day until the neurologist sees her this week, because stopping suddenly risks seizures. The baby was "
    "exposed in the first trimester: fetal medicine review and a detailed anomaly scan are booked, and folic acid "
    "5 mg has started.",
    "a counterfactual beside the decision that stands",
)
ok(
    "ws-some-teams-would",
    "would-should",
    L,
    f"{LI}.conclusion",
    "Some teams would have stopped lithium in pregnancy, but for her it continues at 800 mg at night, as relapse "
    "after birth is the bigger danger. The baby should have a paediatric review and a lithium level within 24 "
    "hours of birth, and will be bottle fed because breastfeeding is not advised.",
    "what others would have done, then her decision",
)
ok(
    "ws-father-would-sleep",
    "would-should",
    P,
    f"{PQ}.conclusion",
    "The father has been told, and had already agreed, that he must never sleep with the baby in a bed, on a sofa "
    "or in an armchair after his quetiapine. He would sleep in the spare room if the baby is unsettled at night, "
    "and the mother does every night feed; the health visitor checks the crib at each visit.",
    "past perfects reporting agreement, 'would' in a plan",
)
ok(
    "ws-had-she-stopped",
    "would-should",
    M,
    f"{SER}.conclusion",
    "Sertraline 100 mg continues; had she stopped, her depression would probably have returned, as it did last "
    "time. After birth the baby should have 48 hours of observation for jitteriness and fast breathing, and "
    "breastfeeding is fine.",
    "a past condition about the risk, beside the decision",
)
ok(
    "ws-overall-would-like",
    "would-should",
    M,
    OVR,
    "Methadone and sertraline both continue unchanged. The baby should have withdrawal scoring on the postnatal "
    "ward for at least 72 hours and checks for adaptation signs; she would like to breastfeed, and that is "
    "supported. Methadone sedation means no co-sleeping on a bed or sofa; the social worker and health visitor "
    "see the sleeping arrangements before discharge.",
    "'should have' and 'would like' in a complete overall conclusion",
)
bad(
    "ws-would-have-all",
    "would-should",
    M,
    f"{MET}.conclusion",
    "Methadone would have been continued had the plan been finalised, and the baby would have been observed for "
    "withdrawal; breastfeeding and co-sleeping would have been gone through.",
    "every clause is what might have been (MA103)",
)
bad(
    "ws-had-quetiapine-reviewed",
    "would-should",
    P,
    f"{PQ}.conclusion",
    "Had the father's quetiapine been reviewed, co-sleeping would have been addressed and the baby's night care "
    "would have been planned.",
    "a past condition and counterfactuals, nothing decided (MA103)",
)

# ============================================================================================================
# licence-applied: a licence verdict applied to her.

ok(
    "la-vpa-no-alternative",
    "licence-applied",
    V,
    f"{VPA}.conclusion",
    "Valproate is contraindicated in pregnancy unless there is no suitable alternative; for her the neurologist "
    "decides that this week, and until then it continues at 500 mg twice daily because stopping suddenly risks "
    "seizures. The baby, exposed in the first trimester, has an urgent fetal medicine review and a detailed "
    "anomaly scan; folic acid 5 mg is started.",
    "the licence restated, then applied to her with a decision",
)
ok(
    "la-lithium-spc-applies",
    "licence-applied",
    L,
    f"{LI}.conclusion",
    "Lithium's SPC advises against breastfeeding, and that applies to her: the baby will be bottle fed. Lithium "
    "continues at 800 mg at night because relapse after birth is likely without it; the paediatrician reviews "
    "the baby within 24 hours of birth with a lithium level.",
    "the SPC's verdict applied to this baby",
)
ok(
    "la-citalopram-benefit",
    "licence-applied",
    C,
    f"{CIT}.conclusion",
    "Citalopram is licensed in pregnancy only when the benefit outweighs the risk, and for her it does: she "
    "relapsed within six weeks of stopping before, so 20 mg continues. The midwife watches the baby for 48 hours "
    "after birth, and she may breastfeed.",
    "a licence condition met in her case",
)
ok(
    "la-pregabalin-necessary",
    "licence-applied",
    F,
    f"{DP}.conclusion",
    "Pregabalin is not recommended in pregnancy unless clearly necessary, and here it was judged necessary, so "
    "pregabalin and diazepam both continue for now with a slow diazepam reduction from the 6-week review. Both "
    "sedate her: no bed, sofa or armchair sharing and no feeding lying down, with the foster carer doing night "
    "feeds. Late withdrawal is possible to day 8, watched by the foster carer and health visitor.",
    "a licence's 'unless' answered for her",
)
bad(
    "la-vpa-spc-only",
    "licence-applied",
    V,
    f"{VPA}.conclusion",
    "Sodium valproate must not be used in girls and women able to become pregnant unless the pregnancy "
    "prevention programme conditions are met, and is contraindicated in pregnancy for epilepsy unless no "
    "suitable alternative exists.",
    "the licence restated of a population, nothing for her (MA103)",
)

# ============================================================================================================
# may-permission: "may" granting, not hedging.

ok(
    "mp-may-bf-methadone",
    "may-permission",
    M,
    f"{MET}.impact_on_baby.breastfeeding",
    "She may breastfeed: on a stable 60 mg dose little methadone reaches the milk, and breastfeeding may also "
    "ease the baby's withdrawal signs.",
    "'may' gives permission",
)
ok(
    "mp-may-bf-citalopram",
    "may-permission",
    C,
    f"{CIT}.impact_on_baby.breastfeeding",
    "She may breastfeed on citalopram 20 mg; if the baby is sleepy or feeding poorly the midwife asks the GP to "
    "review.",
    "permission with a check",
)
ok(
    "mp-father-may-hold",
    "may-permission",
    P,
    f"{PQ}.conclusion",
    "The father may hold and feed the baby in the daytime, but after his night-time quetiapine he is too "
    "sedated: he never shares a bed, sofa or armchair with the baby and does no night feeds, and the health "
    "visitor keeps checking the crib on the mother's side.",
    "'may' for daytime care beside a firm night-time rule",
)
ok(
    "mp-mother-may-daytime",
    "may-permission",
    F,
    f"{DP}.conclusion",
    "Diazepam and pregabalin continue for now; the mother may do daytime feeds sitting up with the foster carer "
    "present, but never night feeds or sleep with the baby on a bed, sofa or armchair, since both medicines make "
    "her drowsy. Late withdrawal may show until day 8; the foster carer calls the neonatal unit if it does. A "
    "slow diazepam reduction starts at the 6-week review.",
    "permission and a possibility, each with an action",
)
bad(
    "mp-may-or-may-not",
    "may-permission",
    C,
    f"{CIT}.conclusion",
    "Citalopram may or may not affect the baby after birth, and breastfeeding may or may not be advisable; "
    "relapse may or may not follow a change.",
    "'may or may not' throughout decides nothing (MA103)",
)

# ============================================================================================================
# ruled-out: a medicine ruled out past its phrase, beside what she takes.

ok(
    "ro-codeine-old-list",
    "ruled-out",
    M,
    f"{SER}.conclusion",
    "Sertraline 100 mg continues because her depression came back when it was stopped. The codeine on her old "
    "hospital discharge list was stopped at booking; for pain she takes paracetamol. The baby is watched for "
    "jitteriness and fast breathing for 48 hours after birth, and breastfeeding is fine.",
    "codeine ruled out a few words on; paracetamol taken",
)
ok(
    "ro-zopiclone-father",
    "ruled-out",
    P,
    f"{PQ}.conclusion",
    "The father's quetiapine 300 mg at night leaves him too drowsy for night care: he never shares a bed, sofa or "
    "armchair with the baby and the mother does the night feeds. The zopiclone tablets he was given last year "
    "were stopped and not restarted; the health visitor keeps checking the crib.",
    "the father's zopiclone ruled out, his quetiapine assessed",
)
ok(
    "ro-fluoxetine-first-pregnancy",
    "ruled-out",
    C,
    f"{CIT}.conclusion",
    "Citalopram 20 mg continues, as she relapsed within weeks of stopping before. The fluoxetine capsules from her "
    "first pregnancy were stopped years ago and are not being restarted. The midwife watches the baby for 48 "
    "hours for adaptation signs, and breastfeeding is supported.",
    "fluoxetine ruled out past its phrase",
)
ok(
    "ro-zolpidem-old-list",
    "ruled-out",
    F,
    f"{DP}.conclusion",
    "Diazepam and pregabalin continue for now, with a slow diazepam reduction from the 6-week review; the "
    "zolpidem tablets on her old medication list were stopped before the birth. Both medicines sedate her, so no "
    "bed, sofa or armchair sharing and no feeding lying down; the foster carer does night feeds and watches for "
    "late withdrawal until day 8.",
    "zolpidem ruled out, the two sedating medicines assessed",
)
ok(
    "ro-valproate-years-ago",
    "ruled-out",
    L,
    OVR,
    "Lithium (Priadel) 800 mg at night continues, with levels monthly, weekly from 36 weeks and within 24 hours "
    "of birth. The sodium valproate she took years ago was stopped before this pregnancy and will not be "
    "restarted. The baby has a paediatric review after birth and is bottle fed; the perinatal mental health team "
    "sees her within a week of birth.",
    "valproate ruled out in the past, lithium continues",
)
bad(
    "ro-codeine-now-taken",
    "ruled-out",
    M,
    f"{SER}.conclusion",
    "Sertraline 100 mg continues. The tramadol on her old list was stopped, and she now takes codeine 30 mg at "
    "night for back pain. The baby is watched for jitteriness for 48 hours after birth and she may breastfeed; "
    "stopping sertraline risks relapse.",
    "codeine truly taken now and on no list (MA120)",
)

# ============================================================================================================
# dates-after: future dates in plans; past events before the signature.

ok(
    "da-due-and-hv-visit",
    "dates-after",
    M,
    f"{MET}.conclusion",
    "Methadone 60 mg daily continues. The baby is booked for withdrawal scoring on the postnatal ward for at "
    "least 72 hours after delivery, due on 2026-05-15, and she may breastfeed. After each dose she must not share "
    "a bed or sofa with the baby; the health visitor's antenatal visit on 2026-04-08 will check the cot.",
    "a due date and a visit after the signature, both plans",
)
ok(
    "da-neurology-booked",
    "dates-after",
    V,
    f"{VPA}.conclusion",
    "Valproate continues at 500 mg twice daily until the neurology review booked for 2026-05-27; stopping "
    "suddenly risks seizures. The baby was exposed in the first trimester, so fetal medicine review is booked "
    "and the detailed anomaly scan is due on 2026-08-12; folic acid 5 mg started on 2026-05-20.",
    "bookings after the signature; the start on the signing day",
)
ok(
    "da-heart-scan-before",
    "dates-after",
    L,
    f"{LI}.conclusion",
    "Lithium 800 mg continues because relapse after birth is the main danger. The fetal heart scan on 2026-04-08 "
    "was normal. Levels monthly, weekly from 2026-07-29 (36 weeks) and within 24 hours of birth; the "
    "paediatrician reviews the baby after birth, and she bottle feeds since breastfeeding is not advised.",
    "a past scan before the signature, a future start of weekly levels",
)
ok(
    "da-foster-reviewed-on",
    "dates-after",
    F,
    f"{DP}.conclusion",
    "Diazepam and pregabalin continue for now; the slow diazepam reduction is reviewed on 2026-07-20 at her "
    "6-week check. Both make her drowsy: never a bed, sofa or armchair with the baby and no feeding lying down, "
    "and the foster carer does night feeds. Ward scoring from 2026-06-08 to 2026-06-13 showed mild withdrawal "
    "only; late signs are watched for until day 8.",
    "'reviewed on' a later date is a plan; the scoring dates are before the signature",
)
ok(
    "da-crib-seen-and-again",
    "dates-after",
    P,
    f"{PQ}.conclusion",
    "The father's quetiapine keeps him heavily sedated at night: no bed, sofa or armchair sharing with the baby "
    "and no night feeds after his dose. The crib on the mother's side was seen on 2026-05-26, and the health "
    "visitor looks at it again on 2026-06-09.",
    "seen before the signature, a visit after it",
)
ok(
    "da-growth-scan-due",
    "dates-after",
    C,
    f"{CIT}.conclusion",
    "Citalopram 20 mg continues because stopping led to relapse before. The growth scan on 2026-01-27 was normal; "
    "the baby is due on 2026-04-06 and will be watched by the midwife for 48 hours for adaptation signs. "
    "Breastfeeding is supported, and the GP reviews her mood at the 6-week check.",
    "a past scan before signing and a due date after it",
)
ok(
    "da-drug-service-booked",
    "dates-after",
    M,
    f"{MET}.recommendations",
    "Do not reduce or stop methadone without the drug service. Drug service review booked for 2026-04-14; any "
    "dose change shared with maternity and the health visitor the same week.",
    "a booking after the signature in the recommendations",
)
ok(
    "da-overall-anomaly-before",
    "dates-after",
    M,
    OVR,
    "Methadone and sertraline continue unchanged. The anomaly scan on 2025-12-30 was normal; withdrawal "
    "observation for at least 72 hours after the birth, due on 2026-05-15, and breastfeeding supported. No "
    "co-sleeping because of methadone sedation; the social worker and health visitor see the sleeping "
    "arrangements before discharge.",
    "a past event before signing and a due date after",
)
bad(
    "da-echo-after-signing",
    "dates-after",
    L,
    f"{LI}.conclusion",
    "Lithium continues at 800 mg at night because relapse after birth is the main danger. The fetal "
    "echocardiogram on 2026-06-03 was normal. The paediatrician reviews the baby after birth with a lithium level "
    "in 24 hours, and she bottle feeds.",
    "a result reported on a date after the record was attested (MA017)",
)
bad(
    "da-crib-checked-after",
    "dates-after",
    P,
    f"{PQ}.conclusion",
    "The father's quetiapine makes him too sedated for night care: no bed, sofa or armchair sharing and no night "
    "feeds. The health visitor checked the crib on 2026-06-10 and found it safe.",
    "a check reported done after the signature (MA017)",
)

# ============================================================================================================
# disguise: about a fifth of the texts above, disguised; judged exactly like the plain text.

Disguise = Callable[[str], str]
DISGUISES: dict[str, Disguise] = {
    "cyr": lambda t: homoglyphs(t, "aeo"),
    "grk": lambda t: homoglyphs(t, "io", variant=1),
    "zw": lambda t: inside_words(t, "\u200b", every=2),
    "shy": lambda t: inside_words(t, "\u00ad", every=3),
    "bidi": lambda t: inside_words(t, "\u200e", every=4),
    "fw": full_width,
    "cgj": lambda t: inside_words(t, "\u034f", every=3),
    "wj": lambda t: inside_words(t, "\u2060"),
}

_TO_DISGUISE = (
    ("os-magnesia-then-bf", "cyr"),
    ("os-bf-boyfriend-crib", "zw"),
    ("os-benefits-withdrawn-nas", "shy"),
    ("os-magnesia-only", "bidi"),
    ("pr-observation-plan-decided", "fw"),
    ("pr-newborn-observation", "cgj"),
    ("pr-plan-for-observing", "grk"),
    ("pd-dad-spare-room", "wj"),
    ("pd-guideline-finnegan", "cyr"),
    ("pd-talked-through-ward", "zw"),
    ("ss-morphology-fortnight", "shy"),
    ("ss-philippa-hv", "bidi"),
    ("ss-morfine-father", "cgj"),
    ("sn-asked-stop-week-citalopram", "grk"),
    ("sn-methadone-asked-stop", "wj"),
    ("ws-should-have-obs", "cyr"),
    ("ws-had-been-advised", "fw"),
    ("ws-would-have-all", "zw"),
    ("la-lithium-spc-applies", "shy"),
    ("mp-may-bf-methadone", "bidi"),
    ("ro-zopiclone-father", "cgj"),
    ("da-neurology-booked", "wj"),
    ("da-echo-after-signing", "grk"),
)
for _name, _kind in _TO_DISGUISE:
    _expect, _base, _path, _text, _setup, _why = TEXTS[_name]
    _new = DISGUISES[_kind](_text)
    _mutation = set_(_path, _new) if _setup is None else chain(_setup, set_(_path, _new))
    add(f"dis-{_kind}-{_name}", "disguise", _expect, _base, _mutation, f"{_why}; disguised ({_kind})")


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F72CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:20} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F72CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F72CASES),
        "total",
        len(F72CASES),
    )
