"""A twenty-fourth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt, fifth round.

The earlier hunts judged assessment conclusions. This one judges the concern ANSWERS, the template items each box
of a receiving system shows on its own (the neonatal withdrawal plan, the safe-sleep advice, breastfeeding,
parenting capacity and sedation, the impact-on-baby summary, the recommendations), and the overall conclusion,
written the way UK GPs, midwives, health visitors and perinatal psychiatrists write them:

* short verdicts ("Breastfeeding fine on this dose.", "No co-sleeping. Cot only."), shorthand (BF, NAS, NNU,
  SCBU, HV, PNMH, obs, r/v, 36/40) and negations ("no reason to avoid", "not to be discharged before ...");
* bottle-feeding mothers and mixed feeding, and the partner's medicine that never reaches the milk;
* the partner's sedating medicine answered in his safe-sleep item in many phrasings: where the baby sleeps, who
  does the night feeds, never alone with the baby when drowsy, separate rooms, holding the baby on the sofa;
* dismissals WITH a reason ("N/A - he lives elsewhere and never stays overnight", "not applicable: bottle fed");
* parenting capacity as clinicians put it, with the coded sedation answer agreeing;
* overall conclusions that synthesise several medicines in one paragraph, by parent, by medicine or as bullets;
* and the same good answers in disguise (look-alike letters, zero-width and format characters, soft hyphens,
  bidi controls, full-width forms, combining marks).

Beside them, refuse controls: each a near miss with the answer emptied: the item's question restated, a report
that advice was given or who knows, how someone sleeps instead of where the baby sleeps, a pointer, a dismissal
with no reason, a coded "no sedation" beside "very drowsy", an overall conclusion that only lists or points.

Every case is ONE mutation of a shipped pass example (one item, one conclusion, or, for "he lives elsewhere", the
partner's situation with the answer that rests on it). Medicines named here are the examples' own; no clinical
code is invented. ``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there
(strict xfail). Run ``python -m tests.redteam.fresh24_cases`` for the counts per category.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

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
from tests.redteam.disguise import SOFT_HYPHEN, full_width, homoglyphs, inside_words, swap_spaces

F24CASES: list[Case] = []

CATEGORIES = (
    "withdrawal-plans",
    "safe-sleep",
    "partner-safe-sleep",
    "breastfeeding",
    "capacity",
    "recommendations",
    "overall",
    "dismissal-with-reason",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F24CASES.append(Case(f"f24-{name}", category, expect, base, mutate, why))


METH = "asm-methadone"
SERT = "asm-sertraline"
LITH = "asm-lithium"
VALP = "asm-valproate"
DZPG = "asm-diazepam-pregabalin"
QUET = "asm-partner-quetiapine"
CITA = "asm-citalopram"

_BASE_OF = {METH: M, SERT: M, LITH: L, VALP: V, DZPG: F, QUET: P, CITA: C}
_SECTION = {
    "safe_sleep": "impact_on_mother",
    "parenting_capacity": "impact_on_mother",
    "sedation": "impact_on_mother",
    "summary": "impact_on_baby",
    "neonatal_withdrawal_plan": "impact_on_baby",
    "breastfeeding": "impact_on_baby",
}


def item(assessment_id: str, key: str, text: str) -> Mutation:
    section = _SECTION.get(key)
    path = f"assessments#{assessment_id}." + (f"{section}.{key}" if section else key)
    return set_(path, text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


def combining(text: str, mark: str = "\u0301") -> str:
    """A combining mark after every vowel."""
    return "".join(ch + mark if ch in "aeiou" else ch for ch in text)


Row = tuple[str, str, str, str]
"""(name, assessment id, text, why): the text replaces the item the table is about."""


def items(category: str, expect: Expect, key: str, rows: list[Row]) -> None:
    for name, aid, text, why in rows:
        add(name, category, expect, _BASE_OF[aid], item(aid, key, text), why)


# ============================================================================================================
# withdrawal-plans: impact_on_baby.neonatal_withdrawal_plan written as the ward and the community write it.

items(
    "withdrawal-plans",
    PASS,
    "neonatal_withdrawal_plan",
    [
        (
            "nwp-meth-nas-4-hourly",
            METH,
            "NAS scoring 4-hourly on the postnatal ward for a minimum of 72 h; HV to look for late signs to day 8.",
            "shorthand plan (NAS, HV, h)",
        ),
        (
            "nwp-meth-finnegan-scbu",
            METH,
            "72 h on the ward with Finnegan scores; to SCBU if the scores climb.",
            "a named scoring tool and an escalation",
        ),
        (
            "nwp-meth-kept-in-three-days",
            METH,
            "Baby stays in for 3 days minimum; the midwife scores for withdrawal before each feed; home only once the scores settle, then HV visits on day 5 and day 8.",
            "narrative plan with discharge criteria",
        ),
        (
            "nwp-meth-nnu-review",
            METH,
            "Observe for NAS for at least three days; NNU review after two consecutive high scores.",
            "NNU abbreviation",
        ),
        (
            "nwp-meth-transitional-care",
            METH,
            "Neonatal abstinence observations for 72 hours on transitional care, then the community midwife daily to day 8.",
            "transitional care, then community",
        ),
        (
            "nwp-meth-obs-pnw",
            METH,
            "Obs on PNW \u2265 72 h; late signs checked by HV up to day 8.",
            "telegraphic with a symbol",
        ),
        (
            "nwp-meth-parents-shown-signs",
            METH,
            "Parents shown what withdrawal looks like (high-pitched cry, poor feeding, tremor, sneezing); the baby is kept in for 72 h of scoring and they ring the ward if they see it after discharge.",
            "parents taught the signs, with the observation",
        ),
        (
            "nwp-meth-not-before-72h",
            METH,
            "Not to be discharged before 72 hours of withdrawal scoring; no early transfer home.",
            "a negation is the plan",
        ),
        (
            "nwp-dzpg-settled-day-3",
            DZPG,
            "Mild NAS signs on day 3 settled without treatment on the ward; the foster carer rings the NNU for tremor, poor feeds or constant crying until day 8.",
            "postnatal: what happened and what to watch for",
        ),
        (
            "nwp-dzpg-five-days-scored",
            DZPG,
            "Scored for withdrawal for 5 days on the ward (peak day 3, no treatment). Foster carer and HV watch for late signs to day 8.",
            "postnatal telegraphic",
        ),
        (
            "nwp-lith-paeds-tfts",
            LITH,
            "Paeds r/v after delivery; lithium level and TFTs at 24 h if the baby is floppy, feeding poorly or lethargic; at least 48 h on the postnatal ward.",
            "lithium toxicity plan in shorthand",
        ),
        (
            "nwp-lith-check-before-home",
            LITH,
            "Neonatal check for lithium toxicity before going home: tone, feeding and alertness; blood level and thyroid tests if there is any doubt.",
            "a check before discharge",
        ),
        (
            "nwp-cita-watch-48h",
            CITA,
            "Watch for jitteriness, fast breathing and poor feeding for 48 h after birth; paeds review if they persist.",
            "SSRI adaptation plan",
        ),
        (
            "nwp-cita-two-days-obs",
            CITA,
            "Two days of adaptation obs on the postnatal ward; home if settled, with the midwife phoning on day 3.",
            "short SSRI plan",
        ),
        (
            "nwp-sert-alongside-meth",
            SERT,
            "SSRI adaptation signs scored alongside the methadone withdrawal scores: one chart for the baby, 72 h minimum.",
            "sertraline's plan added, sharing the baby's one chart",
        ),
    ],
)

items(
    "withdrawal-plans",
    REFUSE,
    "neonatal_withdrawal_plan",
    [
        (
            "nwp-meth-question-restated",
            METH,
            "Observation plan for the baby after birth.",
            "the item's prompt restated (MA125)",
        ),
        (
            "nwp-meth-paeds-informed",
            METH,
            "Paediatricians informed and NAS leaflet given to mum.",
            "only who was told and what was handed over (MA125)",
        ),
        ("nwp-dzpg-per-policy", DZPG, "As per local NAS policy.", "a pointer with nothing left (MA125)"),
        (
            "nwp-lith-discussed-neonatal",
            LITH,
            "Plan discussed with the neonatal team.",
            "a report that a plan was discussed (MA125)",
        ),
        ("nwp-cita-midwife-aware", CITA, "Midwife aware.", "who knows, not what is done (MA125)"),
    ],
)


# ============================================================================================================
# safe-sleep: the mother's own sedating medicine (impact_on_mother.safe_sleep).

items(
    "safe-sleep",
    PASS,
    "safe_sleep",
    [
        (
            "ss-meth-cot-partner-feeds",
            METH,
            "Cot in the parents' room; never in their bed or on the sofa after her dose. Her partner does the feeds in the hours after it if she is drowsy.",
            "where the baby sleeps and who feeds",
        ),
        (
            "ss-meth-moses-basket",
            METH,
            "Moses basket next to the bed, baby on his back, feet to foot. She is drowsy after every dose, so no bed-sharing at all.",
            "a reason and its consequence",
        ),
        ("ss-meth-short-verdict", METH, "No co-sleeping. Cot only.", "a short verdict"),
        (
            "ss-meth-six-months-same-room",
            METH,
            "She will not bring the baby into her bed; the baby has its own cot in the same room for the first six months.",
            "a negation with the arrangement",
        ),
        (
            "ss-meth-never-fall-asleep-holding",
            METH,
            "Never to fall asleep holding the baby on the sofa or in a chair: she puts him down in the cot first.",
            "holding the baby on the sofa",
        ),
        (
            "ss-dzpg-carer-nights",
            DZPG,
            "The baby's cot is in the foster carer's room; mum does day care only while awake and alert, and the carer does every night feed.",
            "placement arrangement",
        ),
        (
            "ss-dzpg-never-alone-after-dose",
            DZPG,
            "Mum is never alone with the baby in the two hours after a dose; daytime naps in the cot, not on the sofa.",
            "never alone when drowsy",
        ),
        (
            "ss-lith-not-sedated-cot",
            LITH,
            "Lithium does not sedate her at this level; cot beside the bed, baby on its back in a clear cot.",
            "not sedating, with the arrangement",
        ),
        (
            "ss-valp-seizure-not-sedation",
            VALP,
            "The risk is a seizure, not sedation: the baby sleeps in a cot, never in her bed, and she feeds sitting in a chair with someone nearby until her seizures are known to be controlled after birth.",
            "valproate: seizure safety",
        ),
    ],
)

items(
    "safe-sleep",
    REFUSE,
    "safe_sleep",
    [
        (
            "ss-meth-discussed-only",
            METH,
            "Safe sleep and co-sleeping discussed with mum.",
            "the question restated as a report (MA125)",
        ),
        (
            "ss-meth-she-sleeps-well",
            METH,
            "She sleeps well since her methadone was stabilised.",
            "how she sleeps, not where the baby sleeps (MA125)",
        ),
        ("ss-dzpg-leaflet", DZPG, "Lullaby Trust leaflet given.", "a report that advice was handed over (MA125)"),
        (
            "ss-dzpg-mum-sleeps-hours",
            DZPG,
            "Mum sleeps from 10 pm to 7 am on her tablets.",
            "her sleep, not the baby's (MA125)",
        ),
    ],
)


# ============================================================================================================
# partner-safe-sleep: the father's quetiapine is answered only in his own safe-sleep item.

items(
    "partner-safe-sleep",
    PASS,
    "safe_sleep",
    [
        (
            "pss-crib-mums-side",
            QUET,
            "The baby sleeps in the crib on mum's side; he sleeps on the far side and never has the baby in the bed.",
            "where the baby sleeps",
        ),
        (
            "pss-mum-every-night-feed",
            QUET,
            "Mum does every night feed. He does not get up to the baby after his tablets.",
            "who does the night feeds",
        ),
        (
            "pss-spare-room",
            QUET,
            "He goes to bed in the spare room after his quetiapine; the baby stays in the crib with mum.",
            "separate rooms",
        ),
        (
            "pss-never-alone-after-9",
            QUET,
            "Never alone with the baby once he has taken his night dose; mum takes over from 9 pm.",
            "never alone when drowsy",
        ),
        (
            "pss-sofa-dozed-before",
            QUET,
            "Told not to hold the baby on the sofa in the evenings after his dose, as he has dozed off there before. The baby goes down in the crib.",
            "holding the baby on the sofa",
        ),
        (
            "pss-naps-moses-basket",
            QUET,
            "Daytime naps in the Moses basket only, never on his chest on the sofa or in the armchair.",
            "naps, sofa and armchair",
        ),
        ("pss-slash-verdict", QUET, "No bed/sofa sharing with dad. Crib only.", "a short verdict"),
        (
            "pss-front-back-bedroom",
            QUET,
            "Separate rooms at night: dad in the back bedroom, mum and the baby in the front with the crib.",
            "separate rooms, spelt out",
        ),
        (
            "pss-last-feed-before-dose",
            QUET,
            "He does the 9 pm feed, then takes his dose at 10 pm; from then mum has the baby and he does not do the 2 am or 5 am feeds.",
            "timing of his dose against the feeds",
        ),
        (
            "pss-sister-if-mum-ill",
            QUET,
            "If mum is unwell her sister stays over to do the nights; dad is not to do night care while on quetiapine.",
            "a fallback for nights",
        ),
        (
            "pss-sids-crib",
            QUET,
            "Dad never co-sleeps; SIDS-safe next-to-me crib on mum's side; mum does all the night feeds.",
            "SIDS abbreviation",
        ),
        (
            "pss-crib-before-tablets",
            QUET,
            "Holding the baby on the sofa after 9 pm is off limits for him; the baby is put down in the crib before he takes his tablets.",
            "'off limits'",
        ),
        (
            "pss-too-deep-to-wake",
            QUET,
            "He sleeps too deeply to wake to the baby after his dose, so the baby never sleeps beside him and mum does the nights.",
            "how he sleeps, then where the baby sleeps",
        ),
        (
            "pss-armchair-feeds-mum",
            QUET,
            "Night feeds by mum in the nursing chair; the baby goes back to the crib, never into the bed beside dad.",
            "feeds and where the baby goes back to",
        ),
        (
            "pss-both-told-together",
            QUET,
            "Both told together: no falling asleep with the baby on the bed, sofa or armchair for him after his dose; crib by mum.",
            "a report followed by the advice itself",
        ),
    ],
)

items(
    "partner-safe-sleep",
    REFUSE,
    "safe_sleep",
    [
        (
            "pss-he-sleeps-heavily",
            QUET,
            "He sleeps heavily after his quetiapine.",
            "how he sleeps, not where the baby sleeps (MA125)",
        ),
        (
            "pss-baby-sleeps-through",
            QUET,
            "The baby sleeps through from midnight most nights.",
            "how the baby sleeps, not where or with whom (MA125)",
        ),
        (
            "pss-advice-to-both",
            QUET,
            "Safe sleep advice given to both parents.",
            "a report that advice was given (MA125)",
        ),
        (
            "pss-discussed-with-dad",
            QUET,
            "Sedation and co-sleeping discussed with dad.",
            "topics named in a report (MA125)",
        ),
        ("pss-he-is-aware", QUET, "He is aware of the risks.", "who knows (MA125)"),
        (
            "pss-follow-guidance",
            QUET,
            "Dad to follow Lullaby Trust guidance.",
            "a pointer to guidance, nothing of this baby (MA125)",
        ),
    ],
)


# ============================================================================================================
# breastfeeding: impact_on_baby.breastfeeding, breastfed, mixed and bottle-fed babies.

items(
    "breastfeeding",
    PASS,
    "breastfeeding",
    [
        (
            "bf-meth-encouraged-eases",
            METH,
            "BF encouraged: little methadone reaches the milk at 60 mg and it may ease the baby's withdrawal.",
            "BF abbreviation with a reason",
        ),
        ("bf-meth-fine-on-dose", METH, "Breastfeeding fine on this dose.", "a short verdict"),
        (
            "bf-meth-not-stop-suddenly",
            METH,
            "Can breastfeed; once established, don't stop suddenly, as the baby may then withdraw. Midwife to help with the latch.",
            "advice with a caution",
        ),
        (
            "bf-meth-no-reason-to-avoid",
            METH,
            "No reason to avoid breastfeeding on 60 mg a day.",
            "a negation that answers",
        ),
        (
            "bf-sert-ssri-of-choice",
            SERT,
            "Sertraline is the SSRI of choice when breastfeeding; very little passes into milk.",
            "a reason as the answer",
        ),
        ("bf-sert-ok-to-bf", SERT, "OK to BF.", "the shortest verdict"),
        (
            "bf-sert-not-reason-to-stop",
            SERT,
            "Not a reason to stop breastfeeding; watch for poor feeding in the first week.",
            "a negation and what to watch",
        ),
        (
            "bf-cita-feed-on-demand",
            CITA,
            "Compatible; feed on demand and tell the HV if the baby is unusually sleepy or not feeding.",
            "compatible, with what to tell",
        ),
        (
            "bf-cita-levels-low",
            CITA,
            "She intends to breastfeed and can: milk levels of citalopram at 20 mg are low.",
            "intention and verdict",
        ),
        (
            "bf-valp-jaundice-bruising",
            VALP,
            "Breastfeeding is possible on valproate; look for jaundice or unusual bruising in the baby at the newborn check.",
            "possible, with what to check",
        ),
        (
            "bf-lith-formula-toxic",
            LITH,
            "Formula feeding from birth: lithium in breast milk can reach harmful levels in the baby.",
            "bottle feeding with the reason",
        ),
        (
            "bf-lith-infant-feeding-team",
            LITH,
            "Bottle feeding planned and supported by the infant feeding team; not breastfeeding on lithium.",
            "bottle-feeding mother",
        ),
        (
            "bf-dzpg-formula-placement",
            DZPG,
            "Bottle fed with formula in the placement, so nothing reaches the baby through milk.",
            "bottle fed",
        ),
        (
            "bf-dzpg-carer-makes-feeds",
            DZPG,
            "Formula only; the foster carer makes up the feeds.",
            "telegraphic bottle feeding",
        ),
        (
            "bf-quet-milk-unaffected",
            QUET,
            "Mum's milk isn't affected: the quetiapine is dad's.",
            "partner's medicine and the mother's milk",
        ),
        (
            "bf-quet-mixed-continues",
            QUET,
            "Mixed feeding continues; his tablets do not reach the baby.",
            "mixed feeding",
        ),
    ],
)

items(
    "breastfeeding",
    REFUSE,
    "breastfeeding",
    [
        ("bf-meth-advice-given", METH, "Breastfeeding advice given.", "a report that advice was given (MA125)"),
        (
            "bf-sert-question",
            SERT,
            "Is breastfeeding compatible with sertraline at this dose?",
            "the question, unanswered (MA125)",
        ),
        ("bf-cita-bumps-leaflet", CITA, "Refer to the BUMPS leaflet.", "a pointer (MA125)"),
        ("bf-valp-discussed", VALP, "Discussed with mum.", "a report (MA125)"),
        (
            "bf-meth-prompt-restated",
            METH,
            "Compatibility of breastfeeding with this medicine and dose considered.",
            "the prompt restated as an account (MA125)",
        ),
    ],
)


# ============================================================================================================
# capacity: impact_on_mother.parenting_capacity, with the coded sedation answer agreeing (or not: MA127).

items(
    "capacity",
    PASS,
    "parenting_capacity",
    [
        (
            "cap-meth-engaged",
            METH,
            "Stable and engaged with the drug service, at every antenatal appointment; drowsy for a couple of hours after the dose, so the baby naps in the cot then.",
            "sedation yes, with what it means",
        ),
        (
            "cap-dzpg-prompting",
            DZPG,
            "Manages day care with prompting; needs another adult awake overnight because of drowsiness.",
            "short postnatal capacity",
        ),
        (
            "cap-quet-hard-to-rouse",
            QUET,
            "Dad is well and working; hard to rouse from 10 pm to 6 am after his dose, so the nights are mum's.",
            "partner's capacity",
        ),
        (
            "cap-lith-toddler",
            LITH,
            "Well, and caring for her toddler; lithium keeps her well, and relapse after birth is the main risk to her care of the baby.",
            "relapse as the capacity risk",
        ),
        (
            "cap-valp-independent",
            VALP,
            "Independent and seizure-free; this dose does not impair her care of a baby.",
            "a negation",
        ),
        (
            "cap-cita-bonding",
            CITA,
            "Coping well, mood good since 20 mg; a relapse would affect bonding and day-to-day care.",
            "mood and bonding",
        ),
        (
            "cap-sert-relapse-late",
            SERT,
            "Mood stable; stopping now would risk a depressive relapse in late pregnancy and after birth.",
            "relapse if stopped",
        ),
        (
            "cap-sert-not-sedated",
            SERT,
            "Not sedated on sertraline; fully able to care for the baby.",
            "'not sedated' beside sedation 'no'",
        ),
    ],
)

items(
    "capacity",
    REFUSE,
    "parenting_capacity",
    [
        (
            "cap-cita-very-drowsy",
            CITA,
            "Very drowsy for most of the morning on citalopram.",
            "sedation coded 'no' beside 'very drowsy' (MA127)",
        ),
        (
            "cap-lith-hard-to-wake",
            LITH,
            "Slow and sleepy every evening after her lithium, and hard to wake at night.",
            "sedation coded 'no' beside 'hard to wake' (MA127)",
        ),
        (
            "cap-valp-dozes-afternoons",
            VALP,
            "She is drowsy every afternoon and dozes off on the sofa.",
            "sedation coded 'no' beside 'drowsy' (MA127)",
        ),
    ],
)


# ============================================================================================================
# recommendations: what each professional does.

items(
    "recommendations",
    PASS,
    "recommendations",
    [
        (
            "rec-meth-no-third-trimester-cut",
            METH,
            "Drug service to manage any dose change; no reduction in the third trimester; maternity and HV told the same week.",
            "who manages changes",
        ),
        (
            "rec-sert-keep-100",
            SERT,
            "Keep on 100 mg; don't stop suddenly. Paeds at delivery to know she takes it.",
            "telegraphic recommendations",
        ),
        (
            "rec-dzpg-bullets",
            DZPG,
            "- No sudden stop (seizure risk with diazepam)\n- Slow diazepam taper to be agreed at 6 weeks\n- Weekly scripts in the placement\n- Any change shared with SW, carer and HV the same week",
            "bullets",
        ),
        (
            "rec-valp-keep-going",
            VALP,
            "Keep valproate going until neurology sees her (urgent). Fetal medicine referral for a detailed anomaly scan. Folic acid 5 mg daily. Risk acknowledgement form signed 2025-11-04, on file.",
            "terse valproate plan",
        ),
        (
            "rec-lith-levels-36-40",
            LITH,
            "Levels 4-weekly, weekly from 36/40 and within 24 h of delivery. Fluids in labour. Hospital delivery. PNMH to see her in the first postnatal week.",
            "shorthand (36/40, PNMH)",
        ),
        (
            "rec-cita-6-52",
            CITA,
            "Continue 20 mg. Maternity team to be told before delivery. Mood r/v at the 6/52 check.",
            "shorthand (r/v, 6/52)",
        ),
        (
            "rec-quet-hv-each-visit",
            QUET,
            "HV to look at the sleeping set-up at each visit to 8 weeks; his GP tells the HV of any quetiapine change; review if dad has to do nights.",
            "partner recommendations",
        ),
        (
            "rec-meth-numbered",
            METH,
            "1) Do not cut or stop methadone outside the drug service. 2) Dose changes to maternity and HV within the week. 3) Cot seen at the first home visit.",
            "numbered",
        ),
    ],
)

items(
    "recommendations",
    REFUSE,
    "recommendations",
    [
        ("rec-meth-continue-bare", METH, "Continue.", "'go on' with nothing to act on (MA106)"),
        ("rec-cita-review-bare", CITA, "Review.", "'look again' with nothing to act on (MA106)"),
        ("rec-valp-per-neurology", VALP, "As per neurology.", "a pointer (MA106)"),
        ("rec-lith-advice-given", LITH, "Advice given.", "a report (MA106)"),
    ],
)


# ============================================================================================================
# overall: synthesis in one paragraph, by parent, by medicine, as bullets or numbered points.

_OVERALL_PASS = [
    (
        "ov-m-one-paragraph",
        M,
        "Methadone and sertraline both carry on at their current doses. The baby will be scored for withdrawal and SSRI adaptation together for at least 72 hours on the postnatal ward; breastfeeding is encouraged; nobody shares a bed or sofa with the baby after the methadone dose. Neither medicine is to be stopped suddenly.",
        "one paragraph across two medicines",
    ),
    (
        "ov-m-bullets",
        M,
        "- Methadone 60 mg: continue; NAS scoring for the baby for 72 h or more; no co-sleeping after the dose\n- Sertraline 100 mg: continue; adaptation signs scored on the same chart\n- BF supported on both",
        "bullets per medicine",
    ),
    (
        "ov-m-by-medicine",
        M,
        "Methadone: unchanged under the drug service; the baby needs 3 days of withdrawal observation and a cot of its own. Sertraline: unchanged, as stopping risks relapse; the baby's adaptation signs are watched alongside. Breastfeeding suits both.",
        "headed by medicine",
    ),
    (
        "ov-m-numbered",
        M,
        "1. Keep methadone and sertraline as they are. 2. Baby on the postnatal ward for at least 72 h of withdrawal and adaptation scoring. 3. Cot only, never the parents' bed, after the methadone dose. 4. Breastfeeding supported.",
        "numbered",
    ),
    (
        "ov-f-by-parent-and-baby",
        F,
        "Mum: diazepam and pregabalin continue; she is sedated after doses, so the foster carer does the nights and there is no bed, sofa or armchair sharing. Baby: late withdrawal possible until day 8, watched by the carer and HV; bottle fed.",
        "by person",
    ),
    (
        "ov-f-bullets",
        F,
        "- Diazepam and pregabalin unchanged for now; slow diazepam reduction from 6 weeks\n- Baby never sleeps with mum on a bed, sofa or armchair; carer does night feeds\n- Late withdrawal signs watched to day 8",
        "bullets",
    ),
    (
        "ov-f-telegraphic",
        F,
        "Diazepam + pregabalin: continue, taper diazepam later. Sedated after doses \u2192 no co-sleeping, carer does nights. Baby: late NAS to day 8.",
        "telegraphic with an arrow",
    ),
    (
        "ov-p-by-parent",
        P,
        "Mum: paracetamol only, no concern for the baby or for feeding. Dad: quetiapine at night sedates him heavily, so he never shares a bed, sofa or armchair with the baby and does no night feeds after his dose; the crib stays on mum's side and the HV checks it.",
        "by parent",
    ),
    (
        "ov-p-bullets",
        P,
        "- Paracetamol (mum): no effect on the baby or on feeding\n- Quetiapine (dad): heavily sedated at night; never in a bed, sofa or armchair with the baby; mum does night feeds\n- HV checks the crib each visit",
        "bullets by parent",
    ),
    (
        "ov-l-shorthand",
        L,
        "Lithium (Priadel 800 mg nocte) continues. Baby: paeds review and toxicity watch after birth; bottle fed. Mum: levels monthly, weekly from 36/40 and 24 h post-delivery; PNMH within a week for the high relapse risk.",
        "shorthand by person",
    ),
    (
        "ov-v-paragraph",
        V,
        "Valproate carries on for now and must not be stopped abruptly; neurology reviews it urgently. The baby has been exposed in the first trimester, so fetal medicine will see her early for a detailed anomaly scan; folic acid 5 mg daily from today.",
        "paragraph for the teratogen",
    ),
    (
        "ov-c-amended-kept",
        C,
        "Citalopram 20 mg continues through pregnancy and breastfeeding; the baby is watched for adaptation for 48 h after birth and the GP reviews mood at 6 weeks. Amended on 2026-02-12 to add the health visitor as a recipient.",
        "with the amendment note",
    ),
    (
        "ov-m-mother-first",
        M,
        "For her: methadone and sertraline continue, neither to be stopped suddenly. For the baby: at least 72 hours of withdrawal and adaptation observation, breastfeeding supported, and a cot, never the bed or sofa, after the methadone dose.",
        "for her, for the baby",
    ),
    (
        "ov-p-dad-then-mum",
        P,
        "Dad's quetiapine makes him too drowsy at night to care for the baby: no night feeds or bed sharing for him after his dose. Mum's paracetamol is of no concern. The crib beside mum was seen and is safe.",
        "partner first",
    ),
]
for _n, _b, _t, _w in _OVERALL_PASS:
    add(_n, "overall", PASS, _b, overall(_t), _w)

_OVERALL_REFUSE = [
    ("ov-m-see-above", M, "Methadone and sertraline: see the individual conclusions above.", "a pointer (MA103)"),
    (
        "ov-p-lists-only",
        P,
        "Mum's medicines: paracetamol. Dad's medicines: quetiapine. Both assessed.",
        "a list and an account (MA103/MA104)",
    ),
    (
        "ov-f-reviewed-bullets",
        F,
        "- Diazepam: reviewed\n- Pregabalin: reviewed\n- Plan: agreed with mum",
        "bullets of reports (MA103)",
    ),
    ("ov-l-per-pnmh", L, "Lithium: as per the PNMH plan.", "a plan pointed to (MA103)"),
    (
        "ov-m-all-covered",
        M,
        "Methadone and sertraline: withdrawal, safe sleep and breastfeeding have all been covered in the assessments.",
        "an account of what was covered (MA103)",
    ),
]
for _n, _b, _t, _w in _OVERALL_REFUSE:
    add(_n, "overall", REFUSE, _b, overall(_t), _w)


# ============================================================================================================
# dismissal-with-reason: "N/A" and "not relevant" are answers when the reason follows.

_LIVES_ELSEWHERE = set_("partner.relationship", "The baby's father; lives at his own flat and visits in the daytime")

for _n, _b, _m, _w in [
    (
        "dr-quet-bf-dads",
        P,
        item(QUET, "breastfeeding", "N/A - the quetiapine is dad's, so none of it is in mum's milk."),
        "dismissal with its reason",
    ),
    ("dr-dzpg-bf-bottle", F, item(DZPG, "breastfeeding", "N/A: bottle fed from birth in the placement."), "bottle fed"),
    (
        "dr-lith-bf-formula",
        L,
        item(LITH, "breastfeeding", "Not applicable: she has chosen formula feeding from birth because of lithium."),
        "bottle fed, chosen because of lithium",
    ),
    (
        "dr-quet-ss-lives-elsewhere",
        P,
        chain(
            _LIVES_ELSEWHERE,
            item(
                QUET,
                "safe_sleep",
                "N/A - he lives elsewhere and never stays overnight; he does not nap with the baby on his visits.",
            ),
        ),
        "he lives elsewhere (the partner's situation changed with it)",
    ),
    (
        "dr-quet-ss-spare-room",
        P,
        item(
            QUET,
            "safe_sleep",
            "Not an issue at night as he sleeps in the spare room after his dose; the baby stays in mum's room in the crib.",
        ),
        "the reason is the arrangement",
    ),
    (
        "dr-valp-ss-not-sedating",
        V,
        item(
            VALP,
            "safe_sleep",
            "No sedation risk on this dose; if seizures recur she must not have the baby in her bed.",
        ),
        "a dismissal with a reason and a condition",
    ),
    (
        "dr-lith-ss-no-concerns-cot",
        L,
        item(
            LITH,
            "safe_sleep",
            "No concerns: lithium does not sedate her at this level, and the baby will sleep in a cot beside her bed.",
        ),
        "'no concerns' with the reason",
    ),
    (
        "dr-quet-bf-not-relevant-mixed",
        P,
        item(
            QUET,
            "breastfeeding",
            "Not relevant - dad's medicine; mum's breast milk is unaffected and mixed feeding continues.",
        ),
        "'not relevant' with the reason",
    ),
    (
        "dr-dzpg-ss-other-floor",
        F,
        item(
            DZPG,
            "safe_sleep",
            "No co-sleeping risk in the placement: the baby's cot is in the foster carer's room and mum sleeps on another floor.",
        ),
        "dismissal of a risk with where the baby sleeps",
    ),
    (
        "dr-sert-nwp-na-shared",
        M,
        item(
            SERT,
            "neonatal_withdrawal_plan",
            "N/A separately: the baby's one chart scores sertraline adaptation alongside methadone withdrawal for 72 h.",
        ),
        "N/A with the shared plan",
    ),
]:
    add(_n, "dismissal-with-reason", PASS, _b, _m, _w)

for _n, _b, _m, _w in [
    ("dr-quet-ss-na-bare", P, item(QUET, "safe_sleep", "N/A."), "a bare dismissal of the partner's safe sleep (MA123)"),
    (
        "dr-quet-ss-fathers-medicine",
        P,
        item(QUET, "safe_sleep", "Not applicable - father's medicine."),
        "whose medicine it is is no reason (MA123)",
    ),
    ("dr-meth-bf-na", M, item(METH, "breastfeeding", "Not applicable."), "breastfed baby, bare dismissal (MA123)"),
    (
        "dr-dzpg-ss-no-concerns",
        F,
        item(DZPG, "safe_sleep", "No concerns."),
        "a sedated mother's safe sleep dismissed (MA123)",
    ),
    (
        "dr-lith-nwp-not-relevant",
        L,
        item(LITH, "neonatal_withdrawal_plan", "Not relevant."),
        "dismissal with no reason (MA123)",
    ),
    ("dr-cita-bf-none", C, item(CITA, "breastfeeding", "None."), "dismissal with no reason (MA123)"),
    (
        "dr-quet-ss-nothing-for-baby",
        P,
        item(QUET, "safe_sleep", "Nothing relevant to where the baby sleeps."),
        "a dismissal that names the topic only (MA123)",
    ),
]:
    add(_n, "dismissal-with-reason", REFUSE, _b, _m, _w)


# ============================================================================================================
# disguise: good and hollow answers under disguise, judged as the plain text.

ZWSP = "\u200b"
WJ = "\u2060"
RLM = "\u200f"

_DISGUISED_PASS: list[tuple[str, str, str, str, str]] = [
    (
        "dg-pss-homoglyph",
        QUET,
        "safe_sleep",
        homoglyphs("Crib on mum's side; dad never has the baby in bed or on the sofa after his dose.", "aeop"),
        "look-alike letters",
    ),
    ("dg-ss-full-width", METH, "safe_sleep", full_width("No co-sleeping; cot by the bed."), "full-width"),
    (
        "dg-nwp-zero-width",
        METH,
        "neonatal_withdrawal_plan",
        inside_words("NAS scores for 72 h on the ward; HV checks to day 8.", ZWSP, every=2),
        "zero-width spaces inside words",
    ),
    (
        "dg-bf-soft-hyphen",
        SERT,
        "breastfeeding",
        inside_words("Breastfeeding compatible with sertraline at this dose.", SOFT_HYPHEN, every=3),
        "soft hyphens",
    ),
    (
        "dg-pss-bidi",
        QUET,
        "safe_sleep",
        RLM + "Mum does all night feeds; " + RLM + "the baby sleeps in the crib, never beside dad.",
        "bidi marks",
    ),
    (
        "dg-bf-combining",
        CITA,
        "breastfeeding",
        combining("Fine to breastfeed; tell the HV if the baby is sleepy."),
        "combining marks",
    ),
    (
        "dg-pss-nbsp",
        QUET,
        "safe_sleep",
        swap_spaces("Separate rooms: he sleeps downstairs, the baby in the crib by mum."),
        "no-break spaces",
    ),
    (
        "dg-nwp-word-joiner",
        DZPG,
        "neonatal_withdrawal_plan",
        inside_words("Carer and HV watch for tremor and poor feeds to day 8.", WJ, every=3),
        "word joiners",
    ),
]
for _n, _aid, _key, _t, _w in _DISGUISED_PASS:
    add(_n, "disguise", PASS, _BASE_OF[_aid], item(_aid, _key, _t), f"a good answer in disguise ({_w})")
add(
    "dg-ov-p-homoglyph",
    "disguise",
    PASS,
    P,
    overall(
        homoglyphs(
            "Mum's paracetamol is no concern; dad's quetiapine sedates him at night, so he never shares a bed or sofa with the baby and mum does the night feeds.",
            "ce",
        )
    ),
    "a good overall conclusion with look-alike letters",
)

_DISGUISED_REFUSE: list[tuple[str, str, str, str, str]] = [
    (
        "dg-pss-na-homoglyph",
        QUET,
        "safe_sleep",
        homoglyphs("N/A.", "NA"),
        "a bare dismissal in look-alike letters (MA123)",
    ),
    (
        "dg-ss-advice-zero-width",
        DZPG,
        "safe_sleep",
        inside_words("Safe sleep advice given.", ZWSP),
        "a report with zero-width spaces (MA125)",
    ),
    (
        "dg-nwp-aware-full-width",
        METH,
        "neonatal_withdrawal_plan",
        full_width("Paeds aware."),
        "who knows, full-width (MA125)",
    ),
    (
        "dg-pss-sleeps-soft-hyphen",
        QUET,
        "safe_sleep",
        inside_words("He sleeps heavily on his tablets.", SOFT_HYPHEN, every=2),
        "how he sleeps, with soft hyphens (MA125)",
    ),
    (
        "dg-bf-discussed-combining",
        METH,
        "breastfeeding",
        combining("Breastfeeding discussed."),
        "a report with combining marks (MA125)",
    ),
]
for _n, _aid, _key, _t, _w in _DISGUISED_REFUSE:
    add(_n, "disguise", REFUSE, _BASE_OF[_aid], item(_aid, _key, _t), f"a hollow answer in disguise: {_w}")


assert unicodedata.normalize("NFKC", full_width("No")) == "No"


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F24CASES)
    for category in CATEGORIES:
        print(f"{category:22} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':22} refuse {sum(c.expect == REFUSE for c in F24CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F24CASES):3}"
    )
