"""A fifth, independent batch of red-team cases for the share gate (the third "fresh" batch).

Each case is ONE small mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate
must give. This batch is about the STRUCTURED parts of the record, both ways:

* medicines as clinicians write them in the list: UK brands (mappings/brand-names.csv), salts, "MR"/"XL"/"SR",
  strengths run together, misspellings, hyphen and space variants, combination products (co-codamol,
  co-dydramol, Tramacet, Zapain, Solpadeine), look-alike letters and invisible characters; medicines of concern
  left unassessed or called "not of concern" must be refused, near misses to ordinary medicines must pass;
* dates: impossible or contradictory timelines refused, realistic ones near each boundary passed;
* routes and organisations: MESH mailbox ids, MLLP hosts, FHIR base URLs, manual hand-overs, ODS codes;
* attribution: register against role, impossible numbers, one number under two names, attesters;
* identity: NHS numbers (partner's equal to the mother's, check digits), amendments.

Only real medicines and real UK brands are used; no clinical code is invented: medicines added or renamed here
are recorded uncoded (a warning, never a refusal).

``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh3_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

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
    N,
    P,
    Record,
    V,
    add_medicine,
    chain,
    delete,
    gp_prescriber,
    medicine,
    set_,
)
from tests.redteam.disguise import full_width
from tests.redteam.fresh_cases import n_assessed, unassessed

F3CASES: list[Case] = []

CATEGORIES = (
    "ok-brand-in-list",
    "ok-common-near-miss",
    "ok-combination-assessed",
    "ok-timeline",
    "ok-route",
    "ok-attribution",
    "ok-identity",
    "brand-unassessed",
    "misspelt-unassessed",
    "disguised-unassessed",
    "date-impossible",
    "route-undeliverable",
    "attribution-wrong",
    "identity-wrong",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F3CASES.append(Case(name, category, expect, base, mutate, why))


ZWSP, ZWJ, WJ, BOM, SHY = "\u200b", "\u200d", "\u2060", "\ufeff", "\u00ad"
CYR_A, CYR_I = "\u0430", "\u0456"


def rename(mid: str, name: str) -> Mutation:
    """Write an assessed medicine's name differently in the list (uncoded, so it is judged by its name)."""

    def mutate(doc: Record) -> None:
        med = next(m for m in doc["medicines"] if m["id"] == mid)
        med["name"] = name
        med.pop("code", None)

    return mutate


_ORG = {M: {"ods_code": "Y90001", "name": "Riverside Surgery"},
        L: {"ods_code": "Y90004", "name": "Northgate Health Centre"},
        V: {"ods_code": "Y90003", "name": "Castle Street Surgery"},
        N: {"ods_code": "Y90001", "name": "Riverside Surgery"},
        F: {"ods_code": "Y90002", "name": "Millbrook Medical Centre"},
        P: {"ods_code": "Y90002", "name": "Millbrook Medical Centre"},
        C: {"ods_code": "Y90003", "name": "Castle Street Surgery"}}
_STARTED = {M: "2026-02-11", L: "2026-04-21", V: "2026-05-02", N: "2026-04-04", F: "2026-06-09",
            P: "2026-05-20", C: "2026-01-21"}


def extra(base: str, name: str, reason: str | None = None, **more: Any) -> Mutation:
    """Add an uncoded medicine to the list, with the clinician's no-concern reason when given."""
    med: Record = medicine("med-extra", name, "as directed on the label", _STARTED[base], gp_prescriber(_ORG[base]),
                           **more)
    if reason is not None:
        med["not_of_concern_reason"] = reason
    return add_medicine(med)


def route(rid: str, value: Record) -> Mutation:
    return set_(f"recipients#{rid}.route", value)


def mesh(rid: str, mailbox: str) -> Mutation:
    return route(rid, {"kind": "mesh", "mailbox": mailbox})


def mllp(rid: str, host: str, port: int = 2575) -> Mutation:
    return route(rid, {"kind": "mllp", "host": host, "port": port})


def fhir(rid: str, url: str) -> Mutation:
    return route(rid, {"kind": "fhir", "base_url": url})


def manual(rid: str, text: str) -> Mutation:
    return route(rid, {"kind": "manual", "description": text})


def org(path: str, ods: str, name: str) -> Mutation:
    return set_(path, {"ods_code": ods, "name": name})


def person(prefix: str | None, given: str, family: str, role: str, body: str, number: str, ods: str,
           org_name: str) -> Record:
    name: Record = {"given": [given], "family": family}
    if prefix:
        name = {"prefix": prefix, **name}
    return {"name": name, "role": role, "registration": {"body": body, "number": number},
            "organisation": {"ods_code": ods, "name": org_name}}


def reg(path: str, body: str, number: str) -> Mutation:
    return set_(f"{path}.registration", {"body": body, "number": number})


MA, SA, LA, VA, FA, PA, CA = (
    "asm-methadone", "asm-sertraline", "asm-lithium", "asm-valproate", "asm-diazepam-pregabalin",
    "asm-partner-quetiapine", "asm-citalopram",
)

# ============================================================================================================
# MUST PASS. An assessed medicine written in the list as clinicians write it: brand, salt, MR, run together.

