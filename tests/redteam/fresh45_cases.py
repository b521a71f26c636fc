"""A forty-fifth independent "fresh" batch of red-team cases for the share gate: medicine names as clinicians
write them, sixth sweep.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the rule catalogue (docs/rules.md), README.md, the examples and the reference code lists
(shared/reference/codes: codelists-more/brand-names.csv, the class lists, teratogens.md), not from the gate's
code or its word lists. Names were picked where earlier batches used them least (most brands here appear in no
earlier batch). Twelve categories, each both ways:

* ``brand-listed``: an unused brand of concern in the medicine list, unassessed with a reason that does not
  clear it (refuse), or standing for the assessed medicine, concluded on by ingredient or brand (pass);
* ``brand-in-conclusion``: a conclusion naming its medicine only by brand (pass), or by the brand of another
  medicine of concern (refuse);
* ``vmp-form``: dm+d VMP-style names with strength, form and "sugar free", both ways;
* ``salt-ester``: salts and esters (hydrochloride, fumarate, decanoate, tartrate, sodium, citrate), both ways;
* ``spacing``: split, joined and hyphenated names, both ways;
* ``misspelling``: one- and two-letter slips of medicines of concern, unassessed (refuse) or the assessed
  medicine so written (pass);
* ``near-miss``: real different medicines a letter or a syllable from one of concern (hydralazine, Serevent,
  oxybutynin, methyldopa, valaciclovir, levothyroxine ...) classified with the clinician's reason (pass),
  against the medicine of concern carrying that reason (refuse);
* ``disguise``: look-alike letters and invisible characters inside names, both ways;
* ``combination``: combination products naming both ingredients, both ways;
* ``abbreviation``: abbreviations clinicians write (MMT, VPA, DHC, Bup), both ways;
* ``unlisted-named``: a conclusion naming a medicine of concern missing from the list (refuse) against one
  naming a listed medicine by its brand or salt (pass);
* ``unrecognised``: a common harmless medicine listed bare (pass) or an unfamiliar product with the clinician's
  classification (pass), against an unrecognised product with none (refuse).

No clinical code is used or invented: renamed medicines lose their code, so medicines of concern draw only the
MA118 warning. ``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there
(strict xfail). Run ``python -m tests.redteam.fresh45_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter

from tests.redteam.cases import (
    PASS,
    REFUSE,
    RIVERSIDE,
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
    set_,
)
from tests.redteam.disguise import homoglyphs, inside_words

F45CASES: list[Case] = []

CATEGORIES = (
    "brand-listed",
    "brand-in-conclusion",
    "vmp-form",
    "salt-ester",
    "spacing",
    "misspelling",
    "near-miss",
    "disguise",
    "combination",
    "abbreviation",
    "unlisted-named",
    "unrecognised",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F45CASES.append(Case(f"f45-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def extra(name: str, dose: str, reason: str | None, *, partner: bool = False) -> Mutation:
    """One more medicine, uncoded and unassessed, with the clinician's reason if given."""
    more: dict[str, object] = {}
    if reason:
        more["not_of_concern_reason"] = reason
    if partner:
        more["taken_by"] = "partner"
    return add_medicine(medicine("med-f45", name, dose, "2025-09-01", gp_prescriber(RIVERSIDE), **more))


def rename(mid: str, name: str) -> Mutation:
    """The medicine renamed as written, its code (if any) dropped: only the name can be read."""

    def drop_code(doc: Record) -> None:
        for med in doc["medicines"]:
            if med["id"] == mid:
                med.pop("code", None)

    return chain(set_(f"medicines#{mid}.name", name), drop_code)


def meth_c(text: str) -> Mutation:
    return set_("assessments#asm-methadone.conclusion", text)


def sert_c(text: str) -> Mutation:
    return set_("assessments#asm-sertraline.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


# Reasons that are real for a harmless medicine and do not clear a medicine of concern.
R_PAIN = "Prescribed by the pain clinic for chronic low back pain; she has been on it for two years."
R_MOOD = "Repeat prescription for anxiety since university; she feels settled on it."
R_BP = "For raised blood pressure noted before the pregnancy; well controlled at every check."
R_FITS = "For epilepsy; seizure free for four years and discharged from neurology follow-up."
R_SLEEP = "Bought at the pharmacy for poor sleep in late pregnancy; taken on a few nights only."
R_SPEC = "Started and reviewed by the hospital specialist; the practice only issues the repeat."
R_HIS = "His own repeat medicine from his own GP; he keeps it locked away from the children."
R_COUGH = "A pharmacy cough remedy for a cold, a few nights only."

# ============================================================================================================
# Pass builders: the assessed medicine replaced by another as written, its assessment rewritten for it.


def bup_pass(name: str, said: str, osaid: str) -> Mutation:
    """Methadone replaced by sublingual buprenorphine as written."""
    a = "assessments#asm-methadone"
    return chain(
        rename("med-methadone", name),
        set_("medicines#med-methadone.dose", "12 mg under the tongue once daily, supervised"),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            "Stable on buprenorphine 12 mg for a year with supervised consumption; no on-top use reported. "
            "Mildly drowsy for a few hours after her dose.",
        ),
        set_(
            f"{a}.impact_on_baby.breastfeeding",
            "Breastfeeding is compatible on a stable buprenorphine dose and is encouraged.",
        ),
        set_(
            f"{a}.recommendations",
            "Do not stop or reduce buprenorphine without the drug service. Dose changes shared with maternity and "
            "the health visitor the same week.",
        ),
        meth_c(
            f"{said} stays at 12 mg daily through the pregnancy under the drug service. Her baby may show opioid "
            "withdrawal, usually milder than after methadone, so ward observation for at least 72 hours and health "
            "visitor checks to day 8. Breastfeeding is encouraged. She is drowsy after a dose, so the baby sleeps "
            "in a cot and never in her bed or on the sofa.",
        ),
        overall(
            f"{osaid} and sertraline both carry on as they are. The baby stays on the ward for at least 72 hours of "
            "withdrawal and adaptation scoring; breastfeeding supported. No co-sleeping after her dose; the health "
            "visitor and social worker see the cot before discharge.",
        ),
    )


def pain_pass(name: str, ingr: str, said: str, osaid: str) -> Mutation:
    """Methadone replaced by an opioid painkiller (patch or tablet) as written."""
    a = "assessments#asm-methadone"
    return chain(
        rename("med-methadone", name),
        set_("medicines#med-methadone.dose", "as prescribed by the pain clinic, unchanged since 2025"),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            f"Uses {ingr} daily for pain after a pelvic fracture; some drowsiness for a few hours after a dose or "
            "patch change. The pain clinic has twice tried to reduce it.",
        ),
        set_(
            f"{a}.impact_on_baby.breastfeeding",
            f"Breastfeeding is supported on this dose of {ingr}; watch the baby for sleepiness, poor feeding and "
            "pauses in breathing and call a doctor if the baby is hard to wake.",
        ),
        set_(
            f"{a}.recommendations",
            f"Do not stop {ingr} suddenly; the pain clinic manages any reduction and tells maternity and the "
            "health visitor the same week.",
        ),
        meth_c(
            f"{said} continues at the same dose, as stopping suddenly could harm her and the baby. The baby is "
            "observed for opioid withdrawal on the ward for at least 72 hours and by the health visitor to day 8; "
            "breastfeeding is fine with a watch for a sleepy baby. She is drowsy after dosing, so the baby must "
            "sleep in the cot, never her bed or the sofa.",
        ),
        overall(
            f"{osaid} and sertraline continue unchanged. Baby on the ward for 72 hours at least, scored for "
            "withdrawal and adaptation; breastfeeding supported with a watch for drowsiness. No bed or sofa "
            "sharing when she is drowsy; the health visitor checks the cot.",
        ),
    )


