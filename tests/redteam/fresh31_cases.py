"""A thirty-first independent "fresh" batch of red-team cases for the share gate: a held-out-style mixed batch.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written as an independent assessor would, from the rule catalogue (docs/rules.md), README.md, the templates and
the examples, not from the gate's code or its word lists. Four equal parts, each both ways, about a fifth of
each part in disguise (look-alike letters from other scripts, zero-width and format characters, soft hyphens):

* hollow: conclusions that are all history of past pregnancies, about other people, about the service, or a plan
  for the mother (or the father) alone with nothing for the baby, beside near misses that carry the same
  history, people or service and then the plan for this baby (MA103, MA119, MA124);
* names: brands, misspellings and combination products of every class of concern, unassessed in the medicine
  list (the mother's and the partner's), beside assessed brands and misspellings and unrecognised products the
  clinician has classified (MA101, MA117);
* facts: dates that cannot be true (conception, EDD against gestation, attestation, consent, delivery), routes
  that cannot deliver and registrations that do not hold together, each beside an edge case that can be true
  (MA011-MA014, MA207-MA212, MA307-MA310);
* good: complete conclusions in the plain, abbreviated style of a busy GP and a specialist midwife, which must be
  shared, beside the same style with the substance taken out, which must not.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh31_cases`` for the
counts per category.
"""

from __future__ import annotations

from collections import Counter

from tests.redteam.cases import (
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
    set_,
)
from tests.redteam.disguise import homoglyphs, inside_words

F31CASES: list[Case] = []