for _n, _base, _mid, _name, _why in [
    ("physeptone", M, "med-methadone", "Physeptone 1mg/ml oral solution sugar free", "methadone by its brand"),
    ("methadone-hcl", M, "med-methadone", "Methadone hydrochloride 1mg/ml oral solution", "methadone with its salt"),
    ("methadone-mixture", M, "med-methadone", "Methadone Mixture 1mg/1ml", "methadone as 'mixture' (DTF name)"),
    ("lustral", M, "med-sertraline", "Lustral 50mg tablets", "sertraline by its brand"),
    ("sertraline-hcl", M, "med-sertraline", "Sertraline hydrochloride 50mg tablets", "sertraline with its salt"),
    ("sertraline-run-together", M, "med-sertraline", "Sertraline50mg tablets", "strength run into the name"),
    ("sertraline-soft-hyphen", M, "med-sertraline", "Sertra" + SHY + "line 50mg tablets",
     "a soft hyphen pasted inside an assessed medicine's name"),
    ("priadel-mr", L, "med-lithium", "Priadel 400mg MR tablets", "lithium by brand with 'MR'"),
    ("camcolit", L, "med-lithium", "Camcolit 400 modified-release tablets", "lithium by another brand"),
    ("lithium-carbonate-mr", L, "med-lithium", "Lithium carbonate 400mg m/r tablets", "lithium salt with 'm/r'"),
    ("epilim-gr", V, "med-valproate", "Epilim 500 gastro-resistant tablets", "valproate by its brand"),
    ("valproate-ec", V, "med-valproate", "Sodium Valproate 500mg e/c tablets", "valproate with 'e/c'"),
    ("alzain", F, "med-pregabalin", "Alzain 75mg capsules", "pregabalin by a UK generic brand"),
    ("lecaent", F, "med-pregabalin", "Lecaent 75mg capsules", "pregabalin by another UK brand"),
    ("pregabalin-zwsp", F, "med-pregabalin", "Prega" + ZWSP + "balin 75mg capsules",
     "a zero-width space pasted inside an assessed medicine's name"),
    ("diazepam-supplier", F, "med-diazepam", "Diazepam 5mg tablets (Accord)", "supplier in brackets"),
    ("quetiapine-fumarate", P, "med-partner-quetiapine", "Quetiapine fumarate 100mg tablets", "quetiapine salt"),
    ("seroquel", P, "med-partner-quetiapine", "Seroquel 100mg tablets", "quetiapine by its originator UK brand"),
    ("cipramil", C, "med-citalopram", "Cipramil 20mg tablets", "citalopram by its brand"),
    ("citalopram-hbr", C, "med-citalopram", "Citalopram hydrobromide 20mg tablets", "citalopram with its salt"),
    ("citalopram-caps", C, "med-citalopram", "CITALOPRAM 20MG TABS", "capitals and 'TABS'"),
]:
    add(f"b3-{_n}", "ok-brand-in-list", PASS, _base, rename(_mid, _name),
        f"{_why}; the medicine is assessed and its texts name it")

# Ordinary medicines of no perinatal concern, some a letter or two from a medicine of concern.

for _n, _name, _why in [
    ("paracetamol-run-together", "Paracetamol500mg tablets", "paracetamol with the strength run in"),
    ("senokot", "Senokot 7.5mg tablets", "senna by its brand"),
    ("fybogel", "Fybogel Mango 3.5g effervescent granules sachets", "ispaghula by its brand"),
    ("ferrous-sulphate", "Ferrous sulphate 200mg tablets", "iron, British spelling"),
    ("ferrous-fumarate-run", "Ferrous Fumarate210mg tablets", "iron, strength run in"),
    ("folic-acid-hyphen", "Folic-acid 400microgram tablets", "folic acid hyphenated"),
    ("peptac", "Peptac liquid", "an alginate by its brand"),
    ("vitamin-d3", "Vitamin D3 10microgram capsules", "vitamin D"),
]:
    add(f"cn3-{_n}", "ok-common-near-miss", PASS, N, extra(N, _name),
        f"{_why}: a common medicine of no concern, recognised without a reason")

for _n, _base, _name, _reason, _why in [
    ("paracetemol", N, "Paracetemol 500mg tablets",
     "Paracetamol for perineal pain, at most 4 g a day; the first-choice painkiller when breastfeeding.",
     "paracetamol's commonest misspelling"),
    ("amoxicillin", N, "Amoxicillin 500mg capsules",
     "Five-day course for a urinary infection; a penicillin used routinely when breastfeeding.",
     "amoxicillin, a few letters from amoxapine"),
    ("loratadine", N, "Loratadine 10mg tablets",
     "Non-sedating antihistamine for hay fever; preferred choice while breastfeeding.",
     "loratadine, close to lorazepam"),
    ("cetirizine", N, "Cetirizine 10mg tablets",
     "Non-sedating antihistamine for hay fever at the usual dose; compatible with breastfeeding.",
     "cetirizine, sounds like sertraline"),
    ("levothyroxine", N, "Levothyroxine 75microgram tablets",
     "Thyroid replacement for hypothyroidism, levels checked; safe in breastfeeding.",
     "levothyroxine, starts like levetiracetam"),
    ("co-amoxiclav", N, "Co-amoxiclav 500mg/125mg tablets",
     "Seven-day antibiotic course for a wound infection after the caesarean; compatible with breastfeeding.",
     "a 'co-' combination that is an antibiotic, not co-codamol"),
    ("clotrimazole", N, "Clotrimazole 1% cream",
     "Antifungal cream for vaginal thrush, barely absorbed; no effect on the baby.",
     "clotrimazole, starts like clozapine and clonazepam"),
    ("hydrocortisone", N, "Hydrocortisone 1% cream",
     "Mild steroid cream for eczema on her hands, short course; no effect on the breastfed baby.",
     "hydrocortisone, starts like hydroxyzine"),
    ("tranexamic", N, "Tranexamic acid 500mg tablets",
     "Three days for heavy postpartum bleeding, stopped since; compatible with breastfeeding.",
     "tranexamic acid, starts like tramadol"),
    ("chlorhexidine", N, "Chlorhexidine gluconate 0.2% mouthwash",
     "Mouthwash for a gum infection, not swallowed; no effect on the baby.",
     "chlorhexidine, starts like chlorphenamine"),
    ("lansoprazole", N, "Lansoprazole 15mg orodispersible tablets",
     "Acid reflux; a proton pump inhibitor commonly used while breastfeeding.",
     "lansoprazole, ends like a benzodiazepine name"),
    ("ibuprofen-postnatal", N, "Ibuprofen 400mg tablets",
     "Postnatal pain relief after the birth; the preferred anti-inflammatory in breastfeeding.",
     "ibuprofen, a near miss to Nurofen Plus"),
    ("metformin-gdm", M, "Metformin 500mg tablets",
     "Gestational diabetes; metformin is recommended in pregnancy by NICE and stops at delivery.",
     "metformin, starts like methadone"),
    ("aspirin-75", C, "Aspirin 75mg dispersible tablets",
     "Low-dose aspirin from 12 weeks to reduce pre-eclampsia risk, as NICE recommends.",
     "aspirin alone, a near miss to aspirin with codeine (Codis)"),
    ("cetraben", N, "Cetraben emollient cream",
     "Emollient applied to dry skin; not absorbed, no effect on the baby.",
     "an emollient that sounds a little like sertraline"),
]:
    add(f"cn3-{_n}", "ok-common-near-miss", PASS, _base, extra(_base, _name, _reason),
        f"{_why}, with the clinician's reason it raises no concern")