def mood_pass(name: str, ingr: str, said: str, osaid: str) -> Mutation:
    """Sertraline replaced by venlafaxine (or another antidepressant) as written."""
    a = "assessments#asm-sertraline"
    return chain(
        rename("med-sertraline", name),
        set_("medicines#med-sertraline.dose", "150 mg once daily"),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            f"Mood stable on {ingr} 150 mg; she relapsed badly when she stopped it in 2023.",
        ),
        set_(
            f"{a}.impact_on_baby.summary",
            f"{ingr[0].upper()}{ingr[1:]} late in pregnancy can cause neonatal adaptation signs (jitteriness, poor "
            "feeding, irritability) in the first days, and a small risk of persistent pulmonary hypertension.",
        ),
        set_(
            f"{a}.impact_on_baby.breastfeeding",
            f"Breastfeeding is supported on {ingr}; watch the baby for poor feeding or unusual sleepiness.",
        ),
        set_(
            f"{a}.recommendations",
            f"Continue {ingr}; not to be stopped suddenly. Paediatric team told at delivery; midwife scores "
            "adaptation signs alongside the withdrawal observations.",
        ),
        sert_c(
            f"{said} continues at 150 mg, as relapse after stopping would harm her and the baby more than the drug "
            "does. The baby is scored for adaptation signs for 72 hours with the withdrawal observations; "
            "breastfeeding supported with a watch for poor feeding.",
        ),
        overall(
            f"Methadone and {osaid} continue unchanged. The baby is observed on the ward for at least 72 hours for "
            "withdrawal and adaptation; breastfeeding supported. No co-sleeping after her methadone; the social "
            "worker and health visitor see the cot before she goes home.",
        ),
    )


def benzo_pass(name: str, ingr: str, said: str, osaid: str) -> Mutation:
    """Diazepam replaced by another benzodiazepine (or written otherwise), beside the pregabalin."""
    a = "assessments#asm-diazepam-pregabalin"
    return chain(
        rename("med-diazepam", name),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            f"Together {ingr} and pregabalin make her drowsy, worst at night and soon after a dose; on the ward "
            "she managed the baby's care with prompting, and another adult must be awake for night feeds.",
        ),
        set_(
            f"{a}.recommendations",
            f"Neither medicine to stop suddenly: {ingr} withdrawal risks fits. The GP plans a slow reduction at "
            "the 6-week review; weekly prescriptions in the placement; dose changes shared with the social worker, "
            "foster carer and health visitor in the same week.",
        ),
        set_(
            f"{a}.conclusion",
            f"{said} and pregabalin together leave her heavily drowsy: no co-sleeping, no feeding lying down, and "
            "an awake adult does the night care in the placement. The baby can still show late withdrawal up to "
            "day 8. Both continue for now, with a supervised reduction to come.",
        ),
        overall(
            f"{osaid} and pregabalin continue meanwhile and sedate her together: never a shared bed, sofa or "
            "armchair with the baby, no feeding lying down, and the foster carer takes the night feeds. Late "
            "withdrawal is watched for until day 8 by the foster carer and health visitor.",
        ),
    )


def partner_pass(name: str, ingr: str, said: str, osaid: str) -> Mutation:
    """The father's quetiapine replaced by another sedating medicine as written."""
    a = "assessments#asm-partner-quetiapine"
    return chain(
        rename("med-partner-quetiapine", name),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            f"The father takes {ingr} at night and is hard to rouse for several hours afterwards. He is well and "
            "cares for the baby in the daytime.",
        ),
        set_(
            f"{a}.conclusion",
            f"The father's {said} leaves him too sleepy at night to wake for the baby: he must not share a bed, "
            "sofa or armchair with the baby or do the night feeds after his dose. The mother feeds at night and the "
            "baby sleeps in the crib by her side; the health visitor checks this at every visit.",
        ),
        overall(
            f"Her paracetamol raises no concern. The father's {osaid} sedates him at night: no co-sleeping with him "
            "anywhere and no night feeds by him. The crib is in place on the mother's side and the health visitor "
            "keeps checking the arrangements.",
        ),
    )


def aed_pass(name: str, ingr: str, risk: str, milk: str, said: str, osaid: str) -> Mutation:
    """Valproate replaced by another antiepileptic (or written otherwise), unplanned pregnancy."""
    a = "assessments#asm-valproate"
    return chain(
        rename("med-valproate", name),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            f"Seizure free for two years on {ingr}; stopping suddenly risks seizures that would endanger her and "
            "the pregnancy.",
        ),
        set_(f"{a}.impact_on_baby.summary", f"Unplanned pregnancy, first-trimester {ingr} exposure: {risk}."),
        set_(f"{a}.impact_on_baby.breastfeeding", milk),
        set_(
            f"{a}.recommendations",
            f"Do not stop {ingr} abruptly. Urgent neurology review and fetal medicine referral sent today. Folic "
            "acid 5 mg daily started. Contraception to be agreed before discharge after the birth.",
        ),
        set_(
            f"{a}.conclusion",
            f"{said} carries on unchanged until neurology sees her urgently, since a seizure would put her and the "
            f"baby at risk. First-trimester exposure ({risk}) means a detailed fetal medicine scan, now booked, and "
            "folic acid 5 mg from today. Reliable contraception is to be agreed after the birth.",
        ),
        overall(
            f"Unplanned pregnancy at 8 weeks on {osaid}: keep taking it, never stopping abruptly, until the urgent "
            "neurology appointment. Fetal medicine referral for a detailed scan sent; folic acid 5 mg begun; "
            "contraception planned for after the birth.",
        ),
    )


def acei_pass(name: str, ingr: str, said: str, osaid: str) -> Mutation:
    """Valproate replaced by an ACE inhibitor (a teratogen after the first trimester), unplanned pregnancy."""
    a = "assessments#asm-valproate"
    return chain(
        rename("med-valproate", name),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            f"Well; {ingr} was started for high blood pressure before this unplanned pregnancy.",
        ),
        set_(
            f"{a}.impact_on_mother.safe_sleep",
            f"{ingr[0].upper()}{ingr[1:]} does not sedate; usual safe sleep advice at the postnatal check.",
        ),
        set_(
            f"{a}.impact_on_baby.summary",
            f"First-trimester {ingr} exposure carries little or no added malformation risk, but continued use in "
            "the second and third trimesters can damage the baby's kidneys and skull and reduce the fluid around "
            "the baby.",
        ),
        set_(
            f"{a}.impact_on_baby.breastfeeding",
            "Enalapril or labetalol can be used while breastfeeding; the obstetric team will choose after the birth.",
        ),
        set_(
            f"{a}.recommendations",
            f"Stop {ingr} today and start labetalol 100 mg twice daily; blood pressure checked within a week. "
            "Antenatal clinic referral sent. Folic acid 5 mg daily started.",
        ),
        set_(
            f"{a}.conclusion",
            f"{said} stops today and labetalol starts, because after the first trimester it can harm the baby's "
            "kidneys; exposure so far is early and low risk, but the baby gets a detailed anomaly scan. Blood "
            "pressure is checked within a week; contraception to be planned after the birth.",
        ),
        overall(
            f"Unplanned pregnancy at 8 weeks on {osaid}: switched today to labetalol, since continuing could damage "
            "the baby's kidneys later in pregnancy. Blood pressure check within a week, detailed anomaly scan "
            "booked, folic acid 5 mg started.",
        ),
    )


# ============================================================================================================
# brand-listed: an unused brand of concern, unassessed (refuse), or standing for the assessed medicine (pass).

