"""A ninety-ninth independent "fresh" batch of red-team cases for the share gate: a held-out-style mix,
thirteenth round, in the proportions a reviewer's held-out set would use.

Written from the issue, docs/rules.md, README.md and the examples, not from the gate's code or its word lists.
About a third is good, complete clinical work that must pass, in the registers clinicians actually use (GP
letters, SOAP notes, midwife shorthand, discharge summaries, partner and foster-placement assessments,
pharmacist, health visitor and social worker notes); a third is hollow or disguised conclusions (non-answers,
deferrals, dismissals, filler, repetition, copy and paste, joint assessments missing a medicine, praise, circular
talk, plans with no one and no time); a third is names and facts (brand names and misspellings, near misses that
are a different real medicine, combination products, look-alike or invisible characters inside a name,
unrecognised products, impossible dates at each field's edge and impossible routes), each with its possible twin.
About a fifth is disguised (look-alike letters, zero-width characters, soft hyphens, bidi, full width); the
disguised verdict equals the plain one.

Medicines named here are real; no clinical code is invented (medicines added carry no code).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh99_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from tests.redteam.cases import (
    DRUG_SERVICE,
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
    other_prescriber,
    replace_medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F99CASES: list[Case] = []

CATEGORIES = (
    "good-work",
    "hollow",
    "deferral",
    "dismissal",
    "filler-repetition",
    "copy-paste",
    "joint-coverage",
    "brand-names",
    "misspellings",
    "combinations",
    "name-characters",
    "unrecognised",
    "dates",
    "routes",
    "disguise",
)

GW, HO, DF, DM, FR, CP, JC, BR, MS, CB, NC, UN, DT, RT, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F99CASES.append(Case(f"f99-{name}", category, expect, base, mutate, why))


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
    return homoglyphs(text, "aeopcx")


def greek(text: str) -> str:
    return homoglyphs(text, "oiv", variant=1)


def zwj(text: str) -> str:
    return inside_words(text, "\u200d", every=2)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=3)


def rlo(text: str) -> str:
    return " ".join(f"\u200f{word}" for word in text.split(" "))


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


def n_med(name: str, dose: str, reason: str | None = None, *, mid: str = "med-extra", **extra: Any) -> Mutation:
    """A medicine added to the postnatal record with no medicine of concern (breastfed baby)."""
    med: Record = medicine(mid, name, dose, "2026-04-05", gp_prescriber(RIVERSIDE), **extra)
    if reason is not None:
        med["not_of_concern_reason"] = reason
    return add_medicine(med)


def n_case(
    name: str,
    category: str,
    expect: Expect,
    med_name: str,
    dose: str,
    why: str,
    reason: str | None = None,
    disguise: Disguise | None = None,
) -> None:
    add(name, category, expect, N, n_med(med_name, dose, reason), why)
    if disguise is not None:
        add(
            f"dg-{name}",
            DG,
            expect,
            N,
            n_med(disguise(med_name), dose, reason),
            f"{why} [disguised name: {disguise.__name__}]",
        )


# ============================================================================================================
# good-work: complete conclusions in the registers clinicians use. Must pass.

ok(
    "gw-meth-gp-letter",
    GW,
    "meth",
    "Dear colleague, I reviewed Jodie today. She is stable on methadone 60 mg once daily (supervised) and we "
    "agreed it should not be reduced before delivery. Her baby is likely to withdraw: please arrange NAS "
    "scoring on the postnatal ward for a minimum of 72 hours, and the HV will look for late signs to day 8. "
    "Breastfeeding is encouraged. Because methadone makes her drowsy after each dose, she must not share a bed "
    "or sofa with the baby; the community midwife will see the cot at the first home visit. Yours sincerely, "
    "Dr Shah.",
    "a GP letter: medicine, baby, feeding, safe sleep, who does what",
    cyr,
)
ok(
    "gw-sert-soap",
    GW,
    "sert",
    "S: mood settled on sertraline 100 mg od; relapsed when she tried stopping in 2024. O: PHQ-9 6, no "
    "self-harm. A: benefit of continuing sertraline outweighs the small risk of PPHN and neonatal adaptation "
    "syndrome. P: continue 100 mg; midwife to observe baby for jitteriness, poor feeding or fast breathing for "
    "48 h after birth; breastfeeding fine; GP mood r/v at 6/52 postnatal.",
    "SOAP note with the decision, the baby's risk and the watch",
    fw,
)
ok(
    "gw-mo-midwife-shorthand",
    GW,
    "mo",
    "Methadone 60mg od (supervised) + sertraline 100mg od both cont. unchanged. Baby: NAS obs on PNW min 72h "
    "then HV for late signs to D8; sertraline adaptation obs 48h. BF encouraged. No co-sleeping d/t methadone "
    "sedation - SW + HV to see cot before discharge.",
    "midwife shorthand covering both medicines and the plan",
    zwj,
)
ok(
    "gw-cit-pharmacist-note",
    GW,
    "cit",
    "Pharmacist medication review: citalopram 20 mg once daily is an appropriate choice in pregnancy and "
    "continues; no interacting medicines. Baby: small absolute risk of PPHN and of adaptation symptoms; the "
    "midwife will observe for 48 hours after delivery and refer to the paediatrician if they persist. "
    "Citalopram is compatible with breastfeeding; the HV will ask about drowsiness and feeding.",
    "clinical pharmacist register",
)
ok(
    "gw-co-bullets",
    GW,
    "co",
    "- Citalopram 20 mg od continues through pregnancy and breastfeeding (relapse on stopping before).\n"
    "- Baby: midwife watches for adaptation symptoms for 48 h; paediatric r/v if they persist.\n"
    "- GP reviews mood at the 6-week postnatal check.",
    "bulleted overall conclusion",
)
ok(
    "gw-lith-psychiatry-letter",
    GW,
    "lith",
    "Perinatal psychiatry clinic: lithium (Priadel) 800 mg nocte continues, as her relapse risk after birth "
    "is high. Serum levels 4-weekly, weekly from 36/40 and within 24 h of delivery (obstetric team). The "
    "paediatrician will review the baby after birth for tone, feeding and thyroid function. She will "
    "formula feed because lithium passes into breast milk.",
    "clinic letter register, every concern answered",
)
ok(
    "gw-valp-neuro-gp-note",
    GW,
    "valp",
    "Sodium valproate 500 mg bd to continue for now: stopping abruptly could provoke seizures, which are a "
    "danger to her and the pregnancy. The baby has had first-trimester valproate exposure (higher risk of "
    "malformations and later developmental problems); urgent neurology and fetal medicine referrals made "
    "today, high-dose folic acid started, and the midwife will book the detailed anomaly scan.",
    "GP note after an unplanned pregnancy on valproate",
    greek,
)
ok(
    "gw-dzp-social-worker-note",
    GW,
    "dzp",
    "SW case note: mother's diazepam and pregabalin cause drowsiness, so under the interim care order the "
    "baby lives with the foster carer, who does all night feeds and keeps the cot in her own room. During "
    "contact mum must not hold the baby when drowsy or lie down with him. The foster carer and the HV will "
    "watch for late withdrawal (tremor, poor feeding) to day 8 and phone the neonatal unit if seen.",
    "social worker register, foster placement",
    shy,
)
ok(
    "gw-fo-discharge-summary",
    GW,
    "fo",
    "Discharge summary (baby): exposed to maternal diazepam and pregabalin; NAS scores on the ward low, no "
    "treatment. Discharged to foster care on day 5. Foster carer to watch for late withdrawal to day 8, HV "
    "visit within 48 h of discharge; no bed sharing with mother during contact because both medicines sedate.",
    "discharge summary register",
)
ok(
    "gw-quet-hv-note",
    GW,
    "quet",
    "HV visit: father takes quetiapine 300 mg at 10 pm and is very hard to wake afterwards. Agreed with both "
    "parents that he never sleeps in the same bed or on the sofa with the baby after his dose and does not "
    "do night feeds; mum feeds overnight and the baby sleeps in the side-car crib. I will recheck at each "
    "contact until 8 weeks.",
    "health visitor note on a partner's medicine",
    rlo,
)
ok(
    "gw-po-partner-assessment",
    GW,
    "po",
    "Mum's paracetamol is of no concern. Partner's quetiapine is sedating at night: he is not to share a bed, "
    "sofa or armchair with the baby or do night feeds after his dose. Crib seen beside mum's side of the bed; "
    "HV continues to check sleeping arrangements at every visit.",
    "partner assessment overall",
)
bad(
    "gw-meth-letter-ends-see-attached",
    GW,
    "meth",
    "Dear colleague, thank you for asking me to see Jodie about her methadone. Please see the attached drug "
    "service letter for the plan. Yours sincerely, Dr Shah.",
    "a letter's courtesies around a deferral: no decision, nothing on the baby",
)
bad(
    "gw-cit-soap-empty-plan",
    GW,
    "cit",
    "S: on citalopram. O: nil. A: pregnant. P: as discussed.",
    "a SOAP skeleton whose plan is 'as discussed'",
)

# ============================================================================================================
# hollow: non-answers, praise, circular talk, plans with no one and no time.

bad(
    "ho-meth-praise",
    HO,
    "meth",
    "Jodie has done brilliantly with her methadone programme and is a credit to the service; the whole team "
    "is really proud of how far she has come this year.",
    "praise only; no decision, nothing on withdrawal, feeding or safe sleep",
    cyr,
)
ok(
    "ho-meth-praise-then-plan",
    HO,
    "meth",
    "Jodie has done very well: methadone 60 mg daily is stable and continues unchanged. The baby will need NAS "
    "observation on the postnatal ward for at least 72 hours and the HV will watch for late signs to day 8. "
    "Breastfeeding is encouraged; no bed sharing because methadone makes her drowsy.",
    "twin: praise opening, then the plan",
)
bad(
    "ho-sert-circular",
    HO,
    "sert",
    "Sertraline is being taken, so sertraline has been assessed, and the assessment of sertraline is that she "
    "takes sertraline.",
    "circular: the assessment restates that the medicine is taken",
    fw,
)
bad(
    "ho-dzp-no-one-no-time",
    HO,
    "dzp",
    "Diazepam and pregabalin: baby to be monitored as appropriate. Safe sleep to be considered. Follow-up to "
    "be arranged as required.",
    "passive plans with no one and no time",
    zwj,
)
ok(
    "ho-dzp-someone-and-time",
    HO,
    "dzp",
    "Diazepam and pregabalin: foster carer monitors the baby for late withdrawal to day 8; HV visits within "
    "48 hours; the baby sleeps in the carer's room, never with mum, because both medicines sedate her.",
    "twin: the same plan with who and when",
)
bad(
    "ho-lith-status-quo",
    HO,
    "lith",
    "Lithium: status quo. Nothing further at present. Will keep under review.",
    "a non-answer in three sentences",
    shy,
)
bad(
    "ho-quet-noted",
    HO,
    "quet",
    "Father's quetiapine noted and discussed with the family at today's visit; they had no questions.",
    "noted and discussed: the safe-sleep decision is never written",
    rlo,
)
bad(
    "ho-po-general-statement",
    HO,
    "po",
    "Paracetamol and quetiapine: medicines can affect families in different ways and everyone's situation is "
    "unique, so an individual approach is always best.",
    "a general statement that fits any family",
    greek,
)

# ============================================================================================================
# deferral: pointing elsewhere instead of concluding.

bad(
    "df-valp-awaiting-neuro",
    DF,
    "valp",
    "Sodium valproate - awaiting neurology opinion; conclusion to follow once we hear back.",
    "deferral to a letter not yet written",
    cyr,
)
ok(
    "df-valp-neuro-plus-decision",
    DF,
    "valp",
    "Sodium valproate continues until the neurology opinion, as stopping abruptly risks seizures; the baby's "
    "first-trimester exposure means the fetal medicine team will scan in detail. Their letter will set the "
    "longer-term plan, and the GP will act on it the same week.",
    "twin: a decision for now, and a pointer to the specialist's later plan",
)
bad(
    "df-lith-psych-letter-semicolon",
    DF,
    "lith",
    "Lithium reviewed; for the plan please refer to Dr Okafor's perinatal psychiatry letter of last month.",
    "deferral after a semicolon",
    zwj,
)
bad(
    "df-mo-badgernet",
    DF,
    "mo",
    "Methadone and sertraline - plan documented on BadgerNet by the specialist midwife; see there.",
    "deferral to the maternity system",
    shy,
)
ok(
    "df-mo-badgernet-plus-content",
    DF,
    "mo",
    "Methadone and sertraline continue. NAS observation on the postnatal ward for 72 hours at least; "
    "breastfeeding supported; no co-sleeping because of methadone sedation. The specialist midwife has put "
    "the same plan on BadgerNet so the ward sees it.",
    "twin: a pointer to BadgerNet after the conclusion",
)
bad(
    "df-quet-ask-adult-mh",
    DF,
    "quet",
    "Partner's quetiapine is a matter for his own GP and the adult mental health team; query to them.",
    "deferred to another team; the baby's safe sleep never addressed",
    greek,
)
ok(
    "df-cit-instruction-not-deferral",
    DF,
    "cit",
    "Citalopram 20 mg continues. Please ask the paediatrician to see the baby if jitteriness or fast breathing "
    "lasts beyond 48 hours; breastfeeding is supported and the midwife will watch feeding.",
    "twin: 'please ask' is an instruction, not a deferral",
)

# ============================================================================================================
# dismissal: no concerns with no reason; partner's sedating medicine dismissed.

bad(
    "dm-quet-na-dads",
    DM,
    "quet",
    "Quetiapine is dad's medication, not the mother's, so not applicable to the baby's care.",
    "a partner's sedating medicine dismissed as not applicable",
    cyr,
)
bad(
    "dm-sert-nothing-to-worry",
    DM,
    "sert",
    "Nothing to worry about with sertraline from our side at the moment.",
    "dismissal with no reason",
    zwj,
)
ok(
    "dm-sert-no-concern-with-reason",
    DM,
    "sert",
    "No concern about continuing sertraline 100 mg: her mood is stable and relapse on stopping is the bigger "
    "risk. The baby may have mild adaptation symptoms, so the midwife will watch for 48 hours; breastfeeding "
    "is fine.",
    "twin: 'no concern' with the reason and the watch",
    fw,
)
bad(
    "dm-fo-unremarkable",
    DM,
    "fo",
    "Diazepam and pregabalin - unremarkable, routine postnatal care only, nil specific.",
    "dismisses two sedating medicines in a foster placement",
    cyr,
)
ok(
    "dm-po-no-issues-mum-reason",
    DM,
    "po",
    "No issues with mum's paracetamol. Dad's quetiapine is the concern: he never shares a bed or sofa with "
    "the baby or feeds at night after his dose; mum does nights; the HV keeps checking the crib.",
    "twin: 'no issues' for the harmless medicine only",
)

# ============================================================================================================
# filler-repetition: filler text, template prompts, repetition.

bad(
    "fr-cit-template-prompt",
    FR,
    "cit",
    "[Enter conclusion about citalopram here: impact on baby, plan, who is responsible]",
    "the template's prompt left in place",
    cyr,
)
bad(
    "fr-meth-keyboard",
    FR,
    "meth",
    "Methadone asdfgh qwerty zxcvb asdfgh qwerty zxcvb asdfgh qwerty.",
    "keyboard mashing after the medicine name",
    greek,
)
bad(
    "fr-lo-repeated-line",
    FR,
    "lo",
    "Continue lithium. Continue lithium. Continue lithium. Continue lithium. Continue lithium. Continue lithium.",
    "one line repeated",
)
bad(
    "fr-dzp-repeat-words",
    FR,
    "dzp",
    "Diazepam pregabalin sedation sedation sedation withdrawal withdrawal withdrawal baby baby baby baby.",
    "key words repeated, no sentence",
    zwj,
)
ok(
    "fr-dzp-safety-repeated-for-emphasis",
    FR,
    "dzp",
    "Diazepam and pregabalin continue with a slow taper planned by the GP. The foster carer does the night "
    "feeds and the HV checks for late withdrawal to day 8. Never sleep with the baby on a sofa or bed after a "
    "dose - this was said twice to mum and is repeated here: never sleep with the baby after a dose.",
    "twin: one safety line repeated for emphasis inside real content",
)
ok(
    "fr-vo-terse-abbrev",
    FR,
    "vo",
    "Valproate 500mg bd cont. pending urgent neuro r/v - do not stop (seizure risk). Fetus exposed T1: urgent "
    "FMU referral, detailed anomaly scan. Folic acid 5mg od started. PPP form noted.",
    "twin: terse but real shorthand",
)

# ============================================================================================================
# copy-paste: one text under two medicines; small edits; a generic text everywhere.

_GENERIC_M = (
    "Methadone and sertraline continue. Baby to be observed for withdrawal and adaptation on the ward for "
    "72 hours; breastfeeding supported; no co-sleeping after methadone doses; HV and SW to see the cot."
)


def _both_m(meth_text: str, sert_text: str) -> Mutation:
    return chain(
        set_("assessments#asm-methadone.conclusion", meth_text),
        set_("assessments#asm-sertraline.conclusion", sert_text),
    )


add(
    "cp-same-text-both-assessments",
    CP,
    REFUSE,
    M,
    _both_m(_GENERIC_M, _GENERIC_M),
    "one text pasted under two separate assessments",
)
add(
    "cp-small-edit-full-stop",
    CP,
    REFUSE,
    M,
    _both_m(_GENERIC_M, _GENERIC_M.rstrip(".") + " ."),
    "copy with a trailing space-and-full-stop edit",
)
add(
    "cp-small-edit-one-word",
    CP,
    REFUSE,
    M,
    _both_m(_GENERIC_M, _GENERIC_M.replace("Baby to be observed", "The baby to be observed")),
    "copy with one article added",
)
add(
    "cp-disguised-copy", DG, REFUSE, M, _both_m(_GENERIC_M, cyr(_GENERIC_M)), "copy in Cyrillic look-alikes [disguised]"
)
add(
    "cp-distinct-texts",
    CP,
    PASS,
    M,
    _both_m(
        "Methadone 60 mg daily continues (supervised). Baby: NAS scoring on the ward for at least 72 hours, HV "
        "for late signs to day 8; breastfeeding encouraged; no sofa or bed sharing after her dose.",
        "Sertraline 100 mg continues as relapse is likely without it. Baby: midwife watches for adaptation "
        "(jittery, fast breathing) for 48 hours; compatible with breastfeeding.",
    ),
    "twin: each medicine's own conclusion",
)
add(
    "cp-shared-opening-different-body",
    CP,
    PASS,
    M,
    _both_m(
        "Discussed with Jodie and her drug worker. Methadone 60 mg continues unchanged; the baby will be "
        "scored for NAS for 72 hours minimum; no co-sleeping after doses; breastfeeding encouraged.",
        "Discussed with Jodie and her drug worker. Sertraline 100 mg continues; the midwife will watch the "
        "baby for adaptation symptoms over the first 48 hours; breastfeeding is fine.",
    ),
    "twin: a shared first sentence, different conclusions",
)
ok(
    "cp-lo-same-as-assessment",
    CP,
    "lo",
    "Lithium should continue: the risk of relapse after birth outweighs the risks to the baby, which are "
    "being managed. Levels monthly, weekly from 36 weeks and within 24 hours of birth; the baby needs a "
    "paediatric review; breastfeeding is not advised.",
    "one medicine: the overall may repeat its only assessment's conclusion",
)

# ============================================================================================================
# joint-coverage: a joint assessment or overall conclusion that drops one of its medicines.

bad(
    "jc-dzp-only-diazepam",
    JC,
    "dzp",
    "Diazepam makes her drowsy, so the foster carer does the night feeds and the baby sleeps in the carer's "
    "room; HV watches for late withdrawal to day 8.",
    "joint assessment of diazepam and pregabalin never names pregabalin",
    rlo,
)
ok(
    "jc-dzp-both-named-abbrev",
    JC,
    "dzp",
    "Diazepam + pregabalin both sedate: foster carer does night feeds, baby in the carer's room, HV watches "
    "for late withdrawal to day 8.",
    "twin: both named, joined by a plus sign",
)
bad(
    "jc-mo-methadone-only",
    JC,
    "mo",
    "Methadone continues. NAS observation on the postnatal ward for 72 hours; breastfeeding supported; no "
    "co-sleeping; HV and SW to see the cot before discharge.",
    "overall conclusion omits sertraline",
    greek,
)
ok(
    "jc-fo-brand-for-one",
    JC,
    "fo",
    "Diazepam and Lyrica (pregabalin) continue; both sedate, so the foster carer does the night feeds and the "
    "HV watches for late withdrawal until day 8; no bed sharing during contact.",
    "twin: one of the two named by brand as well",
)
bad(
    "jc-po-mum-only",
    JC,
    "po",
    "Mum's paracetamol raises no concern for the baby and can continue as needed for pain; HV to review at "
    "the next visit.",
    "overall conclusion omits the partner's quetiapine",
)

# ============================================================================================================
# brand-names: unassessed brands in the postnatal record (refuse); brands that are assessed (pass).

for _slug, _name, _dose, _why in [
    ("zimovane", "Zimovane 7.5mg tablets", "7.5 mg at night", "zopiclone brand: sedating"),
    ("keppra", "Keppra 500mg tablets", "500 mg twice a day", "levetiracetam brand: antiepileptic"),
    ("temgesic", "Temgesic 200microgram sublingual tablets", "200 micrograms every 8 hours", "buprenorphine brand"),
    ("topamax", "Topamax 50mg tablets", "50 mg twice a day", "topiramate brand: teratogen"),
]:
    n_case(
        f"br-unassessed-{_slug}",
        BR,
        REFUSE,
        _name,
        _dose,
        f"unassessed medicine of concern: {_why}",
        disguise=shy if _slug in ("keppra", "temgesic") else None,
    )

add(
    "br-metharose-assessed",
    BR,
    PASS,
    M,
    replace_medicine(
        "med-methadone",
        medicine(
            "med-methadone",
            "Metharose 1mg/ml oral solution",
            "60 mg (60 ml) once daily, supervised consumption",
            "2024-11-04",
            other_prescriber(DRUG_SERVICE),
            last_changed="2025-12-01",
        ),
    ),
    "methadone brand, assessed; conclusions say methadone",
)
add(
    "br-alzain-assessed",
    BR,
    PASS,
    F,
    replace_medicine(
        "med-pregabalin",
        medicine(
            "med-pregabalin",
            "Alzain 75mg capsules",
            "150 mg (two capsules) twice a day",
            "2025-07-01",
            gp_prescriber(MILLBROOK),
            last_changed="2026-01-12",
        ),
    ),
    "pregabalin brand, assessed",
)
add(
    "br-episenta-assessed",
    BR,
    PASS,
    V,
    set_("medicines#med-valproate.name", "Episenta 500mg prolonged-release tablets"),
    "valproate brand, assessed (code kept)",
)
add(
    "br-camcolit-assessed",
    BR,
    PASS,
    L,
    set_("medicines#med-lithium.name", "Camcolit 400mg modified-release tablets"),
    "lithium brand, assessed; conclusions say lithium (and Priadel)",
)
add(
    "br-cipramil-assessed",
    BR,
    PASS,
    C,
    set_("medicines#med-citalopram.name", "Cipramil 20mg tablets"),
    "citalopram brand, assessed (code kept)",
)

# ============================================================================================================
# misspellings: unassessed, misspelt (refuse); near misses that are a different real medicine (pass with the
# clinician's classification); misspelt but assessed (pass).

for _slug, _name, _dose, _why in [
    ("zopiclon", "Zopiclon 7.5mg tablets", "7.5 mg at night", "final e dropped"),
    ("codiene", "Codiene 30mg tablets", "30 mg four times a day", "letters swapped"),
    ("tramdol", "Tramdol 50mg capsules", "50 mg four times a day when needed", "letter dropped"),
    ("kwetiapine", "Kwetiapine 25mg tablets", "25 mg at night", "phonetic spelling"),
]:
    n_case(
        f"ms-unassessed-{_slug}",
        MS,
        REFUSE,
        _name,
        _dose,
        f"misspelt medicine of concern: {_why}",
        disguise=cyr if _slug in ("codiene", "tramdol") else None,
    )

for _slug, _name, _dose, _reason, _why in [
    (
        "methyldopa",
        "Methyldopa 250mg tablets",
        "250 mg three times a day",
        "Antihypertensive continued after pre-eclampsia; compatible with breastfeeding; no sedation of concern "
        "at this dose; BP to be checked by the midwife.",
        "methyldopa is not methadone",
    ),
    (
        "loratadine",
        "Loratadine 10mg tablets",
        "10 mg once daily for hay fever",
        "Non-sedating antihistamine; tiny amounts in breast milk; no effect on the baby's sleep or feeding.",
        "loratadine is not lorazepam",
    ),
    (
        "clotrimazole",
        "Clotrimazole 1% cream",
        "Apply twice a day to the nipple area for thrush",
        "Topical antifungal for nipple thrush; negligible absorption; wipe off before feeds.",
        "clotrimazole is not clobazam",
    ),
]:
    n_case(
        f"ms-near-miss-{_slug}",
        MS,
        PASS,
        _name,
        _dose,
        f"a different real medicine: {_why}",
        _reason,
        disguise=zwj if _slug == "methyldopa" else None,
    )

add(
    "ms-pregabalen-assessed",
    MS,
    PASS,
    F,
    replace_medicine(
        "med-pregabalin",
        medicine(
            "med-pregabalin",
            "Pregabalen 75mg capsules",
            "150 mg (two capsules) twice a day",
            "2025-07-01",
            gp_prescriber(MILLBROOK),
            last_changed="2026-01-12",
        ),
    ),
    "misspelt in the list, assessed; conclusions spell it right",
)
add(
    "ms-quetiepine-assessed",
    MS,
    PASS,
    P,
    set_("medicines#med-partner-quetiapine.name", "Quetiepine 100mg tablets"),
    "misspelt in the list (code kept), assessed",
)
add(
    "ms-citalopam-assessed",
    MS,
    PASS,
    C,
    set_("medicines#med-citalopram.name", "Citalopam 20mg tablets"),
    "letter dropped in the list (code kept), assessed",
)

# ============================================================================================================
# combinations: combination products hiding an opioid or sedating antihistamine (refuse); harmless ones (pass).

for _slug, _name, _dose, _why in [
    ("nurofen-plus", "Nurofen Plus tablets", "Two tablets three times a day", "ibuprofen with codeine"),
    (
        "migraleve-pink",
        "Migraleve Pink tablets",
        "Two tablets at the start of a migraine",
        "paracetamol, codeine and buclizine",
    ),
    ("syndol", "Syndol tablets", "Two tablets every 4-6 hours", "codeine and doxylamine"),
]:
    n_case(f"cb-unassessed-{_slug}", CB, REFUSE, _name, _dose, f"unassessed opioid combination: {_why}")

n_case(
    "cb-co-amoxiclav-classified",
    CB,
    PASS,
    "Co-amoxiclav 500mg/125mg tablets",
    "One tablet three times a day",
    "a 'co-' combination that is an antibiotic, classified",
    "Antibiotic course for mastitis; compatible with breastfeeding; the baby may have looser stools.",
)
n_case(
    "cb-panadol-extra-classified",
    CB,
    PASS,
    "Panadol Extra tablets",
    "Two tablets up to four times a day",
    "paracetamol with caffeine, classified",
    "Paracetamol with caffeine for headache; no opioid; caffeine kept low while breastfeeding.",
)
n_case(
    "cb-nurofen-plain-postnatal",
    CB,
    PASS,
    "Nurofen 200mg tablets",
    "400 mg three times a day with food",
    "ibuprofen alone after the birth, classified",
    "Ibuprofen alone, no codeine; suitable after the birth and while breastfeeding.",
)

# ============================================================================================================
# name-characters: look-alike or invisible characters inside a name.

for _slug, _name, _dose, _why in [
    ("zwsp-tramadol", "Tram\u200badol 50mg capsules", "50 mg four times a day", "zero-width space"),
    ("cyrillic-c-codeine", "\u0421odeine 30mg tablets", "30 mg four times a day", "Cyrillic capital Es"),
    ("full-width-zopiclone", full_width("Zopiclone") + " 7.5mg tablets", "7.5 mg at night", "full width"),
    ("soft-hyphen-lorazepam", "Lora\u00adzepam 1mg tablets", "1 mg at night", "soft hyphen"),
    ("bidi-isolate-diazepam", "\u2067Diazepam\u2069 2mg tablets", "2 mg three times a day", "bidi isolate"),
]:
    n_case(f"nc-unassessed-{_slug}", NC, REFUSE, _name, _dose, f"unassessed medicine of concern: {_why} in the name")

add(
    "nc-word-joiner-diazepam-assessed",
    NC,
    PASS,
    F,
    set_("medicines#med-diazepam.name", "Dia\u2060zepam 5mg tablets"),
    "a word joiner inside an assessed medicine's name: warning at most",
)
add(
    "nc-cyrillic-i-quetiapine-assessed",
    NC,
    PASS,
    P,
    set_("medicines#med-partner-quetiapine.name", "Quetiap\u0456ne 100mg tablets"),
    "a Cyrillic i in an assessed medicine's name",
)
add(
    "nc-greek-omicron-paracetamol",
    NC,
    PASS,
    N,
    set_("medicines#med-paracetamol.name", "Paracetam\u03bfl 500mg tablets"),
    "a look-alike letter in a common medicine of no concern",
)

# ============================================================================================================
# unrecognised: products no list knows, with and without the clinician's classification.

n_case(
    "un-raspberry-leaf-unclassified",
    UN,
    REFUSE,
    "Raspberry leaf capsules",
    "One capsule twice a day",
    "herbal product, unclassified",
)
n_case(
    "un-raspberry-leaf-classified",
    UN,
    PASS,
    "Raspberry leaf capsules",
    "One capsule twice a day",
    "herbal product, classified with a reason",
    "Herbal product she began after the birth; no known effect on breastfeeding or the baby; she will stop it "
    "if the baby is unsettled.",
)
n_case(
    "un-evening-primrose-classified",
    UN,
    PASS,
    "Evening primrose oil 1000mg capsules",
    "One capsule daily",
    "supplement, classified",
    "Fatty-acid supplement; no sedation and no known effect on the breastfed baby.",
    disguise=cyr,
)
n_case(
    "un-tramadol-with-reason",
    UN,
    REFUSE,
    "Tramadol 50mg capsules",
    "50 mg up to four times a day",
    "a medicine of concern cannot be classified away by a reason",
    "Short course for pain after the birth; not of concern.",
)
n_case(
    "un-arnica-hollow-reason",
    UN,
    REFUSE,
    "Arnica 30C pillules",
    "Two pillules three times a day",
    "a classification with no reason",
    "As discussed.",
)
n_case(
    "un-arnica-real-reason",
    UN,
    PASS,
    "Arnica 30C pillules",
    "Two pillules three times a day",
    "homeopathic product, classified with a reason",
    "Homeopathic pillules with no active ingredient at this dilution; no effect on breastfeeding or the baby.",
)

# ============================================================================================================
# dates: impossible dates at each field's edge, each with its possible twin.

bad(
    "dt-lith-29-feb-2027",
    DT,
    "lith",
    "Lithium 800 mg at night continues: levels monthly, weekly from 36/40 and within 24 h of birth. The "
    "paediatrician reviews the baby after birth; bottle feeding planned. Perinatal psychiatry six-month review "
    "booked for 29 February 2027.",
    "29 February in a year that is not a leap year",
)
ok(
    "dt-lith-28-feb-2027",
    DT,
    "lith",
    "Lithium 800 mg at night continues: levels monthly, weekly from 36/40 and within 24 h of birth. The "
    "paediatrician reviews the baby after birth; bottle feeding planned. Perinatal psychiatry six-month review "
    "booked for 28 February 2027.",
    "twin: the last day of February",
)
bad(
    "dt-meth-31-april",
    DT,
    "meth",
    "Methadone 60 mg daily continues unchanged; the drug service key worker will see her on 31 April 2026. "
    "Baby: NAS scoring for at least 72 hours after birth; breastfeeding encouraged; no co-sleeping after doses.",
    "31 April does not exist",
    shy,
)
ok(
    "dt-meth-30-april",
    DT,
    "meth",
    "Methadone 60 mg daily continues unchanged; the drug service key worker will see her on 30 April 2026. "
    "Baby: NAS scoring for at least 72 hours after birth; breastfeeding encouraged; no co-sleeping after doses.",
    "twin: 30 April",
)
bad(
    "dt-cit-review-before-assessment",
    DT,
    "cit",
    "Citalopram 20 mg continues; the baby will be watched for adaptation for 48 hours by the midwife; "
    "breastfeeding supported. GP mood review is booked for 03/02/2026.",
    "a review planned a week before the assessment (dated 2026-02-10)",
    cyr,
)
ok(
    "dt-cit-review-after-assessment",
    DT,
    "cit",
    "Citalopram 20 mg continues; the baby will be watched for adaptation for 48 hours by the midwife; "
    "breastfeeding supported. GP mood review is booked for 10/03/2026.",
    "twin: the review a month after",
)
bad(
    "dt-lith-43-weeks",
    DT,
    "lith",
    "Lithium continues at 800 mg: levels monthly, then weekly from 43/40 and within 24 h of birth. "
    "Paediatric review of the baby after birth; formula feeding as lithium passes into milk.",
    "a gestation past 42 weeks",
)
ok(
    "dt-lith-37-weeks",
    DT,
    "lith",
    "Lithium continues at 800 mg: levels monthly, then weekly from 37/40 and within 24 h of birth. "
    "Paediatric review of the baby after birth; formula feeding as lithium passes into milk.",
    "twin: 37 weeks",
)
add(
    "dt-mother-born-29-feb-1994",
    DT,
    REFUSE,
    V,
    set_("mother.birth_date", "1994-02-29"),
    "29 February 1994 does not exist",
)
add("dt-mother-born-29-feb-1996", DT, PASS, M, set_("mother.birth_date", "1996-02-29"), "twin: 1996 was a leap year")
add(
    "dt-lithium-started-31-april",
    DT,
    REFUSE,
    L,
    set_("medicines#med-lithium.started", "2021-04-31"),
    "a medicine started on 31 April",
)
add("dt-lithium-started-30-april", DT, PASS, L, set_("medicines#med-lithium.started", "2021-04-30"), "twin: 30 April")
add(
    "dt-delivery-before-pregnancy",
    DT,
    REFUSE,
    P,
    set_("pregnancy.edd", "2027-02-01"),
    "an EDD that puts the pregnancy's start after the recorded delivery",
)
add(
    "dt-delivery-one-week-early",
    DT,
    PASS,
    P,
    set_("pregnancy.edd", "2026-05-25"),
    "twin: delivered a week before the EDD",
)
add(
    "dt-gestation-44-plus-1",
    DT,
    REFUSE,
    C,
    chain(
        set_("pregnancy.gestation", {"weeks": 44, "days": 1, "on": "2026-02-10"}), set_("pregnancy.edd", "2026-01-12")
    ),
    "an ongoing pregnancy recorded at 44+1 weeks (EDD made to agree): past any pregnancy's end",
)
add(
    "dt-gestation-41-plus-6",
    DT,
    PASS,
    C,
    chain(
        set_("pregnancy.gestation", {"weeks": 41, "days": 6, "on": "2026-02-10"}), set_("pregnancy.edd", "2026-01-28")
    ),
    "twin: 41+6, still a possible pregnancy",
)
add(
    "dt-assessment-before-conception",
    DT,
    REFUSE,
    V,
    set_("assessments#asm-valproate.date", "2026-02-20"),
    "valproate assessed a month before this pregnancy began (EDD 2026-12-30)",
)
add(
    "dt-sertraline-assessed-earlier-in-pregnancy",
    DT,
    PASS,
    M,
    set_("assessments#asm-sertraline.date", "2026-02-16"),
    "twin: an assessment two weeks before the other, inside the pregnancy",
)
add(
    "dt-attested-before-assessment",
    DT,
    REFUSE,
    L,
    set_("attestation.at", "2026-05-05T12:25:00+00:00"),
    "attested the day before the assessment it attests",
)
add(
    "dt-attested-same-day-morning",
    DT,
    PASS,
    L,
    set_("attestation.at", "2026-05-06T17:45:00+01:00"),
    "twin: attested later the same day",
)

# ============================================================================================================
# routes: dose lines whose route the form cannot take, each with its possible twin.

add(
    "rt-sertraline-iv",
    RT,
    REFUSE,
    M,
    set_("medicines#med-sertraline.dose", "Two tablets (100 mg) IV once daily"),
    "tablets given intravenously",
)
add(
    "rt-sertraline-by-mouth",
    RT,
    PASS,
    M,
    set_("medicines#med-sertraline.dose", "Two tablets (100 mg) by mouth once daily"),
    "twin: by mouth",
)
add(
    "rt-methadone-im",
    RT,
    REFUSE,
    M,
    set_("medicines#med-methadone.dose", "60 mg (60 ml) IM once daily, supervised consumption"),
    "an oral solution injected",
)
add(
    "rt-methadone-po",
    RT,
    PASS,
    M,
    set_("medicines#med-methadone.dose", "60 mg (60 ml) PO once daily, supervised consumption"),
    "twin: PO",
)
n_case(
    "rt-salbutamol-pv",
    RT,
    REFUSE,
    "Salbutamol 100micrograms/dose inhaler",
    "Two puffs PV when needed",
    "an inhaler used vaginally",
    "Bronchodilator for asthma; compatible with breastfeeding; no effect on the baby.",
)
n_case(
    "rt-salbutamol-inhaled",
    RT,
    PASS,
    "Salbutamol 100micrograms/dose inhaler",
    "Two puffs inhaled when needed for wheeze",
    "twin: inhaled",
    "Bronchodilator for asthma; compatible with breastfeeding; no effect on the baby.",
)
n_case(
    "rt-nicotine-patch-swallowed",
    RT,
    REFUSE,
    "Nicotine 21mg/24hours transdermal patches",
    "One patch by mouth each morning",
    "a patch swallowed",
    "Nicotine replacement to stay off cigarettes; far safer for the baby than smoking; patch off at night.",
)
n_case(
    "rt-nicotine-patch-applied",
    RT,
    PASS,
    "Nicotine 21mg/24hours transdermal patches",
    "One patch applied to the skin each morning, removed at bedtime",
    "twin: applied to the skin",
    "Nicotine replacement to stay off cigarettes; far safer for the baby than smoking; patch off at night.",
)
n_case(
    "rt-eye-drops-orally",
    RT,
    REFUSE,
    "Chloramphenicol 0.5% eye drops",
    "One drop orally four times a day",
    "eye drops by mouth",
    "Antibiotic eye drops for conjunctivitis; negligible absorption; safe while breastfeeding.",
)
n_case(
    "rt-eye-drops-to-eye",
    RT,
    PASS,
    "Chloramphenicol 0.5% eye drops",
    "One drop into the left eye four times a day",
    "twin: into the eye",
    "Antibiotic eye drops for conjunctivitis; negligible absorption; safe while breastfeeding.",
)
bad(
    "rt-lith-conclusion-iv",
    RT,
    "lith",
    "Lithium 800 mg IV at night continues; levels monthly, weekly from 36/40 and within 24 h of birth; "
    "paediatric review of the baby; bottle feeding as lithium passes into milk.",
    "a conclusion that gives the tablets by injection",
    zwj,
)
ok(
    "rt-lith-conclusion-nocte-po",
    RT,
    "lith",
    "Lithium 800 mg PO nocte continues; levels monthly, weekly from 36/40 and within 24 h of birth; "
    "paediatric review of the baby; bottle feeding as lithium passes into milk.",
    "twin: by mouth at night",
)


# ============================================================================================================
# Second pass: sharper probes in the same categories.

ok(
    "gw-dzp-refer-if-score",
    GW,
    "dzp",
    "Diazepam and pregabalin continue; the GP will start a slow diazepam taper after the placement settles. "
    "Foster carer to refer to the neonatal unit if the baby's withdrawal score is 8 or more twice, or if he "
    "feeds poorly; HV watches to day 8. Breastfeeding: N/A, bottle fed. Mum never holds him when drowsy.",
    "'refer to' as an instruction and 'N/A' for a feeding question that truly does not apply",
)
ok(
    "gw-quet-defer-as-decision",
    GW,
    "quet",
    "We agreed to defer any change to the father's quetiapine until the baby is 3 months old. Meanwhile he "
    "does not share a bed or sofa with the baby after his dose and mum does the night feeds; the HV checks "
    "the crib at each visit.",
    "'defer' names a decision about the dose, not a deferral of the conclusion",
)
bad(
    "ho-cit-agree-with-above",
    HO,
    "cit",
    "Agree with the above assessment of citalopram; nothing to add.",
    "'agree with the above': a pointer inside the record, no conclusion",
)
bad(
    "df-meth-unchanged-from-last",
    DF,
    "meth",
    "Methadone: plan unchanged from the previous assessment in her last pregnancy.",
    "deferral to another pregnancy's record",
)
bad(
    "df-sert-per-nice",
    DF,
    "sert",
    "Sertraline: manage in line with NICE CG192 and the local perinatal mental health pathway.",
    "deferral to a guideline",
    cyr,
)
bad(
    "fr-lith-risk-low-plan-standard",
    FR,
    "lith",
    "Lithium. Risk: low. Plan: standard. Baby: routine. Feeding: as per mum.",
    "form filler words in a field-value shape",
)
add(
    "dt-diazepam-changed-before-started",
    DT,
    REFUSE,
    F,
    set_("medicines#med-diazepam.last_changed", "2025-10-19"),
    "a medicine changed the day before it was started",
)
add(
    "dt-diazepam-changed-day-started",
    DT,
    PASS,
    F,
    set_("medicines#med-diazepam.last_changed", "2025-10-20"),
    "twin: changed on the day it was started",
)
bad(
    "dt-meth-two-digit-year-29-02",
    DT,
    "meth",
    "Methadone 60 mg daily continues; baby scored for NAS for 72 hours minimum; breastfeeding encouraged; no "
    "co-sleeping after doses. Drug service review on 29.02.27.",
    "29.02.27: a two-digit non-leap year",
)
add(
    "rt-sertraline-s-c",
    RT,
    REFUSE,
    M,
    set_("medicines#med-sertraline.dose", "100 mg S/C once daily"),
    "tablets given subcutaneously, written S/C",
)
add(
    "rt-sertraline-full-width-iv",
    DG,
    REFUSE,
    M,
    set_("medicines#med-sertraline.dose", "100 mg " + full_width("IV") + " once daily"),
    "tablets IV, the route in full-width letters [disguised]",
)
add(
    "rt-sertraline-po-pr",
    RT,
    PASS,
    M,
    set_("medicines#med-sertraline.dose", "100 mg PO (or PR if vomiting) once daily"),
    "twin: tablets by mouth or rectally, a route clinicians use",
)
n_case(
    "rt-nasal-spray-swallowed",
    RT,
    REFUSE,
    "Beclometasone 50micrograms/dose nasal spray",
    "Two sprays by mouth twice a day",
    "a nasal spray swallowed",
    "Steroid nasal spray for rhinitis; negligible absorption; safe while breastfeeding.",
)
n_case(
    "rt-nasal-spray-each-nostril",
    RT,
    PASS,
    "Beclometasone 50micrograms/dose nasal spray",
    "Two sprays into each nostril twice a day",
    "twin: into each nostril",
    "Steroid nasal spray for rhinitis; negligible absorption; safe while breastfeeding.",
)
n_case(
    "rt-ear-drops-orally",
    RT,
    REFUSE,
    "Otomize ear spray",
    "One spray orally three times a day",
    "an ear spray taken by mouth",
    "Ear spray for otitis externa; negligible absorption; safe while breastfeeding.",
)
n_case(
    "ms-near-miss-trandate",
    MS,
    PASS,
    "Trandate 100mg tablets",
    "100 mg twice a day",
    "labetalol brand (Trandate) is not tramadol",
    "Labetalol continued after pregnancy hypertension; compatible with breastfeeding; midwife checks BP.",
)
n_case(
    "ms-near-miss-zomig",
    MS,
    PASS,
    "Zomig 2.5mg tablets",
    "2.5 mg at the start of a migraine",
    "zolmitriptan brand (Zomig) is not Zomorph",
    "Triptan for migraine; small amounts in milk; no sedation; no effect on the baby expected.",
)
n_case(
    "ms-valoid-is-cyclizine",
    MS,
    REFUSE,
    "Valoid 50mg tablets",
    "50 mg three times a day when needed",
    "cyclizine brand (Valoid), a sedating antihistamine, unassessed and unclassified",
)
n_case(
    "ms-unassessed-diazapan",
    MS,
    REFUSE,
    "Diazapan 5mg tablets",
    "5 mg three times a day",
    "diazepam with two letters wrong",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F99CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F99CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F99CASES):3}"
    )