# Combination products properly assessed.

add("ca3-n-tramacet-assessed", "ok-combination-assessed", PASS, N,
    n_assessed("med-tramacet", "Tramacet 37.5mg/325mg tablets", "One or two tablets up to four times a day for 5 days",
               {"sedation": "yes",
                "parenting_capacity": "Caesarean wound pain; a little light-headed for an hour after a dose.",
                "safe_sleep": "Must not fall asleep with the baby in her bed or on the sofa while taking it; the "
                              "Moses basket stays beside the bed."},
               {"summary": "Tramadol passes into breast milk in small amounts; a short course is acceptable but "
                           "the baby can become sleepy.",
                "neonatal_withdrawal_plan": "Started after the birth, so the baby was not exposed in the womb and "
                                            "no withdrawal watch is needed.",
                "breastfeeding": "Five days at most; stop and ring the midwife if the baby is unusually sleepy, "
                                 "floppy or feeding poorly."},
               "Five days only, then paracetamol alone. Midwife checks the baby's feeding and alertness at the "
               "day 5 visit.",
               "Tramacet (tramadol with paracetamol) for five days while breastfeeding: the midwife watches the "
               "baby for sleepiness and poor feeding and it stops if either is seen; no dozing with the baby in "
               "bed or on the sofa while she takes it.",
               "Tramacet five-day course beside paracetamol and lactulose: breastfeeding continues with the "
               "baby watched for sleepiness; no bed or sofa sharing during the course."),
    "Tramacet, a combination product, assessed for breastfeeding and safe sleep")
add("ca3-n-co-dydramol-assessed", "ok-combination-assessed", PASS, N,
    n_assessed("med-codydramol", "Co-dydramol 10mg/500mg tablets", "Two tablets up to four times a day for 3 days",
               {"sedation": "yes",
                "parenting_capacity": "Perineal pain after a forceps delivery; slightly drowsy after doses.",
                "safe_sleep": "No bed-sharing, and never to doze with the baby on the sofa, during the three days."},
               {"summary": "Dihydrocodeine reaches breast milk and can make a breastfed baby drowsy or slow to "
                           "feed.",
                "neonatal_withdrawal_plan": "Only started after delivery, so no neonatal withdrawal is expected.",
                "breastfeeding": "Three days at most; stop and seek advice if the baby is drowsy or feeds "
                                 "poorly."},
               "Three days only, then paracetamol alone; midwife to check the baby's alertness at the next visit.",
               "Co-dydramol (dihydrocodeine with paracetamol) for three days while breastfeeding: the baby is "
               "watched for drowsiness and poor feeding and the course stops if they appear; no bed-sharing "
               "while she takes it.",
               "Three days of co-dydramol alongside paracetamol and lactulose: breastfeeding carries on with the "
               "baby checked for drowsiness; she must not bed-share during the course."),
    "co-dydramol, a combination product, assessed")

# Realistic timelines near each boundary.

add("t3-m-edd-13-days-later", "ok-timeline", PASS, M, set_("pregnancy.edd", "2026-05-29"),
    "the EDD 13 days after the one the gestation implies (2026-05-16): within the 14-day tolerance")
add("t3-m-edd-13-days-earlier", "ok-timeline", PASS, M, set_("pregnancy.edd", "2026-05-03"),
    "the EDD 13 days before the one the gestation implies")
add("t3-c-gestation-13-days-off", "ok-timeline", PASS, C,
    set_("pregnancy.gestation", {"weeks": 30, "days": 2, "on": "2026-02-10"}),
    "gestation implying 2026-04-19 against the agreed EDD 2026-04-06: 13 days")
add("t3-v-edd-lmp-12-days-off", "ok-timeline", PASS, V, set_("pregnancy.edd", "2027-01-11"),
    "an LMP EDD 12 days after the one the gestation implies, awaiting the dating scan")
add("t3-f-attested-after-midnight-bst", "ok-timeline", PASS, F,
    set_("attestation.at", "2026-06-12T00:20:00+01:00"),
    "attested at 00:20 BST on the assessment day (23:20 UTC the day before): its own day is the assessment's")
add("t3-f-pregabalin-changed-on-assessment-day", "ok-timeline", PASS, F,
    set_("medicines#med-pregabalin.last_changed", "2026-06-12"),
    "the dose changed on the day of the assessment, which covers it")
add("t3-m-sertraline-changed-same-day", "ok-timeline", PASS, M,
    set_("medicines#med-sertraline.last_changed", "2026-03-02"),
    "sertraline changed on the day of the assessment")
add("t3-n-mother-aged-16", "ok-timeline", PASS, N, set_("mother.birth_date", "2009-11-30"),
    "a 16-year-old mother: young, but a possible age")
add("t3-l-mother-aged-44", "ok-timeline", PASS, L, set_("mother.birth_date", "1982-01-15"),
    "a 44-year-old mother")
add("t3-m-consent-at-booking", "ok-timeline", PASS, M, set_("lawful_basis.recorded_on", "2025-10-20"),
    "consent recorded at the booking visit, about 10 weeks into this pregnancy")
add("t3-n-lactulose-planned-stop", "ok-timeline", PASS, N,
    set_("medicines#med-lactulose.stopped", "2026-04-16"),
    "a planned end to a one-week lactulose course, after the record was written")
add("t3-l-lithium-started-2009", "ok-timeline", PASS, L, set_("medicines#med-lithium.started", "2009-03-15"),
    "lithium started long ago, when she was 18")
add("t3-f-cp-plan-ended-at-birth", "ok-timeline", PASS, F,
    set_("safeguarding.child_protection_plan_ended", "2026-06-08"),
    "the child protection plan ended on the day of birth, when the interim care order was made")

# Realistic, deliverable routes and organisations.

add("r3-m-maternity-leeds-mesh", "ok-route", PASS, M,
    chain(org("recipients#rcp-maternity.organisation", "RR8", "Leeds Teaching Hospitals NHS Trust"),
          mesh("rcp-maternity", "RR8OT001")),
    "a trust ODS code and an 8-character MESH mailbox")