_r: str | None  # a reason, or none given
for _n, _b, _name, _dose, _r, _what in [
    ("tephine", M, "Tephine 0.2mg sublingual tablets", "0.4 mg three times a day", R_PAIN, "buprenorphine"),
    ("sevodyne", N, "Sevodyne 10micrograms/hour patches", "one patch every 7 days", R_PAIN, "buprenorphine"),
    ("panitaz", N, "Panitaz 20micrograms/hour patches", "one patch every 7 days", R_PAIN, "buprenorphine"),
    ("tramake", N, "Tramake 50mg capsules", "50 mg up to four times a day", R_PAIN, "tramadol"),
    ("ixyldone", N, "Ixyldone 10mg tablets", "10 mg every 6 hours when needed", R_PAIN, "oxycodone"),
    ("depefex", N, "Depefex XL 75mg capsules", "75 mg each morning", R_MOOD, "venlafaxine"),
    ("foraven", N, "Foraven XL 150mg capsules", "150 mg each morning", R_MOOD, "venlafaxine"),
    ("felicium", N, "Felicium 20mg capsules", "20 mg each morning", R_MOOD, "fluoxetine"),
    ("fluanxol", N, "Fluanxol 500microgram tablets", "1 mg each morning", R_MOOD, "flupentixol"),
    ("capoten", M, "Capoten 25mg tablets", "25 mg twice a day", R_BP, "captopril"),
    ("tanatril", M, "Tanatril 10mg tablets", "10 mg once daily", R_BP, "imidapril"),
    ("gopten", M, "Gopten 2mg capsules", "2 mg once daily", R_BP, "trandolapril"),
    ("sevikar", M, "Sevikar 40mg/10mg tablets", "one tablet daily", R_BP, "olmesartan with amlodipine"),
    ("enodama", M, "Enodama 50mg tablets", "250 mg twice a day", R_FITS, "primidone"),
    ("luminal", M, "Luminal 100mg tablets", "100 mg at night", R_FITS, "phenobarbital"),
    ("ebetrex", M, "Ebetrex 10mg/ml solution for injection", "15 mg once a week", R_SPEC, "methotrexate"),
]:
    bad(
        f"brand-unassessed-{_n}",
        "brand-listed",
        _b,
        extra(_name, _dose, _r),
        f"'{_name}' is {_what}: of concern, unassessed, and the reason does not clear it (MA101)",
    )
bad(
    "brand-bare-epistatus",
    "brand-listed",
    F,
    extra("Epistatus 10mg oromucosal solution", "10 mg for a seizure over 5 minutes", None),
    "'Epistatus' is buccal midazolam, a benzodiazepine: unassessed and unclassified (MA101)",
)
bad(
    "brand-partner-tixylix-night",
    "brand-listed",
    P,
    extra("Tixylix Night-Time cough syrup", "10 ml at night", R_HIS, partner=True),
    "the father's Tixylix Night-Time is promethazine, sedating: co-sleeping not assessed (MA101)",
)

ok(
    "brand-tephine-for-methadone",
    "brand-listed",
    M,
    bup_pass("Tephine 0.4mg sublingual tablets", "Buprenorphine (Tephine)", "Tephine"),
    "sublingual buprenorphine by the brand Tephine, assessed and concluded on",
)
ok(
    "brand-sevodyne-patch",
    "brand-listed",
    M,
    pain_pass("Sevodyne 20micrograms/hour transdermal patches", "buprenorphine", "Her Sevodyne patch", "Sevodyne"),
    "buprenorphine patches by the brand Sevodyne, concluded on by brand",
)
ok(
    "brand-tramake-assessed",
    "brand-listed",
    M,
    pain_pass("Tramake 50mg capsules", "tramadol", "Tramadol (Tramake)", "Tramadol"),
    "tramadol by the brand Tramake, assessed and concluded on by ingredient",
)
ok(
    "brand-ixyldone-assessed",
    "brand-listed",
    M,
    pain_pass("Ixyldone 5mg tablets", "oxycodone", "Ixyldone", "Her oxycodone (Ixyldone)"),
    "oxycodone by the brand Ixyldone",
)
ok(
    "brand-depefex-for-sertraline",
    "brand-listed",
    M,
    mood_pass("Depefex XL 150mg capsules", "venlafaxine", "Venlafaxine", "Depefex XL"),
    "venlafaxine by the brand Depefex, assessed for adaptation, breastfeeding and relapse",
)
ok(
    "brand-sunveniz-for-sertraline",
    "brand-listed",
    M,
    mood_pass("Sunveniz XL 150mg tablets", "venlafaxine", "Sunveniz XL", "venlafaxine"),
    "venlafaxine by the brand Sunveniz",
)
ok(
    "brand-dialar-for-diazepam",
    "brand-listed",
    F,
    rename("med-diazepam", "Dialar 2mg/5ml oral solution"),
    "diazepam oral solution by the brand Dialar; the conclusions already say diazepam",
)
ok(
    "brand-capoten-assessed",
    "brand-listed",
    V,
    acei_pass("Capoten 25mg tablets", "captopril", "Captopril (Capoten)", "Capoten"),
    "captopril by the brand Capoten, stopped for labetalol with the fetal risk stated",
)
ok(
    "brand-tanatril-assessed",
    "brand-listed",
    V,
    acei_pass("Tanatril 10mg tablets", "imidapril", "Imidapril", "imidapril (Tanatril)"),
    "imidapril by the brand Tanatril",
)
ok(
    "brand-epival-for-valproate",
    "brand-listed",
    V,
    rename("med-valproate", "Epival 500mg gastro-resistant tablets"),
    "sodium valproate by the brand Epival; the conclusions already say valproate",
)
ok(
    "brand-litarex-for-lithium",
    "brand-listed",
    L,
    chain(
        rename("med-lithium", "Litarex 6mmol modified-release tablets"),
        set_("medicines#med-lithium.dose", "12 mmol at night; brand prescribing (Litarex)"),
        overall(
            "Continue lithium (Litarex) at night, with levels monthly, weekly from 36 weeks and within 24 hours "
            "of the birth. The baby has a paediatric review after birth; breastfeeding is not advised, so she "
            "will bottle feed. The perinatal team sees her within a week of birth.",
        ),
    ),
    "lithium citrate by the brand Litarex, the overall conclusion naming both",
)

# ============================================================================================================
# brand-in-conclusion: the medicine named only by its brand (pass), or by another medicine's brand (refuse).

