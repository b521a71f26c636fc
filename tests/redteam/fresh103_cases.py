"""A hundred-and-third independent "fresh" batch of red-team cases for the share gate: a held-out-style mix,
fourteenth round, in the proportions a reviewer's held-out set would use.

Written from the issue, docs/rules.md, README.md and the examples, not from the gate's code or its word lists.

* one third good, complete work that must pass, in the registers the professionals around a perinatal
  medication assessment write in (GP letters, SOAP, midwife shorthand, discharge summaries, partner
  assessments, foster placements, pharmacist notes, health visitor notes, social worker case notes, perinatal
  mental health team letters, drug and alcohol service letters);
* one third hollow or disguised conclusions (non-answers, deferrals anywhere in the text, dismissals, filler,
  repetition, copy-paste with small edits, joint assessments missing a medicine, praise, circular talk, plans
  with no one and no time, a plan for the wrong person), each with a twin that must pass;
* one third names and facts: brands and misspellings of every class (near misses that are a different real
  medicine judged as that one), combination products, look-alike or invisible characters inside a name,
  unrecognised products needing a classification, impossible dates at every field's edge and impossible
  routes, each with its possible twin;
* about a fifth disguised (look-alike letters, zero-width characters, soft hyphens, bidi marks, full width):
  the verdict equals the plain one.

Medicines named are real; no clinical code is invented (medicines added here carry no code).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh103_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from tests.redteam.cases import (
    CASTLE_STREET,
    MILLBROOK,
    PASS,
    REFUSE,
    RIVERSIDE,
    C,
    Case,
    Expect,
    F,
    L,
    M,
    Mutation,
    N,
    P,
    Record,
    V,
    add_medicine,
    chain,
    gp_prescriber,
    medicine,
    replace_medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F103CASES: list[Case] = []

CATEGORIES = (
    "good-work",
    "hollow",
    "deferral",
    "dismissal",
    "filler-repetition",
    "copy-paste",
    "joint-coverage",
    "wrong-person",
    "brand-names",
    "misspellings",
    "combinations",
    "name-characters",
    "unrecognised",
    "dates",
    "routes",
    "disguise",
)

GW, HO, DF, DM, FR, CP, JC, WP, BR, MS, CB, NC, UN, DT, RT, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F103CASES.append(Case(f"f103-{name}", category, expect, base, mutate, why))


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
    return homoglyphs(text, "aeopcy")


def greek(text: str) -> str:
    return homoglyphs(text, "oivk", variant=1)


def zwnj(text: str) -> str:
    return inside_words(text, "\u200c", every=2)


def wj(text: str) -> str:
    return inside_words(text, "\u2060", every=3)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=2)


def lri(text: str) -> str:
    return " ".join(f"\u2067{word}\u2069" for word in text.split(" "))


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


def extra_med(name: str, dose: str, started: str, org: Record, reason: str | None, **more: Any) -> Mutation:
    med: Record = medicine("med-f103", name, dose, started, gp_prescriber(org), **more)
    if reason is not None:
        med["not_of_concern_reason"] = reason
    return add_medicine(med)


RECORD_MED: dict[str, tuple[str, str, Record]] = {
    N: ("2026-04-05", "postnatal, breastfed", RIVERSIDE),
    V: ("2026-05-20", "antenatal, 8 weeks", CASTLE_STREET),
    F: ("2026-06-10", "postnatal, foster placement", MILLBROOK),
}


def med_case(
    name: str,
    category: str,
    expect: Expect,
    med_name: str,
    dose: str,
    why: str,
    reason: str | None = None,
    *,
    base: str = N,
    disguise: Disguise | None = None,
) -> None:
    started, _, org = RECORD_MED[base]
    add(name, category, expect, base, extra_med(med_name, dose, started, org, reason), why)
    if disguise is not None:
        add(
            f"dg-{name}",
            DG,
            expect,
            base,
            extra_med(disguise(med_name), dose, started, org, reason),
            f"{why} [disguised name: {disguise.__name__}]",
        )


def dose_line(mid: str, text: str) -> Mutation:
    return set_(f"medicines#{mid}.dose", text)


# ============================================================================================================
# good-work: complete conclusions in many registers. Must pass.

ok(
    "gw-meth-drug-service-letter",
    GW,
    "meth",
    "From the Hampton Drug and Alcohol Service: Jodie has been stable on methadone 60 mg daily, supervised, "
    "with negative screens since the autumn, and we will keep the dose the same until after delivery. We expect "
    "her baby to need NAS monitoring on the postnatal ward for a minimum of three days; the HV should look for "
    "late withdrawal up to day 8. We support breastfeeding on this stable dose. She is sleepy after her dose, "
    "so the baby must never sleep in her bed or on the sofa with her; her keyworker will visit the home with "
    "the HV before discharge to see the cot.",
    "a drug and alcohol service letter: dose decision, NAS, feeding, safe sleep, who visits",
    cyr,
)
ok(
    "gw-sert-pharmacist-note",
    GW,
    "sert",
    "Pharmacist medicines review: sertraline 100 mg once daily is the preferred SSRI in pregnancy and when "
    "breastfeeding (very low levels in milk). Stopping now would risk a relapse of her depression, so continue. "
    "Baby: small risk of PPHN and transient neonatal adaptation (jittery, fast breathing, poor feeding); the "
    "paediatric team are aware and the midwives will watch for this alongside the NAS scoring.",
    "a pharmacist's note: why continue, feeding, baby's risks, who watches",
    lri,
)
ok(
    "gw-mo-midwife-shorthand",
    GW,
    "mo",
    "CMW summary: methadone 60mg od (supervised) + sertraline 100mg od, both to continue. Plan for baby: "
    "postnatal ward min 72h NAS obs, adaptation obs for SSRI at same time, paeds aware. BF encouraged. No "
    "co-sleeping (methadone drowsiness) - SW + HV to see cot before d/c. HV to watch for late NAS to day 8.",
    "midwife shorthand naming both medicines and each professional's part",
    zwnj,
)
ok(
    "gw-cit-pmht-letter",
    GW,
    "cit",
    "Perinatal mental health team: we agree Megan should stay on citalopram 20 mg daily; her anxiety returned "
    "within weeks last time she stopped. For the baby there is a small chance of PPHN and of a few days of "
    "jitteriness or poor feeding, so the maternity team should observe for 48 hours after birth with paediatric "
    "review if signs persist. She can breastfeed. We will see her at 2 weeks postnatally.",
    "a perinatal mental health team letter, complete",
)
ok(
    "gw-co-hv-antenatal-contact",
    GW,
    "co",
    "HV antenatal contact: citalopram 20 mg continues through pregnancy and feeding. I will look at the baby's "
    "feeding and alertness at the new birth visit, after the midwife's 48-hour watch for adaptation signs, and "
    "the GP reviews her mood at the 6-week check.",
    "a health visitor's antenatal note: medicine, baby, HV, midwife and GP parts",
)
ok(
    "gw-lith-soap",
    GW,
    "lith",
    "S: well on lithium for 4 yrs, frightened of relapse after birth. O: level in range, fetal echo normal. "
    "A: relapse risk (incl. postpartum psychosis) outweighs fetal risk; continue lithium 800 mg nocte. P: levels "
    "4-weekly, weekly from 36/40, within 24 h of birth; obstetric team to plan hydration and dosing in labour; "
    "paeds to review baby after birth for floppiness, poor feeding and thyroid; formula feeding as lithium "
    "enters breast milk.",
    "SOAP note, complete",
    fw,
)
ok(
    "gw-lo-discharge-plan",
    GW,
    "lo",
    "Plan agreed at the perinatal planning meeting: lithium (Priadel) continues at 800 mg at night with levels "
    "monthly, then weekly from 36 weeks and within 24 hours of delivery. The neonatal team reviews the baby after "
    "birth; bottle feeding, as lithium reaches the baby through breast milk. The perinatal team will see her "
    "within 7 days of the birth.",
    "a planning meeting summary naming lithium and the baby's review",
)
ok(
    "gw-valp-gp-letter",
    GW,
    "valp",
    "Dear Dr Khan (neurology), thank you for seeing Hannah urgently. She is 8 weeks pregnant, unplanned, on "
    "sodium valproate 500 mg bd and seizure-free for two years. I have asked her not to stop it suddenly. The "
    "baby has had first-trimester valproate exposure (around 10% malformation risk, up to 40% developmental "
    "risk); I have referred to fetal medicine for an early detailed scan and started folic acid 5 mg. Please "
    "advise on her treatment and on breastfeeding.",
    "a GP referral letter that is itself a conclusion; 'please advise' is an instruction",
)
ok(
    "gw-vo-bullets",
    GW,
    "vo",
    "- Sodium valproate continues for now: sudden withdrawal risks status epilepticus for her and the fetus. "
    "- Baby: high risk of malformation and neurodevelopmental harm from valproate; fetal medicine review and "
    "detailed anomaly scan requested. - Neurology (epilepsy nurse) to see her urgently. - Folic acid 5 mg daily "
    "started.",
    "bullets, complete",
    greek,
)
ok(
    "gw-dzp-sw-case-note",
    GW,
    "dzp",
    "Social work case note after the professionals' meeting: mum takes diazepam and pregabalin, which make her "
    "drowsy, so in the placement the baby sleeps in the foster carer's room and the carer does all night feeds; "
    "mum never has the baby on a bed or sofa. The foster carer and HV will watch for late withdrawal (tremor, "
    "high-pitched cry, poor feeds) until day 8 and ring the neonatal unit if seen. GP to plan a slow diazepam "
    "taper at 6 weeks.",
    "a social worker's case note: sedation, sleep, withdrawal, who does what",
)
ok(
    "gw-fo-foster-placement",
    GW,
    "fo",
    "Foster placement summary: diazepam and pregabalin continue unchanged for now. Because of mum's sedation the "
    "foster carer does night feeds and the baby sleeps in a cot in the carer's room, never with mum. The HV and "
    "carer will watch for withdrawal until day 8; the interim care order does not change this plan.",
    "foster placement register, both medicines, complete",
    shy,
)
ok(
    "gw-quet-partner-assessment",
    GW,
    "quet",
    "Partner assessment: Daniel takes quetiapine 300 mg at about 10 pm and sleeps very deeply after it. He "
    "will not take the baby into bed or doze with her on the sofa after his dose, and does not do night feeds; "
    "Chloe does them and the baby sleeps in the next-to-me crib. I will check the sleep set-up at every HV visit "
    "to 8 weeks.",
    "a health visitor's partner assessment",
)
ok(
    "gw-po-hv-note",
    GW,
    "po",
    "HV note: the mother takes only paracetamol, which is fine with breastfeeding. Father's quetiapine sedates "
    "him heavily at night, so he never co-sleeps with the baby (bed, sofa or chair) and does no night feeds; mum "
    "does them. Crib seen and safe; HV to recheck at each contact until 8 weeks.",
    "health visitor note naming the mother's and father's medicines",
)
ok(
    "gw-meth-discharge-summary",
    GW,
    "meth",
    "Antenatal summary for the delivery suite: on methadone 60 mg od from the drug service - do not omit doses in "
    "labour, confirm the dose with the pharmacy. Baby to stay at least 72 h on the postnatal ward for withdrawal "
    "scoring; treat per neonatal guideline if scores rise. Breastfeeding encouraged. Mum drowsy after doses - "
    "no bed-sharing; cot by the bed checked by midwife at first home visit.",
    "a delivery-suite summary, complete",
)

# ============================================================================================================
# hollow: non-answers, praise, circular talk, plans with no one and no time. Refuse; twins pass.

bad(
    "ho-meth-discussed-at-length",
    HO,
    "meth",
    "Methadone discussed at length with Jodie today; all of her questions were answered and she is content "
    "with how things stand.",
    "a conversation happened; nothing decided for the baby",
    cyr,
)
bad(
    "ho-sert-praise",
    HO,
    "sert",
    "Sertraline: Jodie is a wonderful, committed mum-to-be and we are all very proud of how far she has come "
    "this year.",
    "praise in place of a conclusion",
    fw,
)
bad(
    "ho-lith-circular",
    HO,
    "lith",
    "Lithium is continued because the plan is to continue lithium, and continuing lithium is what the plan says.",
    "circular: the reason is the decision",
    wj,
)
bad(
    "ho-valp-nobody-no-time",
    HO,
    "valp",
    "Sodium valproate: things will be monitored and reviewed as needed going forward, with input where appropriate.",
    "a plan with no one, no time and nothing monitored",
)
bad(
    "ho-dzp-all-considered",
    HO,
    "dzp",
    "Diazepam and pregabalin: all relevant considerations have been weighed carefully and a balanced view "
    "reached in the best interests of everyone.",
    "the view reached is never written",
    greek,
)
bad(
    "ho-po-thanks",
    HO,
    "po",
    "Many thanks for involving the health visiting team. Quetiapine noted. Kind regards.",
    "letter courtesies around a medicine name",
)
ok(
    "ho-sert-praise-then-plan",
    HO,
    "sert",
    "Jodie has done brilliantly. Sertraline 100 mg stays the same because her mood is finally stable; the "
    "baby may be jittery or feed poorly for a few days, so the midwives observe this with the NAS scores and "
    "paediatrics review if it persists. Fine to breastfeed.",
    "twin: praise opens, a complete conclusion follows",
)
ok(
    "ho-valp-who-and-when",
    HO,
    "valp",
    "Sodium valproate continues unchanged meanwhile; she must not stop it. The epilepsy nurse will see her "
    "within 2 weeks and fetal medicine will scan early because of the baby's malformation and developmental "
    "risk from valproate.",
    "twin: who, when and why for the baby",
    cyr,
)

# ============================================================================================================
# deferral: anywhere in the text, in any clothing. Refuse; twins point elsewhere after concluding.

bad(
    "df-meth-mdt-minutes",
    DF,
    "meth",
    "Methadone: discussed at the antenatal MDT - outcome recorded in the MDT minutes on the shared drive.",
    "the outcome lives in minutes no receiver can see",
)
bad(
    "df-cit-after-semicolon",
    DF,
    "cit",
    "Citalopram 20 mg; for the remainder of the plan kindly consult the correspondence from the perinatal mental "
    "health team.",
    "a deferral after a semicolon, in polite register",
    lri,
)
bad(
    "df-lith-in-brackets",
    DF,
    "lith",
    "Lithium (Priadel) - management in pregnancy and after delivery (plan as per psychiatry clinic letter, scanned).",
    "the deferral sits in brackets",
)
bad(
    "df-valp-to-be-decided",
    DF,
    "valp",
    "Sodium valproate: to be decided by neurology in due course; outcome will be communicated by them.",
    "the decision is someone else's and later",
    fw,
)
bad(
    "df-fo-previously-documented",
    DF,
    "fo",
    "Diazepam and pregabalin - management as previously documented in the maternity notes, no change.",
    "'as previously documented' with nothing documented here",
)
bad(
    "df-quet-his-gp-will-decide",
    DF,
    "quet",
    "Father's quetiapine: this is a matter for his own GP and psychiatrist, who will advise the family directly.",
    "handed to another team; nothing for the baby's sleep",
)
ok(
    "df-cit-concludes-then-letter",
    DF,
    "cit",
    "Citalopram 20 mg continues, as a relapse would be worse for mum and baby. Midwife to watch the baby for "
    "adaptation signs for 48 h; breastfeeding fine. The PMHT correspondence has more background if needed.",
    "twin: concludes first, then points to a letter",
)
ok(
    "df-lith-brackets-after-plan",
    DF,
    "lith",
    "Lithium 800 mg at night continues (agreed with psychiatry). Levels monthly, weekly from 36/40 and within a "
    "day of birth; paediatric review of the baby for toxicity signs; bottle feeding because lithium enters "
    "breast milk.",
    "twin: a bracketed source beside a full plan",
)

# ============================================================================================================
# dismissal. Refuse; twins give the reason.

bad(
    "dm-quet-not-our-concern",
    DM,
    "quet",
    "Quetiapine belongs to the father, not the patient, so it falls outside this assessment and needs no "
    "action from us.",
    "a partner's sedating medicine dismissed as out of scope",
    cyr,
)
bad(
    "dm-sert-na-for-baby",
    DM,
    "sert",
    "Sertraline - N/A for baby. Standard care.",
    "'N/A for baby' is a dismissal",
)
bad(
    "dm-meth-no-issues",
    DM,
    "meth",
    "Methadone: no issues identified at this review, continue routine antenatal care and usual follow-up.",
    "'no issues' for an opioid in pregnancy with no reason",
    zwnj,
)
ok(
    "dm-quet-no-direct-effect-but",
    DM,
    "quet",
    "Dad's quetiapine has no direct effect on the baby, who is not exposed to it, but it makes him very hard "
    "to wake: he must not sleep with the baby on a bed, sofa or chair, and mum does the night feeds. The HV "
    "checks the crib at each visit.",
    "twin: 'no direct effect' with the real risk and the plan",
    wj,
)
ok(
    "dm-sert-no-concern-with-reason",
    DM,
    "sert",
    "No concerns about sertraline for feeding: levels in milk are very low. The baby's small risks (PPHN, "
    "jitteriness, poor feeding) will be watched by the postnatal midwives over the first 2 days, together with "
    "the NAS scoring; sertraline 100 mg continues.",
    "twin: no concern with its reason, and the watch",
)

# ============================================================================================================
# filler-repetition. Refuse; twin repeats a key word on purpose.

bad(
    "fr-lith-keyboard-mash",
    FR,
    "lith",
    "Lithium asdf qwerty zxcv hjkl uiop lkjh gfds mnbv poiu ytre wqas dfgh jklm nbvc xzaq wsed rfvt gbyh.",
    "keyboard filler after the medicine name",
)
bad(
    "fr-meth-monitor-loop",
    FR,
    "meth",
    "Methadone: monitor, monitor baby, monitor mum, monitor monitor monitor, monitor baby, monitor mum, monitor "
    "monitor monitor.",
    "one word repeated",
    shy,
)
bad(
    "fr-dzp-same-sentence-thrice",
    FR,
    "dzp",
    "Diazepam and pregabalin continue and baby is fine. Diazepam and pregabalin continue and baby is fine. "
    "Diazepam and pregabalin continue and baby is fine.",
    "the same sentence three times",
)
bad(
    "fr-vo-template-placeholders",
    FR,
    "vo",
    "Sodium valproate: [insert risk to baby here]. [insert plan here]. [insert who is responsible here]. "
    "[insert review date].",
    "an unfilled template",
)
ok(
    "fr-meth-no-no-no",
    FR,
    "meth",
    "Methadone 60 mg: no dose change, no co-sleeping, no sofa sleeping after her dose. The baby stays 72 hours "
    "for NAS scoring and the HV checks for late signs until day 8; breastfeeding is encouraged.",
    "twin: a repeated 'no' that carries three rules",
)

# ============================================================================================================
# copy-paste: the same text, or the same text with the medicine name swapped, under different medicines.

_CP_TEXT = (
    "{med} continues unchanged. The baby will be observed on the postnatal ward for 72 hours for withdrawal, "
    "no co-sleeping because of drowsiness after her dose, and breastfeeding is encouraged."
)


def _m_both(meth_text: str, sert_text: str) -> Mutation:
    return chain(
        set_("assessments#asm-methadone.conclusion", meth_text),
        set_("assessments#asm-sertraline.conclusion", sert_text),
    )


add(
    "cp-name-swapped",
    CP,
    REFUSE,
    M,
    _m_both(_CP_TEXT.format(med="Methadone 60 mg"), _CP_TEXT.format(med="Sertraline 100 mg")),
    "copy-paste with the medicine name changed: sertraline does not cause drowsiness or NAS; its own risks unsaid",
)
add(
    "cp-identical-both",
    CP,
    REFUSE,
    M,
    _m_both(
        "Methadone and sertraline both continue; baby watched for NAS and adaptation for 72 h on the ward; "
        "breastfeeding supported; no bed-sharing after the methadone dose.",
        "Methadone and sertraline both continue; baby watched for NAS and adaptation for 72 h on the ward; "
        "breastfeeding supported; no bed-sharing after the methadone dose.",
    ),
    "the same joint text under two separate assessments",
)
add(
    "cp-identical-disguised",
    DG,
    REFUSE,
    M,
    _m_both(
        "Methadone and sertraline continue at current doses; NAS and adaptation watch for three days on the "
        "postnatal ward, breastfeeding encouraged, cot not bed.",
        cyr(
            "Methadone and sertraline continue at current doses; NAS and adaptation watch for three days on the "
            "postnatal ward, breastfeeding encouraged, cot not bed."
        ),
    ),
    "the same text, one copy in look-alike letters",
)
add(
    "cp-distinct-pass",
    CP,
    PASS,
    M,
    _m_both(
        "Methadone 60 mg continues; NAS scoring for at least 72 hours after birth, HV to look for late signs to "
        "day 8; breastfeeding encouraged; she is drowsy after her dose, so cot only, never her bed.",
        "Sertraline 100 mg continues because her depression relapsed off it; the baby may show adaptation signs "
        "(PPHN rarely), watched by the midwives alongside the NAS scoring; compatible with breastfeeding.",
    ),
    "twin: two distinct conclusions that share a phrase or two",
)

# ============================================================================================================
# joint-coverage: an overall or joint conclusion leaving out a medicine it covers.

bad(
    "jc-fo-no-pregabalin",
    JC,
    "fo",
    "Diazepam continues for now: mum is sedated at night, so the foster carer does night feeds and the baby "
    "sleeps in the carer's room; late withdrawal watched by carer and HV until day 8.",
    "overall conclusion never names pregabalin",
    cyr,
)
bad(
    "jc-mo-methadone-only",
    JC,
    "mo",
    "Methadone continues at 60 mg daily; 72 h NAS observation on the postnatal ward; breastfeeding "
    "supported; no co-sleeping, cot checked by the HV and social worker before discharge.",
    "overall conclusion omits sertraline",
    greek,
)
bad(
    "jc-dzp-diazepam-only",
    JC,
    "dzp",
    "Diazepam 5 mg tds makes mum drowsy: the foster carer does the night feeds and the baby never sleeps with "
    "her. Carer and HV watch for late withdrawal to day 8; GP to taper diazepam at 6 weeks.",
    "joint assessment's conclusion names diazepam only",
)
ok(
    "jc-mo-both-shorthand",
    JC,
    "mo",
    "Both meds (methadone 60 mg + sertraline 100 mg) continue. Baby: NAS + SSRI adaptation obs on the postnatal "
    "ward for at least 72 h, HV for late signs. BF yes. No co-sleeping after methadone; SW and HV see the cot "
    "before d/c.",
    "twin: both named in shorthand",
)
ok(
    "jc-fo-brand-for-pregabalin",
    JC,
    "fo",
    "Diazepam and Lyrica (pregabalin) both continue; both sedate mum, so the foster carer keeps the baby in "
    "her room at night and does every night feed. Late withdrawal possible to day 8 - carer and HV to watch.",
    "twin: pregabalin named by brand with the ingredient",
)

# ============================================================================================================
# wrong-person: a plan for someone other than the baby or the person taking the medicine.

bad(
    "wp-meth-older-sibling",
    WP,
    "meth",
    "Methadone 60 mg continues. Her four-year-old son will be seen by the school nurse, his inhaler technique "
    "checked and his nursery told about the family situation.",
    "a plan for an older child; nothing for this baby",
)
bad(
    "wp-quet-mother-sedation",
    WP,
    "quet",
    "Quetiapine 300 mg at night: mum must not co-sleep after her evening dose and should hand night feeds to "
    "dad while she is drowsy.",
    "the father's medicine assessed as the mother's; the sedated person is given the night feeds",
)
bad(
    "wp-dzp-foster-carer-meds",
    WP,
    "dzp",
    "Diazepam and pregabalin: the foster carer confirmed she takes no sedating medicines herself and her own "
    "children are settled at school.",
    "the foster carer's circumstances in place of the mother's medicines and the baby",
    zwnj,
)
ok(
    "wp-quet-father-sedated",
    WP,
    "quet",
    "Quetiapine is Daniel's (the father): 300 mg at night leaves him hard to wake, so the baby never sleeps "
    "beside him and Chloe does the night feeds. The HV will keep checking the crib until 8 weeks.",
    "twin: the right person, the baby's sleep and the HV",
)

# ============================================================================================================
# brand-names: brands of concern unassessed (refuse) and assessed under the brand (pass).

med_case(
    "br-kapake-unassessed",
    BR,
    REFUSE,
    "Kapake 30mg/500mg capsules",
    "two capsules four times a day",
    "co-codamol brand (codeine) in a breastfeeding mother, unassessed",
    disguise=cyr,
)
med_case(
    "br-ucerax-unassessed",
    BR,
    REFUSE,
    "Ucerax 25mg tablets",
    "25 mg at night for itch",
    "hydroxyzine brand, a sedating antihistamine, unassessed",
)
med_case(
    "br-neomercazole-antenatal",
    BR,
    REFUSE,
    "NeoMercazole 20mg tablets",
    "20 mg once daily",
    "carbimazole brand in the first trimester (teratogen), unassessed",
    base=V,
)
add(
    "br-tensium-assessed",
    BR,
    PASS,
    F,
    replace_medicine(
        "med-diazepam",
        medicine(
            "med-diazepam",
            "Tensium 5mg tablets",
            "5 mg three times a day",
            "2025-10-20",
            gp_prescriber(MILLBROOK),
            last_changed="2026-02-16",
        ),
    ),
    "diazepam under its brand, assessed; conclusions say diazepam",
)
add(
    "br-lustral-assessed",
    BR,
    PASS,
    M,
    replace_medicine(
        "med-sertraline",
        medicine(
            "med-sertraline",
            "Lustral 50mg tablets",
            "Two tablets (100 mg) once daily",
            "2025-06-10",
            gp_prescriber(RIVERSIDE),
            last_changed="2025-09-22",
        ),
    ),
    "sertraline under its brand, assessed",
)

# ============================================================================================================
# misspellings: one or two letters, swapped, doubled, dropped, phonetic; near misses to other real medicines.

med_case(
    "ms-kwetiapeen",
    MS,
    REFUSE,
    "Kwetiapeen 25mg tablets",
    "25 mg at night",
    "quetiapine spelt by sound, sedating, unassessed",
    disguise=cyr,
)
med_case(
    "ms-fenergan",
    MS,
    REFUSE,
    "Fenergan 25mg tablets",
    "25 mg at night for sleep",
    "Phenergan by sound (promethazine, sedating antihistamine)",
    disguise=greek,
)
med_case(
    "ms-amitryptiline",
    MS,
    REFUSE,
    "Amitryptiline 10mg tablets",
    "10 mg at night",
    "amitriptyline with the common i/y slip (sedating tricyclic)",
)
med_case(
    "ms-codiene",
    MS,
    REFUSE,
    "Codiene phosphate 30mg tablets",
    "30 mg four times a day when needed",
    "codeine with two letters swapped, breastfeeding mother",
)
med_case(
    "ms-lamotrigene-antenatal",
    MS,
    REFUSE,
    "Lamotrigene 100mg tablets",
    "100 mg twice a day",
    "lamotrigine with one vowel wrong: an antiepileptic in pregnancy",
    base=V,
)
med_case(
    "ms-warfrain-antenatal",
    MS,
    REFUSE,
    "Warfrain 3mg tablets",
    "3 mg once daily",
    "warfarin with letters swapped: teratogen in the first trimester",
    base=V,
    disguise=wj,
)
med_case(
    "ms-trimipramine-is-tricyclic",
    MS,
    REFUSE,
    "Trimipramine 25mg tablets",
    "25 mg at night",
    "a real tricyclic close to trimethoprim: judged as itself",
)
med_case(
    "ms-trimethoprim-near-miss",
    MS,
    PASS,
    "Trimethoprim 200mg tablets",
    "200 mg twice a day for 3 days",
    "antibiotic close to trimipramine, classified with a reason",
    "Three-day antibiotic for a urine infection; compatible with breastfeeding, no sedation, no effect on the baby.",
)
med_case(
    "ms-hydralazine-near-miss",
    MS,
    PASS,
    "Hydralazine 25mg tablets",
    "25 mg twice a day",
    "antihypertensive close to hydroxyzine, classified with a reason",
    "Used for high blood pressure in pregnancy; not sedating, not teratogenic, and the obstetric team monitors "
    "her blood pressure.",
    base=V,
)
med_case(
    "ms-lyclear-near-miss",
    MS,
    PASS,
    "Lyclear 5% dermal cream",
    "apply to the whole body once, repeat after 7 days",
    "permethrin brand close to Lyrica, classified with a reason",
    "Permethrin cream for scabies; very little absorbed, safe in breastfeeding, the baby is not affected.",
)
med_case(
    "ms-pregaday-near-miss",
    MS,
    PASS,
    "Pregaday tablets",
    "one tablet daily",
    "iron and folic acid close to pregabalin, classified with a reason",
    "Iron and folic acid supplement for anaemia in pregnancy; no risk to the baby, no sedation.",
    base=V,
)
add(
    "ms-assessed-sertarline",
    MS,
    PASS,
    M,
    replace_medicine(
        "med-sertraline",
        medicine(
            "med-sertraline",
            "Sertarline 50mg tablets",
            "Two tablets (100 mg) once daily",
            "2025-06-10",
            gp_prescriber(RIVERSIDE),
            last_changed="2025-09-22",
        ),
    ),
    "a typo in an assessed medicine's name; conclusions name sertraline",
)
add(
    "ms-quinine-judged-as-quinine",
    MS,
    REFUSE,
    P,
    replace_medicine(
        "med-partner-quetiapine",
        medicine(
            "med-partner-quetiapine",
            "Quinine sulfate 200mg tablets",
            "200 mg at night for cramps",
            "2024-02-05",
            gp_prescriber(MILLBROOK),
            taken_by="partner",
        ),
    ),
    "the listed product is quinine; the conclusions speak of quetiapine, which the list does not hold",
)

# ============================================================================================================
# combinations: combination products with an opioid or a sedating component.

med_case(
    "cb-migraleve-pink",
    CB,
    REFUSE,
    "Migraleve Pink tablets",
    "two tablets at the start of a migraine",
    "paracetamol, codeine and buclizine (sedating antihistamine), unassessed",
)
med_case(
    "cb-paracetamol-codeine-written-out",
    CB,
    REFUSE,
    "Paracetamol 500mg and codeine 8mg tablets",
    "two tablets four times a day",
    "a co-codamol written as its two ingredients",
    disguise=fw,
)
med_case(
    "cb-night-nurse",
    CB,
    REFUSE,
    "Night Nurse liquid",
    "20 ml at bedtime",
    "cold remedy with promethazine and dextromethorphan at night, breastfeeding mother",
)
med_case(
    "cb-co-amoxiclav-ok",
    CB,
    PASS,
    "Co-amoxiclav 500mg/125mg tablets",
    "one tablet three times a day for 7 days",
    "a 'co-' combination of two antibiotics, classified",
    "Antibiotic for a wound infection after birth; compatible with breastfeeding; watch the baby for loose stools "
    "or thrush.",
)
med_case(
    "cb-gaviscon-ok",
    CB,
    PASS,
    "Gaviscon Advance oral suspension",
    "10 ml after meals and at bedtime",
    "alginate combination, classified",
    "Alginate antacid for reflux; acts in the stomach, not absorbed, no effect on the baby or breast milk.",
    base=V,
)

# ============================================================================================================
# name-characters: look-alike or invisible characters inside a name.

med_case(
    "nc-methadone-cyrillic-o",
    NC,
    REFUSE,
    "Meth\u043edone 1mg/ml oral solution",
    "30 ml once daily",
    "methadone with a Cyrillic o inside, unassessed",
)
med_case(
    "nc-pregabalin-zwsp",
    NC,
    REFUSE,
    "Prega\u200bbalin 75mg capsules",
    "75 mg twice a day",
    "pregabalin with a zero-width space inside, unassessed",
)
med_case(
    "nc-tramadol-full-width",
    NC,
    REFUSE,
    "\uff34\uff52\uff41\uff4d\uff41\uff44\uff4f\uff4c 50mg capsules",
    "50 mg four times a day",
    "tramadol in full-width letters, unassessed",
)
med_case(
    "nc-zopiclone-soft-hyphen",
    NC,
    REFUSE,
    "Zopi\u00adclone 7.5mg tablets",
    "7.5 mg at night",
    "zopiclone (sedating hypnotic) with a soft hyphen, unassessed",
    base=F,
)
med_case(
    "nc-paracetamol-soft-hyphen-ok",
    NC,
    PASS,
    "Parace\u00adtamol 500mg soluble tablets",
    "1 g four times a day when needed",
    "a harmless medicine with an invisible character: judged as paracetamol",
)
add(
    "nc-assessed-citalopram-zwj",
    NC,
    PASS,
    C,
    set_("medicines#med-citalopram.name", "Cital\u200dopram 20mg tablets"),
    "the assessed medicine's name with a zero-width joiner: still citalopram, still assessed (a warning at most)",
)

# ============================================================================================================
# unrecognised: products needing an explicit classification.

med_case(
    "un-scheriproct-no-reason",
    UN,
    REFUSE,
    "Scheriproct ointment",
    "apply twice a day",
    "an unfamiliar product with no code and no classification",
    disguise=shy,
)
med_case(
    "un-scheriproct-with-reason",
    UN,
    PASS,
    "Scheriproct ointment",
    "apply twice a day",
    "twin: the clinician's reason",
    "Haemorrhoid ointment (prednisolone and cinchocaine) used for a few days; minimal absorption, no effect on "
    "the baby or breastfeeding.",
)
med_case(
    "un-balneum-hollow-reason",
    UN,
    REFUSE,
    "Balneum Plus bath oil",
    "add to the bath daily",
    "a reason that says nothing",
    "Fine.",
    base=F,
)
med_case(
    "un-balneum-not-of-concern-only",
    UN,
    REFUSE,
    "Balneum Plus bath oil",
    "add to the bath daily",
    "the reason restates the classification",
    "Not of concern. Not of concern.",
    base=F,
    disguise=cyr,
)
med_case(
    "un-balneum-real-reason",
    UN,
    PASS,
    "Balneum Plus bath oil",
    "add to the bath daily",
    "twin: a real reason",
    "Emollient bath oil for eczema, on the skin only; nothing reaches the baby, and the foster carer keeps the "
    "bath non-slip.",
    base=F,
)

# ============================================================================================================
# dates: impossible dates at each field's edge, each with its possible twin.

add(
    "dt-cit-assessed-before-conception",
    DT,
    REFUSE,
    C,
    set_("assessments#asm-citalopram.date", "2025-05-01"),
    "assessment two months before the pregnancy began (EDD 2026-04-06, start 2025-06-30)",
)
add(
    "dt-cit-assessed-early-pregnancy-ok",
    DT,
    PASS,
    C,
    set_("assessments#asm-citalopram.date", "2025-07-28"),
    "twin: an assessment at 4 weeks of the pregnancy",
)
add(
    "dt-lawful-basis-29-feb-2026",
    DT,
    REFUSE,
    C,
    set_("lawful_basis.recorded_on", "2026-02-29"),
    "29 February in a non-leap year",
)
add(
    "dt-gestation-43-weeks",
    DT,
    REFUSE,
    C,
    set_("pregnancy.gestation", {"weeks": 43, "days": 2, "on": "2026-02-10"}),
    "a gestation past 42 weeks in an antenatal record (and 11 weeks out from the EDD)",
)
add(
    "dt-n-birth-before-pregnancy",
    DT,
    REFUSE,
    N,
    set_("pregnancy.edd", "2026-12-20"),
    "delivery on 2026-04-02 with an EDD in December: born at about 3 weeks' gestation",
)
add(
    "dt-n-edd-a-week-after-birth-ok",
    DT,
    PASS,
    N,
    set_("pregnancy.edd", "2026-04-10"),
    "twin: born at 38+6",
)
bad(
    "dt-valp-31-june",
    DT,
    "valp",
    "Sodium valproate continues; do not stop it. Epilepsy nurse clinic booked for 31/06/2026; fetal medicine "
    "scan requested because of the baby's malformation and developmental risk from valproate.",
    "31 June does not exist",
)
ok(
    "dt-valp-30-june",
    DT,
    "valp",
    "Sodium valproate continues; do not stop it. Epilepsy nurse clinic booked for 30/06/2026; fetal medicine "
    "scan requested because the baby has a raised risk of malformation and developmental delay from valproate.",
    "twin: 30 June",
)
bad(
    "dt-lo-29-feb-2027",
    DT,
    "lo",
    "Lithium 800 mg at night continues with levels monthly, weekly from 36 weeks and within 24 hours of birth; "
    "baby reviewed by paediatrics after birth; bottle feeding. Perinatal team review booked for 29 February "
    "2027.",
    "29 February 2027 does not exist",
    lri,
)
ok(
    "dt-lo-28-feb-2027",
    DT,
    "lo",
    "Lithium 800 mg nightly continues with levels monthly, weekly from 36 weeks and within 24 hours of birth; "
    "baby reviewed by paediatrics after birth; bottle feeding. Perinatal team follow-up booked for 28 February "
    "2027.",
    "twin: 28 February 2027",
)
bad(
    "dt-meth-review-before-assessment",
    DT,
    "meth",
    "Methadone 60 mg continues. The drug service will review the dose on 2026-02-20; NAS scoring for 72 hours "
    "after birth; breastfeeding encouraged; no co-sleeping after her dose, cot checked at the first visit.",
    "a plan for a date before the assessment (2026-03-02)",
)
ok(
    "dt-meth-review-after-assessment",
    DT,
    "meth",
    "Methadone 60 mg continues. The drug service will next review the dose on 2026-03-20; NAS scoring for 72 "
    "hours after birth; breastfeeding encouraged; no co-sleeping after her dose, cot checked at the first visit.",
    "twin: the review is after the assessment",
)
bad(
    "dt-lith-levels-from-46-40",
    DT,
    "lith",
    "Lithium 800 mg at night continues. Levels monthly, then weekly from 46/40 and within 24 h of delivery; "
    "paeds review of baby for floppiness and thyroid; bottle feeding as lithium enters breast milk.",
    "46 weeks of gestation cannot be reached",
)
ok(
    "dt-lith-induction-at-41-40",
    DT,
    "lith",
    "Lithium 800 mg at night continues. Levels monthly, weekly from 36/40 and within 24 h of delivery; induction "
    "discussed if undelivered at 41/40. Paeds review of baby for floppiness and thyroid; bottle feeding.",
    "twin: 41/40 is possible",
)
bad(
    "dt-quet-three-months-in-crib",
    DT,
    "quet",
    "Father's quetiapine 300 mg at night: the baby has slept in the next-to-me crib beside mum every night for the "
    "past three months and dad has never co-slept; HV to keep checking to 8 weeks.",
    "the baby was born 10 days before the assessment",
)
ok(
    "dt-quet-ten-nights-in-crib",
    DT,
    "quet",
    "Father's quetiapine 300 mg at night: the baby has slept in the next-to-me crib beside mum every night "
    "since coming home and dad does no night feeds or co-sleeping; HV to keep checking to 8 weeks.",
    "twin: since coming home",
)
bad(
    "dt-dzp-baby-six-weeks-old",
    DT,
    "dzp",
    "Diazepam and pregabalin continue. The baby, now six weeks old, has had no withdrawal signs at all; the "
    "foster carer does night feeds and the baby sleeps in her room, never with mum.",
    "the baby is four days old at the assessment",
)
ok(
    "dt-dzp-baby-four-days-old",
    DT,
    "dzp",
    "Diazepam and pregabalin continue. The baby, now four days old, had mild withdrawal signs on day 3; the "
    "foster carer does night feeds and the baby sleeps in her room, never with mum; carer and HV watch to day 8.",
    "twin: four days old",
)

# ============================================================================================================
# routes: impossible routes in dose lines, each with a possible twin.

add(
    "rt-sert-tablets-im",
    RT,
    REFUSE,
    M,
    dose_line("med-sertraline", "Two tablets (100 mg) by IM injection once daily"),
    "tablets by injection",
)
add(
    "rt-sert-tablets-by-mouth",
    RT,
    PASS,
    M,
    dose_line("med-sertraline", "Two tablets (100 mg) by mouth once daily"),
    "twin: by mouth",
)
add(
    "rt-diazepam-tablets-iv",
    RT,
    REFUSE,
    F,
    dose_line("med-diazepam", "5 mg intravenously three times a day"),
    "tablets given IV",
)
add(
    "rt-diazepam-tablets-oral",
    RT,
    PASS,
    F,
    dose_line("med-diazepam", "5 mg three times a day by mouth"),
    "twin: diazepam tablets by mouth",
)
med_case(
    "rt-nicotine-patch-swallowed",
    RT,
    REFUSE,
    "Nicotine 21mg/24hours transdermal patches",
    "one patch by mouth each morning",
    "a patch swallowed",
    "Nicotine replacement to stop smoking; far safer for the baby than smoking; compatible with breastfeeding.",
)
med_case(
    "rt-nicotine-patch-on-skin",
    RT,
    PASS,
    "Nicotine 21mg/24hours transdermal patches",
    "one patch applied to the skin each morning",
    "twin: the patch on the skin",
    "Nicotine replacement to stop smoking; far safer for the baby than smoking; compatible with breastfeeding.",
)
med_case(
    "rt-salbutamol-inhaler-pv",
    RT,
    REFUSE,
    "Salbutamol 100micrograms/dose inhaler",
    "two puffs PV when needed",
    "an inhaler inserted vaginally",
    "Reliever inhaler for asthma; tiny amounts reach milk; no effect on the baby.",
    disguise=zwnj,
)
med_case(
    "rt-salbutamol-inhaled",
    RT,
    PASS,
    "Salbutamol 100micrograms/dose inhaler",
    "two puffs inhaled when needed",
    "twin: inhaled",
    "Reliever inhaler for asthma; tiny amounts reach milk; no effect on the baby.",
)
med_case(
    "rt-clotrimazole-pessary-oral",
    RT,
    REFUSE,
    "Clotrimazole 500mg pessaries",
    "one pessary orally at night, single dose",
    "a pessary by mouth",
    "Single-dose antifungal for thrush; negligible absorption; no effect on the baby or feeding.",
    base=V,
)
med_case(
    "rt-clotrimazole-pessary-inserted",
    RT,
    PASS,
    "Clotrimazole 500mg pessaries",
    "one pessary inserted into the vagina at night, single dose",
    "twin: inserted",
    "Single-dose antifungal for thrush; negligible absorption; no effect on the baby or feeding.",
    base=V,
)
med_case(
    "rt-depo-provera-oral",
    RT,
    REFUSE,
    "Medroxyprogesterone acetate 150mg/1ml suspension for injection",
    "150 mg by mouth every 12 weeks",
    "a depot contraceptive injection taken by mouth",
    "Postnatal contraception; compatible with breastfeeding; no effect on the baby.",
)
med_case(
    "rt-depo-provera-im",
    RT,
    PASS,
    "Medroxyprogesterone acetate 150mg/1ml suspension for injection",
    "150 mg by deep intramuscular injection every 12 weeks",
    "twin: by deep IM injection",
    "Postnatal contraception; compatible with breastfeeding; no effect on the baby.",
)
med_case(
    "rt-chloramphenicol-drops-swallowed",
    RT,
    REFUSE,
    "Chloramphenicol 0.5% eye drops",
    "one drop orally four times a day",
    "eye drops swallowed",
    "Antibiotic eye drops for conjunctivitis; negligible absorption; breastfeeding fine.",
    base=F,
)
med_case(
    "rt-chloramphenicol-drops-in-eye",
    RT,
    PASS,
    "Chloramphenicol 0.5% eye drops",
    "one drop into the affected eye four times a day",
    "twin: into the eye",
    "Antibiotic eye drops for conjunctivitis; negligible absorption; breastfeeding fine.",
    base=F,
)
bad(
    "rt-cit-conclusion-injection",
    RT,
    "cit",
    "Citalopram 20 mg by injection continues once daily. Midwife to watch the baby for 48 h for adaptation "
    "signs; breastfeeding is fine.",
    "the conclusion gives a route the listed tablets cannot take",
)


# ============================================================================================================
# more facts: structured dates at their edges, a patch line for tablets, near misses judged as themselves.

add(
    "dt-attested-in-2027",
    DT,
    REFUSE,
    C,
    set_("attestation.at", "2027-01-05T09:00:00+00:00"),
    "attestation a month after today",
)
add(
    "dt-n-delivery-christmas-2026",
    DT,
    REFUSE,
    N,
    set_("pregnancy.delivery_date", "2026-12-25"),
    "a delivery date still to come in a postnatal record",
)
med_case(
    "ms-trandolapril-antenatal",
    MS,
    REFUSE,
    "Trandolapril 1mg capsules",
    "1 mg once daily",
    "an ACE inhibitor (teratogen after the first trimester) close to tramadol, judged as itself, unassessed",
    base=V,
)
add(
    "ms-fluvoxamine-judged-as-itself",
    MS,
    REFUSE,
    M,
    replace_medicine(
        "med-sertraline",
        medicine(
            "med-sertraline",
            "Fluvoxamine 50mg tablets",
            "Two tablets (100 mg) once daily",
            "2025-06-10",
            gp_prescriber(RIVERSIDE),
            last_changed="2025-09-22",
        ),
    ),
    "the listed SSRI is fluvoxamine; every conclusion speaks of sertraline, which the list does not hold",
)
add(
    "br-priadell-assessed",
    BR,
    PASS,
    L,
    set_("medicines#med-lithium.name", "Lithium carbonate 400mg modified-release tablets (Priadell)"),
    "the brand with a doubled letter beside the ingredient; conclusions name lithium (Priadel)",
)


# ============================================================================================================
# last probes: near misses to other real medicines, a route the rule allows, one text in two places.

med_case(
    "ms-oxybutynin-near-miss",
    MS,
    PASS,
    "Oxybutynin 5mg tablets",
    "5 mg twice a day",
    "bladder antimuscarinic close to oxycodone/OxyNorm, classified",
    "For urge incontinence after the birth; small amounts in milk, not sedating at this dose; HV to mention if "
    "the baby seems constipated or feeds less.",
)
med_case(
    "ms-carbocisteine-near-miss",
    MS,
    PASS,
    "Carbocisteine 375mg capsules",
    "two capsules three times a day",
    "mucolytic close to carbamazepine, classified",
    "Mucolytic for a chest infection cough, a few weeks only; no sedation and no known effect on the breastfed baby.",
)
med_case(
    "ms-methyldopa-near-miss",
    MS,
    PASS,
    "Methyldopa 250mg tablets",
    "250 mg three times a day",
    "antihypertensive close to methadone, classified",
    "First-line blood pressure treatment in pregnancy with long experience of safety for the baby; the antenatal "
    "clinic checks her blood pressure weekly.",
    base=V,
)
med_case(
    "rt-miconazole-gel-on-nipples",
    RT,
    PASS,
    "Miconazole 20mg/g oral gel",
    "apply a pea-sized amount to the nipples after each feed",
    "oral gel on the nipples for thrush: a route the rule allows",
    "Antifungal for nipple and infant oral thrush; tiny amounts; the baby's mouth is treated too by the GP.",
)
add(
    "cp-cit-overall-equals-assessment-ok",
    CP,
    PASS,
    C,
    chain(
        set_(
            "assessments#asm-citalopram.conclusion",
            "Citalopram 20 mg daily to continue - relapse off it last year. Baby: 48 h watch by the midwife for "
            "adaptation signs (jittery, fast breathing, poor feeding), paeds if persisting. OK to breastfeed.",
        ),
        set_(
            "overall_conclusion.text",
            "Citalopram 20 mg daily to continue - relapse off it last year. Baby: 48 h watch by the midwife for "
            "adaptation signs (jittery, fast breathing, poor feeding), paeds if persisting. OK to breastfeed.",
        ),
    ),
    "one medicine, one assessment: the overall conclusion may repeat its only conclusion",
)
add(
    "dt-sert-recommendation-30-feb",
    DT,
    REFUSE,
    M,
    set_(
        "assessments#asm-sertraline.recommendations",
        "Continue sertraline 100 mg. Mood review with the GP on 30/02/2027 after the birth; midwife to watch for "
        "adaptation symptoms alongside withdrawal observations.",
    ),
    "30 February in a recommendation",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F103CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F103CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F103CASES):3}"
    )