add("r3-m-hv-ycode", "ok-route", PASS, M,
    chain(org("recipients#rcp-hv.organisation", "Y02494", "Leeds Community Health Visiting"),
          mesh("rcp-hv", "Y02494OT001")),
    "a Y-code organisation with an 11-character mailbox")
add("r3-m-sw-rxx", "ok-route", PASS, M,
    chain(org("recipients#rcp-sw.organisation", "RXX", "Hampton Children's Social Care"), mesh("rcp-sw", "RXXOT004")),
    "a three-character code RXX and its mailbox")
add("r3-v-mllp-nuh", "ok-route", PASS, V,
    chain(org("recipients#rcp-maternity.organisation", "RX1", "Nottingham University Hospitals NHS Trust"),
          mllp("rcp-maternity", "hl7-interface.nuh.nhs.uk", 2575)),
    "an MLLP interface on an NHS trust hostname")
add("r3-v-mllp-private-ip", "ok-route", PASS, V, mllp("rcp-maternity", "10.212.41.7", 6661),
    "an MLLP interface by its HSCN address and port")
add("r3-l-fhir-mft", "ok-route", PASS, L,
    chain(org("recipients#rcp-maternity.organisation", "R0A", "Manchester University NHS Foundation Trust"),
          fhir("rcp-maternity", "https://fhir.mft.nhs.uk/maternity/R4")),
    "a FHIR base URL on a trust hostname")
add("r3-l-fhir-port", "ok-route", PASS, L, fhir("rcp-maternity", "https://interop.leedsth.nhs.uk:8443/fhir/R4"),
    "a FHIR base URL with a port")
add("r3-l-fhir-trailing-slash", "ok-route", PASS, L, fhir("rcp-maternity", "https://api.gstt.nhs.uk/fhir/r4/"),
    "a FHIR base URL ending in a slash")
add("r3-f-foster-recorded-delivery", "ok-route", PASS, F,
    manual("rcp-foster-carer", "Sealed printed copy sent by recorded delivery to the foster carer's address held by "
                               "children's services on 2026-06-12, and read through with her at the first placement "
                               "visit."),
    "a manual hand-over that says who, what and when")
add("r3-f-foster-by-sw", "ok-route", PASS, F,
    manual("rcp-foster-carer", "Handed over in person by the supervising social worker at the placement on "
                               "2026-06-13."),
    "a short manual hand-over by the social worker")
add("r3-n-midwife-site-code", "ok-route", PASS, N,
    chain(org("recipients#rcp-midwife.organisation", "RR801", "Leeds General Infirmary"),
          mesh("rcp-midwife", "RR801OT02")),
    "a 5-character trust site code")
add("r3-p-partner-gp-practice-code", "ok-route", PASS, P,
    org("recipients#rcp-partner-gp.organisation", "B86016", "Oakwood Lane Medical Practice"),
    "a GP practice code (letter and 5 digits)")
add("r3-v-mllp-ipv6", "ok-route", PASS, V, mllp("rcp-maternity", "2a00:1a48:7805:111::10", 2575),
    "an MLLP interface by a global IPv6 address")

# Attribution that fits: the right register for each role, one clinician under one name.

add("a3-m-sert-midwife-nmc", "ok-attribution", PASS, M,
    set_(f"assessments#{SA}.author", person(None, "Anna", "Lowe", "community-midwife", "NMC", "98Y2345E", "Y90400",
                                            "Hampton General Community Midwives")),
    "a community midwife with an NMC PIN writes the sertraline assessment")
add("a3-m-sert-pharmacist-gphc", "ok-attribution", PASS, M,
    set_(f"assessments#{SA}.author", person(None, "Bethany", "Cole", "clinical-pharmacist", "GPhC", "2087654",
                                            "Y90001", "Riverside Surgery")),
    "the practice's clinical pharmacist (GPhC) writes the sertraline assessment")
add("a3-l-psychiatrist-attests", "ok-attribution", PASS, L,
    set_("attestation.by", person("Dr", "Samuel", "Osei", "psychiatrist", "GMC", "7056789", "Y90730",
                                  "Northgate Perinatal Mental Health Team")),
    "the perinatal psychiatrist attests; the GP wrote the overall conclusion")
add("a3-p-overall-practice-nurse", "ok-attribution", PASS, P,
    set_("overall_conclusion.author", person(None, "Helen", "Carter", "nurse", "NMC", "03K0912E", "Y90002",
                                             "Millbrook Medical Centre")),
    "the practice nurse (NMC) writes the overall conclusion")
add("a3-f-pharmacist-attests", "ok-attribution", PASS, F,
    set_("attestation.by", person(None, "Sunita", "Patel", "pharmacist", "GPhC", "2054321", "Y90002",
                                  "Millbrook Medical Centre")),
    "a pharmacist (GPhC) at the practice attests")
add("a3-m-overall-initial", "ok-attribution", PASS, M,
    set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["P"], "family": "Shah"}),
    "the same GP signs the overall conclusion with her initial")
add("a3-m-attest-capitals", "ok-attribution", PASS, M,
    set_("attestation.by.name", {"prefix": "DR", "given": ["PRIYA"], "family": "SHAH"}),
    "the same GP's name in capitals")
add("a3-m-two-shahs", "ok-attribution", PASS, M,
    set_(f"assessments#{MA}.author", person("Dr", "Anil", "Shah", "general-practitioner", "GMC", "7098765",
                                            "Y90001", "Riverside Surgery")),
    "a second Dr Shah at the practice, with his own GMC number")
add("a3-v-obstetrician", "ok-attribution", PASS, V,
    set_(f"assessments#{VA}.author", person("Dr", "Grace", "Okafor", "obstetrician", "GMC", "6143217", "Y90420",
                                            "Castleford Royal Maternity Unit")),
    "an obstetrician (GMC) writes the assessment; the GP concludes and attests")

# Identity that holds together.

add("i3-p-partner-own-number", "ok-identity", PASS, P, set_("partner.nhs_number", "9990004315"),
    "the partner's own, valid NHS number")
add("i3-p-partner-no-number", "ok-identity", PASS, P, delete("partner.nhs_number"),
    "the partner's NHS number not known, left out")
add("i3-p-partner-same-family", "ok-identity", PASS, P, set_("partner.name.family", "Adeyemi-Example"),
    "the partner shares the mother's family name, not her given name")