CATEGORIES = ("hollow", "names", "facts", "good")


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F31CASES.append(Case(f"f31-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def concl(assessment: str, text: str) -> Mutation:
    return set_(f"assessments#{assessment}.conclusion", text)


def meth(text: str) -> Mutation:
    return concl("asm-methadone", text)


def sert(text: str) -> Mutation:
    return concl("asm-sertraline", text)


def lith(text: str) -> Mutation:
    return concl("asm-lithium", text)


def valp(text: str) -> Mutation:
    return concl("asm-valproate", text)


def dzpg(text: str) -> Mutation:
    return concl("asm-diazepam-pregabalin", text)


def quet(text: str) -> Mutation:
    return concl("asm-partner-quetiapine", text)


def cital(text: str) -> Mutation:
    return concl("asm-citalopram", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


ZW = "\u200b"
SHY = "\u00ad"


# ============================================================================================================
# hollow: history, other people, the service, or a plan for the mother alone. Each assessment's own items answer
# its concerns, so only the conclusion is judged.

_HOLLOW = [
    (
        "meth-two-past-pregnancies",
        M,
        meth(
            "Methadone was first prescribed in 2016; she has had two earlier pregnancies on it, in 2018 and 2021, and "
            "both those babies went home with her after a stay on the ward."
        ),
        "all history of earlier pregnancies: nothing decided on methadone for this baby (MA103/MA124)",
    ),
    (
        "sert-her-mother-and-aunt",
        M,
        sert(
            "Sertraline: her mother and her aunt both needed antidepressants after their own babies were born, and "
            "her partner's sister is a midwife at the hospital."
        ),
        "about other people only (MA103/MA124)",
    ),
    (
        "lith-clinic-moving",
        L,
        lith(
            "Lithium: the perinatal mental health service has a four-week waiting list at present and is moving its "
            "clinic to Northgate Health Centre in the autumn."
        ),
        "about the service only (MA103/MA124)",
    ),
    (
        "valp-mother-alone",
        V,
        valp(
            "Valproate stays at 500 mg twice a day; the epilepsy nurse will go through her seizure diary, she should "
            "avoid missing sleep, and she will carry her rescue plan card."
        ),
        "a plan for the mother alone; the class requires harm to the unborn baby to be addressed (MA124)",
    ),
    (
        "dzpg-mother-alone",
        F,
        dzpg(
            "Diazepam and pregabalin continue; the GP will see her every fortnight, agree a slow diazepam taper with "
            "her, and keep an eye on early requests for pregabalin."
        ),
        "the mother's review only, nothing for the baby (MA124)",
    ),
    (
        "quet-father-alone",
        P,
        quet(
            "The father's quetiapine keeps his bipolar disorder well controlled; his psychiatrist sees him every "
            "three months and he has had no admission since 2022."
        ),
        "the father's illness only, nothing on co-sleeping or the baby's night care (MA124)",
    ),
    (
        "cital-first-labour",
        C,
        cital(
            "Citalopram was also taken in her first pregnancy in 2020; that labour was long, and the postnatal "
            "depression afterwards took nearly a year to settle."
        ),
        "the history of the last pregnancy (MA103/MA124)",
    ),
    (
        "overall-m-shared-record",
        M,
        overall(
            "Methadone and sertraline: the drug service and the practice share one care record, and the community "
            "midwives run their clinic at Riverside Surgery on Tuesday mornings."
        ),
        "the service's arrangements (MA103)",
    ),
    (
        "overall-l-admissions",
        L,
        overall(
            "Lithium since 2021, after admissions with mania in 2019 and 2020; Priadel has kept her well and she has "
            "worked full time as a teacher since then."
        ),
        "all history of the mother (MA103/MA124)",
    ),
    (
        "overall-p-fathers-brother",
        P,
        overall(
            "The mother takes only paracetamol. The father's quetiapine was started by the same psychiatrist who "
            "treated his older brother, who has taken it for ten years."
        ),
        "other people and history (MA103/MA124)",
    ),
    (
        "overall-f-foster-agency",
        F,
        overall(
            "Diazepam and pregabalin: Brightwater Fostering has cared for many mothers and babies in placement and "
            "has an out-of-hours line staffed every night."
        ),
        "about the fostering agency only (MA103)",
    ),
    (
        "valp-mother-driving",
        V,
        valp(
            "Valproate is to continue: she must not drive until seizure free for a year, and she should take it "
            "with food to spare her stomach."
        ),
        "the mother's advice alone (MA124)",
    ),
    # disguised (about a fifth)
    (
        "sert-aunt-cyrillic",
        M,
        sert(
            homoglyphs(
                "Sertraline: her aunt took it through two pregnancies, and her cousin works in the pharmacy that "
                "supplies it.",
                "aeo",
            )
        ),
        "other people only, in Cyrillic look-alikes (MA103)",
    ),
    (
        "meth-past-zero-width",
        M,
        meth(
            inside_words(
                "Methadone was also taken through her 2019 pregnancy, when she lived in Leeds with her mother and "
                "attended a different drug service.",
                ZW,
                every=2,
            )
        ),
        "history only, zero-width spaces inside words (MA103)",
    ),
    (
        "lith-service-soft-hyphen",
        L,
        lith(
            inside_words(
                "Lithium: the perinatal service has recruited two new consultants and now sees referrals within a "
                "fortnight of receipt.",
                SHY,
                every=3,
            )
        ),
        "the service only, soft hyphens inside words (MA103)",
    ),
]
for _n, _b, _m, _w in _HOLLOW:
    bad(_n, "hollow", _b, _m, _w)

_NEAR = [
    (
        "meth-past-then-plan",
        M,
        meth(
            "Her last baby, in 2021, needed five days of withdrawal scoring on this dose, so methadone 60 mg "
            "continues and this baby stays on the postnatal ward for at least 72 hours; breastfeeding encouraged; no "
            "co-sleeping after a dose."
        ),
        "history used to plan this baby's care",
    ),
    (
        "sert-family-then-plan",
        M,
        sert(
            "Sertraline continues at 100 mg: with a family history of postnatal depression, stopping would put her "
            "at high risk of relapse. The midwife scores the baby for adaptation signs alongside the withdrawal "
            "chart."
        ),
        "other people as the reason, then the plan",
    ),
    (
        "lith-service-then-plan",
        L,
        lith(
            "Lithium continues at 800 mg with levels monthly, weekly from 36 weeks and within 24 hours of birth; "
            "the perinatal team sees her within a week of birth. The baby has a paediatric review and is bottle fed, "
            "as breastfeeding is not advised."
        ),
        "the service named inside a plan for the baby",
    ),
    (
        "valp-mother-and-baby",
        V,
        valp(
            "Valproate continues, not stopped suddenly, as seizures would endanger her and the pregnancy. The baby "
            "was exposed in the first trimester: urgent fetal medicine review and a detailed anomaly scan are "
            "booked, and neurology will review the drug urgently."
        ),
        "the mother's plan and the baby's",
    ),
    (
        "dzpg-taper-and-baby",
        F,
        dzpg(
            "Diazepam and pregabalin continue, with a slow diazepam taper agreed at six weeks. She is drowsy after "
            "doses, so no bed, sofa or armchair sharing and no feeds lying down; the foster carer does nights and "
            "watches for late withdrawal to day 8."
        ),
        "the mother's taper beside the baby's safety",
    ),
    (
        "quet-father-and-nights",
        P,
        quet(
            "The father's quetiapine keeps him well but makes him very hard to wake at night: the baby never sleeps "
            "with him on a bed, sofa or armchair, he does no night feeds after his dose, and the health visitor "
            "checks the crib."
        ),
        "the father's illness, then the baby's nights",
    ),
    (
        "cital-last-time-then-plan",
        C,
        cital(
            "Citalopram 20 mg continues: last time she stopped, depression returned within six weeks. The midwife "
            "watches the baby for jitteriness, poor feeding and fast breathing for 48 hours, and breastfeeding is "
            "supported."
        ),
        "the last pregnancy as the reason, then the baby's plan",
    ),
    (
        "overall-m-team-then-plan",
        M,
        overall(
            "The drug service and the practice agree: methadone and sertraline both continue unchanged. The baby is "
            "observed on the ward for withdrawal and adaptation for at least 72 hours, breastfeeds, and sleeps in a "
            "cot, never with her after a methadone dose."
        ),
        "the team named, then the plan for each medicine",
    ),
    (
        "overall-p-brother-then-plan",
        P,
        overall(
            "Paracetamol for the mother raises no concern. The father's quetiapine sedates him heavily at night, as "
            "his brother's did: the baby never sleeps beside him on a bed or sofa, the mother does the night feeds, "
            "and the health visitor checks the crib."
        ),
        "another person mentioned, the plan complete",
    ),
    (
        "overall-f-agency-then-plan",
        F,
        overall(
            "Diazepam and pregabalin continue for now. Brightwater's carer does the night feeds while the mother is "
            "drowsy; no bed, sofa or armchair sharing and no feeding lying down. The baby is watched for late "
            "withdrawal until day 8."
        ),
        "the agency named inside the baby's plan",
    ),
    (
        "sert-family-cyrillic",
        M,
        sert(
            homoglyphs(
                "Sertraline continues: her mother's postnatal illness makes relapse likely if it stops. The baby is "
                "watched for adaptation on the ward and breastfeeding is fine.",
                "aeo",
            )
        ),
        "a near miss in Cyrillic look-alikes",
    ),
    (
        "valp-zero-width",
        V,
        valp(
            inside_words(
                "Valproate continues until neurology review; do not stop it suddenly. The unborn baby was exposed early, "
                "so fetal medicine review and a detailed anomaly scan are arranged.",
                ZW,
                every=3,
            )
        ),
        "a near miss with zero-width spaces",
    ),
]
for _n, _b, _m, _w in _NEAR:
    ok(_n, "hollow", _b, _m, _w)


# ============================================================================================================
# names: medicines of concern as clinicians write them. The unassessed ones go on the postnatal record that has no
# medicine of concern (N) or the partner's record (P); a plausible reason does not excuse a medicine of concern.


def _n_extra(name: str, dose: str, reason: str | None = None) -> Mutation:
    more: Record = {"not_of_concern_reason": reason} if reason else {}
    return add_medicine(medicine("med-f31", name, dose, "2026-04-03", gp_prescriber(RIVERSIDE), **more))


def _p_extra(name: str, dose: str, reason: str | None = None) -> Mutation:
    more: Record = {"not_of_concern_reason": reason} if reason else {}
    return add_medicine(
        medicine("med-f31-partner", name, dose, "2025-11-02", gp_prescriber(MILLBROOK), taken_by="partner", **more)
    )


_UNASSESSED = [
    (
        "n-belvo",
        N,
        _n_extra(
            "Belvo 500mg prolonged-release tablets",
            "500 mg twice a day",
            "Long-standing epilepsy medicine; neurology manage it.",
        ),
        "valproate brand",
    ),
    ("n-arbil", N, _n_extra("Arbil 200mg tabs", "200 mg twice a day"), "carbamazepine brand, no reason"),
    (
        "n-tramquel",
        N,
        _n_extra("Tramquel 50mg capsules", "50 mg up to four times a day", "For perineal pain, a few days only."),
        "tramadol brand",
    ),
    (
        "n-codasolve",
        N,
        _n_extra(
            "Codasolve 30mg effervescent tablets", "30 mg four times a day", "Dissolvable painkiller for after-pains."
        ),
        "codeine brand",
    ),
    (
        "n-amphero",
        N,
        _n_extra("Amphero XL 75mg capsules", "75 mg once daily", "Her usual antidepressant; settled for a year."),
        "venlafaxine brand",
    ),
    ("n-zacco", N, _n_extra("Zacco 10mg tablets", "10 mg at night"), "clobazam brand, sedating"),
    (
        "n-abtard",
        N,
        _n_extra(
            "Abtard 10mg prolonged-release tabs", "10 mg twice a day", "Started by the pain clinic before pregnancy."
        ),
        "oxycodone brand",
    ),
    (
        "n-misspelt-mirtazepine",
        N,
        _n_extra("Mirtazepine 15mg tablets", "15 mg at night", "Helps her sleep and appetite."),
        "mirtazapine, the common misspelling",
    ),
    ("n-misspelt-sertaline", N, _n_extra("Sertaline 50mg tabs", "50 mg once daily"), "sertraline, an 'r' dropped"),
    (
        "n-combo-cocodamol-nohyphen",
        N,
        _n_extra("Cocodamol 30/500 tabs", "Two tablets four times a day", "Simple painkiller after the birth."),
        "co-codamol without its hyphen",
    ),
    (
        "n-combo-trapadex",
        N,
        _n_extra(
            "Trapadex 37.5mg/325mg tablets",
            "One or two tablets up to four times a day",
            "For back pain; paracetamol-based.",
        ),
        "tramadol with paracetamol",
    ),
    (
        "p-zimovane",
        P,
        _p_extra("Zimovane 7.5mg tablets", "7.5 mg at night", "His own sleeping tablet; nothing to do with the baby."),
        "the partner's zopiclone (sedating): co-sleeping unassessed",
    ),
    (
        "p-alfresed",
        P,
        _p_extra("Alfresed 10mg tablets", "10 mg at night", "For his itchy skin at night."),
        "the partner's alimemazine, a sedating antihistamine",
    ),
    (
        "p-clozaril-misspelt",
        P,
        _p_extra("Clozaryl 100mg tablets", "300 mg at night"),
        "the partner's clozapine brand misspelt",
    ),
    (
        "n-homoglyph-tramadol",
        N,
        _n_extra(
            homoglyphs("Tramadol 50mg capsules", "ao"), "50 mg four times a day", "Short course after the caesarean."
        ),
        "tramadol in Cyrillic look-alikes",
    ),
    (
        "n-zero-width-diazepam",
        N,
        _n_extra("Diaz\u200cepam 2mg tablets", "2 mg three times a day"),
        "diazepam with a zero-width non-joiner inside",
    ),
    (
        "p-soft-hyphen-olanzapine",
        P,
        _p_extra("Olan\u00adzapine 10mg tablets", "10 mg at night", "Prescribed by his psychiatrist."),
        "the partner's olanzapine with a soft hyphen",
    ),
]
for _n, _b, _m, _w in _UNASSESSED:
    bad(_n, "names", _b, _m, f"unassessed medicine of concern: {_w} (MA101)")


def _rename(mid: str, name: str) -> Mutation:
    def drop_code(doc: Record) -> None:
        for med in doc["medicines"]:
            if med["id"] == mid:
                med.pop("code", None)

    return chain(set_(f"medicines#{mid}.name", name), drop_code)


def _partner_as(name: str, dose: str, drug: str) -> Mutation:
    """The father's medicine swapped for another sedating one, with his assessment and the overall conclusion
    naming it as ``drug``."""
    return chain(
        _rename("med-partner-quetiapine", name),
        set_("medicines#med-partner-quetiapine.dose", dose),
        set_(
            "assessments#asm-partner-quetiapine.impact_on_mother.parenting_capacity",
            f"The father takes {drug} at night for schizophrenia and sleeps very deeply for hours after it. He is "
            "well and cares for the baby in the day.",
        ),
        quet(
            f"{drug.capitalize()} at night leaves the father too drowsy to wake for the baby: he does no night "
            "feeds and never has the baby in bed, on the sofa or in an armchair with him. The baby sleeps in the "
            "crib on the mother's side; the health visitor checks it at every visit."
        ),
        overall(
            f"The mother's paracetamol raises no concern. The father's {drug} makes him very drowsy at night: "
            "the mother does all night feeds, the baby never sleeps with him on a bed, sofa or chair, and the "
            "health visitor checks the crib at each visit."
        ),
    )


_ASSESSED = [
    (
        "m-physeptone-sf",
        M,
        _rename("med-methadone", "Physeptone 1mg/ml oral solution sugar free"),
        "a methadone brand, assessed; conclusions say methadone",
    ),
    ("m-lustral", M, _rename("med-sertraline", "Lustral 50mg tablets"), "a sertraline brand, assessed"),
    (
        "m-sertraline-tabs-shorthand",
        M,
        _rename("med-sertraline", "Sertraline 50mg tabs x2 OD"),
        "shorthand in the list, assessed",
    ),
    ("f-stesolid", F, _rename("med-diazepam", "Stesolid 5mg tablets"), "a diazepam brand, assessed"),
    (
        "f-pregabalin-misspelt",
        F,
        _rename("med-pregabalin", "Pregabalen 75mg capsules"),
        "pregabalin misspelt in the list, assessed and concluded on by name",
    ),
    (
        "v-epilim-chrono",
        V,
        _rename("med-valproate", "Epilim Chrono 500 prolonged-release tablets"),
        "a valproate brand, assessed",
    ),
    (
        "l-liskonum",
        L,
        chain(
            _rename("med-lithium", "Liskonum 450mg modified-release tablets"),
            set_("medicines#med-lithium.dose", "900 mg at night; brand prescribing (Liskonum)"),
            overall(
                "Continue lithium (Liskonum) 900 mg at night, with levels monthly, weekly from "
                "36 weeks and within 24 hours of birth. The baby is reviewed by a paediatrician "
                "after birth and bottle fed, as breastfeeding is not advised. Perinatal team "
                "sees her within a week of birth."
            ),
        ),
        "another lithium brand, assessed, named in the overall conclusion",
    ),
    (
        "p-arkolamyl",
        P,
        _partner_as("Arkolamyl 10mg tablets", "10 mg at night", "olanzapine"),
        "the partner's olanzapine brand, assessed for co-sleeping",
    ),
    (
        "p-clozaril",
        P,
        _partner_as("Clozaril 100mg tablets", "300 mg at night", "clozapine"),
        "the partner's clozapine brand, assessed",
    ),
    (
        "n-classified-balneum",
        N,
        _n_extra(
            "Balneum bath oil",
            "Add to bath water daily",
            "Emollient bath oil for dry skin; not absorbed, no effect on breastfeeding or the baby.",
        ),
        "an unrecognised product the clinician has classified",
    ),
    (
        "n-classified-sudocrem",
        N,
        _n_extra(
            "Sudocrem antiseptic healing cream",
            "Apply to sore skin when needed",
            "Barrier cream applied to the skin; no effect on the baby or breast milk.",
        ),
        "a barrier cream, classified",
    ),
    (
        "p-classified-cetirizine",
        P,
        _p_extra(
            "Cetirizine 10mg tablets",
            "10 mg once daily",
            "Non-sedating antihistamine for his hay fever; does not make him drowsy "
            "at night and does not reach the baby.",
        ),
        "the partner's non-sedating antihistamine, classified",
    ),
    (
        "n-classified-ibuprofen-gel",
        N,
        _n_extra(
            "Ibuleve 5% gel",
            "Apply to the knee three times a day",
            "Ibuprofen gel on the skin for a sprain; very little is absorbed, compatible with breastfeeding.",
        ),
        "a topical gel, classified",
    ),
    (
        "m-lustral-cyrillic",
        M,
        _rename("med-sertraline", homoglyphs("Lustral 50mg tablets", "ae")),
        "an assessed brand with Cyrillic look-alikes (a warning at most)",
    ),
    (
        "f-diazepam-zero-width",
        F,
        _rename("med-diazepam", "Diaze\u200bpam 5mg tablets"),
        "the assessed diazepam with a zero-width space",
    ),
]
for _n, _b, _m, _w in _ASSESSED:
    ok(_n, "names", _b, _m, _w)


# ============================================================================================================
# facts: dates, routes and registrations that cannot be true, each beside one that can.


def _author(path: str, **fields: object) -> Mutation:
    return chain(*(set_(f"{path}.{k}", v) for k, v in fields.items()))


_FACTS_BAD = [
    (
        "m-gestation-15-days-off",
        M,
        set_("pregnancy.gestation", {"weeks": 31, "days": 4, "on": "2026-03-02"}),
        "31+4 on 2026-03-02 implies EDD 2026-04-30, 15 days from the agreed 2026-05-15 (MA011)",
    ),
    (
        "m-gestation-after-attestation",
        M,
        set_("pregnancy.gestation", {"weeks": 29, "days": 5, "on": "2026-03-05"}),
        "gestation measured three days after the record was attested (MA013)",
    ),
    (
        "m-consent-before-conception",
        M,
        set_("lawful_basis.recorded_on", "2025-07-01"),
        "consent recorded five weeks before this pregnancy began (2025-08-08) (MA013)",
    ),
    (
        "v-assessed-before-pregnancy",
        V,
        set_("assessments#asm-valproate.date", "2026-02-20"),
        "assessment dated a month before the pregnancy began (2026-03-25) (MA212)",
    ),
    (
        "c-consent-before-conception",
        C,
        set_("lawful_basis.recorded_on", "2025-06-01"),
        "consent recorded before this pregnancy began (2025-06-30) (MA013)",
    ),
    (
        "p-delivered-after-attestation",
        P,
        set_("pregnancy.delivery_date", "2026-05-29"),
        "a postnatal record attested the day before the birth (MA013)",
    ),
    (
        "f-delivered-over-a-year-before",
        F,
        set_("pregnancy.delivery_date", "2025-06-01"),
        "attested more than a year after the delivery (MA013)",
    ),
    (
        "c-attested-before-assessment",
        C,
        set_("attestation.at", "2026-02-09T18:00:00+00:00"),
        "attested the evening before the assessment it attests (MA211)",
    ),
    (
        "p-hv-on-gmc",
        P,
        set_("assessments#asm-partner-quetiapine.author.registration", {"body": "GMC", "number": "7089123"}),
        "a health visitor on the GMC register (MA207)",
    ),
    (
        "n-pharmacist-on-nmc",
        N,
        set_("attestation.by.registration", {"body": "NMC", "number": "14C2871E"}),
        "a clinical pharmacist on the NMC register (MA207)",
    ),
    (
        "p-nmc-all-nines",
        P,
        set_("assessments#asm-partner-quetiapine.author.registration.number", "99A9999A"),
        "an NMC number whose digits are all the same (MA208)",
    ),
    (
        "m-gmc-two-names",
        M,
        set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["Peter"], "family": "Shah"}),
        "GMC 7012345 under Priya Shah and Peter Shah (MA209)",
    ),
    ("v-mllp-multicast", V, set_("recipients#rcp-maternity.route.host", "239.1.2.3"), "a multicast group (MA308)"),
    (
        "l-fhir-credentials",
        L,
        set_("recipients#rcp-maternity.route.base_url", "https://gp:letmein@maternity.northgate.example/fhir/R4"),
        "credentials in the FHIR base URL (MA308)",
    ),
    (
        "l-fhir-query",
        L,
        set_("recipients#rcp-maternity.route.base_url", "https://maternity.northgate.example/fhir/R4?_format=json"),
        "a query string (MA308)",
    ),
    (
        "m-mesh-word",
        M,
        set_("recipients#rcp-hv.route.mailbox", "TEAMBOX1"),
        "two English words and a digit standing in for a mailbox id (MA307)",
    ),
    (
        "f-manual-carer-to-collect",
        F,
        set_(
            "recipients#rcp-foster-carer.route.description",
            "Foster carer can pick one up from reception at some point.",
        ),
        "not arranged: nobody hands it over, no time (MA309)",
    ),
    (
        "p-ods-seven",
        P,
        set_("recipients#rcp-midwife.organisation.ods_code", "Y904100"),
        "a seven-character ODS code (MA310)",
    ),
    # disguised
    (
        "f-mesh-zero-width",
        F,
        set_("recipients#rcp-hv.route.mailbox", "X26MB\u200c003"),
        "an invisible character inside the mailbox id (MA307)",
    ),
    (
        "f-manual-tbc-disguised",
        F,
        set_("recipients#rcp-foster-carer.route.description", "t\u200bb\u00adc"),
        "'tbc' with invisible characters (MA309)",
    ),
    (
        "m-gmc-two-names-cyrillic",
        M,
        set_("overall_conclusion.author.name", {"prefix": "Dr", "given": [homoglyphs("Pooja", "o")], "family": "Shah"}),
        "GMC 7012345 under Priya Shah and Pooja Shah, the second in Cyrillic o (MA209)",
    ),
]
for _n, _b, _m, _w in _FACTS_BAD:
    bad(_n, "facts", _b, _m, _w)

_FACTS_OK = [
    (
        "m-gestation-13-days-off",
        M,
        set_("pregnancy.gestation", {"weeks": 31, "days": 2, "on": "2026-03-02"}),
        "31+2 implies 2026-05-02, 13 days from the agreed EDD: within the tolerance",
    ),
    (
        "m-gestation-earlier-scan",
        M,
        set_("pregnancy.gestation", {"weeks": 20, "days": 0, "on": "2025-12-26"}),
        "the gestation of the anomaly scan, on an earlier day, agreeing with the EDD",
    ),
    (
        "m-consent-after-conception",
        M,
        set_("lawful_basis.recorded_on", "2025-10-14"),
        "consent recorded at booking, after conception and before the assessment",
    ),
    (
        "v-assessed-lmp-margin",
        V,
        set_("assessments#asm-valproate.date", "2026-03-16"),
        "nine days before an LMP-dated start: within the margin for dating error",
    ),
    (
        "p-delivered-earlier",
        P,
        set_("pregnancy.delivery_date", "2026-05-11"),
        "born a week earlier: still before everything else in the record",
    ),
    (
        "f-delivered-day-of-meeting",
        F,
        set_("pregnancy.delivery_date", "2026-06-05"),
        "born three days earlier; the ward stay and discharge still fit",
    ),
    (
        "c-attested-own-time-zone",
        C,
        set_("attestation.at", "2026-02-10T00:20:00+01:00"),
        "attested just after midnight on the assessment day in its own time zone (23:20 UTC the day before)",
    ),
    (
        "p-hv-other-nmc-number",
        P,
        set_("assessments#asm-partner-quetiapine.author.registration.number", "09D4721C"),
        "a health visitor with another well-formed NMC number",
    ),
    ("n-pharmacist-role", N, set_("attestation.by.role", "pharmacist"), "a pharmacist on the GPhC register"),
    (
        "m-gmc-initial",
        M,
        set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["P."], "family": "Shah"}),
        "the same clinician signing with an initial",
    ),
    (
        "m-midwife-author-nmc",
        M,
        _author(
            "assessments#asm-sertraline.author",
            name={"given": ["Anna"], "family": "Lowe"},
            role="community-midwife",
            registration={"body": "NMC", "number": "03H1582E"},
            organisation={"ods_code": "Y90400", "name": "Hampton General Community Midwives"},
        ),
        "a community midwife on the NMC register writes the sertraline assessment",
    ),
    (
        "v-mllp-private-hscn",
        V,
        set_("recipients#rcp-maternity.route.host", "10.208.14.22"),
        "a private network address on the health and social care network",
    ),
    (
        "l-fhir-nhs-host",
        L,
        set_("recipients#rcp-maternity.route.base_url", "https://fhir.northgate-hospital.nhs.uk/R4"),
        "an https FHIR base on an NHS domain",
    ),
    (
        "m-mesh-ods-prefixed",
        M,
        set_("recipients#rcp-hv.route.mailbox", "Y90500HV"),
        "a mailbox id that starts with the ODS code",
    ),
    (
        "f-manual-posted",
        F,
        set_(
            "recipients#rcp-foster-carer.route.description",
            "Social worker Leanne Moss posts a sealed copy to Sandra Hollis first class on "
            "2026-06-12 and phones her the next day to go through it.",
        ),
        "who sends what to whom, how and when",
    ),
    (
        "p-ods-trust-site",
        P,
        set_("recipients#rcp-midwife.organisation.ods_code", "RR801"),
        "a five-character trust site code",
    ),
    ("p-ods-trust", P, set_("recipients#rcp-midwife.organisation.ods_code", "RR8"), "a three-character trust code"),
    # disguised
    (
        "f-manual-cyrillic",
        F,
        set_(
            "recipients#rcp-foster-carer.route.description",
            homoglyphs(
                "Ward midwife handed the printed plan to the foster carer at discharge and read it through with her.",
                "aeo",
            ),
        ),
        "a real hand-over in Cyrillic look-alikes (a warning at most)",
    ),
    (
        "m-same-name-cyrillic",
        M,
        set_(
            "overall_conclusion.author.name", {"prefix": "Dr", "given": [homoglyphs("Priya", "Pa")], "family": "Shah"}
        ),
        "the same clinician, her name with a Cyrillic P and a",
    ),
]
for _n, _b, _m, _w in _FACTS_OK:
    ok(_n, "facts", _b, _m, _w)


