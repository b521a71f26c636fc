"""An eleventh independent "fresh" batch of red-team cases for the share gate: who receives the record, and how.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the rule catalogue (docs/rules.md, README.md), the templates (templates/*.toml) and the safeguarding
review response behind the tool (../shared/reference), not from the gate's code. It covers what the earlier
batches covered least:

* recipients by situation: a child protection plan (now or ended), a care order, a looked-after baby, a foster,
  kinship or parent-and-baby placement, a partner's medicine, antenatal against postnatal records, a specialist
  who concluded without the GP (MA301-MA305), each with the right recipient present and missing;
* recipient routes (MESH, MLLP, FHIR, manual) that could deliver against ones that never could (MA306-MA310);
* template versions 1.0.0, 1.1.0 and 1.2.0, each judged against the questions it asked, and the place a baby
  discharged to "other" goes (MA109, MA128, MA006);
* amendments and versions: real and hollow amendment reasons, attestation after and before the amendment, a dose
  changed after the conclusion (MA008, MA009, MA108, MA211);
* the lawful basis: consent, and sharing without consent with a real or hollow justification, and its dates;
* the partner: NHS numbers (valid, invalid, the mother's), and partner medicines assessed or dismissed for
  co-sleeping;
* disguise: plain and disguised pairs with one verdict (look-alike letters inside words, a zero-width joiner
  between every letter, combining grapheme joiners, full-width digits in doses, a right-to-left override
  around one word).

Medicines added here are real and recorded uncoded (MA118 warns, never refuses); no clinical code is invented.
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh11_cases`` for the counts per category.
"""

from __future__ import annotations

import copy
from collections import Counter

from tests.redteam.cases import (
    ELM_PARK,
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
    N,
    P,
    Record,
    V,
    add_medicine,
    chain,
    delete,
    edit,
    medicine,
    other_prescriber,
    set_,
)
from tests.redteam.disguise import homoglyphs, inside_words

F11CASES: list[Case] = []