add("i3-n-amended-v2-reason", "ok-identity", PASS, N,
    chain(set_("status", "amended"), set_("version", 2),
          set_("amendment_reason", "Lactulose dose corrected from 10 ml to 15 ml twice a day after the pharmacy "
                                   "query; nothing else changed.")),
    "an amended second version that says what changed")
add("i3-c-amended-v3", "ok-identity", PASS, C, set_("version", 3),
    "an amended third version with its reason")
add("i3-m-mother-other-valid-number", "ok-identity", PASS, M, set_("mother.nhs_number", "9434765919"),
    "another valid NHS number for the mother")

# ============================================================================================================
# MUST REFUSE. Medicines of concern by brand, salt or formulation, left unassessed ("not of concern").

for _n, _base, _name, _what in [
    ("zapain", N, "Zapain 30mg/500mg capsules", "co-codamol"),
    ("solpadeine-max", N, "Solpadeine Max tablets", "co-codamol"),
    ("solpadeine-plus", N, "Solpadeine Plus soluble tablets", "codeine with paracetamol"),
    ("tramacet", N, "Tramacet 37.5mg/325mg tablets", "tramadol with paracetamol"),
    ("co-codamol-effervescent", N, "Co-codamol 30mg/500mg effervescent tablets", "codeine with paracetamol"),
    ("co-dydramol", N, "Co-dydramol 10mg/500mg tablets", "dihydrocodeine with paracetamol"),
    ("kapake", N, "Kapake 30/500 tablets", "co-codamol"),
    ("migraleve-yellow", N, "Migraleve Yellow tablets", "co-codamol"),
    ("syndol", N, "Syndol caplets", "codeine"),
    ("tramulief-sr", N, "Tramulief SR 100mg tablets", "modified-release tramadol"),
    ("oxycontin", N, "OxyContin 10mg prolonged-release tablets", "oxycodone"),
    ("sevredol", N, "Sevredol 10mg tablets", "morphine"),
    ("mst-continus", N, "MST Continus 10mg tablets", "morphine"),
    ("seroxat", N, "Seroxat 20mg tablets", "paroxetine"),
    ("prothiaden", N, "Prothiaden 75mg tablets", "dosulepin"),
    ("sominex", N, "Sominex 20mg tablets", "promethazine"),
    ("lamictal-antenatal", V, "Lamictal 100mg tablets", "lamotrigine"),
    ("topamax-antenatal", C, "Topamax 50mg tablets", "topiramate"),
    ("zispin-soltab", C, "Zispin SolTab 15mg orodispersible tablets", "mirtazapine"),
    ("espranor", M, "Espranor 8mg oral lyophilisates", "buprenorphine"),
    ("seroquel-xl", N, "Seroquel XL 50mg prolonged-release tablets", "quetiapine"),
    ("ramipril-antenatal", M, "Ramipril 5mg capsules", "an ACE inhibitor in pregnancy"),
    ("losartan-antenatal", C, "Losartan 50mg tablets", "an angiotensin receptor blocker in pregnancy"),
    ("venlafaxine-xl", N, "Venlafaxine XL 75mg capsules", "venlafaxine"),
    ("quetiapine-xl", N, "Quetiapine XL 50mg tablets", "quetiapine"),
    ("oxycodone-mr", N, "Oxycodone MR 10mg tablets", "oxycodone"),
    ("morphine-sulfate", N, "Morphine sulfate 10mg/5ml oral solution", "morphine"),
    ("codeine-phosphate", N, "Codeine phosphate 30mg tablets", "codeine"),
    ("promethazine-hcl", N, "Promethazine hydrochloride 25mg tablets", "promethazine"),
    ("amitriptyline", N, "Amitriptyline 10mg tablets", "amitriptyline"),
]:
    add(f"bu3-{_n}", "brand-unassessed", REFUSE, _base, unassessed(_base, _name),
        f"{_name} is {_what}: of concern, unassessed, called not of concern (MA101)")

add("bu3-n-co-codamol-flagged", "brand-unassessed", REFUSE, N,
    extra(N, "Co-codamol 8mg/500mg tablets", flagged=True),
    "co-codamol flagged for assessment by the clinician and never assessed (MA101)")
add("bu3-n-dihydrocodeine-no-reason", "brand-unassessed", REFUSE, N, extra(N, "Dihydrocodeine 30mg tablets"),
    "dihydrocodeine listed with no reason and no assessment (MA101)")
add("bu3-p-partner-tramadol", "brand-unassessed", REFUSE, P,
    unassessed(P, "Tramadol 50mg capsules", reason="His own back pain tablets; the baby never takes them.",
               taken_by="partner"),
    "the father's sedating tramadol called irrelevant (MA101)")
add("bu3-p-partner-zomorph", "brand-unassessed", REFUSE, P,
    unassessed(P, "Zomorph 30mg modified-release capsules", reason="Father's long-term pain medicine, stable for "
               "years.", taken_by="partner"),
    "the father's morphine (Zomorph) unassessed (MA101)")

# Misspellings, sound-alikes, hyphen and space variants, strengths run together.

for _n, _base, _name, _what in [
    ("cocodamol", N, "Cocodamol 30/500 tablets", "co-codamol without its hyphen"),
    ("co-space-codamol", N, "Co codamol 8/500 tablets", "co-codamol with a space"),
    ("codydramol", N, "Codydramol 10/500 tablets", "co-dydramol without its hyphen"),
    ("tramadol-run-together", N, "Tramadol50mg capsules", "tramadol run into its strength"),
    ("tramadole", N, "Tramadole 50mg capsules", "tramadol with an extra e"),
    ("dihydrocodiene", N, "Dihydrocodiene 30mg tablets", "dihydrocodeine with two letters swapped"),
    ("diazapam", N, "Diazapam 2mg tablets", "diazepam with a for e"),
    ("setraline", N, "Setraline 50mg tablets", "sertraline missing the r"),
    ("quetiapene", N, "Quetiapene 25mg tablets", "quetiapine with e for i"),
    ("mirtazepine", N, "Mirtazepine 15mg tablets", "mirtazapine with e for a"),
    ("pregablin", N, "Pregablin 75mg capsules", "pregabalin missing a letter"),
    ("zopiclone-run-together", N, "Zopiclone7.5mg tablets", "zopiclone run into its strength"),
    ("gabapentine", N, "Gabapentine 300mg capsules", "gabapentin with a French e"),
    ("olanzapin", N, "Olanzapin 5mg tablets", "olanzapine missing its e"),
    ("lamotrigin-antenatal", C, "Lamotrigin 100mg tablets", "lamotrigine missing its e"),
    ("sodium-valporate", C, "Sodium valporate 200mg tablets", "valproate's commonest misspelling"),
    ("fluoxetene", N, "Fluoxetene 20mg capsules", "fluoxetine by sound"),
    ("codine", N, "Codine 30mg tablets", "codeine missing an e"),
    ("oramorf", N, "Oramorf 10mg/5ml oral solution", "Oramorph spelt by sound"),
    ("zopiklone", N, "Zopiklone 7.5mg tablets", "zopiclone with k for c"),
]:
    add(f"mu3-{_n}", "misspelt-unassessed", REFUSE, _base, unassessed(_base, _name),
        f"{_what}: a medicine of concern, unassessed, called not of concern (MA101/MA117)")