# ============================================================================================================
# good: the plain style of a busy GP and a specialist midwife; beside each a few with the substance taken out.

_GOOD = [
    (
        "gp-meth-telegraphic",
        M,
        meth(
            "Methadone 60mg OD, no change. Baby will need NAS obs on PNW min 72h, HV to look for late signs to day 8. "
            "BF fine and encouraged. Drowsy after dose so never bed/sofa share - cot in parents' room."
        ),
        "GP shorthand, complete",
    ),
    (
        "mw-sert-plain",
        M,
        sert(
            "Sertraline 100 mg to carry on as it is - stopping risks her depression coming back. Baby to have "
            "adaptation obs (jittery, feeding, breathing) alongside the withdrawal chart on the ward; fine to "
            "breastfeed."
        ),
        "specialist midwife, plain words",
    ),
    (
        "mw-lith-plain",
        L,
        lith(
            "Lithium stays at 800 mg nocte. Levels 4-weekly, weekly from 36/40 and within 24 h of delivery; hospital "
            "birth, keep her drinking in labour. Paeds to see baby after birth and ward to watch for floppiness or "
            "poor feeding; formula feeding as BF not advised."
        ),
        "specialist midwife, abbreviations",
    ),
    (
        "gp-valp-plain",
        V,
        valp(
            "Valproate carries on for now - do not stop, seizure risk. Baby exposed in 1st trimester: about 1 in 10 "
            "major malformation risk, so urgent fetal medicine referral and detailed anomaly scan; neuro to review "
            "the drug urgently. Folic acid 5 mg started."
        ),
        "GP, plain and complete",
    ),
    (
        "gp-dzpg-plain",
        F,
        dzpg(
            "Diazepam + pregabalin: mum drowsy after doses, so no sharing a bed/sofa/chair with baby and no feeds "
            "lying down; foster carer does nights. Watch baby for late withdrawal till day 8, ring neonatal unit if "
            "tremor or poor feeding. Both continue; slow diazepam taper at 6/52 review."
        ),
        "GP shorthand",
    ),
    (
        "hv-quet-plain",
        P,
        quet(
            "Dad's quetiapine knocks him out at night - he's not to have the baby in bed or on the sofa with him, "
            "and no night feeds after his tablets. Mum does nights, baby in the next-to-me crib. I'll check at every "
            "visit to 8 weeks."
        ),
        "health visitor, first person, plain",
    ),
    (
        "mw-cital-plain",
        C,
        cital(
            "Citalopram 20mg to continue - she relapsed the last time it was stopped. Baby: watch 48h for "
            "jitteriness, poor feeding, fast breathing; paeds if it persists. OK to breastfeed."
        ),
        "specialist midwife, short",
    ),
    (
        "gp-overall-m",
        M,
        overall(
            "Both methadone and sertraline carry on unchanged. Baby: NAS and SSRI adaptation obs on PNW for at least "
            "72 h, HV checks to day 8; BF encouraged; no co-sleeping after her methadone, cot to be seen by SW/HV "
            "before discharge."
        ),
        "GP overall, shorthand",
    ),
    (
        "mw-overall-l",
        L,
        overall(
            "Lithium (Priadel) continues 800 mg nocte; levels 4-weekly, weekly from 36 weeks, and within 24 h of "
            "birth. Deliver in hospital. Paeds review for baby at birth; bottle feeding as lithium gets into breast "
            "milk. PMH team to see her in week 1 - high relapse risk."
        ),
        "specialist midwife overall",
    ),
    (
        "gp-overall-v",
        V,
        overall(
            "8/40, unplanned, on sodium valproate. Keep taking it until neuro see her urgently - no sudden stop. "
            "Urgent fetal medicine referral for the baby's exposure and a detailed anomaly scan; folic acid 5 mg "
            "daily started. ARAF status recorded."
        ),
        "GP overall, shorthand",
    ),
    (
        "gp-overall-f",
        F,
        overall(
            "Diazepam and pregabalin continue for now. Mum too drowsy to do nights: foster carer does night feeds, "
            "no bed/sofa/armchair sharing, no lying-down feeds. Baby watched for late withdrawal to day 8. Plan held "
            "by foster carer, HV and SW."
        ),
        "GP overall, plain",
    ),
    (
        "hv-overall-p",
        P,
        overall(
            "Mum's paracetamol is fine. Dad's quetiapine makes him very hard to wake at night, so he must not sleep "
            "with the baby on a bed, sofa or armchair or do night feeds after his dose. Crib on mum's side; I'll keep "
            "checking."
        ),
        "health visitor overall",
    ),
    (
        "mw-cital-overall",
        C,
        overall(
            "Citalopram 20 mg carries on through pregnancy and breastfeeding. Baby to be watched 48 h for "
            "adaptation signs by the midwife; GP mood review at 6/52. Amended 12/02 to add the HV as a recipient."
        ),
        "specialist midwife overall, dates in shorthand",
    ),
    (
        "gp-meth-points-elsewhere-too",
        M,
        meth(
            "Methadone 60 mg continues; the baby is scored for withdrawal on the ward for at least 72 hours, "
            "breastfeeding is encouraged and she must not co-sleep after a dose. Dose changes only via the drug "
            "service (see their letter of 2026-02-20)."
        ),
        "a substantive conclusion that also points elsewhere",
    ),
    (
        "mw-sert-instruction",
        M,
        sert(
            "Do not stop sertraline: relapse risk. Midwife to score the baby for adaptation signs on the ward with "
            "the withdrawal chart; breastfeeding fine."
        ),
        "an instruction, not a deferral",
    ),
    # disguised
    (
        "gp-meth-cyrillic",
        M,
        meth(
            homoglyphs(
                "Methadone 60 mg OD unchanged. Baby on PNW for NAS scoring 72h+, HV to day 8. BF yes. No bed or sofa "
                "sharing after her dose; cot in their room.",
                "aeo",
            )
        ),
        "GP shorthand in Cyrillic look-alikes",
    ),
    (
        "hv-quet-zero-width",
        P,
        quet(
            inside_words(
                "Dad's quetiapine: he sleeps too heavily to wake for the baby, so no baby in his bed or on the sofa with "
                "him and no night feeds from him; mum does nights, crib by her side, checked each visit.",
                ZW,
                every=4,
            )
        ),
        "health visitor plain text with zero-width spaces",
    ),
    (
        "mw-lith-soft-hyphen",
        L,
        lith(
            inside_words(
                "Lithium continues at 800 mg; levels monthly then weekly from 36 weeks and within 24 hours of birth. "
                "Paediatric review for the baby; bottle feeding, as breastfeeding is not advised.",
                SHY,
                every=4,
            )
        ),
        "specialist midwife text with soft hyphens",
    ),
]
for _n, _b, _m, _w in _GOOD:
    ok(_n, "good", _b, _m, _w)