ok(
    "conc-synastone-for-methadone",
    "brand-in-conclusion",
    M,
    chain(
        rename("med-methadone", "Synastone 1mg/ml oral solution"),
        meth_c(
            "Synastone 60 mg daily carries on unchanged through the pregnancy. The baby will likely need at least "
            "72 hours of withdrawal observation on the ward, then the health visitor checks to day 8; "
            "breastfeeding is encouraged. She is drowsy after each dose, so no co-sleeping, and the cot is seen "
            "at the first home visit.",
        ),
    ),
    "the methadone brand on the list and in its conclusion; the overall names methadone",
)
ok(
    "conc-alzain-for-pregabalin",
    "brand-in-conclusion",
    F,
    chain(
        rename("med-pregabalin", "Alzain 75mg capsules"),
        set_(
            "assessments#asm-diazepam-pregabalin.conclusion",
            "Diazepam with Alzain makes her very drowsy: she must not co-sleep or feed the baby lying down, and "
            "an adult stays awake for night care in the placement. Late withdrawal can appear up to day 8. Both "
            "continue for now; the diazepam is to be reduced slowly under the GP.",
        ),
    ),
    "pregabalin named by its brand Alzain, as on the list",
)
ok(
    "conc-valclair-in-overall",
    "brand-in-conclusion",
    F,
    chain(
        rename("med-diazepam", "Valclair 10mg suppositories"),
        overall(
            "Valclair (diazepam) and pregabalin continue for now; sedation is the risk to the baby: no bed, sofa "
            "or armchair sharing and no feeding lying down; the foster carer does night feeds while the mother is "
            "drowsy. Late withdrawal signs are watched for until day 8 by the foster carer and health visitor.",
        ),
    ),
    "a diazepam brand beside its ingredient in the overall conclusion",
)
ok(
    "conc-depakin-for-valproate",
    "brand-in-conclusion",
    V,
    chain(
        rename("med-valproate", "Depakin Chrono 500mg tablets"),
        set_(
            "assessments#asm-valproate.conclusion",
            "Depakin Chrono must not be stopped before the neurologist reviews it: stopping suddenly risks "
            "seizures. The baby was exposed in the first trimester, so urgent neurology and early fetal medicine "
            "reviews are requested today, and folic acid 5 mg has been started.",
        ),
    ),
    "sodium valproate named by its brand Depakin in its own conclusion",
)
ok(
    "conc-lithonate-in-overall",
    "brand-in-conclusion",
    L,
    chain(
        rename("med-lithium", "Lithonate 400mg modified-release tablets"),
        overall(
            "Lithonate 800 mg at night continues: levels every month, weekly from 36 weeks and within 24 hours of "
            "the birth. Paediatric review of the baby after birth; no breastfeeding, so bottle feeding is planned. "
            "Perinatal mental health review within a week of birth for the high relapse risk.",
        ),
    ),
    "lithium named only by its brand in the overall conclusion",
)
ok(
    "conc-foraven-for-sertraline",
    "brand-in-conclusion",
    M,
    mood_pass("Foraven XL 150mg capsules", "venlafaxine", "Foraven XL", "Foraven XL"),
    "venlafaxine by brand in both conclusions",
)
bad(
    "conc-efexor-for-sertraline",
    "brand-in-conclusion",
    M,
    sert_c(
        "Efexor should continue: the risk of relapse outweighs the small risks to the baby, which the midwife "
        "scores for 72 hours after birth; breastfeeding is supported."
    ),
    "the sertraline conclusion names venlafaxine's brand: sertraline not named (MA119), venlafaxine unlisted (MA120)",
)
bad(
    "conc-stesolid-for-pregabalin",
    "brand-in-conclusion",
    F,
    set_(
        "assessments#asm-diazepam-pregabalin.conclusion",
        "Diazepam and Stesolid together make her very drowsy: no co-sleeping, no feeding lying down, an awake adult "
        "for night care. Late withdrawal possible to day 8; both continue for now.",
    ),
    "Stesolid is diazepam again: pregabalin is not named (MA119)",
)
bad(
    "conc-camcolit-vs-priadel",
    "brand-in-conclusion",
    M,
    meth_c(
        "Methadone 60 mg continues, with Camcolit at night; the baby is observed for withdrawal for 72 hours and "
        "must sleep in a cot, not her bed; breastfeeding supported."
    ),
    "Camcolit is lithium, which she is said to take and the list does not hold (MA120)",
)
bad(
    "conc-mysoline-for-valproate",
    "brand-in-conclusion",
    V,
    set_(
        "assessments#asm-valproate.conclusion",
        "Mysoline must continue until the neurologist reviews it, as stopping risks seizures; first-trimester "
        "exposure means an urgent fetal medicine review, and folic acid 5 mg is started.",
    ),
    "Mysoline is primidone: valproate is not named (MA119) and primidone is unlisted (MA120)",
)
bad(
    "conc-butec-for-methadone",
    "brand-in-conclusion",
    M,
    meth_c(
        "Her Butec patch continues unchanged; the baby needs at least 72 hours of withdrawal observation, "
        "breastfeeding is supported, and she must not co-sleep after a dose."
    ),
    "Butec is buprenorphine: methadone not named (MA119), buprenorphine unlisted (MA120)",
)
bad(
    "conc-venlalic-partner",
    "brand-in-conclusion",
    P,
    set_(
        "assessments#asm-partner-quetiapine.conclusion",
        "The father's Venlalic at night makes him too sedated to care for the baby at night or share a bed or sofa "
        "with the baby; the mother does night feeds and the baby sleeps in its crib.",
    ),
    "Venlalic is venlafaxine: the father's quetiapine is not named (MA119), venlafaxine unlisted (MA120)",
)

# ============================================================================================================
# vmp-form: VMP-style names with strength, form and "sugar free".

for _n, _b, _mid, _name in [
    ("methadone-1-in-1-sf", M, "med-methadone", "Methadone 1mg/1ml oral solution sugar free"),
    ("methadone-10mg-ml-concentrate", M, "med-methadone", "Methadone 10mg/ml oral concentrate sugar free"),
    ("sertraline-50-5-liquid", M, "med-sertraline", "Sertraline 50mg/5ml oral suspension sugar free"),
    ("diazepam-2-5-liquid", F, "med-diazepam", "Diazepam 2mg/5ml oral solution sugar free"),
    ("pregabalin-20-ml", F, "med-pregabalin", "Pregabalin 20mg/ml oral solution sugar free"),
    ("quetiapine-xl-300", P, "med-partner-quetiapine", "Quetiapine 300mg modified-release tablets"),
    ("valproate-200-5-sf", V, "med-valproate", "Sodium valproate 200mg/5ml oral solution sugar free"),
    ("lithium-509-5", L, "med-lithium", "Lithium citrate 509mg/5ml oral solution"),
]:
    ok(f"vmp-{_n}", "vmp-form", _b, rename(_mid, _name), f"'{_name}' is the assessed medicine in dm+d form")
for _n, _b, _name, _dose, _r, _what in [
    (
        "midazolam-buccal",
        F,
        "Midazolam 10mg/2ml oromucosal solution pre-filled oral syringes",
        "10 mg once if fitting",
        R_FITS,
        "midazolam",
    ),
    (
        "morphine-10-5-liquid",
        N,
        "Morphine sulfate 10mg/5ml oral solution sugar free",
        "5 ml when needed",
        R_PAIN,
        "morphine",
    ),
    ("zopiclone-liquid", N, "Zopiclone 3.75mg/5ml oral solution sugar free", "5 ml at night", R_SLEEP, "zopiclone"),
    ("phenobarbital-elixir", N, "Phenobarbital 15mg/5ml elixir", "30 mg at night", R_FITS, "phenobarbital"),
    (
        "alimemazine-liquid",
        N,
        "Alimemazine 30mg/5ml oral solution sugar free",
        "5 ml at night",
        R_SLEEP,
        "alimemazine (sedating antihistamine)",
    ),
    (
        "methadone-sf-partner",
        P,
        "Methadone 1mg/ml oral solution sugar free",
        "40 ml once daily",
        R_HIS,
        "the father's methadone",
    ),
    (
        "topiramate-sprinkle",
        M,
        "Topiramate 25mg modified-release capsules",
        "50 mg twice a day",
        R_FITS,
        "topiramate (teratogen, pregnancy prevention)",
    ),
    ("fentanyl-200mcg-lozenge", N, "Fentanyl 200microgram lozenges", "one when needed", R_PAIN, "fentanyl"),
]:
    bad(
        f"vmp-unassessed-{_n}",
        "vmp-form",
        _b,
        extra(_name, _dose, _r, partner=_b == P),
        f"'{_name}' is {_what}, unassessed (MA101)",
    )

# ============================================================================================================
# salt-ester: salts and esters of the assessed medicine (pass) and of unassessed medicines of concern (refuse).

for _n, _b, _mid, _name in [
    ("methadone-hydrochloride", M, "med-methadone", "Methadone hydrochloride 1mg/ml oral solution"),
    ("sertraline-hydrochloride", M, "med-sertraline", "Sertraline hydrochloride 50mg tablets"),
    ("quetiapine-fumarate", P, "med-partner-quetiapine", "Quetiapine fumarate 100mg tablets"),
    ("valproic-acid-sodium", V, "med-valproate", "Valproate sodium 500mg gastro-resistant tablets"),
    ("lithium-carbonate-bare", L, "med-lithium", "Lithium carbonate 400mg MR tablets"),
]:
    ok(f"salt-{_n}", "salt-ester", _b, rename(_mid, _name), f"'{_name}' is the assessed medicine as its salt")