# Look-alike letters, digits and invisible characters inside the name.

for _n, _name, _what in [
    ("tramadol-zwsp", "Tram" + ZWSP + "adol 50mg capsules", "tramadol with a zero-width space"),
    ("co-codamol-shy", "Co-co" + SHY + "damol 30/500 tablets", "co-codamol with a soft hyphen"),
    ("diazepam-wj", "Diaze" + WJ + "pam 5mg tablets", "diazepam with a word joiner"),
    ("zopiclone-bom", BOM + "Zopiclone 7.5mg tablets", "zopiclone after a byte-order mark"),
    ("codeine-zwj", "Code" + ZWJ + "ine phosphate 15mg tablets", "codeine with a zero-width joiner"),
    ("pregabalin-cyrillic-a", "Pregab" + CYR_A + "lin 75mg capsules", "pregabalin with a Cyrillic a"),
    ("tramadol-two-cyrillic", "Tr" + CYR_A + "m" + CYR_A + "dol 50mg capsules", "tramadol with two Cyrillic a"),
    ("oxycodone-greek-omicron", "\u039fxycodone 5mg capsules", "oxycodone starting with a Greek capital omicron"),
    ("morphine-ukrainian-i", "Morph" + CYR_I + "ne 10mg/5ml oral solution", "morphine with a Ukrainian i"),
    ("kapake-fullwidth", full_width("Kapake") + " 30/500 tablets", "Kapake in full-width letters"),
    ("tramad0l", "Tramad0l 50mg capsules", "tramadol with a digit 0"),
    ("z0piclone", "Z0piclone 3.75mg tablets", "zopiclone with a digit 0"),
    ("quetiapine-dotless-i", "Quet\u0131apine 25mg tablets", "quetiapine with a dotless i"),
    ("trarnadol", "Trarnadol 50mg capsules", "tramadol with 'rn' for 'm'"),
    ("co-codamol-nb-hyphen", "Co\u2011codamol 30/500 tablets", "co-codamol with a non-breaking hyphen"),
    ("co-dydramol-en-dash", "Co\u2013dydramol 10/500 tablets", "co-dydramol with an en dash"),
]:
    add(f"du3-{_n}", "disguised-unassessed", REFUSE, N, unassessed(N, _name),
        f"{_what}: a medicine of concern, unassessed, called not of concern (MA101/MA117)")

# Dates that cannot be true or contradict each other.

add("dt3-m-edd-15-days-off", "date-impossible", REFUSE, M, set_("pregnancy.edd", "2026-05-31"),
    "EDD 15 days from the one the gestation implies (MA011)")
add("dt3-l-edd-five-weeks-off", "date-impossible", REFUSE, L, set_("pregnancy.edd", "2026-09-30"),
    "EDD five weeks from the gestation (MA011)")
add("dt3-c-edd-year-typo", "date-impossible", REFUSE, C, set_("pregnancy.edd", "2027-04-06"),
    "EDD a year out (MA011)")
add("dt3-m-attested-in-future", "date-impossible", REFUSE, M, set_("attestation.at", "2026-12-05T09:00:00+00:00"),
    "attested two days after today (MA211)")
add("dt3-f-attested-before-assessment", "date-impossible", REFUSE, F,
    set_("attestation.at", "2026-06-11T17:00:00+01:00"),
    "attested the day before the assessment it attests (MA211)")
add("dt3-v-attested-before-overall", "date-impossible", REFUSE, V, set_("overall_conclusion.date", "2026-05-21"),
    "the overall conclusion dated the day after the attestation (MA211)")
add("dt3-n-delivery-in-future", "date-impossible", REFUSE, N, set_("pregnancy.delivery_date", "2026-12-20"),
    "a postnatal record with a delivery date after today (MA012)")
add("dt3-p-consent-in-future", "date-impossible", REFUSE, P, set_("lawful_basis.recorded_on", "2026-12-24"),
    "consent recorded on a date after today (MA403)")
add("dt3-n-postnatal-13-months", "date-impossible", REFUSE, N, set_("pregnancy.delivery_date", "2025-03-31"),
    "attested more than a year after the delivery (MA013)")
add("dt3-p-delivery-year-typo", "date-impossible", REFUSE, P, set_("pregnancy.delivery_date", "2024-05-18"),
    "a delivery two years before the postnatal record (MA013)")
add("dt3-f-pregabalin-stopped-before-started", "date-impossible", REFUSE, F,
    set_("medicines#med-pregabalin.stopped", "2025-06-01"),
    "pregabalin stopped a month before it was started: the record cannot be read")
add("dt3-n-paracetamol-stopped-before-started", "date-impossible", REFUSE, N,
    set_("medicines#med-paracetamol.stopped", "2026-04-01"),
    "paracetamol stopped before it was started: the record cannot be read")
add("dt3-v-assessed-before-conception", "date-impossible", REFUSE, V, set_(f"assessments#{VA}.date", "2026-02-10"),
    "the valproate assessment dated six weeks before the pregnancy began, not marked pre-conception (MA212)")
add("dt3-m-assessment-year-typo", "date-impossible", REFUSE, M, set_(f"assessments#{MA}.date", "2025-03-02"),
    "the methadone assessment dated a year before this pregnancy (MA212/MA108)")
