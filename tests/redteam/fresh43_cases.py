"""A forty-third independent "fresh" batch of red-team cases for the share gate: a held-out-style mix, third round.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from the gate's
code or its word lists. The lens weights what recent batches touched least:

* about a third impossible facts, each at its documented boundary on both sides: assessments and the overall
  conclusion before the pregnancy began (by the 14-day conception margin, MA212), attestation in the future or
  before the latest assessment in its own time zone (MA211), a delivery in the future or after the attestation
  (MA012, MA013), consent recorded in the future or before the pregnancy (MA403, MA013), the EDD against the
  gestation on a date (14 days, MA011), a dose change after the assessment (MA108); routes (MESH mailbox ids,
  MLLP hosts, FHIR base URLs, manual hand-overs, ODS codes, MA307-MA310) beside well-formed near misses;
  attribution (register against role, all-same-digit numbers, one number under two names, MA207-MA210);
  identities (the partner given the mother's NHS number or name, MA007), the justification for sharing without
  consent (MA402) and amended records (MA008, MA009);
* about a third hollow conclusions in the shapes docs/rules.md names (placeholders, pointers, hand-offs, kept
  open, commits to nothing, take-backs, every-baby text, the form's parts, dismissals, prompts left in, questions,
  conditions without a result, accounts, labels, quotations, the medicines list copied, general facts, filler,
  repetition, copies, omissions, silence on the baby);
* about a third good records that must pass, each written in the voice of a profession (GP, midwife, health
  visitor, pharmacist, psychiatrist, obstetrician, nurse), with hollow twins.

A quarter of each part is disguised (look-alike letters, zero-width and format characters, soft hyphens, bidi
controls, full-width forms, combining marks) and must be judged exactly like the plain text.

Medicines named here are the examples' own; no clinical code is invented. ``test_fresh_records.py`` runs them;
the cases the gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh43_cases``
for the counts per category.
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
    P,
    Record,
    V,
    chain,
    delete,
    set_,
)
from tests.redteam.disguise import SOFT_HYPHEN, full_width, homoglyphs, inside_words, swap_spaces

F43CASES: list[Case] = []

CATEGORIES = (
    "dates",
    "routes",
    "attribution",
    "identity-basis-amendment",
    "hollow",
    "coverage",
    "professions",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F43CASES.append(Case(f"f43-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def combining(text: str, mark: str = "\u0323") -> str:
    """A combining dot below after every vowel."""
    return "".join(ch + mark if ch in "aeiou" else ch for ch in text)


def bidi_words(text: str) -> str:
    """Each word wrapped in a left-to-right isolate."""
    return " ".join(f"\u2066{w}\u2069" for w in text.split(" "))


def zw(text: str) -> str:
    return inside_words(text, "\u200b", every=3)


def shy(text: str) -> str:
    return inside_words(text, SOFT_HYPHEN, every=4)


def look(text: str) -> str:
    return homoglyphs(text, "aeoc")


def concl(aid: str, text: str) -> Mutation:
    return set_(f"assessments#{aid}.conclusion", text)


def meth(text: str) -> Mutation:
    return concl("asm-methadone", text)


def sert(text: str) -> Mutation:
    return concl("asm-sertraline", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


def person(given: str, family: str, role: str, body: str, number: str, org: Record, prefix: str = "") -> Record:
    name: dict[str, Any] = {"given": [given], "family": family}
    if prefix:
        name["prefix"] = prefix
    return {"name": name, "role": role, "registration": {"body": body, "number": number}, "organisation": org}


HAMPTON_MATERNITY = {"ods_code": "Y90400", "name": "Hampton General Maternity Unit"}
RIVERSIDE = {"ods_code": "Y90001", "name": "Riverside Surgery"}
NORTHGATE_PMH = {"ods_code": "Y90730", "name": "Northgate Perinatal Mental Health Service"}
NORTHGATE_MATERNITY = {"ods_code": "Y90430", "name": "Northgate Hospital Maternity Unit"}
MILLBROOK = {"ods_code": "Y90002", "name": "Millbrook Medical Centre"}
MILLBROOK_HV = {"ods_code": "Y90510", "name": "Millbrook Health Visiting Service"}
CASTLE_STREET = {"ods_code": "Y90003", "name": "Castle Street Surgery"}

MIDWIFE = person("Grace", "Okafor", "registered-midwife", "NMC", "03D4521F", HAMPTON_MATERNITY)
PHARMACIST = person("Tomasz", "Nowak", "clinical-pharmacist", "GPhC", "2061847", RIVERSIDE)
OBSTETRICIAN = person("Helen", "Marchetti", "obstetrician", "GMC", "7163524", NORTHGATE_MATERNITY, "Dr")
PMH_NURSE = person("Aisha", "Rahman", "nurse", "NMC", "11J2874C", NORTHGATE_PMH)
HV_PRICE = person("Joanna", "Price", "health-visitor", "NMC", "12A3456B", MILLBROOK_HV)
HV_NEW = person("Megan", "Lloyd", "health-visitor", "NMC", "07E6135K", MILLBROOK_HV)
COMMUNITY_MW = person("Siobhan", "Doyle", "community-midwife", "NMC", "05H9382D", MILLBROOK)
EPILEPSY_PHARM = person("Rhys", "Bevan", "pharmacist", "GPhC", "2140358", CASTLE_STREET)


def author(aid: str, who: Record) -> Mutation:
    return set_(f"assessments#{aid}.author", who)


# ============================================================================================================
# dates: each documented margin, one day either side.
# M: pregnancy from 2025-08-08 (EDD 2026-05-15); gestation 29+2 on 2026-03-02 implies 2026-05-16.
# V: pregnancy from 2026-03-25 (EDD and gestation agree). L: pregnancy from 2025-11-19.

bad(
    "v-asm-15-days-before-pregnancy",
    "dates",
    V,
    set_("assessments#asm-valproate.date", "2026-03-10"),
    "dated 15 days before the pregnancy began (2026-03-25), past the 14-day margin, not pre-conception (MA212)",
)
ok(
    "v-asm-14-days-before-pregnancy",
    "dates",
    V,
    set_("assessments#asm-valproate.date", "2026-03-11"),
    "exactly the 14-day conception margin: dating uncertainty, allowed",
)
bad(
    "l-asm-15-days-before-pregnancy",
    "dates",
    L,
    set_("assessments#asm-lithium.date", "2025-11-04"),
    "lithium assessed 15 days before the pregnancy began (2025-11-19) (MA212)",
)
ok(
    "l-asm-14-days-before-pregnancy",
    "dates",
    L,
    set_("assessments#asm-lithium.date", "2025-11-05"),
    "14 days before: inside the margin",
)
bad(
    "l-overall-15-days-before-pregnancy",
    "dates",
    L,
    set_("overall_conclusion.date", "2025-11-04"),
    "the overall conclusion before this pregnancy by more than the margin (MA212)",
)
ok(
    "l-overall-14-days-before-pregnancy",
    "dates",
    L,
    set_("overall_conclusion.date", "2025-11-05"),
    "the overall conclusion at the margin",
)
bad(
    "v-asm-pre-pregnancy-not-flagged-far",
    "dates",
    V,
    set_("assessments#asm-valproate.date", "2025-11-04"),
    "a valproate review from the autumn before the pregnancy shared as current (MA212)",
)
ok(
    "v-asm-pre-pregnancy-flagged-beside-current",
    "dates",
    V,
    chain(
        set_("assessments#asm-valproate.pre_conception", False), set_("assessments#asm-valproate.date", "2026-05-19")
    ),
    "dated the day before the overall conclusion, inside the pregnancy; pre_conception false said outright",
)
bad(
    "m-attested-minute-before-assessment-day",
    "dates",
    M,
    set_("attestation.at", "2026-03-01T23:59:00+00:00"),
    "attested the day before the assessments it attests (MA211)",
)
ok(
    "m-attested-first-minute-of-day",
    "dates",
    M,
    set_("attestation.at", "2026-03-02T00:05:00+00:00"),
    "attested on the assessments' day",
)
ok(
    "m-attested-own-zone-same-day",
    "dates",
    M,
    set_("attestation.at", "2026-03-02T00:30:00+01:00"),
    "in its own zone the attestation is on 2026-03-02 (UTC 03-01 23:30): the assessments' day",
)
bad(
    "m-attested-own-zone-day-before",
    "dates",
    M,
    set_("attestation.at", "2026-03-01T23:30:00-01:00"),
    "in its own zone the attestation is on 2026-03-01 (UTC 03-02 00:30): before the assessments (MA211)",
)
bad(
    "f-attested-tomorrow",
    "dates",
    F,
    set_("attestation.at", "2026-12-04T09:00:00+00:00"),
    "attested the day after today (MA211)",
)
ok(
    "f-attested-today",
    "dates",
    F,
    set_("attestation.at", "2026-12-03T09:00:00+00:00"),
    "attested today, within a year of delivery (only the stale update time warns)",
)
ok(
    "f-attested-today-western-zone",
    "dates",
    F,
    set_("attestation.at", "2026-12-03T23:30:00-03:00"),
    "today in its own zone though tomorrow in UTC",
)
bad(
    "f-attested-tomorrow-eastern-zone",
    "dates",
    F,
    set_("attestation.at", "2026-12-04T00:30:00+02:00"),
    "tomorrow in its own zone though today in UTC (MA211)",
)
bad(
    "p-delivery-tomorrow",
    "dates",
    P,
    set_("pregnancy.delivery_date", "2026-12-04"),
    "a postnatal record whose baby is born tomorrow (MA012)",
)
bad(
    "p-delivery-after-attestation",
    "dates",
    P,
    set_("pregnancy.delivery_date", "2026-05-29"),
    "delivered the day after the record was attested (MA013)",
)
ok(
    "p-delivery-two-days-before-attestation",
    "dates",
    P,
    set_("pregnancy.delivery_date", "2026-05-26"),
    "delivered two days before the record was attested: a true order of events",
)
bad(
    "m-consent-tomorrow",
    "dates",
    M,
    set_("lawful_basis.recorded_on", "2026-12-04"),
    "consent recorded tomorrow has not been given (MA403)",
)
ok("m-consent-today", "dates", M, set_("lawful_basis.recorded_on", "2026-12-03"), "consent re-confirmed today")
bad(
    "v-consent-15-days-before-pregnancy",
    "dates",
    V,
    set_("lawful_basis.recorded_on", "2026-03-10"),
    "consent to share this pregnancy's assessment recorded before the pregnancy began, past the margin (MA013)",
)
ok(
    "v-consent-14-days-before-pregnancy",
    "dates",
    V,
    set_("lawful_basis.recorded_on", "2026-03-11"),
    "at the 14-day margin",
)
bad(
    "m-gestation-15-days-short",
    "dates",
    M,
    set_("pregnancy.gestation", {"weeks": 27, "days": 2, "on": "2026-03-02"}),
    "27+2 on 2026-03-02 implies an EDD of 2026-05-30: 15 days from the agreed 2026-05-15 (MA011)",
)
ok(
    "m-gestation-14-days-short",
    "dates",
    M,
    set_("pregnancy.gestation", {"weeks": 27, "days": 3, "on": "2026-03-02"}),
    "27+3 implies 2026-05-29: 14 days, within tolerance",
)
bad(
    "m-gestation-15-days-long",
    "dates",
    M,
    set_("pregnancy.gestation", {"weeks": 31, "days": 4, "on": "2026-03-02"}),
    "31+4 implies 2026-04-30: 15 days early (MA011)",
)
ok(
    "m-gestation-14-days-long",
    "dates",
    M,
    set_("pregnancy.gestation", {"weeks": 31, "days": 3, "on": "2026-03-02"}),
    "31+3 implies 2026-05-01: 14 days, within tolerance",
)
bad(
    "l-edd-15-days-late",
    "dates",
    L,
    set_("pregnancy.edd", "2026-09-10"),
    "EDD 15 days after the one 24+0 on 2026-05-06 implies (MA011)",
)
ok("l-edd-14-days-late", "dates", L, set_("pregnancy.edd", "2026-09-09"), "14 days: within tolerance")
bad("l-edd-15-days-early", "dates", L, set_("pregnancy.edd", "2026-08-11"), "15 days early (MA011)")
ok("l-edd-14-days-early", "dates", L, set_("pregnancy.edd", "2026-08-12"), "14 days early: within tolerance")
bad(
    "c-gestation-recorded-tomorrow",
    "dates",
    C,
    set_("pregnancy.gestation.on", "2026-12-04"),
    "a gestation recorded tomorrow (MA012)",
)
bad(
    "f-diazepam-changed-after-assessment",
    "dates",
    F,
    set_("medicines#med-diazepam.last_changed", "2026-06-13"),
    "the diazepam dose changed the day after the assessment that covers it (MA108)",
)
ok(
    "f-diazepam-changed-on-assessment-day",
    "dates",
    F,
    set_("medicines#med-diazepam.last_changed", "2026-06-12"),
    "changed on the day of the assessment, which covers it as changed",
)
bad(
    "m-sertraline-changed-tomorrow",
    "dates",
    M,
    set_("medicines#med-sertraline.last_changed", "2026-12-04"),
    "a dose change dated tomorrow (MA010)",
)


# ============================================================================================================
# routes: each malformed address beside a well-formed near miss.


def mesh(rid: str, mailbox: str) -> Mutation:
    return set_(f"recipients#{rid}.route.mailbox", mailbox)


bad("mesh-lower-case", "routes", M, mesh("rcp-hv", "x26hc003"), "lower-case mailbox id (MA307)")
bad("mesh-space-inside", "routes", M, mesh("rcp-hv", "X26HC 03"), "a space inside the id (MA307)")
bad("mesh-hyphen-inside", "routes", M, mesh("rcp-midwife", "X26-HC02"), "a hyphen inside the id (MA307)")
bad("mesh-no-digit-word", "routes", M, mesh("rcp-sw", "SOCIALWK"), "letters only, a word standing in (MA307)")
bad("mesh-digits-only", "routes", M, mesh("rcp-maternity", "26000001"), "digits only, no letter (MA307)")
bad(
    "mesh-cyrillic-letters",
    "routes",
    M,
    mesh("rcp-hv", "\u042526\u041d\u0421003"),
    "X, H and C typed as Cyrillic capitals: no MESH mailbox is spelt so (MA307)",
)
bad("mesh-blank", "routes", P, mesh("rcp-hv", ""), "an empty mailbox id (MA307/MA306)")
ok("mesh-other-digits", "routes", M, mesh("rcp-hv", "X26HC009"), "a well-formed mailbox id of the same shape")
ok("mesh-ods-led", "routes", P, mesh("rcp-hv", "Y90510A1"), "an id led by the recipient's ODS code")


def mllp(host: str | None = None, port: int | None = None) -> Mutation:
    def mutate(doc: Record) -> None:
        route = next(r for r in doc["recipients"] if r["id"] == "rcp-maternity")["route"]
        if host is not None:
            route["host"] = host
        if port is not None:
            route["port"] = port

    return mutate


bad("mllp-localhost", "routes", V, mllp(host="localhost"), "this machine, not the trust's interface (MA308)")
bad("mllp-loopback-ip", "routes", V, mllp(host="127.0.0.1"), "loopback address (MA308)")
bad("mllp-unspecified", "routes", V, mllp(host="0.0.0.0"), "the unspecified address (MA308)")
bad("mllp-single-label", "routes", V, mllp(host="maternity-interface"), "not fully qualified (MA308)")
bad("mllp-link-local", "routes", V, mllp(host="169.254.20.7"), "link-local address (MA308)")
bad(
    "mllp-invalid-domain",
    "routes",
    V,
    mllp(host="maternity-interface.castleford.invalid"),
    "under the reserved domain 'invalid' (MA308)",
)
bad(
    "mllp-host-holds-port",
    "routes",
    V,
    mllp(host="maternity-interface.castleford.example:2575"),
    "a port written into the host name: no such host (MA308)",
)
bad("mllp-multicast", "routes", V, mllp(host="239.1.2.3"), "a multicast group (MA308)")
bad("mllp-port-zero", "routes", V, mllp(port=0), "port 0 reaches nothing (schema or MA308)")
bad("mllp-port-too-high", "routes", V, mllp(port=65536), "no TCP port above 65535 (schema or MA308)")
ok("mllp-port-top", "routes", V, mllp(port=65535), "the highest port is a port")
ok("mllp-private-ip", "routes", V, mllp(host="10.44.2.17"), "a private network address on HSCN is a server")
ok(
    "mllp-other-fqdn",
    "routes",
    V,
    mllp(host="tie.castleford-royal.nhs.uk", port=5000),
    "another fully qualified interface host and port",
)


def fhir(url: str) -> Mutation:
    return set_("recipients#rcp-maternity.route.base_url", url)


bad("fhir-plain-http", "routes", L, fhir("http://maternity.northgate.example/fhir/R4"), "not https (MA308)")
bad("fhir-no-host", "routes", L, fhir("https:///fhir/R4"), "https with no host (MA308)")
bad(
    "fhir-credentials",
    "routes",
    L,
    fhir("https://svc:Secret1@maternity.northgate.example/fhir/R4"),
    "credentials in the URL (MA308)",
)
bad(
    "fhir-query",
    "routes",
    L,
    fhir("https://maternity.northgate.example/fhir/R4?_format=json"),
    "a query on a base URL (MA308)",
)
bad("fhir-no-scheme", "routes", L, fhir("maternity.northgate.example/fhir/R4"), "no scheme at all (MA308)")
bad("fhir-loopback", "routes", L, fhir("https://127.0.0.1/fhir/R4"), "this machine (MA308)")
ok("fhir-with-port", "routes", L, fhir("https://maternity.northgate.example:8443/fhir/R4"), "https with a port")
ok("fhir-trailing-slash", "routes", L, fhir("https://maternity.northgate.example/fhir/R4/"), "a trailing slash")
ok("fhir-private-ip", "routes", L, fhir("https://10.12.0.8/fhir/R4"), "https to a private address")


def manual(text: str) -> Mutation:
    return set_("recipients#rcp-foster-carer.route.description", text)


bad(
    "manual-mum-passes-on",
    "routes",
    F,
    manual("Mum will give it to the foster carer when she sees her."),
    "left to the mother to pass on (MA309)",
)
bad(
    "manual-to-be-arranged",
    "routes",
    F,
    manual("To be arranged by the ward before the baby goes."),
    "still to be arranged (MA309)",
)
bad(
    "manual-email-only",
    "routes",
    F,
    manual("duty.team@brightwater-fostering.example"),
    "only an address: where to find someone, not who hands it over (MA309)",
)
bad("manual-carer-at-meeting", "routes", F, manual("Foster carer at the meeting."), "says no hand-over (MA309)")
bad(
    "manual-tbc-lookalike",
    "routes",
    F,
    manual(look("To be confirmed")),
    "'To be confirmed' with Cyrillic look-alikes (MA309)",
)
bad(
    "manual-placeholder-zero-width",
    "routes",
    F,
    manual(zw("Same as last time")),
    "'Same as last time' with zero-width spaces (MA309)",
)
ok(
    "manual-posted",
    "routes",
    F,
    manual("Posted by recorded delivery to the foster carer's home on 2026-06-12 by the practice secretary."),
    "a real hand-over by post",
)
ok(
    "manual-read-through",
    "routes",
    F,
    manual("The ward midwife read the plan through with the foster carer at discharge and gave her a printed copy."),
    "read through and handed over",
)
ok(
    "manual-handed-soft-hyphens",
    "routes",
    F,
    manual(shy("Sealed copy handed to the foster carer by the health visitor at the first placement visit.")),
    "a real hand-over, soft hyphens inside words",
)


def ods(path: str, code: str) -> Mutation:
    return set_(path, code)


bad(
    "ods-practice-seven",
    "routes",
    M,
    ods("mother.registered_practice.ods_code", "Y900012"),
    "seven characters: no ODS shape (MA310)",
)
bad("ods-recipient-tbc", "routes", M, ods("recipients#rcp-hv.organisation.ods_code", "TBC"), "a placeholder (MA310)")
bad(
    "ods-sw-digits-only",
    "routes",
    M,
    ods("safeguarding.social_worker.organisation.ods_code", "90300"),
    "no letter (MA310)",
)
bad(
    "ods-recipient-hyphen",
    "routes",
    M,
    ods("recipients#rcp-maternity.organisation.ods_code", "Y90-400"),
    "a hyphen in the code (MA310)",
)
bad(
    "ods-repeated",
    "routes",
    P,
    ods("recipients#rcp-midwife.organisation.ods_code", "AAAAA"),
    "one character repeated (MA310)",
)
ok(
    "ods-trust-three",
    "routes",
    M,
    ods("recipients#rcp-maternity.organisation.ods_code", "RXH"),
    "a three-character trust code",
)
ok(
    "ods-site-five",
    "routes",
    M,
    ods("recipients#rcp-midwife.organisation.ods_code", "RXH01"),
    "a five-character site code",
)
ok(
    "ods-practice-letter-digits",
    "routes",
    P,
    ods("recipients#rcp-partner-gp.organisation.ods_code", "A81001"),
    "a GP practice code: a letter and five digits",
)


# ============================================================================================================
# attribution: the register fits the role, the number is one a register issues, one number one person.

bad(
    "midwife-on-gmc",
    "attribution",
    M,
    author("asm-sertraline", person("Grace", "Okafor", "registered-midwife", "GMC", "7091357", HAMPTON_MATERNITY)),
    "a midwife on the medical register (MA207)",
)
bad(
    "hv-on-gphc",
    "attribution",
    P,
    author("asm-partner-quetiapine", person("Megan", "Lloyd", "health-visitor", "GPhC", "2135791", MILLBROOK_HV)),
    "a health visitor on the pharmacy register (MA207)",
)
bad(
    "pharmacist-on-nmc",
    "attribution",
    M,
    author("asm-sertraline", person("Tomasz", "Nowak", "clinical-pharmacist", "NMC", "09K2468L", RIVERSIDE)),
    "a pharmacist on the nursing register (MA207)",
)
bad(
    "psychiatrist-on-nmc",
    "attribution",
    L,
    set_("assessments#asm-lithium.author.registration", {"body": "NMC", "number": "14F5566G"}),
    "a psychiatrist on the nursing register (MA207)",
)
bad(
    "gmc-all-zeros",
    "attribution",
    V,
    set_("assessments#asm-valproate.author.registration.number", "0000000"),
    "an all-zero GMC number (MA208)",
)
bad(
    "gphc-same-digit",
    "attribution",
    M,
    author("asm-sertraline", person("Tomasz", "Nowak", "clinical-pharmacist", "GPhC", "2222222", RIVERSIDE)),
    "GPhC number of one repeated digit (MA208)",
)
bad(
    "nmc-all-zero-digits",
    "attribution",
    P,
    set_("assessments#asm-partner-quetiapine.author.registration.number", "00A0000A"),
    "NMC number with every digit zero (MA208)",
)
bad(
    "shah-number-under-pritchard",
    "attribution",
    M,
    set_("assessments#asm-sertraline.author.name", {"prefix": "Dr", "given": ["Owen"], "family": "Pritchard"}),
    "Dr Shah's GMC number under another doctor's name (MA209)",
)
bad(
    "shah-number-other-given-lookalike",
    "attribution",
    M,
    set_("assessments#asm-sertraline.author.name", {"prefix": "Dr", "given": [look("Sarah")], "family": "Shah"}),
    "same family name, a different first name (Sarah, not Priya), in look-alike letters (MA209)",
)
bad(
    "attested-by-other-role",
    "attribution",
    F,
    set_("attestation.by", person("Kerry", "Walsh", "other", "HCPC", "PA20481", MILLBROOK)),
    "attested by someone of role 'other' (MA210)",
)
ok(
    "midwife-on-nmc",
    "attribution",
    M,
    author("asm-sertraline", MIDWIFE),
    "a midwife on the nursing and midwifery register",
)
ok(
    "gmc-zeros-inside",
    "attribution",
    V,
    set_("assessments#asm-valproate.author.registration.number", "7000001"),
    "zeros inside a number that is not all zeros",
)
ok(
    "shah-initial",
    "attribution",
    M,
    set_("assessments#asm-sertraline.author.name", {"prefix": "Dr", "given": ["P."], "family": "Shah"}),
    "an initial agrees with the name it starts",
)
ok(
    "shah-middle-name",
    "attribution",
    M,
    set_("assessments#asm-sertraline.author.name", {"prefix": "Dr", "given": ["Priya", "Anjali"], "family": "Shah"}),
    "a middle name is not compared",
)
ok(
    "shah-lookalike-family",
    "attribution",
    M,
    set_("assessments#asm-sertraline.author.name", {"prefix": "Dr", "given": ["Priya"], "family": "Sh\u0430h"}),
    "the same name with a Cyrillic a: one person (a mixed-script warning only)",
)
ok(
    "shah-capitals",
    "attribution",
    M,
    set_("overall_conclusion.author.name", {"prefix": "DR", "given": ["PRIYA"], "family": "SHAH"}),
    "case tells no two people apart",
)
ok(
    "physician-associate-assessment",
    "attribution",
    M,
    author("asm-sertraline", person("Kerry", "Walsh", "other", "HCPC", "PA20481", RIVERSIDE)),
    "an assessment by a registered physician associate; the GP concludes and attests",
)


# ============================================================================================================
# identity-basis-amendment: the partner is not the mother; the reason for sharing without consent; amendments.

bad(
    "partner-mothers-number",
    "identity-basis-amendment",
    P,
    set_("partner.nhs_number", "9990004145"),
    "the partner given the mother's NHS number (MA007)",
)
bad(
    "partner-mothers-name",
    "identity-basis-amendment",
    P,
    set_("partner.name", {"given": ["Chloe"], "family": "Adeyemi-Example"}),
    "the partner recorded under the mother's name (MA007)",
)
bad(
    "partner-mothers-name-disguised",
    "identity-basis-amendment",
    P,
    set_("partner.name", {"given": ["CHL\u041eE"], "family": "Adeyemi\u2011Example"}),
    "the mother's name in capitals, a Cyrillic O and a non-breaking hyphen (MA007)",
)
bad(
    "mother-number-zeros",
    "identity-basis-amendment",
    P,
    set_("mother.nhs_number", "0000000000"),
    "the all-zeros placeholder (MA003)",
)
ok(
    "partner-other-valid-number",
    "identity-basis-amendment",
    P,
    set_("partner.nhs_number", "9990004307"),
    "another valid NHS number",
)
ok(
    "partner-shares-family-name",
    "identity-basis-amendment",
    P,
    set_("partner.name", {"given": ["Daniel"], "family": "Adeyemi-Example"}),
    "the partner shares the mother's family name only",
)
ok(
    "partner-number-absent",
    "identity-basis-amendment",
    P,
    delete("partner.nhs_number"),
    "no partner number recorded: allowed",
)


def just(text: str) -> Mutation:
    return set_("lawful_basis.justification", text)


bad(
    "just-legal-basis-only",
    "identity-basis-amendment",
    F,
    just("Shared under section 47 of the Children Act 1989 in line with the local information sharing protocol."),
    "names only the law and the policy (MA402)",
)
bad(
    "just-who-decided",
    "identity-basis-amendment",
    F,
    just("Decision taken on 2026-06-12 by Dr Pritchard together with the practice safeguarding lead."),
    "who decided and when, not why (MA402)",
)
bad("just-agreed", "identity-basis-amendment", F, just("Agreed, share."), "no reason (MA402)")
bad(
    "just-as-discussed-lookalike",
    "identity-basis-amendment",
    F,
    just(look("As discussed at the meeting.")),
    "'as discussed' in look-alike letters (MA402)",
)
bad(
    "just-repeated",
    "identity-basis-amendment",
    F,
    just("Safeguarding share. Safeguarding share. Safeguarding share. Safeguarding share. Safeguarding share."),
    "one phrase repeated (MA402)",
)
ok(
    "just-declined-carer-must-know",
    "identity-basis-amendment",
    F,
    just(
        "She refused consent. The foster carer looks after the baby at night and must know how drowsy diazepam "
        "and pregabalin make the mother."
    ),
    "refusal and what follows",
)
ok(
    "just-asking-would-delay",
    "identity-basis-amendment",
    F,
    just(
        "Asking her again would delay discharge, and the baby would go to the placement without the carer knowing "
        "the sedation risk."
    ),
    "a reason: the harm prevented",
)
ok(
    "just-zero-width-real",
    "identity-basis-amendment",
    F,
    just(
        zw(
            "Consent was declined; the baby is at risk of unsafe sleep with a sedated mother unless the foster carer "
            "is told."
        )
    ),
    "a real reason with zero-width spaces",
)


def reason(text: str) -> Mutation:
    return set_("amendment_reason", text)


bad("amend-one-word", "identity-basis-amendment", C, reason("Amended."), "says nothing (MA008)")
bad(
    "amend-who-when",
    "identity-basis-amendment",
    C,
    reason("Amended on 2026-02-12 by Dr McAllister at Castle Street Surgery."),
    "who and when, no change (MA008)",
)
bad(
    "amend-see-notes-soft-hyphen",
    "identity-basis-amendment",
    C,
    reason(shy("Record updated - see notes.")),
    "'see notes' with soft hyphens (MA008)",
)
bad("amend-first-version", "identity-basis-amendment", C, set_("version", 1), "amended in its first version (MA009)")
ok(
    "amend-date-corrected",
    "identity-basis-amendment",
    C,
    reason("Citalopram start date corrected from 2024-07-01 to 2024-06-01; the assessment is otherwise unchanged."),
    "says what was corrected",
)
ok(
    "amend-recipient-added-full-width",
    "identity-basis-amendment",
    C,
    reason(full_width("Health visiting service added as a recipient; conclusions unchanged.")),
    "a real reason in full-width forms",
)
ok(
    "m-amended-v2-with-reason",
    "identity-basis-amendment",
    M,
    chain(
        set_("status", "amended"),
        set_("version", 2),
        set_("amendment_reason", "Sertraline dose line corrected to 100 mg; the methadone assessment is unchanged."),
    ),
    "an amended second version that says what changed",
)


# ============================================================================================================
# hollow: every shape docs/rules.md names, on methadone unless said (its items answer every concern).

_HOLLOW = [
    ("placeholder-dash-dots", meth("Methadone - ... - ..."), "a placeholder beside the name (MA103)"),
    (
        "pointer-dated-letter",
        meth("Methadone: as per the Hampton Drug and Alcohol Service letter dated 14/02/2026."),
        "a pointer (MA103)",
    ),
    (
        "handoff-neonatology",
        meth(
            "Methadone and what it means for the newborn will be decided by the neonatal "
            "team at the birth planning meeting."
        ),
        "the decision handed to another team (MA103)",
    ),
    (
        "kept-open",
        meth(
            "Methadone plan for the baby is subject to change and will be kept under "
            "consideration throughout the pregnancy."
        ),
        "kept open (MA103)",
    ),
    (
        "commits-nothing",
        meth(
            "With methadone too early to say anything about the baby's withdrawal, "
            "feeding or sleep; nothing can be ruled out."
        ),
        "commits to nothing (MA103)",
    ),
    (
        "take-back",
        meth(
            "Methadone continues, except when it does not; the baby's withdrawal observation is booked and not booked."
        ),
        "every claim taken back (MA103)",
    ),
    (
        "every-baby",
        meth(
            "Methadone: routine newborn observations on the ward as for any baby, and the usual "
            "safe sleep leaflet that every family receives."
        ),
        "what is said of every baby (MA103)",
    ),
    (
        "form-parts",
        meth(
            "Methadone section of the form completed: every box ticked, headings filled, the "
            "checklist signed off and the audit fields must stay complete."
        ),
        "the form's parts (MA103)",
    ),
    (
        "dismissal-only",
        meth("No concerns with methadone for mother or baby at this time."),
        "a dismissal with nothing left (MA103)",
    ),
    (
        "prompt-left",
        meth("[Enter methadone conclusion here: state the risk to the baby and the plan]"),
        "the form's prompt left in (MA103)",
    ),
    (
        "question",
        meth("Will the baby withdraw from methadone after birth, and should she co-sleep?"),
        "a question, not an answer (MA103)",
    ),
    (
        "condition-no-result",
        meth(
            "If the baby shows problems from methadone after birth, the team will act "
            "accordingly and respond as appropriate."
        ),
        "a condition with nothing decided (MA103)",
    ),
    (
        "nothing-done",
        meth(
            "No plan was made for methadone; nothing has yet been decided about the baby's "
            "withdrawal observation or sleep."
        ),
        "an account that nothing was done (MA103)",
    ),
    (
        "passive-account",
        meth(
            "Methadone, neonatal withdrawal, breastfeeding and co-sleeping have all been "
            "addressed and were gone through with her."
        ),
        "a passive account (MA103)",
    ),
    (
        "labels",
        meth(
            "Methadone: neonatal withdrawal is a consideration, and sedation and co-sleeping are "
            "relevant topics for the baby."
        ),
        "labels, not claims (MA103)",
    ),
    (
        "quotation",
        meth('Methadone: her key worker said "the baby will be fine and she can keep the baby in her bed".'),
        "someone else's words quoted (MA103)",
    ),
    (
        "dose-line",
        meth(
            "Methadone 1mg/ml oral solution 60 mg (60 ml) once daily, supervised consumption, "
            "prescribed by Hampton Drug and Alcohol Service."
        ),
        "the medicines list copied (MA103/MA104)",
    ),
    (
        "general-facts",
        meth(
            "Methadone is a long-acting opioid that crosses the placenta; between 50 and 80% of "
            "exposed babies show withdrawal signs."
        ),
        "facts about the medicine in general (MA103)",
    ),
    ("keyboard-mash", meth("Methadone asdfgh qwerty zxcvb lkjhg poiuy mnbvc wertz."), "filler (MA113)"),
    (
        "repetition",
        meth(
            "Methadone baby watch. Methadone baby watch. Methadone baby watch. Methadone baby "
            "watch. Methadone baby watch."
        ),
        "repetition (MA114)",
    ),
    (
        "mother-only",
        meth(
            "Methadone 60 mg continues under the drug service with supervised consumption and a "
            "monthly key worker review for her."
        ),
        "nothing about the baby (MA124)",
    ),
    ("too-short", meth("Methadone continues."), "too short (MA104)"),
]
for _n, _m, _w in _HOLLOW:
    bad(f"hollow-{_n}", "hollow", M, _m, _w)

_HOLLOW_DISGUISED = [
    (
        "pointer-lookalike",
        meth(look("Methadone: see the drug service letter for the plan.")),
        "a pointer in Cyrillic look-alikes (MA103)",
    ),
    (
        "dismissal-full-width",
        meth(full_width("Methadone: nothing of note for the baby.")),
        "a dismissal in full-width forms (MA103)",
    ),
    (
        "handoff-zero-width",
        meth(zw("The decision on methadone and the baby sits with the neonatal team.")),
        "a hand-off with zero-width spaces (MA103)",
    ),
    (
        "pending-combining",
        meth(combining("Methadone plan for the baby pending review at the next clinic.")),
        "'pending review' with combining marks (MA103)",
    ),
    ("tbc-bidi", meth(bidi_words("Methadone baby plan tbc")), "'tbc' with every word in bidi isolates (MA103)"),
    (
        "repetition-soft-hyphen",
        meth(
            shy("Observe the baby. Observe the baby. Observe the baby. Observe the baby. Observe the baby. Methadone.")
        ),
        "repetition with soft hyphens (MA114)",
    ),
]
for _n, _m, _w in _HOLLOW_DISGUISED:
    bad(f"hollow-{_n}", "hollow", M, _m, _w)

bad(
    "hollow-valp-awaiting-nbsp",
    "hollow",
    V,
    concl(
        "asm-valproate",
        swap_spaces("Valproate: awaiting the neurology opinion before anything is said about the pregnancy."),
    ),
    "'awaiting' with no-break spaces (MA103)",
)
bad(
    "hollow-lith-as-discussed",
    "hollow",
    L,
    concl("asm-lithium", "Lithium and the baby as discussed with the perinatal team at clinic today."),
    "'as discussed' (MA103)",
)
bad(
    "hollow-partner-noted",
    "hollow",
    P,
    concl("asm-partner-quetiapine", "The father's quetiapine is noted and has been taken into account for the baby."),
    "'noted' and an account (MA103)",
)

_NEAR = [
    (
        "pointer-then-plan",
        "See also the drug service letter. In summary: methadone 60 mg continues, the baby "
        "is observed on the postnatal ward for at least 72 hours for withdrawal, and she must never co-sleep after "
        "her dose.",
        "a pointer beside a real conclusion",
    ),
    (
        "instruction-not-pointer",
        "Please see the baby at home within 48 hours of discharge: methadone exposure "
        "means late withdrawal signs are possible up to day 8, and the cot must be checked because of her "
        "sedation.",
        "an instruction, not a pointer",
    ),
    (
        "dismissal-with-reason",
        "No concerns about breastfeeding on methadone 60 mg: it is encouraged. The baby "
        "still needs 72 hours of withdrawal observation on the ward, and no bed or sofa sharing after her dose.",
        "a dismissal of one concern, with the rest decided",
    ),
    (
        "condition-with-result",
        "If the baby shows withdrawal signs from methadone, the midwife will start "
        "scoring and call the paediatrician; breastfeeding continues, and she must not sleep with the baby after "
        "a dose.",
        "a condition with what follows",
    ),
    (
        "general-then-this-baby",
        "Methadone crosses the placenta, so this baby is likely to withdraw: observe on "
        "the ward for at least 72 hours, health visitor checks to day 8, and a cot, never the sofa, after her "
        "dose.",
        "a general fact that turns to this baby",
    ),
]
for _n, _t, _w in _NEAR:
    ok(f"near-{_n}", "hollow", M, meth(_t), _w)
ok(
    "near-pending-real-plan-lookalike",
    "hollow",
    V,
    concl(
        "asm-valproate",
        look(
            "Valproate 500 mg twice daily continues pending neurology review this week; she must not stop it. The "
            "baby was exposed in the first trimester, so the detailed anomaly scan and fetal medicine review are "
            "booked."
        ),
    ),
    "'pending' beside a real plan, in look-alike letters",
)
ok(
    "near-instruction-zero-width",
    "hollow",
    M,
    meth(
        zw(
            "Methadone continues at 60 mg. Midwife: observe the baby for at least 72 hours after birth for withdrawal; "
            "HV: check the cot at the first visit, as she is drowsy after dosing."
        )
    ),
    "a real conclusion with zero-width spaces",
)
ok(
    "near-full-width-plan",
    "hollow",
    M,
    meth(
        full_width(
            "Methadone 60 mg unchanged. The baby stays 72 hours on the ward for withdrawal scoring; breastfeeding is "
            "encouraged; no co-sleeping after her dose."
        )
    ),
    "a real conclusion in full-width forms",
)


# ============================================================================================================
# coverage: every medicine named and concluded on; no copies between medicines; the overall covers all.

bad(
    "f-joint-omits-pregabalin",
    "coverage",
    F,
    concl(
        "asm-diazepam-pregabalin",
        "Diazepam sedates her: she must never share a bed, sofa or armchair with the baby, the foster carer does "
        "night feeds, and late withdrawal signs are watched for until day 8.",
    ),
    "pregabalin never named (MA119)",
)
bad(
    "f-overall-omits-diazepam",
    "coverage",
    F,
    overall(
        "Pregabalin continues; the foster carer does the night feeds, no sofa or bed sharing, and late withdrawal "
        "signs are watched for until day 8 by the foster carer and health visitor."
    ),
    "diazepam missing (MA119)",
)
bad(
    "m-overall-sertraline-only-pointer",
    "coverage",
    M,
    overall(
        "Methadone continues at 60 mg; the baby is observed on the ward for 72 hours for withdrawal and sleeps in "
        "a cot, never her bed. Sertraline: refer to the GP letter."
    ),
    "sertraline only in a pointer (MA119)",
)
bad(
    "m-copy-methadone-to-sertraline",
    "coverage",
    M,
    sert(
        "Methadone 60 mg daily should continue through pregnancy. The baby is likely to need observation for "
        "neonatal withdrawal; breastfeeding is supported. Sedation after each dose means no co-sleeping and the "
        "cot must be checked at the home visit.".replace("Methadone 60 mg", "Sertraline 100 mg")
    ),
    "methadone's conclusion pasted under sertraline with the name and dose changed (MA121)",
)
bad(
    "m-copy-lookalike",
    "coverage",
    M,
    sert(
        look(
            "Methadone 60 mg daily should continue through pregnancy. The baby is likely to need observation for "
            "neonatal withdrawal; breastfeeding is supported. Sedation after each dose means no co-sleeping and the "
            "cot must be checked at the home visit.".replace("Methadone 60 mg", "Sertraline 100 mg")
        )
    ),
    "the same copy in look-alike letters (MA121)",
)
bad(
    "m-overall-repeats-methadone",
    "coverage",
    M,
    overall(
        "Methadone 60 mg daily should continue through pregnancy. The baby is likely to need observation for "
        "neonatal withdrawal; breastfeeding is supported. Sedation after each dose means no co-sleeping and the "
        "cot must be checked at the home visit."
    ),
    "the overall conclusion repeats one assessment (MA121/MA119)",
)
bad(
    "p-overall-omits-quetiapine",
    "coverage",
    P,
    overall(
        "Chloe's paracetamol raises no concern. The father must not share a bed, sofa or armchair with the baby "
        "and does no night feeds; the health visitor checks the crib at every visit."
    ),
    "the partner's medicine never named (MA119)",
)
bad(
    "p-overall-quetiapine-zero-width-omitted",
    "coverage",
    P,
    overall(
        zw(
            "The father is heavily sedated at night: no co-sleeping with him on a bed, sofa or armchair, and the "
            "mother does night feeds; crib checked at each visit."
        )
    ),
    "quetiapine missing, zero-width spaces (MA119)",
)
ok(
    "f-joint-both-named-brand",
    "coverage",
    F,
    concl(
        "asm-diazepam-pregabalin",
        "Diazepam with Lyrica (pregabalin) leaves Kayleigh drowsy for hours: the foster carer keeps the baby's "
        "cot in her own room and does all night feeds, never a shared bed or sofa; both medicines continue, and "
        "late withdrawal is watched for until day 8.",
    ),
    "both named, one by brand",
)
ok(
    "m-overall-both-each-part",
    "coverage",
    M,
    overall(
        "Methadone stays at 60 mg: 72 hours of ward observation for withdrawal, then HV checks for late signs; no "
        "co-sleeping after a dose. Sertraline stays at 100 mg because relapse is the bigger risk; its adaptation "
        "signs are scored with the withdrawal chart."
    ),
    "each medicine with its own decision",
)
ok(
    "m-sertraline-own-words",
    "coverage",
    M,
    sert(
        "Sertraline 100 mg continues: her depression relapsed the last time it stopped. The baby may be jittery "
        "or feed poorly for a few days and has a small PPHN risk, so the midwife adds adaptation checks to the "
        "withdrawal scoring; breastfeeding is fine."
    ),
    "sertraline's own conclusion, sharing topics, not text",
)
ok(
    "p-overall-quetiapine-combining",
    "coverage",
    P,
    overall(
        combining(
            "Paracetamol raises no concern. Daniel's quetiapine sedates him heavily at night: the baby never sleeps "
            "with him on a bed, sofa or armchair and Chloe does the night feeds; crib checked by the HV."
        )
    ),
    "the overall naming both, with combining marks",
)
ok(
    "f-overall-both-bidi",
    "coverage",
    F,
    overall(
        bidi_words(
            "Diazepam and pregabalin both continue and both sedate: the foster carer does night feeds, no bed or sofa "
            "sharing with the mother, and late withdrawal signs are watched for until day 8."
        )
    ),
    "a joint overall conclusion with every word in bidi isolates",
)


# ============================================================================================================
# professions: good conclusions in each profession's voice, with the author changed to match; hollow twins.

ok(
    "gp-methadone-plain",
    "professions",
    M,
    meth(
        "I have advised Jodie to stay on methadone 60 mg: stopping now would risk relapse and harm the baby. "
        "Expect neonatal withdrawal; the baby should be observed for at least 72 hours after birth. She may "
        "breastfeed, but must never sleep with the baby in her bed or on the sofa after her dose."
    ),
    "a GP in the first person",
)
ok(
    "midwife-sertraline",
    "professions",
    M,
    chain(
        author("asm-sertraline", MIDWIFE),
        sert(
            "Sertraline 100 mg continues. At delivery the paediatric team will know, and on the postnatal ward I will "
            "watch the baby for jitteriness, fast breathing and poor feeding over the first 48 hours alongside the "
            "withdrawal chart. She can breastfeed on sertraline."
        ),
    ),
    "a hospital midwife's voice",
)
ok(
    "pharmacist-sertraline",
    "professions",
    M,
    chain(
        author("asm-sertraline", PHARMACIST),
        sert(
            "Sertraline remains the preferred SSRI in pregnancy and breastfeeding; continue 100 mg. Infant exposure "
            "through milk is low, so breastfeeding is supported. The baby should be observed for poor neonatal "
            "adaptation for 48 hours; do not stop sertraline abruptly, as relapse is likely."
        ),
    ),
    "a clinical pharmacist's voice",
)
ok(
    "obstetrician-lithium",
    "professions",
    L,
    chain(
        author("asm-lithium", OBSTETRICIAN),
        concl(
            "asm-lithium",
            "Lithium continues. Deliver on the labour ward with lithium levels within 24 hours of birth and fluids "
            "in labour; the baby needs a paediatric review for floppiness, poor feeding and thyroid function, and "
            "will be bottle fed because lithium enters breast milk.",
        ),
    ),
    "an obstetrician's voice",
)
ok(
    "pmh-nurse-lithium",
    "professions",
    L,
    chain(
        author("asm-lithium", PMH_NURSE),
        concl(
            "asm-lithium",
            "Stopping lithium would leave her at high risk of postpartum psychosis, so it continues at 800 mg with "
            "monthly levels, weekly from 36 weeks. Her baby will have a paediatric check after birth and be formula "
            "fed, as lithium reaches breast milk; I will visit in the first week.",
        ),
    ),
    "a perinatal mental health nurse",
)
ok(
    "hv-partner-plain",
    "professions",
    P,
    chain(
        author("asm-partner-quetiapine", HV_NEW),
        concl(
            "asm-partner-quetiapine",
            "Daniel takes quetiapine 300 mg at night and is very hard to rouse afterwards. He must not have the baby "
            "in bed with him or fall asleep holding her on the sofa, and Chloe does every night feed. I saw the crib "
            "by Chloe's side today and will check again at each visit.",
        ),
    ),
    "a health visitor's voice",
)
ok(
    "community-midwife-partner",
    "professions",
    P,
    chain(
        author("asm-partner-quetiapine", COMMUNITY_MW),
        concl(
            "asm-partner-quetiapine",
            "Dad's quetiapine makes him deeply drowsy at night, so the baby sleeps in the bedside crib and is never "
            "left with him overnight; mum does night feeds. No sofa or bed sharing with him at any time after his "
            "evening dose.",
        ),
    ),
    "a community midwife's shorthand",
)
ok(
    "pharmacist-valproate",
    "professions",
    V,
    chain(
        author("asm-valproate", EPILEPSY_PHARM),
        concl(
            "asm-valproate",
            "Valproate 500 mg twice daily must not be stopped abruptly because of the seizure risk to her and the "
            "fetus. First-trimester exposure means about a 1 in 10 risk of a major malformation for this baby, so the "
            "anomaly scan and fetal medicine review are urgent; neurology will plan any switch.",
        ),
    ),
    "a pharmacist on valproate",
)
ok(
    "gp-diazepam-pregabalin-soap",
    "professions",
    F,
    concl(
        "asm-diazepam-pregabalin",
        "A: diazepam and pregabalin both sedate Kayleigh, worst after each dose. P: both continue unchanged for "
        "now; no bed, sofa or armchair sharing with the baby, no feeding lying down, foster carer does the night "
        "feeds; foster carer and HV watch for late withdrawal to day 8.",
    ),
    "a GP in SOAP shorthand",
)
ok(
    "gp-citalopram-brief",
    "professions",
    C,
    concl(
        "asm-citalopram",
        "Citalopram 20 mg continues, as stopping it before brought relapse within weeks. The baby may be jittery "
        "or breathe fast in the first 48 hours, so the midwife will watch; breastfeeding is supported.",
    ),
    "a GP's brief conclusion",
)
ok(
    "midwife-sertraline-lookalike",
    "professions",
    M,
    chain(
        author("asm-sertraline", MIDWIFE),
        sert(
            look(
                "Keep taking sertraline 100 mg. On the ward we will watch the baby for 48 hours for jitteriness, fast "
                "breathing and poor feeding, and breastfeeding is encouraged."
            )
        ),
    ),
    "a midwife's conclusion in look-alikes",
)
ok(
    "hv-partner-soft-hyphen",
    "professions",
    P,
    chain(
        author("asm-partner-quetiapine", HV_PRICE),
        concl(
            "asm-partner-quetiapine",
            shy(
                "Quetiapine leaves Daniel heavily sedated overnight: the baby sleeps in the crib on Chloe's side, he "
                "does no night feeds and never naps with the baby on the settee. I will check the sleeping "
                "arrangements at each contact."
            ),
        ),
    ),
    "a health visitor's conclusion with soft hyphens",
)
ok(
    "obstetrician-lithium-full-width",
    "professions",
    L,
    chain(
        author("asm-lithium", OBSTETRICIAN),
        concl(
            "asm-lithium",
            full_width(
                "Lithium continues; levels weekly from 36 weeks and within 24 hours of delivery. Paediatric review of "
                "the baby at birth; bottle feeding, as lithium passes into breast milk."
            ),
        ),
    ),
    "an obstetrician's terse conclusion in full-width forms",
)

bad(
    "midwife-sertraline-report-only",
    "professions",
    M,
    chain(
        author("asm-sertraline", MIDWIFE),
        sert(
            "Sertraline discussed with her at the booking appointment and the leaflet given; she was happy with "
            "everything."
        ),
    ),
    "a midwife's report of a talk: nothing decided (MA103)",
)
bad(
    "pharmacist-sertraline-general",
    "professions",
    M,
    chain(
        author("asm-sertraline", PHARMACIST),
        sert(
            "Sertraline is an SSRI; SSRIs are associated with poor neonatal adaptation in up to 30% of exposed "
            "babies and pass into breast milk in small amounts."
        ),
    ),
    "general facts only (MA103)",
)
bad(
    "obstetrician-lithium-mother-only",
    "professions",
    L,
    chain(
        author("asm-lithium", OBSTETRICIAN),
        concl(
            "asm-lithium",
            "Lithium 800 mg continues with levels monthly and weekly from 36 weeks under the perinatal psychiatrist.",
        ),
    ),
    "the mother's plan only (MA124)",
)
bad(
    "hv-partner-how-he-sleeps",
    "professions",
    P,
    chain(
        author("asm-partner-quetiapine", HV_NEW),
        concl(
            "asm-partner-quetiapine",
            "Daniel's quetiapine 300 mg helps him sleep soundly through the night, and he is well in the daytime.",
        ),
    ),
    "how he sleeps, not where the baby sleeps or who cares at night (MA124/MA103)",
)
bad(
    "pmh-nurse-lithium-handoff-lookalike",
    "professions",
    L,
    chain(
        author("asm-lithium", PMH_NURSE),
        concl(
            "asm-lithium",
            look("Lithium and the baby: will be agreed at the pre-birth planning meeting with obstetrics."),
        ),
    ),
    "a hand-off in look-alike letters (MA103)",
)
bad(
    "gp-citalopram-dismissal-zero-width",
    "professions",
    C,
    concl("asm-citalopram", zw("Citalopram: not applicable to the baby, no issues.")),
    "a dismissal with zero-width spaces (MA103)",
)
bad(
    "pharmacist-valproate-drug-leaflet",
    "professions",
    V,
    chain(
        author("asm-valproate", EPILEPSY_PHARM),
        concl(
            "asm-valproate",
            "Sodium valproate 500mg gastro-resistant tablets, 500 mg twice a day, started 2019, last changed 2024.",
        ),
    ),
    "the medicines list copied (MA103/MA104)",
)


if __name__ == "__main__":  # pragma: no cover
    found = Counter((c.category, c.expect) for c in F43CASES)
    for cat in CATEGORIES:
        print(f"{cat:28} refuse {found[(cat, REFUSE)]:3}  pass {found[(cat, PASS)]:3}")
    print(
        f"{'all':28} refuse {sum(c.expect == REFUSE for c in F43CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F43CASES):3}"
    )