ok(
    "salt-zuclopenthixol-decanoate-partner",
    "salt-ester",
    P,
    partner_pass(
        "Zuclopenthixol decanoate 200mg/ml solution for injection",
        "a zuclopenthixol depot",
        "zuclopenthixol decanoate depot",
        "zuclopenthixol depot",
    ),
    "the father's depot antipsychotic as its ester, assessed for co-sleeping and night care",
)
ok(
    "salt-dihydrocodeine-tartrate",
    "salt-ester",
    M,
    pain_pass("Dihydrocodeine tartrate 30mg tablets", "dihydrocodeine", "Dihydrocodeine", "Dihydrocodeine"),
    "dihydrocodeine tartrate assessed as an opioid",
)
for _n, _b, _name, _dose, _r, _what in [
    (
        "flupentixol-decanoate",
        N,
        "Flupentixol decanoate 20mg/ml solution for injection",
        "40 mg every 2 weeks",
        R_SPEC,
        "a flupentixol depot",
    ),
    ("tramadol-hydrochloride", N, "Tramadol hydrochloride 50mg capsules", "50 mg four times a day", R_PAIN, "tramadol"),
    ("codeine-phosphate", N, "Codeine phosphate 30mg tablets", "30 mg four times a day", R_PAIN, "codeine"),
    (
        "promethazine-teoclate",
        N,
        "Promethazine teoclate 25mg tablets",
        "25 mg at night",
        R_SLEEP,
        "promethazine, sedating",
    ),
    ("trazodone-hydrochloride", N, "Trazodone hydrochloride 50mg capsules", "100 mg at night", R_MOOD, "trazodone"),
    (
        "mycophenolate-mofetil",
        M,
        "Mycophenolate mofetil 500mg tablets",
        "1 g twice a day",
        R_SPEC,
        "mycophenolate (teratogen)",
    ),
    (
        "perindopril-erbumine",
        M,
        "Perindopril erbumine 4mg tablets",
        "4 mg once daily",
        R_BP,
        "perindopril (ACE inhibitor)",
    ),
    (
        "morphine-tartrate",
        N,
        "Morphine tartrate 10mg/ml solution for injection",
        "10 mg when needed",
        R_PAIN,
        "morphine",
    ),
]:
    bad(
        f"salt-unassessed-{_n}",
        "salt-ester",
        _b,
        extra(_name, _dose, _r),
        f"'{_name}' is {_what}, unassessed (MA101)",
    )

# ============================================================================================================
# spacing: split, joined and hyphenated names.

for _n, _b, _mid, _name in [
    ("metha-done", M, "med-methadone", "Metha-done 1mg/ml oral solution"),
    ("sert-raline-split", M, "med-sertraline", "Sert raline 50mg tablets"),
    ("sodiumvalproate-joined", V, "med-valproate", "Sodiumvalproate 500mg GR tablets"),
    ("dia-zepam", F, "med-diazepam", "Dia-zepam 5mg tablets"),
    ("quetia-pine-split", P, "med-partner-quetiapine", "Quetia pine 100mg tablets"),
    ("lithiumcarbonate-joined", L, "med-lithium", "Lithiumcarbonate 400mg MR tablets (Priadel)"),
]:
    ok(f"spacing-{_n}", "spacing", _b, rename(_mid, _name), f"'{_name}' is the assessed medicine, spaced oddly")
for _n, _b, _name, _dose, _r, _what in [
    ("venla-faxine", N, "Venla-faxine 75mg tablets", "75 mg twice a day", R_MOOD, "venlafaxine"),
    ("bupre-norphine", N, "Bupre norphine 2mg sublingual tablets", "2 mg daily", R_PAIN, "buprenorphine"),
    ("zopi-clone", N, "Zopi clone 7.5mg tablets", "7.5 mg at night", R_SLEEP, "zopiclone"),
    ("pheno-barbital", N, "Pheno-barbital 30mg tablets", "60 mg at night", R_FITS, "phenobarbital"),
    (
        "dihydrocodeine-joined-strength",
        N,
        "Dihydrocodeine30mg tablets",
        "30 mg four times a day",
        R_PAIN,
        "dihydrocodeine",
    ),
    ("cap-to-pril", M, "Capto pril 25mg tablets", "25 mg twice a day", R_BP, "captopril"),
    ("partner-mirta-zapine", P, "Mirta-zapine 30mg tablets", "30 mg at night", R_HIS, "the father's mirtazapine"),
]:
    bad(
        f"spacing-unassessed-{_n}",
        "spacing",
        _b,
        extra(_name, _dose, _r, partner=_b == P),
        f"'{_name}' is {_what} with a break or join, unassessed (MA101)",
    )

# ============================================================================================================
# misspelling: one- and two-letter slips of medicines of concern.

for _n, _b, _mid, _name in [
    ("methadome", M, "med-methadone", "Methadome 1mg/ml oral solution"),
    ("sertaline-dropped-r", M, "med-sertraline", "Sertaline 50mg tablets"),
    ("diazapan-two", F, "med-diazepam", "Diazapan 5mg tablets"),
    ("pregablin-dropped-a", F, "med-pregabalin", "Pregablin 75mg capsules"),
    ("quetiapene", P, "med-partner-quetiapine", "Quetiapene 100mg tablets"),
    ("valporate-transposed", V, "med-valproate", "Sodium valporate 500mg GR tablets"),
    ("lithum-dropped-i", L, "med-lithium", "Lithum carbonate 400mg MR tablets (Priadel)"),
]:
    ok(f"typo-{_n}", "misspelling", _b, rename(_mid, _name), f"'{_name}' is the assessed medicine, misspelt")
ok(
    "typo-buprenorphene-assessed",
    "misspelling",
    M,
    bup_pass("Buprenorphene 2mg sublingual tablets", "Buprenorphine", "Buprenorphine"),
    "the list's 'Buprenorphene' is assessed as buprenorphine",
)
for _n, _b, _name, _dose, _r, _what in [
    ("venlafaxene", N, "Venlafaxene 75mg MR capsules", "75 mg each morning", R_MOOD, "venlafaxine"),
    ("phenobarbitol", N, "Phenobarbitol 30mg tablets", "60 mg at night", R_FITS, "phenobarbital"),
    ("zopiclome", N, "Zopiclome 7.5mg tablets", "7.5 mg at night", R_SLEEP, "zopiclone"),
    ("midazolan", N, "Midazolan 10mg oromucosal solution", "10 mg if fitting", R_FITS, "midazolam"),
    ("captorpil", M, "Captorpil 25mg tablets", "25 mg twice a day", R_BP, "captopril"),
    ("primidome", M, "Primidome 250mg tablets", "250 mg twice a day", R_FITS, "primidone"),
    ("oxycodene", N, "Oxycodene 5mg capsules", "5 mg every 6 hours", R_PAIN, "oxycodone"),
    ("fluoxetene", N, "Fluoxetene 20mg capsules", "20 mg each morning", R_MOOD, "fluoxetine"),
    ("dihydrocodiene", N, "Dihydrocodiene 30mg tablets", "30 mg four times a day", R_PAIN, "dihydrocodeine"),
    ("partner-zopiclon", P, "Zopiclon 7.5mg tablets", "7.5 mg at night", R_HIS, "the father's zopiclone"),
]:
    bad(
        f"typo-unassessed-{_n}",
        "misspelling",
        _b,
        extra(_name, _dose, _r, partner=_b == P),
        f"'{_name}' is {_what} misspelt, unassessed (MA101)",
    )

# ============================================================================================================
# near-miss: real different medicines near a medicine of concern, classified (pass), against the medicine of
# concern carrying that reason (refuse).