CATEGORIES = (
    "recipients-by-situation",
    "recipient-routes",
    "template-versions",
    "amendments",
    "lawful-basis",
    "partner",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F11CASES.append(Case(f"f11-{name}", category, expect, base, mutate, why))


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


MA_, SA_, LA_, VA_, FA_, PA_, CA_ = (
    "asm-methadone", "asm-sertraline", "asm-lithium", "asm-valproate", "asm-diazepam-pregabalin",
    "asm-partner-quetiapine", "asm-citalopram",
)


def concl(aid: str, text: str) -> Mutation:
    return set_(f"assessments#{aid}.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


def drop_recipient(rid: str) -> Mutation:
    def mutate(doc: Record) -> None:
        before = len(doc["recipients"])
        doc["recipients"] = [r for r in doc["recipients"] if r["id"] != rid]
        assert len(doc["recipients"]) == before - 1, rid

    return mutate


def add_recipient(recipient: Record) -> Mutation:
    def mutate(doc: Record) -> None:
        doc["recipients"].append(copy.deepcopy(recipient))

    return mutate


def route(rid: str, value: Record) -> Mutation:
    return set_(f"recipients#{rid}.route", value)


def sg(field: str, value: object) -> Mutation:
    return set_(f"safeguarding.{field}", value)


def template(version: str) -> Mutation:
    return set_("template.version", version)


# ------------------------------------------------------------------------------------------------------------
# People, organisations and recipients used below (new ones have their own ODS codes and mailboxes).

OSEI = {  # the perinatal psychiatrist who wrote the lithium example's assessment
    "name": {"prefix": "Dr", "given": ["Samuel"], "family": "Osei"},
    "role": "psychiatrist",
    "registration": {"body": "GMC", "number": "7034567"},
    "organisation": {"ods_code": "Y90730", "name": "Northgate Perinatal Mental Health Service"},
}
HAMPTON_CS = {"ods_code": "Y90300", "name": "Hampton Children's Services"}
SW_N = {"name": {"given": ["Tomas"], "family": "Arkwright"}, "organisation": HAMPTON_CS, "telephone": "01632 960789"}
RCP_SW_N = {"id": "rcp-sw", "role": "social-worker", "organisation": HAMPTON_CS,
            "name": {"given": ["Tomas"], "family": "Arkwright"}, "route": {"kind": "mesh", "mailbox": "X26HC004"}}
RCP_FOSTER_N = {"id": "rcp-foster", "role": "foster-carer",
                "organisation": {"ods_code": "Y90620", "name": "Hampton Fostering Service"},
                "name": {"given": ["Gwen"], "family": "Tallis"},
                "route": {"kind": "manual", "description": (
                    "Printed copy handed to the foster carer by the ward midwife at the discharge planning meeting, "
                    "with the sleeping plan read through together.")}}
RCP_KIN_N = {"id": "rcp-kinship", "role": "foster-carer", "name": {"given": ["Margaret"], "family": "Doyle"},
             "route": {"kind": "manual", "description": (
                 "Health visitor gives a sealed printed copy to the baby's grandmother, the kinship carer, at the "
                 "new birth visit and goes through the medicines with her.")}}
RCP_MBU_N = {"id": "rcp-mbu", "role": "placement-provider",
             "organisation": {"ods_code": "Y90740", "name": "Hampton Mother and Baby Unit"},
             "route": {"kind": "mesh", "mailbox": "X26HC040"}}
RCP_GP_L = {"id": "rcp-gp", "role": "gp", "organisation": {"ods_code": "Y90004", "name": "Northgate Health Centre"},
            "route": {"kind": "mesh", "mailbox": "X26NG001"}}

RS = "recipients-by-situation"
RR = "recipient-routes"
TV = "template-versions"
AM = "amendments"
LB = "lawful-basis"
PT = "partner"
DG = "disguise"

# ============================================================================================================
# recipients-by-situation: who must receive the record, given the baby's circumstances.

ok("n-cpp-social-worker-receives", RS, N, chain(
    sg("child_protection_plan", True), sg("social_worker", SW_N), add_recipient(RCP_SW_N)),
   "a child protection plan, the allocated social worker named and receiving the record")
bad("n-cpp-social-worker-not-sent", RS, N, chain(sg("child_protection_plan", True), sg("social_worker", SW_N)),
    "a child protection plan and a named social worker, yet the social worker is not a recipient (MA304)")
ok("n-full-care-order-home-sw-receives", RS, N, chain(
    sg("care_order", "full"), sg("looked_after", True), sg("social_worker", SW_N), add_recipient(RCP_SW_N)),
   "a full care order, baby placed at home with parents, the social worker receives the record")
bad("n-full-care-order-sw-missing", RS, N, chain(
    sg("care_order", "full"), sg("looked_after", True), sg("social_worker", SW_N)),
    "a care order with no social worker among the recipients: a care order is not lower risk (MA304)")
bad("n-interim-order-no-sw-at-all", RS, N, sg("care_order", "interim"),
    "an interim care order, no social worker recorded nor sent the record (MA109, MA304)")
ok("n-looked-after-foster-both-receive", RS, N, chain(
    sg("looked_after", True), sg("care_order", "interim"), sg("social_worker", SW_N),
    sg("discharge_to", "foster-carer"), add_recipient(RCP_SW_N), add_recipient(RCP_FOSTER_N)),
   "a looked-after baby discharged to a foster carer: social worker and foster carer both receive it")
bad("n-looked-after-foster-carer-not-told", RS, N, chain(
    sg("looked_after", True), sg("care_order", "interim"), sg("social_worker", SW_N),
    sg("discharge_to", "foster-carer"), add_recipient(RCP_SW_N)),
    "the review's own failure: baby to a foster carer who never receives the record (MA305)")
ok("n-kinship-grandmother-manual", RS, N, chain(sg("discharge_to", "kinship-carer"), add_recipient(RCP_KIN_N)),
   "a kinship placement with the grandmother, who receives a described hand-over")
bad("n-kinship-carer-missing", RS, N, sg("discharge_to", "kinship-carer"),
    "discharge to a kinship carer who is not among the recipients (MA305)")
ok("n-mother-baby-unit-provider", RS, N, chain(sg("discharge_to", "parent-and-baby-unit"),
                                                 add_recipient(RCP_MBU_N)),
   "discharge to a mother and baby unit, which receives the record over MESH")
bad("n-mother-baby-unit-not-sent", RS, N, sg("discharge_to", "parent-and-baby-unit"),
    "discharge to a parent and baby unit that never receives the record (MA305)")
bad("n-foster-carer-filed-as-other", RS, N, chain(
    sg("discharge_to", "foster-carer"), sg("looked_after", True), sg("care_order", "interim"),
    sg("social_worker", SW_N), add_recipient(RCP_SW_N), add_recipient({**RCP_FOSTER_N, "role": "other"})),
    "the foster carer is listed but under role 'other': no foster carer or placement provider receives it (MA305)")
bad("n-sw-filed-as-other", RS, N, chain(
    sg("child_protection_plan", True), sg("social_worker", SW_N), add_recipient({**RCP_SW_N, "role": "other"})),
    "children's services listed as 'other', not as the social worker (MA304)")
bad("n-postnatal-midwife-only", RS, N, drop_recipient("rcp-hv"),
    "a postnatal record sent to the midwife alone, never the health visitor (MA302)")
ok("n-postnatal-health-visitor-only", RS, N, drop_recipient("rcp-midwife"),
   "after birth the health visitor is the recipient the rules require; the midwife is optional")
bad("m-antenatal-no-maternity-no-midwife", RS, M, chain(drop_recipient("rcp-maternity"),
                                                        drop_recipient("rcp-midwife")),
    "an antenatal methadone record sent to the health visitor and social worker only (MA301)")
ok("m-antenatal-community-midwife-enough", RS, M, drop_recipient("rcp-maternity"),
   "the community midwife is maternity for MA301; the unit itself need not be listed")
bad("m-allocated-sw-without-plan-not-sent", RS, M, chain(sg("child_protection_plan", False),
                                                         drop_recipient("rcp-sw")),
    "no plan, but a social worker is allocated (social care involved) and does not receive it (MA304)")
ok("m-allocated-sw-without-plan-sent", RS, M, sg("child_protection_plan", False),
   "an allocated social worker without a plan, who receives the record")
bad("f-plan-ended-no-order-sw-dropped", RS, F, chain(
    sg("care_order", "none"), sg("looked_after", False), drop_recipient("rcp-sw")),
    "the plan ended two days before: social care is still involved and must receive it (MA304, review rec 5)")
ok("f-plan-ended-no-order-sw-kept", RS, F, chain(sg("care_order", "none"), sg("looked_after", False)),
   "a recently ended plan, no order, the social worker still a recipient")
bad("f-no-foster-no-placement", RS, F, chain(drop_recipient("rcp-foster-carer"), drop_recipient("rcp-placement")),
    "parent-and-baby foster placement, neither carer nor provider receives it (MA305)")
ok("f-provider-without-carer", RS, F, drop_recipient("rcp-foster-carer"),
   "the placement provider receives it over MESH; MA305 is satisfied by either role")
ok("f-carer-without-provider", RS, F, drop_recipient("rcp-placement"),
   "the foster carer receives it by hand; MA305 is satisfied by either role")
bad("l-psychiatrist-concludes-attests-no-gp", RS, L, chain(
    set_("overall_conclusion.author", OSEI), set_("attestation.by", OSEI)),
    "the psychiatrist assessed, concluded and attested; the registered GP never receives it (MA303)")
ok("l-psychiatrist-concludes-attests-gp-sent", RS, L, chain(
    set_("overall_conclusion.author", OSEI), set_("attestation.by", OSEI), add_recipient(RCP_GP_L)),
   "the same record with the registered practice added as a recipient")
ok("l-psychiatrist-concludes-gp-attests", RS, L, set_("overall_conclusion.author", OSEI),
   "the psychiatrist concludes but the registered GP attests, so the practice holds the record")
ok("p-partner-gp-not-required", RS, P, drop_recipient("rcp-partner-gp"),
   "no rule requires the father's own GP; the health visitor and midwife still receive it")
bad("p-partner-record-no-hv", RS, P, drop_recipient("rcp-hv"),
    "a postnatal record about the father's sedation, with no health visitor to check the sleep (MA302)")

# ============================================================================================================
# recipient-routes: routes that could deliver against ones that never could.

ok("m-mesh-long-mailbox", RR, M, set_("recipients#rcp-hv.route.mailbox", "Y90500HV0012"),
   "a longer MESH mailbox id of upper-case letters and digits")
bad("m-mesh-lowercase-mailbox", RR, M, set_("recipients#rcp-midwife.route.mailbox", "x26hc002"),
    "a MESH mailbox id typed in lower case, which MESH ids never are (MA307; the record model rejects it)")
bad("m-mesh-three-char-mailbox", RR, M, set_("recipients#rcp-hv.route.mailbox", "X26"),
    "the organisation code alone, too short to be a mailbox (MA307)")
bad("m-mesh-mailbox-with-space", RR, M, set_("recipients#rcp-sw.route.mailbox", "X26 HC004"),
    "a mailbox id with a space in it (MA307; the record model rejects it)")
bad("m-mesh-digits-only-mailbox", RR, M, set_("recipients#rcp-maternity.route.mailbox", "26400100"),
    "a mailbox id with no letter (MA307)")
bad("m-mesh-word-mailbox", RR, M, set_("recipients#rcp-hv.route.mailbox", "PENDING1"),
    "an English word standing in for the health visitor's mailbox (MA307)")
ok("v-mllp-private-ip", RR, V, set_("recipients#rcp-maternity.route", {"kind": "mllp", "host": "10.20.30.40",
                                                                       "port": 2575}),
   "an HL7 interface on an HSCN private address is a reachable receiver")
ok("v-mllp-nhs-fqdn", RR, V, set_("recipients#rcp-maternity.route.host", "hl7-in.castleford-royal.nhs.uk"),
   "a fully qualified NHS interface host name")
bad("v-mllp-link-local", RR, V, set_("recipients#rcp-maternity.route.host", "169.254.10.20"),
    "a link-local address no other organisation receives on (MA308)")
bad("v-mllp-bare-hostname", RR, V, set_("recipients#rcp-maternity.route.host", "maternityinterface"),
    "a bare machine name, not a fully qualified domain (MA308)")
bad("v-mllp-invalid-domain", RR, V, set_("recipients#rcp-maternity.route.host", "hl7.castleford.invalid"),
    "a host under the reserved domain 'invalid' (MA308)")
bad("v-mllp-multicast", RR, V, set_("recipients#rcp-maternity.route.host", "224.0.0.5"),
    "a multicast group, not a receiver (MA308)")
bad("l-fhir-plain-http", RR, L, set_("recipients#rcp-maternity.route.base_url",
                                     "http://maternity.northgate.example/fhir/R4"),
    "a FHIR base URL over plain http on a live site (MA308)")
bad("l-fhir-userinfo-in-url", RR, L, set_("recipients#rcp-maternity.route.base_url",
                                          "https://svc-medassess@maternity.northgate.example/fhir/R4"),
    "a FHIR base URL carrying a user name (MA308)")
bad("l-fhir-query-in-url", RR, L, set_("recipients#rcp-maternity.route.base_url",
                                       "https://maternity.northgate.example/fhir/R4?_format=json"),
    "a FHIR base URL with a query string (MA308)")
bad("l-fhir-localhost", RR, L, set_("recipients#rcp-maternity.route.base_url", "https://localhost/fhir/R4"),
    "this machine, not the maternity unit's server (MA308)")
ok("l-fhir-with-port", RR, L, set_("recipients#rcp-maternity.route.base_url",
                                   "https://fhir.northgate-hospital.nhs.uk:8443/R4"),
   "an https FHIR base URL on a named host with its port")
ok("l-fhir-private-ip", RR, L, set_("recipients#rcp-maternity.route.base_url", "https://10.40.2.15/fhir/R4"),
   "an https FHIR base URL on a private network address")
bad("f-manual-mum-hands-on", RR, F, set_("recipients#rcp-foster-carer.route.description",
                                         "Copy given to mum to hand on to the foster carer."),
    "the mother is not a route to the foster carer (MA309)")
bad("f-manual-awaiting-address", RR, F, set_("recipients#rcp-foster-carer.route.description",
                                             "Awaiting the foster carer's address."),
    "a hand-over still to be arranged (MA309)")
bad("f-manual-one-word", RR, F, set_("recipients#rcp-foster-carer.route.description", "Post"),
    "one word describes no hand-over (MA309)")
ok("f-manual-posted-signed-for", RR, F, set_("recipients#rcp-foster-carer.route.description", (
    "Posted first class, signed for, to the foster carer at the placement address held by the social worker.")),
   "a real hand-over by signed-for post")
bad("n-hv-route-missing", RR, N, delete("recipients#rcp-hv.route"),
    "the health visitor is listed with no route (MA306)")
bad("n-hv-ods-seven-chars", RR, N, set_("recipients#rcp-hv.organisation.ods_code", "Y905000"),
    "a seven-character ODS code, a shape ODS never issues (MA310)")
ok("n-hv-trust-ods-three", RR, N, set_("recipients#rcp-hv.organisation.ods_code", "RYE"),
   "a three-character trust ODS code is a real shape")
ok("n-hv-site-ods-five", RR, N, set_("recipients#rcp-midwife.organisation.ods_code", "RYE01"),
   "a five-character site ODS code is a real shape")

# ============================================================================================================
# template-versions: each version judged against the questions it asked.

SLEEP_OK = "Moses basket beside the parents' bed, seen by the midwife at the day 5 visit; no sofa sleeping."
ok("n-v100-no-sleeping-arrangements", TV, N, chain(template("1.0.0"), delete("safeguarding.sleeping_arrangements")),
   "template 1.0.0 never asked the baby's actual sleeping arrangements")
bad("n-v110-no-sleeping-arrangements", TV, N, delete("safeguarding.sleeping_arrangements"),
    "template 1.1.0 asks the sleeping arrangements after birth and they are missing (MA109)")
bad("n-v120-sleeping-to-be-seen", TV, N, chain(template("1.2.0"), sg("sleeping_arrangements", "To be seen.")),
    "the sleeping arrangements answered with a deferral (MA109)")
ok("n-v120-seen-sleeping", TV, N, chain(template("1.2.0"), sg("sleeping_arrangements", SLEEP_OK)),
   "a 1.2.0 record whose sleeping arrangements were seen and written")
bad("n-v120-other-no-details", TV, N, chain(template("1.2.0"), sg("discharge_to", "other")),
    "1.2.0 asks where a baby discharged to 'other' goes; unanswered (MA109/MA128)")
ok("n-v120-other-grandmother-flat", TV, N, chain(template("1.2.0"), sg("discharge_to", "other"), sg(
    "discharge_details", "To the maternal grandmother's flat, 12 Orchard Close, Hampton, with both parents staying "
    "there for the first month; the midwife has the address and telephone.")),
   "discharge to 'other' with the place and the people")
bad("n-v100-other-no-details", TV, N, chain(template("1.0.0"), sg("discharge_to", "other")),
    "an older form without the question, but 'other' still names no place (MA128)")
ok("n-v100-other-with-details", TV, N, chain(template("1.0.0"), sg("discharge_to", "other"), sg(
    "discharge_details", "With her sister at 3 Mill Lane, Castleford, until the council flat is ready; both "
    "parents stay there with the baby.")),
   "an older form carrying where the baby goes")
bad("n-v110-other-see-summary", TV, N, chain(sg("discharge_to", "other"),
                                             sg("discharge_details", "See discharge summary.")),
    "the place is a pointer to another document (MA128)")
bad("n-v120-other-says-other", TV, N, chain(template("1.2.0"), sg("discharge_to", "other"),
                                            sg("discharge_details", "Other")),
    "'other' again in the details names no place (MA109/MA128)")
bad("n-v110-other-address-tbc", TV, N, chain(sg("discharge_to", "other"),
                                             sg("discharge_details", "Address TBC by the social worker.")),
    "the address left to be confirmed (MA128)")
ok("m-antenatal-other-not-yet-asked", TV, M, chain(template("1.2.0"), sg("discharge_to", "other")),
   "before birth the discharge place is not yet asked (MA128 and the 1.2.0 item are for after birth)")
bad("n-template-v130", TV, N, template("1.3.0"),
    "a template version medassess does not have (MA006; the record model rejects it)")
bad("n-template-short-version", TV, N, template("1.1"),
    "'1.1' names no installed version (MA006; the record model rejects it)")
ok("p-on-v120", TV, P, template("1.2.0"),
   "the partner example captured on 1.2.0 asks nothing new of a baby going home with parents")
bad("p-v110-partner-missing", TV, P, delete("partner"),
    "the partner's medicine with no partner recorded (MA109; the record model rejects it)")
ok("p-v100-sleeping-not-asked", TV, P, chain(template("1.0.0"), delete("safeguarding.sleeping_arrangements")),
   "1.0.0 never asked the sleeping arrangements; the father's quetiapine and its safe sleep are still assessed")
ok("c-v100-on-v120", TV, C, template("1.2.0"),
   "the antenatal citalopram record on 1.2.0: nothing more is asked before birth")
bad("c-v100-no-gestation", TV, C, delete("pregnancy.gestation"),
    "1.0.0 asks the gestation of an antenatal record (MA109)")
bad("c-v100-no-care-order", TV, C, delete("safeguarding.care_order"),
    "care order is mandatory in every version; an absent answer is not 'none' (MA109)")
bad("f-v100-looked-after-unanswered", TV, F, chain(template("1.0.0"), delete("safeguarding.looked_after")),
    "looked-after status is mandatory in 1.0.0 too (MA109)")
bad("f-v120-safe-sleep-flag-missing", TV, F, chain(template("1.2.0"), delete("safeguarding.safe_sleep_advice_given")),
    "after birth every version asks whether safe sleep advice was given (MA109)")
ok("v-on-v120-antenatal", TV, V, template("1.2.0"),
   "the antenatal valproate record on 1.2.0 is complete")

# ============================================================================================================
# amendments: versions, reasons, attestation and dose changes.

bad("c-reason-updated", AM, C, set_("amendment_reason", "Updated."),
    "'Updated.' says nothing of what changed (MA008)")
bad("c-reason-as-discussed", AM, C, set_("amendment_reason", "Amended as discussed with the midwife."),
    "an amendment reason that only points to a conversation (MA008)")
bad("c-reason-hedges-only", AM, C, set_("amendment_reason", "Changes made at this time, noted."),
    "hedges and filler, nothing changed is named (MA008)")
ok("c-v3-mailbox-corrected", AM, C, chain(set_("version", 3), set_("amendment_reason", (
    "Version 3: the community midwives' MESH mailbox was corrected after the first copy came back undelivered; "
    "the citalopram assessment and conclusions are unchanged."))),
   "a third version saying exactly what changed")
bad("c-amended-version-one", AM, C, set_("version", 1),
    "an amended record in its first version (MA009)")
ok("c-reason-discharge-plan", AM, C, set_("amendment_reason", (
    "Birth plan changed after the 34-week antenatal appointment: delivery now at Castleford Royal, not at home; "
    "citalopram decisions unchanged.")),
   "a short amendment reason that names the change")
ok("n-v2-hv-mailbox-fixed", AM, N, chain(set_("status", "amended"), set_("version", 2), set_("amendment_reason", (
    "The health visitor's MESH mailbox was corrected after the first send bounced; nothing else changed."))),
   "an amended postnatal record with a real reason")
bad("n-v2-amended-no-reason", AM, N, chain(set_("status", "amended"), set_("version", 2)),
    "amended, version 2, no reason at all (MA008)")
bad("n-v2-reason-na", AM, N, chain(set_("status", "amended"), set_("version", 2), set_("amendment_reason", "n/a")),
    "a placeholder reason (MA008)")
bad("m-methadone-increased-after-conclusion", AM, M, chain(
    set_("medicines#med-methadone.last_changed", "2026-03-10"),
    set_("medicines#med-methadone.dose", "70 mg (70 ml) once daily, supervised consumption")),
    "methadone raised to 70 mg eight days after the assessment that concluded on 60 mg (MA108)")
ok("m-methadone-changed-same-day", AM, M, set_("medicines#med-methadone.last_changed", "2026-03-02"),
   "a dose change on the day of the assessment is covered by it")
bad("f-pregabalin-changed-after-conclusion", AM, F, set_("medicines#med-pregabalin.last_changed", "2026-06-13"),
    "pregabalin changed the day after the assessment and overall conclusion (MA108)")
F_V2 = chain(
    set_("status", "amended"), set_("version", 2),
    set_("medicines#med-pregabalin.last_changed", "2026-06-13"),
    set_(f"assessments#{FA_}.date", "2026-06-14"), set_("overall_conclusion.date", "2026-06-14"),
    set_("amendment_reason", (
        "Pregabalin reduced to 75 mg twice a day on 2026-06-13; the assessment was reviewed and re-dated, and the "
        "sedation, safe sleep and withdrawal plans are unchanged.")))
ok("f-v2-pregabalin-reviewed", AM, F, F_V2,
   "version 2 after a pregabalin change: re-assessed, re-dated, attested afterwards, reason given")
bad("f-v2-attested-before-review", AM, F, chain(F_V2, set_("attestation.at", "2026-06-13T17:00:00+00:00")),
    "the amendment attested the day before the re-dated assessment it confirms (MA211)")
ok("c-v3-reassessed-then-attested", AM, C, chain(
    set_("version", 3), set_(f"assessments#{CA_}.date", "2026-02-11"), set_("overall_conclusion.date", "2026-02-11"),
    set_("amendment_reason", (
        "Version 3: citalopram reassessed on 2026-02-11 after the obstetric review; the advice on adaptation "
        "symptoms was reworded, the decision to continue is unchanged."))),
   "the reassessment dated before the attestation of 2026-02-12")
bad("c-reassessed-after-attestation", AM, C, chain(
    set_(f"assessments#{CA_}.date", "2026-02-13"), set_("overall_conclusion.date", "2026-02-13")),
    "the assessment re-dated after the attestation that claims to confirm it (MA211)")
bad("c-reason-zero-width-see-notes", AM, C, set_("amendment_reason", inside_words("Amended - see notes.", "\u200d")),
    "'see notes' with zero-width joiners is still no reason (MA008)")

# ============================================================================================================
# lawful-basis: consent, or sharing without it with a reason, and the dates.

ok("f-justification-discharge-risk", LB, F, set_("lawful_basis.justification", (
    "Asking her consent again would have delayed the discharge planning meeting, and she had said she would take "
    "the baby home; the foster carer must know about the diazepam and pregabalin sedation before the first night.")),
   "sharing without consent with the reason it protects the baby")
bad("f-justification-one-word", LB, F, set_("lawful_basis.justification", "Safeguarding."),
    "the basis restated as its own justification (MA402)")
bad("f-justification-legal-citation", LB, F, set_("lawful_basis.justification",
                                                  "Shared under section 47 of the Children Act 1989 per local policy."),
    "only the law and a policy, no reason for this baby (MA402)")
bad("f-justification-missing", LB, F, delete("lawful_basis.justification"),
    "sharing without consent with no justification (MA402)")
bad("f-justification-repeated", LB, F, set_("lawful_basis.justification", (
    "Best interests of the baby. Best interests of the baby. Best interests of the baby.")),
    "one phrase pasted three times (MA402)")
bad("f-justification-always-share", LB, F, set_("lawful_basis.justification",
                                                "We always share these records with everyone involved."),
    "a habit, not a reason (MA402)")
ok("f-justification-police-risk", LB, F, set_("lawful_basis.justification", (
    "Consent was not sought because her partner is being investigated for injuring a previous child and telling "
    "the couple could place the baby at risk; agreed with the named nurse for safeguarding.")),
   "a reason consent was not sought, specific to this baby")
ok("m-consent-no-justification", LB, M, delete("lawful_basis.justification"),
   "consent needs no justification")
bad("m-lawful-basis-absent", LB, M, delete("lawful_basis"),
    "no lawful basis recorded (MA401)")
bad("m-consent-recorded-tomorrow", LB, M, set_("lawful_basis.recorded_on", "2026-12-04"),
    "consent recorded the day after the day of judgement (MA403)")
ok("m-consent-recorded-at-booking", LB, M, set_("lawful_basis.recorded_on", "2026-02-20"),
   "consent given at an antenatal appointment before the assessment")
bad("m-consent-before-pregnancy", LB, M, set_("lawful_basis.recorded_on", "2025-06-01"),
    "consent dated before this pregnancy began (MA013)")
ok("v-consent-early-pregnancy", LB, V, set_("lawful_basis.recorded_on", "2026-05-01"),
   "consent recorded at seven weeks, before the assessment")
bad("v-basis-not-an-option", LB, V, set_("lawful_basis.basis", "legitimate-interest"),
    "a basis the template does not offer (unreadable, never shareable)")
ok("p-father-refused-sedation-risk", LB, P, set_("lawful_basis", {
    "basis": "safeguarding-without-consent", "recorded_on": "2026-05-28", "justification": (
        "The father refused to let his quetiapine be shared; shared without his consent because his night-time "
        "sedation puts the baby at risk of a co-sleeping death and the health visitor must check the sleeping "
        "arrangements; agreed with the practice safeguarding lead.")}),
   "overriding a refusal, with the sedation risk as the reason")
bad("p-without-consent-vital-interests", LB, P, set_("lawful_basis", {
    "basis": "safeguarding-without-consent", "recorded_on": "2026-05-28", "justification": "Vital interests."}),
    "the legal ground named, no reason (MA402)")
bad("p-without-consent-dated-future", LB, P, set_("lawful_basis", {
    "basis": "safeguarding-without-consent", "recorded_on": "2027-05-28", "justification": (
        "The father refused consent; his night sedation puts the baby at risk of a co-sleeping death.")}),
    "a decision to share dated next year (MA403)")

# ============================================================================================================
# partner: NHS numbers, identity, and partner medicines assessed or dismissed.

bad("p-partner-nhs-is-mothers", PT, P, set_("partner.nhs_number", "9990004145"),
    "the partner recorded with the mother's NHS number (MA007)")
bad("p-partner-nhs-check-digit", PT, P, set_("partner.nhs_number", "9990004294"),
    "the partner's NHS number mistyped in its last digit (MA003)")
ok("p-partner-nhs-other-valid", PT, P, set_("partner.nhs_number", "9990005028"),
   "a different, valid partner NHS number")
ok("p-partner-nhs-unknown", PT, P, delete("partner.nhs_number"),
   "the partner's NHS number left out when not known")
bad("p-partner-nhs-zeros", PT, P, set_("partner.nhs_number", "0000000000"),
    "the all-zeros placeholder passes the check but is never issued (MA003)")
bad("p-partner-named-as-mother", PT, P, set_("partner.name", {"given": ["Chloe"], "family": "Adeyemi-Example"}),
    "the partner recorded under the mother's own name (MA007)")
bad("p-partner-named-as-mother-caps", PT, P, set_("partner.name", {"given": ["CHLOE"], "family": "ADEYEMI-EXAMPLE"}),
    "the mother's name in capitals is still the mother's (MA007)")
ok("p-partner-not-father", PT, P, chain(
    set_("partner.relationship", "Mother's partner, not the baby's father; stays most nights"),
    set_("partner.name", {"given": ["Kieran"], "family": "Doyle"}), delete("partner.nhs_number")),
   "a partner who is not the father, identified without an NHS number")
bad("p-safe-sleep-na-partner", PT, P, set_(f"assessments#{PA_}.impact_on_mother.safe_sleep", "N/A - partner's medicine."),
    "the father's sedation dismissed because the medicine is his (MA123)")
ok("p-safe-sleep-spare-room", PT, P, set_(f"assessments#{PA_}.impact_on_mother.safe_sleep", (
    "N/A to bed sharing as he sleeps in the spare room on his quetiapine nights and never does night feeds; the "
    "crib stays on the mother's side.")),
   "'N/A' with the reason: his sleep is apart from the baby's")
bad("p-safe-sleep-not-his-concern", PT, P, set_(f"assessments#{PA_}.impact_on_mother.safe_sleep",
                                                "Only the mother's medicines bear on the baby's sleep."),
    "dismissing the father's sedation for safe sleep (MA123)")
bad("p-safe-sleep-leaflet-given", PT, P, set_(f"assessments#{PA_}.impact_on_mother.safe_sleep", "Leaflet given."),
    "only a report that advice exists (MA125)")
bad("p-advice-not-given", PT, P, sg("safe_sleep_advice_given", False),
    "a sedated father and no safe sleep advice given (MA126)")
bad("p-conclusion-not-exposed-so-nothing", PT, P, concl(PA_, (
    "Father's quetiapine: the baby is not exposed to it, so nothing needs doing for the baby.")),
    "the co-sleeping risk dismissed because the baby is not exposed (MA103/MA122)")
bad("p-sedation-no-hard-to-wake", PT, P, set_(f"assessments#{PA_}.impact_on_mother.sedation", "no"),
    "coded sedation 'no' beside 'very hard to wake for several hours' (MA127)")

PARTNER_PREGABALIN = medicine(
    "med-partner-pregabalin", "Pregabalin 150mg capsules", "150 mg twice a day", "2025-03-03",
    other_prescriber(ELM_PARK), taken_by="partner")
PARTNER_PREGABALIN_ASM = {
    "id": "asm-partner-pregabalin", "medicine_ids": ["med-partner-pregabalin"],
    "impact_on_mother": {
        "sedation": "yes",
        "parenting_capacity": "The father takes pregabalin for nerve pain after a back injury; he is dozy for an "
                              "hour or two after each dose, worse with his quetiapine at night.",
        "safe_sleep": "He must not doze with the baby on a sofa or armchair, nor share the bed; the baby goes in "
                      "the crib whenever he feels drowsy."},
    "impact_on_baby": {"summary": "The baby is not exposed; the risk is a sleepy adult falling asleep holding the "
                                  "baby or sharing a sofa.",
                       "breastfeeding": "Not relevant: the medicine is the father's."},
    "recommendations": "He must not stop pregabalin suddenly; any change through his GP, who tells the health "
                       "visitor. Health visitor to ask about daytime naps with the baby at each visit.",
    "conclusion": "The father's pregabalin adds daytime drowsiness to his night-time sedation: he must never nap "
                  "with the baby on a sofa, armchair or bed, and puts the baby in the crib when sleepy; the "
                  "health visitor asks about this at every visit.",
    "author": copy.deepcopy(PRITCHARD), "date": "2026-05-28"}
P_TWO_OV = ("The mother's paracetamol raises no concern. The father's quetiapine at night and pregabalin by day "
            "both sedate him: never a shared bed, sofa or armchair with the baby, no night feeds by him, and the "
            "baby into the crib whenever he is drowsy; the health visitor checks the sleeping arrangements.")


def _add_partner_asm(doc: Record) -> None:
    doc["assessments"].append(copy.deepcopy(PARTNER_PREGABALIN_ASM))


ok("p-partner-pregabalin-assessed", PT, P, chain(add_medicine(PARTNER_PREGABALIN), edit(_add_partner_asm),
                                                 overall(P_TWO_OV)),
   "a second partner medicine assessed for daytime naps and co-sleeping")
bad("p-partner-pregabalin-unassessed", PT, P, chain(add_medicine(PARTNER_PREGABALIN), overall(P_TWO_OV)),
    "the father's pregabalin listed and never assessed (MA101)")
bad("p-partner-pregabalin-safe-sleep-na", PT, P, chain(
    add_medicine(PARTNER_PREGABALIN),
    edit(_add_partner_asm),
    set_("assessments#asm-partner-pregabalin.impact_on_mother.safe_sleep", "Not applicable."),
    set_("assessments#asm-partner-pregabalin.conclusion", (
        "The father's pregabalin is for his back pain; the baby is not exposed and he is well in himself.")),
    overall(P_TWO_OV)),
    "the partner's pregabalin with safe sleep dismissed and a conclusion silent on sleep (MA123/MA122)")

# ============================================================================================================
# disguise: plain and disguised pairs with one verdict.


def cgj(text: str) -> str:
    """A combining grapheme joiner (U+034F, an invisible combining mark) after every second letter in a word."""
    return inside_words(text, "\u034f", every=2)


def zwj(text: str) -> str:
    """A zero-width joiner between every two letters of every word."""
    return inside_words(text, "\u200d")


FW_DIGITS = str.maketrans("0123456789", "".join(chr(0xFF10 + i) for i in range(10)))


def fw_digits(text: str) -> str:
    """Digits (only) as their full-width forms."""
    return text.translate(FW_DIGITS)


def rlo(text: str, word: str) -> str:
    """One word wrapped in a right-to-left override and a pop directional formatting."""
    assert word in text
    return text.replace(word, f"\u202e{word}\u202c", 1)


def pair(name: str, base: str, mutate_with: object, text: str, disguise: object, expect: Expect, why: str) -> None:
    """The plain text and the disguised text, with one verdict."""
    assert callable(mutate_with) and callable(disguise)
    add(f"{name}-plain", DG, expect, base, mutate_with(text), f"{why} (plain)")
    add(f"{name}-disguised", DG, expect, base, mutate_with(disguise(text)), f"{why} (disguised)")


def _sertraline(text: str) -> Mutation:
    return concl(SA_, text)


def _diazepam(text: str) -> Mutation:
    return concl(FA_, text)


def _lithium(text: str) -> Mutation:
    return concl(LA_, text)


def _valproate(text: str) -> Mutation:
    return concl(VA_, text)


def _partner(text: str) -> Mutation:
    return concl(PA_, text)


def _justification(text: str) -> Mutation:
    return set_("lawful_basis.justification", text)


def _foster_route(text: str) -> Mutation:
    return set_("recipients#rcp-foster-carer.route.description", text)


def _amend(text: str) -> Mutation:
    return set_("amendment_reason", text)


def _mixed(text: str) -> str:
    return homoglyphs(text, "eo")


pair("m-sertraline-good-mixed-script", M, _sertraline, (
    "Sertraline 100 mg continues because her depression returned within weeks the last time she stopped; the "
    "midwife checks the newborn for jitteriness, fast breathing and poor feeding over the first two days, and "
    "breastfeeding on sertraline is encouraged."), _mixed, PASS,
    "a good sertraline conclusion, Cyrillic e and o inside its words")
pair("m-sertraline-hollow-mixed-script", M, _sertraline, "Sertraline reviewed; no concerns at this time, noted.",
     lambda t: homoglyphs(t, "ao"), REFUSE, "a dismissal with hedges, Cyrillic a and o inside its words (MA103)")
pair("f-diazepam-good-zwj", F, _diazepam, (
    "Diazepam and pregabalin continue unchanged; both leave the mother drowsy, so she never shares a bed, sofa or "
    "armchair with the baby, and the foster carer covers night feeds while the baby is watched for late "
    "withdrawal such as tremor and poor sucking until day 8."), zwj, PASS,
    "a good joint conclusion with a zero-width joiner between every letter")
pair("f-diazepam-hollow-zwj", F, _diazepam, "Diazepam and pregabalin: plan as per the placement meeting minutes.",
     zwj, REFUSE, "a pointer to minutes with a zero-width joiner between every letter (MA103)")
pair("l-lithium-good-cgj", L, _lithium, (
    "Lithium continues at 800 mg because postpartum psychosis is the greater danger; levels every four weeks, "
    "weekly from 36 weeks and within a day of delivery, a paediatric check of the baby for floppiness and poor "
    "feeding, and formula feeding since lithium enters breast milk."), cgj, PASS,
    "a good lithium conclusion with combining grapheme joiners inside words")
pair("l-lithium-hollow-cgj", L, _lithium, "Lithium: plan per the perinatal psychiatry letter.", cgj, REFUSE,
     "a pointer to a letter with combining grapheme joiners inside words (MA103)")
pair("l-lithium-good-fw-dose", L, _lithium, (
    "Lithium (Priadel) 800 mg at night carries on, with levels every 4 weeks and weekly from 36 weeks; the baby "
    "is examined by a paediatrician and has a lithium level within 24 hours of birth, and is formula fed because "
    "lithium passes into breast milk."), fw_digits, PASS,
    "a good lithium conclusion with its dose and weeks in full-width digits")
pair("l-lithium-hollow-fw-dose", L, _lithium, "Lithium 800 mg 2 times reviewed, 400 mg, 24 h: see clinic letter.",
     fw_digits, REFUSE, "doses and a pointer, nothing else, digits full-width (MA103)")
pair("v-valproate-good-rlo", V, _valproate, (
    "Valproate 500 mg twice a day continues until the neurologist sees her this week, because stopping risks "
    "seizures that endanger her and the baby; the first-trimester exposure means a detailed anomaly scan at 20 "
    "weeks and a fetal medicine review, with folic acid 5 mg daily."), lambda t: rlo(t, "baby"), PASS,
    "a good valproate conclusion with a right-to-left override around 'baby'")
pair("v-valproate-hollow-rlo", V, _valproate, "Valproate: pending neurology review of the anomaly scan.",
     lambda t: rlo(t, "pending"), REFUSE, "a deferral with a right-to-left override around 'pending' (MA103)")
pair("p-partner-good-mixed-greek", P, _partner, (
    "The father's quetiapine leaves him deeply asleep and hard to rouse at night, so he never shares a bed, sofa "
    "or armchair with the baby and does no night feeds; the crib stays on the mother's side and the health "
    "visitor looks at it each visit."), lambda t: homoglyphs(t, "aiop", variant=1), PASS,
    "a good partner conclusion with Greek alpha, iota, omicron and rho inside words")
pair("f-justification-hollow-zwj", F, _justification, "As discussed with the safeguarding lead.", zwj, REFUSE,
     "a justification that only points to a discussion, zero-width joined (MA402)")
pair("f-justification-good-cgj", F, _justification, (
    "She refused to let the placement know about her diazepam and pregabalin; the foster carer must know the "
    "sedation and co-sleeping risk before the baby's first night there."), cgj, PASS,
    "a real justification with combining grapheme joiners")
pair("f-route-hollow-rlo", F, _foster_route, "To be confirmed by the ward.", lambda t: rlo(t, "confirmed"), REFUSE,
     "a manual route still to be confirmed, override around one word (MA309)")
pair("f-route-good-mixed", F, _foster_route, (
    "Ward midwife hands a printed copy to the foster carer at discharge and talks through the night feeds."),
    _mixed, PASS, "a real manual hand-over, Cyrillic letters inside words")
pair("c-amend-hollow-mixed", C, _amend, "Record amended, see notes.", _mixed, REFUSE,
     "an amendment reason pointing to notes, Cyrillic letters inside words (MA008)")


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F11CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:28} {expect:7} {n}")
    print("pass", sum(c.expect == PASS for c in F11CASES), "refuse", sum(c.expect == REFUSE for c in F11CASES),
          "total", len(F11CASES))