_GOOD_EMPTIED = [
    (
        "gp-meth-dose-only",
        M,
        meth("Methadone 60mg OD, no change. Supervised at the chemist daily; script weekly."),
        "the GP shorthand with the baby taken out: the dose and supply only (MA124)",
    ),
    (
        "mw-lith-levels-only",
        L,
        lith("Lithium stays at 800 mg nocte. Levels 4-weekly, weekly from 36/40 and within 24 h of delivery."),
        "levels for the mother only; nothing for the baby (MA124)",
    ),
    (
        "gp-valp-see-neuro",
        V,
        valp("Valproate carries on for now. Neuro to advise; see their letter when it comes."),
        "a deferral with nothing for the baby left (MA103)",
    ),
    (
        "hv-quet-discussed",
        P,
        quet("Dad's quetiapine - discussed with both parents at the visit today, they know."),
        "a report that it was discussed (MA103)",
    ),
    (
        "gp-overall-m-sert-missing",
        M,
        overall(
            "Methadone 60mg OD unchanged. Baby: NAS obs on PNW at least 72 h, HV to day 8; BF fine; no co-sleeping "
            "after her dose."
        ),
        "the overall conclusion leaves out sertraline (MA119)",
    ),
    (
        "mw-cital-as-per-plan",
        C,
        cital("Citalopram - as per plan. Usual advice given. Happy."),
        "filler and a report (MA103)",
    ),
    (
        "gp-sert-copied-from-meth",
        M,
        sert(
            "Sertraline 60mg OD, no change. Baby will need NAS obs on PNW min 72h, HV to look for late signs to day "
            "8. BF fine and encouraged. Drowsy after dose so never bed/sofa share - cot in parents' room."
        ),
        "the methadone conclusion copied with the name swapped (MA121)",
    ),
    (
        "gp-dzpg-cyrillic-emptied",
        F,
        dzpg(homoglyphs("Diazepam + pregabalin: both continue; GP review at 6/52.", "aeo")),
        "the mother's review only, in Cyrillic look-alikes (MA124)",
    ),
]
for _n, _b, _m, _w in _GOOD_EMPTIED:
    bad(_n, "good", _b, _m, _w)


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F31CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:20} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F31CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F31CASES),
        "total",
        len(F31CASES),
    )