_NEAR = [
    (
        "hydralazine",
        "Hydralazine 25mg tablets",
        "25 mg twice a day",
        "For high blood pressure in pregnancy; hydralazine is a standard antenatal antihypertensive and does not "
        "sedate.",
        "hydroxyzine",
        "Hydroxyzine 25mg tablets",
    ),
    (
        "serevent",
        "Serevent 25micrograms/dose inhaler",
        "two puffs twice a day",
        "Salmeterol inhaler for asthma; safe in pregnancy and breastfeeding, and good asthma control protects the "
        "baby.",
        "Seroquel",
        "Seroquel 25mg tablets",
    ),
    (
        "oxybutynin",
        "Oxybutynin 5mg tablets",
        "5 mg twice a day",
        "For an overactive bladder after the birth; not an opioid and not sedating at this dose.",
        "oxycodone",
        "Oxycodone 5mg capsules",
    ),
    (
        "methyldopa",
        "Methyldopa 250mg tablets",
        "250 mg three times a day",
        "Started by the obstetrician for pregnancy hypertension; the usual first choice in pregnancy.",
        "methadone",
        "Methadone 1mg/ml oral solution",
    ),
    (
        "valaciclovir",
        "Valaciclovir 500mg tablets",
        "500 mg twice a day from 36 weeks",
        "Antiviral to prevent a genital herpes recurrence at delivery; recommended from 36 weeks in pregnancy.",
        "valproate",
        "Sodium valproate 200mg gastro-resistant tablets",
    ),
    (
        "levothyroxine",
        "Levothyroxine 75microgram tablets",
        "75 micrograms each morning",
        "Replaces thyroid hormone for hypothyroidism; needed for the baby's development, dose checked each trimester.",
        "levetiracetam",
        "Levetiracetam 500mg tablets",
    ),
    (
        "zyrtec",
        "Zyrtec 10mg tablets",
        "10 mg once daily",
        "Cetirizine for hay fever, a non-sedating antihistamine; no effect on the pregnancy or the baby.",
        "Zyprexa",
        "Zyprexa 10mg tablets",
    ),
    (
        "sodium-alginate",
        "Sodium alginate 500mg / Potassium bicarbonate 100mg/5ml oral suspension",
        "10 ml after meals",
        "An antacid for heartburn in pregnancy; works in the stomach and is not absorbed.",
        "sodium valproate",
        "Sodium valproate 500mg gastro-resistant tablets",
    ),
    (
        "flucloxacillin",
        "Flucloxacillin 500mg capsules",
        "500 mg four times a day for 7 days",
        "A week of antibiotic for a wound infection; safe in pregnancy and breastfeeding.",
        "fluoxetine",
        "Fluoxetine 20mg capsules",
    ),
    (
        "carbocisteine",
        "Carbocisteine 375mg capsules",
        "750 mg three times a day",
        "Mucolytic for her chesty cough; no sedation and no known harm to the baby.",
        "carbamazepine",
        "Carbamazepine 200mg tablets",
    ),
    (
        "metoclopramide",
        "Metoclopramide 10mg tablets",
        "10 mg three times a day for 5 days",
        "A short course for vomiting in early pregnancy; widely used in pregnancy, not teratogenic.",
        "methotrexate",
        "Methotrexate 2.5mg tablets",
    ),
    (
        "mesalazine",
        "Mesalazine 400mg gastro-resistant tablets",
        "800 mg three times a day",
        "For ulcerative colitis under gastroenterology; continued in pregnancy, compatible with breastfeeding.",
        "mirtazapine",
        "Mirtazapine 15mg tablets",
    ),
]
for _n, _name, _dose, _r, _other, _other_name in _NEAR:
    ok(
        f"near-{_n}-classified",
        "near-miss",
        N,
        extra(_name, _dose, _r),
        f"'{_name}' is not {_other}; the clinician's reason classifies it",
    )
    bad(
        f"near-{_n}-twin-of-concern",
        "near-miss",
        N,
        extra(_other_name, _dose, _r),
        f"'{_other_name}' carries the reason written for {_name}: a medicine of concern left unassessed (MA101)",
    )

# ============================================================================================================
# disguise: look-alike letters and invisible characters inside names.

ZWSP, ZWNJ, SHY, WJ, LRM = "\u200b", "\u200c", "\u00ad", "\u2060", "\u200e"

for _n, _b, _name, _dose, _r, _what in [
    ("cyrillic-tramadol", N, homoglyphs("Tramadol 50mg capsules", "ao"), "50 mg four times a day", R_PAIN, "tramadol"),
    (
        "greek-zopiclone",
        N,
        homoglyphs("Zopiclone 7.5mg tablets", "o", variant=1),
        "7.5 mg at night",
        R_SLEEP,
        "zopiclone",
    ),
    (
        "zwsp-venlafaxine",
        N,
        inside_words("Venlafaxine 75mg tablets", ZWSP, every=3),
        "75 mg twice a day",
        R_MOOD,
        "venlafaxine",
    ),
    ("shy-phenobarbital", N, "Pheno" + SHY + "barbital 30mg tablets", "60 mg at night", R_FITS, "phenobarbital"),
    ("wj-captopril", M, "Capto" + WJ + "pril 25mg tablets", "25 mg twice a day", R_BP, "captopril"),
    ("lrm-capoten-brand", M, "Cap" + LRM + "oten 25mg tablets", "25 mg twice a day", R_BP, "captopril"),
    (
        "cyrillic-partner-promethazine",
        P,
        homoglyphs("Promethazine 25mg tablets", "eo"),
        "25 mg at night",
        R_HIS,
        "the father's promethazine",
    ),
    (
        "zwnj-foraven-brand",
        N,
        inside_words("Foraven XL 75mg capsules", ZWNJ, every=2),
        "75 mg each morning",
        R_MOOD,
        "venlafaxine",
    ),
]:
    bad(
        f"disguise-unassessed-{_n}",
        "disguise",
        _b,
        extra(_name, _dose, _r, partner=_b == P),
        f"{_what} with hidden or look-alike letters, unassessed (MA101)",
    )
ok(
    "disguise-cyrillic-methadone-listed",
    "disguise",
    M,
    rename("med-methadone", homoglyphs("Methadone 1mg/ml oral solution", "aeo")),
    "the assessed methadone listed with Cyrillic letters: still the methadone its conclusions name",
)
ok(
    "disguise-zwsp-sertraline-listed",
    "disguise",
    M,
    rename("med-sertraline", inside_words("Sertraline 50mg tablets", ZWSP, every=2)),
    "the assessed sertraline with zero-width spaces inside",
)
ok(
    "disguise-shy-pregabalin-listed",
    "disguise",
    F,
    rename("med-pregabalin", "Prega" + SHY + "balin 75mg capsules"),
    "the assessed pregabalin with a soft hyphen",
)
ok(
    "disguise-greek-quetiapine-conclusion",
    "disguise",
    P,
    set_(
        "assessments#asm-partner-quetiapine.conclusion",
        "The father's " + homoglyphs("quetiapine", "aeio", variant=1) + " at night leaves him too deeply asleep to "
        "wake for the baby: no bed, sofa or armchair sharing with the baby, and no night feeds by him after his "
        "dose. The mother feeds at night with the baby in the crib by her side; the health visitor checks it.",
    ),
    "the conclusion names quetiapine in Greek look-alike letters: the same medicine",
)
ok(
    "disguise-wj-valproate-conclusion",
    "disguise",
    V,
    set_(
        "assessments#asm-valproate.conclusion",
        "Val" + WJ + "proate continues until the neurologist reviews it, since stopping suddenly risks seizures. "
        "First-trimester exposure means urgent neurology and early fetal medicine reviews, both requested today, "
        "and folic acid 5 mg has been started.",
    ),
    "valproate with a word joiner inside, in its own conclusion",
)
ok(
    "disguise-lrm-lithium-listed",
    "disguise",
    L,
    rename("med-lithium", "Lith" + LRM + "ium carbonate 400mg MR tablets (Priadel)"),
    "the assessed lithium with a bidi mark inside",
)
ok(
    "disguise-near-miss-hydralazine-cyrillic",
    "disguise",
    N,
    extra(
        homoglyphs("Hydralazine 25mg tablets", "ae"),
        "25 mg twice a day",
        "Antenatal antihypertensive started by the obstetric team; hydralazine does not sedate.",
    ),
    "a harmless medicine in look-alike letters with its reason: judged as the plain one",
)