add("dt3-m-sertraline-changed-in-future", "date-impossible", REFUSE, M,
    set_("medicines#med-sertraline.last_changed", "2026-12-15"),
    "a dose change after today (MA010)")
add("dt3-m-updated-next-year", "date-impossible", REFUSE, M, set_("updated", "2027-03-02T16:40:00+00:00"),
    "the record's update time next year (MA010)")
add("dt3-f-cp-plan-ends-in-future", "date-impossible", REFUSE, F,
    set_("safeguarding.child_protection_plan_ended", "2026-12-28"),
    "a child protection plan that 'ended' after today (MA013)")
add("dt3-n-mother-aged-7", "date-impossible", REFUSE, N, set_("mother.birth_date", "2018-07-27"),
    "a mother aged seven (MA014)")
add("dt3-m-consent-before-pregnancy", "date-impossible", REFUSE, M, set_("lawful_basis.recorded_on", "2025-06-01"),
    "consent recorded two months before this pregnancy began, no pre-conception advice (MA013)")
add("dt3-m-sertraline-assessed-in-future", "date-impossible", REFUSE, M,
    set_(f"assessments#{SA}.date", "2026-12-20"),
    "an assessment dated after today (MA206)")
add("dt3-c-gestation-recorded-in-future", "date-impossible", REFUSE, C,
    set_("pregnancy.gestation", {"weeks": 32, "days": 1, "on": "2026-12-15"}),
    "a gestation recorded on a date after today (MA012)")
add("dt3-n-mother-born-after-record", "date-impossible", REFUSE, N, set_("mother.birth_date", "2026-05-01"),
    "a mother born after her own record (MA014)")

# Routes no record could travel by; organisation codes ODS never issues.

for _n, _base, _mutation, _what in [
    ("mesh-english-word", M, mesh("rcp-hv", "MIDWIFE1"), "an English word for a MESH mailbox (MA307)"),
    ("mesh-too-short", M, mesh("rcp-sw", "X26"), "a 3-character MESH mailbox (MA307)"),
    ("mesh-one-letter", M, mesh("rcp-midwife", "ZZZZZZZZ"), "one letter repeated (MA307)"),
    ("mesh-digits-only", M, mesh("rcp-hv", "12345678"), "a mailbox of digits only (MA307)"),
    ("mesh-letters-only", M, mesh("rcp-maternity", "ABCDEFGH"), "a mailbox of letters only (MA307)"),
    ("mesh-lower-case", M, mesh("rcp-midwife", "x26hc002"), "a lower-case mailbox: cannot be read"),
    ("mllp-localhost", V, mllp("rcp-maternity", "localhost"), "MLLP to this machine (MA308)"),
    ("mllp-zero-address", V, mllp("rcp-maternity", "0.0.0.0"), "MLLP to 0.0.0.0 (MA308)"),
    ("mllp-bare-name", V, mllp("rcp-maternity", "maternity-interface"), "an unqualified host name (MA308)"),
    ("mllp-port-in-host", V, mllp("rcp-maternity", "hl7.castleford.nhs.uk:2575"),
     "the port pasted into the host name (MA308)"),
    ("mllp-multicast", V, mllp("rcp-maternity", "239.1.1.1"), "a multicast group (MA308)"),
    ("mllp-invalid-domain", V, mllp("rcp-maternity", "maternity.castleford.invalid"),
     "a host under the reserved domain 'invalid' (MA308)"),
    ("fhir-plain-http", L, fhir("rcp-maternity", "http://maternity.northgate.nhs.uk/fhir/R4"),
     "a FHIR server over plain http (MA308)"),
    ("fhir-credentials", L, fhir("rcp-maternity", "https://svc:Passw0rd@maternity.northgate.nhs.uk/fhir/R4"),
     "a FHIR base URL carrying credentials (MA308)"),
    ("fhir-query", L, fhir("rcp-maternity", "https://maternity.northgate.nhs.uk/fhir/R4?_format=json"),
     "a FHIR base URL with a query (MA308)"),
    ("fhir-loopback-ip", L, fhir("rcp-maternity", "https://127.0.0.1/fhir"), "a FHIR server on loopback (MA308)"),
    ("fhir-no-host", L, fhir("rcp-maternity", "https:///fhir/R4"), "a FHIR base URL with no host (MA308)"),
    ("fhir-bare-host", L, fhir("rcp-maternity", "https://fhirserver/R4"), "an unqualified FHIR host (MA308)"),
    ("manual-tbc-by-sw", F, manual("rcp-foster-carer", "TBC by SW"), "a manual hand-over 'TBC by SW' (MA309)"),
    ("manual-verbal-only", F, manual("rcp-foster-carer", "Verbal handover only."),
     "a verbal hand-over only: nothing written reaches the carer (MA309)"),
    ("manual-mother-to-pass-on", F, manual("rcp-foster-carer", "Mother to pass on to the foster carer."),
     "left to the mother to pass on (MA309)"),
    ("manual-one-word", F, manual("rcp-foster-carer", "Post."), "a one-word hand-over (MA309)"),
    ("manual-awaiting-address", F, manual("rcp-foster-carer", "Awaiting the carer's address from the team."),
     "a hand-over still awaiting an address (MA309)"),
    ("route-removed", F, delete("recipients#rcp-foster-carer.route"), "the foster carer has no route (MA306)"),
    ("ods-seven-chars", M, org("recipients#rcp-maternity.organisation", "Y900001", "Hampton General Maternity Unit"),
     "an ODS code of 7 characters (MA310)"),
    ("ods-digits-only", M, org("recipients#rcp-hv.organisation", "000000", "Hampton Health Visiting Service"),
     "an ODS code of zeros (MA310)"),
    ("ods-none", N, org("mother.registered_practice", "NONE", "Riverside Surgery"),
     "the registered practice's code 'NONE' (MA310)"),
    ("ods-tba-prescriber", M, org("medicines#med-sertraline.prescriber.organisation", "TBA", "Riverside Surgery"),
     "a prescriber's code 'TBA' (MA310)"),
    ("ods-letters-six", M, org("safeguarding.social_worker.organisation", "RXXXXX", "Hampton Children's Services"),
     "a six-character code of letters, not a practice code (MA310)"),
    ("ods-unk-sw", M, org("recipients#rcp-sw.organisation", "UNK", "Hampton Children's Services"),
     "the social worker's organisation 'UNK' (MA310)"),
]:
    add(f"ru3-{_n}", "route-undeliverable", REFUSE, _base, _mutation, _what)