# ============================================================================================================
# combination: both ingredients named.

ok(
    "combo-bup-naloxone-assessed",
    "combination",
    M,
    bup_pass(
        "Buprenorphine 8mg / Naloxone 2mg sublingual tablets",
        "Buprenorphine with naloxone",
        "Buprenorphine-naloxone",
    ),
    "the combination product assessed as buprenorphine (naloxone is barely absorbed under the tongue)",
)
ok(
    "combo-co-dydramol-assessed",
    "combination",
    M,
    pain_pass(
        "Dihydrocodeine 10mg / Paracetamol 500mg tablets",
        "co-dydramol",
        "Co-dydramol (dihydrocodeine with paracetamol)",
        "Co-dydramol",
    ),
    "co-dydramol assessed as an opioid, named by both names",
)
ok(
    "combo-gaviscon-classified",
    "combination",
    N,
    extra(
        "Sodium alginate / Calcium carbonate / Sodium bicarbonate chewable tablets",
        "two after meals",
        "Antacid for heartburn in pregnancy, acts in the stomach only.",
    ),
    "a harmless combination with its reason",
)
ok(
    "combo-pregaday-classified",
    "combination",
    N,
    extra(
        "Ferrous fumarate 322mg / Folic acid 350microgram tablets",
        "one daily",
        "Iron and folic acid for anaemia after the birth; compatible with breastfeeding.",
    ),
    "iron with folic acid, both named, with its reason",
)
ok(
    "combo-co-amoxiclav-classified",
    "combination",
    N,
    extra(
        "Amoxicillin 500mg / Clavulanic acid 125mg tablets",
        "one three times a day for 5 days",
        "A five-day antibiotic course for mastitis; compatible with breastfeeding.",
    ),
    "co-amoxiclav by both ingredients (not co-codamol), with its reason",
)
for _n, _b, _name, _dose, _r, _what in [
    (
        "paracetamol-codeine-30",
        N,
        "Paracetamol 500mg / Codeine 30mg tablets",
        "two tablets four times a day",
        R_PAIN,
        "co-codamol 30/500",
    ),
    (
        "dihydrocodeine-paracetamol",
        N,
        "Dihydrocodeine 20mg / Paracetamol 500mg tablets",
        "two tablets four times a day",
        R_PAIN,
        "co-dydramol",
    ),
    (
        "tramadol-paracetamol",
        N,
        "Tramadol 37.5mg / Paracetamol 325mg tablets",
        "two tablets three times a day",
        R_PAIN,
        "tramadol in combination",
    ),
    (
        "oxycodone-naloxone",
        N,
        "Oxycodone 10mg / Naloxone 5mg modified-release tablets",
        "one twice a day",
        R_PAIN,
        "oxycodone in combination",
    ),
    (
        "promethazine-codeine-partner",
        P,
        "Codeine / Promethazine oral solution",
        "10 ml at night",
        R_HIS,
        "the father's sedating codeine-promethazine",
    ),
    (
        "perindopril-indapamide",
        M,
        "Perindopril 4mg / Indapamide 1.25mg tablets",
        "one daily",
        R_BP,
        "perindopril (ACE inhibitor) in combination",
    ),
    (
        "diphenhydramine-cough",
        N,
        "Diphenhydramine 14mg / Menthol 1.1mg/5ml syrup",
        "10 ml at night",
        R_COUGH,
        "diphenhydramine, sedating",
    ),
]:
    bad(
        f"combo-unassessed-{_n}",
        "combination",
        _b,
        extra(_name, _dose, _r, partner=_b == P),
        f"'{_name}' holds {_what}, unassessed (MA101)",
    )

# ============================================================================================================
# abbreviation: abbreviations clinicians write.

ok(
    "abbr-mmt-in-overall",
    "abbreviation",
    M,
    overall(
        "Continue MMT (methadone 60 mg) and sertraline unchanged. The baby is observed for withdrawal on the "
        "postnatal ward for 72 hours or more; breastfeeding is supported. Methadone sedates her, so no "
        "co-sleeping; the health visitor and social worker see the cot before discharge.",
    ),
    "MMT beside methadone in a complete overall conclusion",
)
ok(
    "abbr-vpa-with-ingredient",
    "abbreviation",
    V,
    set_(
        "assessments#asm-valproate.conclusion",
        "Sodium valproate (VPA) continues until the urgent neurology review: stopping suddenly risks seizures for "
        "her and the pregnancy. First-trimester VPA exposure means an early fetal medicine scan, requested today, "
        "and folic acid 5 mg from today.",
    ),
    "VPA used beside the ingredient it abbreviates",
)
ok(
    "abbr-bup-sl-listed",
    "abbreviation",
    M,
    bup_pass("Bup 8mg SL tabs", "Buprenorphine", "Buprenorphine"),
    "'Bup 8mg SL tabs' on the list, buprenorphine named in full in the conclusion that covers it",
)
ok(
    "abbr-dhc-listed-assessed",
    "abbreviation",
    M,
    pain_pass("DHC 30mg tabs", "dihydrocodeine", "Dihydrocodeine (DHC)", "Dihydrocodeine"),
    "DHC on the list, dihydrocodeine named in full in its conclusion",
)
ok(
    "abbr-li-carbonate-listed",
    "abbreviation",
    L,
    rename("med-lithium", "Li carbonate 400mg MR tabs (Priadel)"),
    "'Li carbonate' for lithium carbonate, by brand as well",
)
for _n, _b, _name, _dose, _r, _what in [
    ("dhc-continus", N, "DHC Continus 60mg tablets", "60 mg twice a day", R_PAIN, "dihydrocodeine"),
    ("bup-sl-bare", N, "Bup 2mg SL tabs", "2 mg daily", None, "shortened buprenorphine with no conclusion"),
    ("vpa-liquid", N, "VPA 200mg/5ml liquid", "400 mg twice a day", R_FITS, "valproate (VPA)"),
    ("mst-bare", N, "MST 10mg tabs", "10 mg twice a day", None, "morphine sulfate tablets"),
    ("mtx-weekly", N, "MTX 2.5mg tabs", "7.5 mg once a week", None, "methotrexate"),
]:
    bad(
        f"abbr-unassessed-{_n}",
        "abbreviation",
        _b,
        extra(_name, _dose, _r),
        f"'{_name}' is {_what}, unassessed and not cleared (MA101/MA117)",
    )

# ============================================================================================================
# unlisted-named: a conclusion naming a medicine of concern missing from the list (refuse), or a listed medicine
# by its brand or salt (pass).

for _n, _b, _mut, _what in [
    (
        "zopiclone-in-overall",
        M,
        overall(
            "Continue methadone and sertraline unchanged, and her zopiclone at night; the baby stays on the ward for 72 "
            "hours of withdrawal scoring; no co-sleeping; breastfeeding supported."
        ),
        "zopiclone",
    ),
    (
        "capoten-in-valproate",
        V,
        set_(
            "assessments#asm-valproate.conclusion",
            "Valproate and her Capoten both continue until the neurologist reviews them; first-trimester exposure "
            "means an urgent fetal medicine review, and folic acid 5 mg is started.",
        ),
        "captopril (Capoten)",
    ),
    (
        "his-tramadol-partner",
        P,
        overall(
            "Her paracetamol raises no concern. The father's quetiapine and his tramadol sedate him at night: no "
            "co-sleeping with him and no night feeds by him; the health visitor checks the crib."
        ),
        "the father's tramadol",
    ),
    (
        "she-takes-venlafaxine",
        L,
        overall(
            "Lithium continues with levels monthly, weekly from 36 weeks and within 24 hours of birth; she also takes "
            "venlafaxine 75 mg. Paediatric review after birth; bottle feeding; perinatal team within a week."
        ),
        "venlafaxine",
    ),
    (
        "her-phenobarbital",
        V,
        overall(
            "Unplanned pregnancy at 8 weeks on valproate and her phenobarbital: continue both unchanged until the urgent "
            "neurology review; fetal medicine referral sent and folic acid 5 mg started."
        ),
        "phenobarbital",
    ),
    (
        "sonata-in-diazepam",
        F,
        set_(
            "assessments#asm-diazepam-pregabalin.conclusion",
            "Diazepam and pregabalin, with her Sonata at night, sedate her: no co-sleeping or feeding lying down, an "
            "awake adult for night care; late withdrawal possible to day 8.",
        ),
        "Sonata (zaleplon)",
    ),
    (
        "oxycodone-in-methadone",
        M,
        meth_c(
            "Methadone 60 mg continues with her oxycodone for back pain; the baby needs at least 72 hours of withdrawal "
            "observation, no co-sleeping after a dose, breastfeeding supported."
        ),
        "oxycodone",
    ),
    (
        "misspelt-diazepan-in-sertraline",
        M,
        sert_c(
            "Sertraline continues, as does her diazepan at night; relapse would harm her and the baby more than the "
            "small risks, which the midwife scores for 72 hours; breastfeeding is fine."
        ),
        "diazepam, misspelt",
    ),
]:
    bad(f"unlisted-{_n}", "unlisted-named", _b, _mut, f"names {_what} as hers or his; not in the list (MA120)")
ok(
    "unlisted-priadel-brand-only",
    "unlisted-named",
    L,
    set_(
        "assessments#asm-lithium.conclusion",
        "Priadel continues at 800 mg: relapse after the birth is the greater danger. Levels monthly, weekly from "
        "36 weeks and within a day of birth; the baby has a paediatric review for floppiness, poor feeding and "
        "thyroid problems; breastfeeding is not advised, so she bottle feeds.",
    ),
    "the listed lithium named by its brand Priadel, shown on the list",
)
ok(
    "unlisted-sodium-valproate-salt",
    "unlisted-named",
    V,
    overall(
        "Unplanned pregnancy at 8 weeks on valproate sodium: keep taking it unchanged and never stop abruptly until "
        "the urgent neurology review; fetal medicine referral for an early detailed scan sent; folic acid 5 mg "
        "started; contraception to be planned after the birth.",
    ),
    "the listed sodium valproate named as its salt",
)
ok(
    "unlisted-avoid-codeine",
    "unlisted-named",
    M,
    meth_c(
        "Methadone 60 mg continues through the pregnancy; she must avoid codeine-based painkillers as they add to "
        "it. The baby needs at least 72 hours of withdrawal observation; breastfeeding encouraged; no co-sleeping "
        "after a dose, and the cot is checked at the first home visit.",
    ),
    "codeine named only as advice to avoid it",
)
ok(
    "unlisted-stopped-zopiclone",
    "unlisted-named",
    F,
    overall(
        "Diazepam and pregabalin continue for now (her zopiclone was stopped in January). Both sedate her: no bed, "
        "sofa or armchair sharing, no feeding lying down; the foster carer does the night feeds. Late withdrawal "
        "is watched for until day 8.",
    ),
    "zopiclone named as stopped",
)
ok(
    "unlisted-baby-morphine",
    "unlisted-named",
    M,
    meth_c(
        "Methadone 60 mg continues. The baby will be scored for withdrawal for at least 72 hours; if scores stay "
        "high the neonatal team may give the baby oral morphine. Breastfeeding helps; no co-sleeping after her "
        "dose; the cot is checked at home.",
    ),
    "morphine named as treatment for the baby",
)
ok(
    "unlisted-eptadone-brand-in-overall",
    "unlisted-named",
    M,
    chain(
        rename("med-methadone", "Eptadone 1mg/ml oral solution"),
        overall(
            "Eptadone and sertraline continue unchanged. The baby is observed on the ward for at least 72 hours "
            "for withdrawal and adaptation; breastfeeding supported; no co-sleeping after a methadone dose; the "
            "health visitor sees the cot before discharge.",
        ),
    ),
    "the listed methadone brand named in the overall conclusion",
)
ok(
    "unlisted-switch-from-venlafaxine",
    "unlisted-named",
    M,
    sert_c(
        "Sertraline continues at 100 mg; she was switched from venlafaxine to it last year. Relapse would harm her "
        "and the baby more than the small risks, which the midwife scores for 72 hours; breastfeeding is fine.",
    ),
    "venlafaxine named only as the medicine she was switched from",
)

# ============================================================================================================
# unrecognised: a common harmless medicine listed bare (pass), an unfamiliar product with its reason (pass),
# an unrecognised product with none (refuse).

for _n, _name, _dose in [
    ("ferrous-fumarate", "Ferrous fumarate 210mg tablets", "one twice a day"),
    ("senna", "Senna 7.5mg tablets", "two at night"),
    ("lansoprazole", "Lansoprazole 15mg capsules", "15 mg once daily"),
    ("clotrimazole", "Clotrimazole 1% cream", "apply twice a day"),
    ("loratadine", "Loratadine 10mg tablets", "10 mg once daily"),
]:
    ok(f"unrec-common-{_n}", "unrecognised", N, extra(_name, _dose, None), f"'{_name}' is a common harmless medicine")
for _n, _name, _dose, _r in [
    ("doublebase", "Doublebase gel", "apply as needed", "Emollient gel for dry skin; applied to the skin only."),
    (
        "fultium",
        "Fultium-D3 800unit capsules",
        "one daily",
        "Vitamin D supplement, recommended in pregnancy and while breastfeeding.",
    ),
    (
        "scheriproct",
        "Scheriproct ointment",
        "apply twice a day",
        "Haemorrhoid ointment for a few days after the birth; little absorbed.",
    ),
    (
        "lansinoh",
        "Lansinoh HPA lanolin cream",
        "after feeds",
        "Nipple cream for sore nipples while breastfeeding; safe for the baby.",
    ),
]:
    ok(f"unrec-classified-{_n}", "unrecognised", N, extra(_name, _dose, _r), f"'{_name}' classified by the clinician")
for _n, _name, _dose in [
    ("liskantin-saft", "Liskantin Saft 125mg/5ml", "10 ml twice a day"),
    ("nobligan-retard", "Nobligan retard 100mg", "one twice a day"),
    ("galcodine", "Galcodine linctus", "5 ml four times a day"),
    ("dormicum", "Dormicum 7.5mg tablets", "one at night"),
    ("foreign-unknown-kaplon", "Kaplon 25mg tablets", "one twice a day"),
    ("pamergan", "Pamergan P100 injection", "as directed"),
]:
    bad(
        f"unrec-bare-{_n}",
        "unrecognised",
        N,
        extra(_name, _dose, None),
        f"'{_name}' unassessed and unclassified: of concern if recognised (MA101), else unrecognised (MA117)",
    )


def counts() -> dict[tuple[str, str], int]:
    found = Counter((c.category, c.expect) for c in F45CASES)
    return {(cat, exp): found[(cat, exp)] for cat in CATEGORIES for exp in (REFUSE, PASS)}


if __name__ == "__main__":  # pragma: no cover
    table = counts()
    print("| category | refuse | pass | total |")
    print("| --- | ---: | ---: | ---: |")
    for cat in CATEGORIES:
        r, p = table[(cat, REFUSE)], table[(cat, PASS)]
        print(f"| {cat} | {r} | {p} | {r + p} |")
    r = sum(v for (_, e), v in table.items() if e == REFUSE)
    p = sum(v for (_, e), v in table.items() if e == PASS)
    print(f"| **all** | {r} | {p} | {r + p} |")