# Attribution that does not hold.

add("aw3-m-gp-with-nmc", "attribution-wrong", REFUSE, M, reg(f"assessments#{MA}.author", "NMC", "12A3456B"),
    "a GP with an NMC PIN (MA207)")
add("aw3-p-overall-gp-midwife-role", "attribution-wrong", REFUSE, P,
    set_("overall_conclusion.author", person(None, "Anna", "Kowalska", "registered-midwife", "GMC", "7034567",
                                             "Y90410", "Millbrook Community Midwives")),
    "a midwife with a GMC number (MA207)")
add("aw3-n-pharmacist-with-nmc", "attribution-wrong", REFUSE, N, reg("attestation.by", "NMC", "08H2345C"),
    "a clinical pharmacist with an NMC PIN (MA207)")
add("aw3-p-hv-with-gphc", "attribution-wrong", REFUSE, P, reg(f"assessments#{PA}.author", "GPhC", "2034567"),
    "a health visitor with a GPhC number (MA207)")
add("aw3-l-psychiatrist-with-gphc", "attribution-wrong", REFUSE, L, reg(f"assessments#{LA}.author", "GPhC", "2056789"),
    "a psychiatrist with a GPhC number (MA207)")
add("aw3-m-social-worker-attests", "attribution-wrong", REFUSE, M,
    set_("attestation.by", person(None, "Marcus", "Reed", "other", "SWE", "SW98765", "Y90300",
                                  "Hampton Children's Services")),
    "the social worker (Social Work England) attests the medicines record (MA210)")
add("aw3-m-gmc-sevens", "attribution-wrong", REFUSE, M, reg("attestation.by", "GMC", "7777777"),
    "GMC 7777777 (MA208)")
add("aw3-p-nmc-threes", "attribution-wrong", REFUSE, P, reg(f"assessments#{PA}.author", "NMC", "33C3333C"),
    "an NMC PIN whose digits are all 3 (MA208)")
add("aw3-c-gmc-six-digits", "attribution-wrong", REFUSE, C, reg(f"assessments#{CA}.author", "GMC", "704567"),
    "a GMC number of six digits (MA204)")
add("aw3-p-nmc-wrong-form", "attribution-wrong", REFUSE, P, reg(f"assessments#{PA}.author", "NMC", "12A34567"),
    "an NMC PIN without its final letter (MA204)")
add("aw3-n-gphc-not-starting-2", "attribution-wrong", REFUSE, N, reg("attestation.by", "GPhC", "1087654"),
    "a GPhC number not starting with 2 (MA204)")
add("aw3-m-gmc-under-pritchard", "attribution-wrong", REFUSE, M,
    set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["Owen"], "family": "Pritchard"}),
    "Dr Shah's GMC number under Dr Pritchard's name (MA209)")
add("aw3-m-gmc-under-pooja", "attribution-wrong", REFUSE, M,
    set_(f"assessments#{SA}.author.name", {"prefix": "Dr", "given": ["Pooja"], "family": "Shah"}),
    "one GMC number for Priya and Pooja Shah (MA209)")
add("aw3-l-attester-no-registration", "attribution-wrong", REFUSE, L, delete("attestation.by.registration"),
    "the attesting GP without a registration (MA203)")
add("aw3-f-author-no-role", "attribution-wrong", REFUSE, F, delete(f"assessments#{FA}.author.role"),
    "the assessment's author without a role (MA202)")

# Identity that does not hold.

add("iw3-p-partner-mothers-number", "identity-wrong", REFUSE, P, set_("partner.nhs_number", "9990004145"),
    "the partner recorded with the mother's NHS number (MA007)")
add("iw3-p-partner-bad-check-digit", "identity-wrong", REFUSE, P, set_("partner.nhs_number", "9990004294"),
    "the partner's NHS number one off in its check digit (MA003)")
add("iw3-m-mother-bad-check-digit", "identity-wrong", REFUSE, M, set_("mother.nhs_number", "9990001119"),
    "the mother's NHS number fails Modulus 11 (MA003)")
add("iw3-p-partner-mothers-name", "identity-wrong", REFUSE, P,
    set_("partner.name", {"given": ["Chloe"], "family": "Adeyemi-Example"}),
    "the partner recorded under the mother's name (MA007)")
add("iw3-p-partner-mothers-name-caps", "identity-wrong", REFUSE, P,
    set_("partner.name", {"given": ["CHLOE"], "family": "ADEYEMI-EXAMPLE"}),
    "the partner under the mother's name in capitals (MA007)")
add("iw3-n-amended-no-reason", "identity-wrong", REFUSE, N, chain(set_("status", "amended"), set_("version", 2)),
    "an amended second version with no reason (MA008)")
add("iw3-n-amended-corrected", "identity-wrong", REFUSE, N,
    chain(set_("status", "amended"), set_("version", 2), set_("amendment_reason", "Corrected.")),
    "an amendment reason that says nothing (MA008)")
add("iw3-n-amended-first-version", "identity-wrong", REFUSE, N,
    chain(set_("status", "amended"),
          set_("amendment_reason", "Paracetamol dose corrected to 1 g four times a day after the review.")),
    "an 'amended' first version (MA009)")
add("iw3-c-amended-back-to-v1", "identity-wrong", REFUSE, C, set_("version", 1),
    "the amended citalopram record numbered as its first version (MA009)")
add("iw3-c-amended-see-previous", "identity-wrong", REFUSE, C, set_("amendment_reason", "See previous version."),
    "an amendment reason pointing elsewhere (MA008)")
add("iw3-m-mother-zeros", "identity-wrong", REFUSE, M, set_("mother.nhs_number", "0000000000"),
    "a placeholder NHS number of zeros, which passes Modulus 11 but is no one's (MA003)")


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F3CASES)


if __name__ == "__main__":  # pragma: no cover
    tally = counts()
    for cat in CATEGORIES:
        print(f"{cat:26} refuse {tally[(cat, REFUSE)]:3}  pass {tally[(cat, PASS)]:3}")
    print(f"{'all':26} refuse {sum(c.expect == REFUSE for c in F3CASES):3}  "
          f"pass {sum(c.expect == PASS for c in F3CASES):3}")
