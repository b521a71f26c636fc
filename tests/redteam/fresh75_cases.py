"""A seventy-fifth independent "fresh" batch of red-team cases for the share gate: a held-out-style mix, ninth
round, weighted to impossible dates and routes and to hollow conclusions in ordinary clinical words.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. It covers:

* ``dates-fields``: every date field of the record (EDD, gestation date, delivery, assessment, overall
  conclusion, attestation, update time, consent, medicine start/change/stop, date of birth, the end of a child
  protection plan) at its impossible edges (day 0, day 32, 31 of a 30-day month, 29 February of a common year,
  a delivery at 10 weeks or before the gestation was measured, an EDD 49 weeks after the period the gestation
  implies, an attestation before the assessment on its own clock or after today) beside its valid edges (the
  14-day tolerance, same-day attestation after midnight in British Summer Time, leap days);
* ``dates-written``: dates in conclusions that do not exist ("31 April", "the 32nd", "00/03/2026") or report
  as done an event after attestation, beside real dates and bookings;
* ``routes-mesh``, ``routes-network``, ``routes-manual``, ``ods-codes``: MESH ids of seven or nine characters,
  mixed case, only letters or only digits; MLLP ports 0/1/65535/65536 and negative, IPv6 literals (ULA passes,
  link-local and unspecified refuse), IDN host names (Unicode and punycode), trailing dots, labels that start
  with a hyphen or run past 63 characters, loopback outside 127.0.0.1; FHIR URLs with a user name, an empty
  port, ftp, missing slashes; manual routes that are a note, a link or the mother; ODS codes of each shape;
* ``hollow-plain``: conclusions in plain clinical words that decide nothing (noun inventories, headings with
  "noted", questions left unanswered, "weighed" with no outcome, sources consulted, textbook facts, timelines,
  status adjectives, "either way" options), each beside a good twin in the same words;
* ``disguise``: a fifth more, hollow and good texts from above in look-alike letters, zero-width and soft
  hyphens, bidi isolates, combining grapheme joiners and full width.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh75_cases`` for the
counts per category.
"""

from __future__ import annotations

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
    N,
    P,
    V,
    chain,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F75CASES: list[Case] = []

CATEGORIES = (
    "dates-fields",
    "dates-written",
    "routes-mesh",
    "routes-network",
    "routes-manual",
    "ods-codes",
    "hollow-plain",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    assert category in CATEGORIES, category
    F75CASES.append(Case(f"f75-{name}", category, expect, base, mutate, why, **kw))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    add(name, category, REFUSE, base, mutate, why, **kw)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    add(name, category, PASS, base, mutate, why, **kw)


def meth(text: str) -> Mutation:
    return set_("assessments#asm-methadone.conclusion", text)


def sert(text: str) -> Mutation:
    return set_("assessments#asm-sertraline.conclusion", text)


def cit(text: str) -> Mutation:
    return set_("assessments#asm-citalopram.conclusion", text)


def lith(text: str) -> Mutation:
    return set_("assessments#asm-lithium.conclusion", text)


def valp(text: str) -> Mutation:
    return set_("assessments#asm-valproate.conclusion", text)


def dzp(text: str) -> Mutation:
    return set_("assessments#asm-diazepam-pregabalin.conclusion", text)


def quet(text: str) -> Mutation:
    return set_("assessments#asm-partner-quetiapine.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


# ------------------------------------------------------------------------------------------------------------
# dates-fields. C: EDD 2026-04-06, 32+1 on 2026-02-10 (implied EDD 2026-04-06), assessed 2026-02-10, attested
# 2026-02-12. P: delivered 2026-05-18, attested 2026-05-28. F: delivered 2026-06-08, plan ended 2026-06-10.
DF = "dates-fields"
R = {"parse_reject_ok": True}

bad("edd-day-zero", DF, C, set_("pregnancy.edd", "2026-04-00"), "there is no day 0 of April", **R)
bad("edd-march-32", DF, C, set_("pregnancy.edd", "2026-03-32"), "March has 31 days", **R)
ok("edd-march-31", DF, C, set_("pregnancy.edd", "2026-03-31"), "six days before the implied EDD: within tolerance")
bad(
    "gestation-on-april-31",
    DF,
    C,
    set_("pregnancy.gestation", {"weeks": 32, "days": 1, "on": "2026-04-31"}),
    "April has 30 days",
    **R,
)
bad(
    "gestation-implies-49-weeks",
    DF,
    C,
    set_("pregnancy.gestation", {"weeks": 1, "days": 0, "on": "2025-05-05"}),
    "1+0 on 2025-05-05 puts the period on 2025-04-28: an EDD 49 weeks later disagrees by 9 weeks (MA011)",
)
ok(
    "edd-14-days-late-edge",
    DF,
    C,
    set_("pregnancy.edd", "2026-04-20"),
    "exactly the 14-day tolerance after the EDD the gestation implies",
)
bad(
    "edd-15-days-late",
    DF,
    C,
    set_("pregnancy.edd", "2026-04-21"),
    "one day past the tolerance (MA011)",
)
bad(
    "delivery-at-ten-weeks",
    DF,
    P,
    set_("pregnancy.gestation", {"weeks": 10, "days": 0, "on": "2026-05-10"}),
    "10+0 a week before the delivery: a birth at 11 weeks is no delivery (MA013)",
)
bad(
    "gestation-after-delivery",
    DF,
    P,
    set_("pregnancy.gestation", {"weeks": 39, "days": 0, "on": "2026-05-25"}),
    "a gestation measured a week after the baby was born (MA013)",
)
ok(
    "gestation-day-of-delivery",
    DF,
    P,
    set_("pregnancy.gestation", {"weeks": 39, "days": 4, "on": "2026-05-18"}),
    "39+4 on the day of delivery: a term birth",
)
bad("delivery-nov-31", DF, P, set_("pregnancy.delivery_date", "2026-11-31"), "November has 30 days", **R)
bad(
    "delivery-after-attestation",
    DF,
    P,
    set_("pregnancy.delivery_date", "2026-05-29"),
    "a postnatal record attested on 2026-05-28 about a baby born the day after (MA013)",
)
ok(
    "delivery-on-attestation-day",
    DF,
    N,
    set_("pregnancy.delivery_date", "2026-04-09"),
    "born on the morning of the day the record was attested: postnatal the same day; paracetamol and "
    "lactulose started 2026-04-03 for an unrelated reason",
)
bad(
    "attested-before-assessment-own-clock",
    DF,
    C,
    set_("attestation.at", "2026-02-09T23:30:00-01:00"),
    "23:30 on 9 February on its own clock: attested the day before the assessment it attests (MA211)",
)
ok(
    "attested-after-midnight-bst",
    DF,
    L,
    set_("attestation.at", "2026-05-06T00:20:00+01:00"),
    "20 past midnight BST on the assessment's own day (23:20 UTC the day before): same day, valid",
)
bad(
    "attested-next-year",
    DF,
    C,
    chain(set_("attestation.at", "2027-02-12T09:25:00+00:00"), set_("updated", "2027-02-12T09:30:00+00:00")),
    "attested in 2027, after today (MA211/MA010)",
)
bad("attested-feb-30", DF, L, set_("attestation.at", "2026-02-30T10:00:00+00:00"), "February has no 30th", **R)
bad(
    "updated-june-31",
    DF,
    P,
    set_("updated", "2026-06-31T09:00:00+00:00"),
    "June has 30 days",
    **R,
)
bad(
    "assessment-april-31",
    DF,
    L,
    set_("assessments#asm-lithium.date", "2026-04-31"),
    "April has 30 days",
    **R,
)
bad(
    "overall-day-zero",
    DF,
    V,
    set_("overall_conclusion.date", "2026-05-00"),
    "there is no day 0",
    **R,
)
bad(
    "assessment-before-pregnancy",
    DF,
    C,
    chain(set_("assessments#asm-citalopram.date", "2025-06-01"), set_("overall_conclusion.date", "2025-06-01")),
    "dated a month before this pregnancy began (2025-06-30) with no pre-conception mark (MA212)",
)
ok(
    "assessment-early-in-pregnancy",
    DF,
    V,
    chain(set_("assessments#asm-valproate.date", "2026-05-19"), set_("overall_conclusion.date", "2026-05-19")),
    "assessed the day before the attestation, at 7+6",
)
bad(
    "antenatal-assessed-29-days-after-edd",
    DF,
    C,
    chain(
        set_("assessments#asm-citalopram.date", "2026-05-05"),
        set_("overall_conclusion.date", "2026-05-05"),
        set_("attestation.at", "2026-05-05T09:25:00+00:00"),
        set_("updated", "2026-05-05T09:30:00+00:00"),
        set_("lawful_basis.recorded_on", "2026-05-05"),
    ),
    "an antenatal assessment 29 days after the EDD: past 42 weeks (MA013)",
)
bad(
    "last-changed-after-assessment",
    DF,
    C,
    set_("medicines#med-citalopram.last_changed", "2026-02-11"),
    "citalopram changed the day after the assessment that covers it (MA108)",
)
ok(
    "last-changed-on-assessment-day",
    DF,
    C,
    set_("medicines#med-citalopram.last_changed", "2026-02-10"),
    "changed on the day of the assessment: assessed as changed",
)
bad(
    "started-feb-29-2023",
    DF,
    V,
    set_("medicines#med-valproate.started", "2023-02-29"),
    "2023 was a common year",
    **R,
)
ok(
    "started-feb-29-2020",
    DF,
    V,
    set_("medicines#med-valproate.started", "2020-02-29"),
    "2020 was a leap year",
)
bad(
    "consent-in-2027",
    DF,
    M,
    set_("lawful_basis.recorded_on", "2027-03-02"),
    "consent recorded in the future (MA403)",
)
ok(
    "consent-at-booking",
    DF,
    M,
    set_("lawful_basis.recorded_on", "2025-10-06"),
    "consent recorded at booking in this pregnancy (which began about 2025-08-08), months before the assessment",
)
bad(
    "birth-date-june-31",
    DF,
    L,
    set_("mother.birth_date", "1991-06-31"),
    "June has 30 days",
    **R,
)
ok("birth-date-june-30", DF, L, set_("mother.birth_date", "1991-06-30"), "the last day of June")
bad(
    "plan-ended-day-zero",
    DF,
    F,
    set_("safeguarding.child_protection_plan_ended", "2026-06-00"),
    "there is no day 0",
    **R,
)
bad(
    "plan-ends-next-year",
    DF,
    F,
    set_("safeguarding.child_protection_plan_ended", "2027-01-15"),
    "a plan that 'ended' in the future (MA013)",
)
bad(
    "stopped-feb-29-2027",
    DF,
    F,
    set_("medicines#med-pregabalin.stopped", "2027-02-29"),
    "2027 is a common year",
    **R,
)

# ------------------------------------------------------------------------------------------------------------
# dates-written (M attested 2026-03-02; C attested 2026-02-12)
DW = "dates-written"

bad(
    "meth-scan-31-april",
    DW,
    M,
    meth(
        "Methadone 60 mg daily continues unchanged; the growth scan on 31 April 2026 will check the baby's size. "
        "The baby stays at least 72 hours for neonatal withdrawal observation, breastfeeding is encouraged and "
        "there must be no bed or sofa sharing after her dose."
    ),
    "there is no 31 April (MA017)",
)
ok(
    "meth-scan-30-april",
    DW,
    M,
    meth(
        "Methadone 60 mg daily continues unchanged; the growth scan on 30 April 2026 will check the baby's size. "
        "The baby stays at least 72 hours for neonatal withdrawal observation, breastfeeding is encouraged and "
        "there must be no bed or sofa sharing after her dose."
    ),
    "the same plan on a real day",
)
bad(
    "sert-review-32nd-march",
    DW,
    M,
    sert(
        "Sertraline 100 mg continues, as stopping now risks a relapse of her depression; the GP reviews her mood "
        "on the 32nd of March 2026 and the midwife watches the baby for adaptation signs for 48 hours."
    ),
    "March has no 32nd day (MA017)",
)
ok(
    "sert-review-31st-march",
    DW,
    M,
    sert(
        "Sertraline 100 mg continues, as stopping now risks a relapse of her depression; the GP reviews her mood "
        "on the 31st of March 2026 and the midwife watches the baby for adaptation signs for 48 hours."
    ),
    "the 31st of March exists",
)
bad(
    "cit-day-zero-numeric",
    DW,
    C,
    cit(
        "Citalopram 20 mg continues, with the mood review booked for 00/03/2026; the midwife watches the baby "
        "for jitteriness and poor feeding for 48 hours after birth and breastfeeding is supported."
    ),
    "day 00 of March does not exist (MA017)",
)
bad(
    "cit-29-feb-2027",
    DW,
    C,
    cit(
        "Citalopram 20 mg continues into the postnatal period; her mood is reviewed at the 29 February 2027 "
        "clinic, the midwife watches the baby for adaptation signs for 48 hours and breastfeeding is supported."
    ),
    "2027 has no 29 February (MA017)",
)
ok(
    "cit-29-feb-2028",
    DW,
    C,
    cit(
        "Citalopram 20 mg continues into the postnatal period and is to be reviewed before any further "
        "pregnancy, by 29 February 2028; the midwife watches the baby for adaptation signs for 48 hours and "
        "breastfeeding is supported."
    ),
    "2028 is a leap year",
)
bad(
    "meth-scan-reported-after-signing",
    DW,
    M,
    meth(
        "Methadone 60 mg daily continues. The growth scan on 2026-03-20 was normal. The baby will be observed for "
        "neonatal withdrawal for at least 72 hours, breastfeeding is encouraged, and no co-sleeping after doses."
    ),
    "reports as done a scan 18 days after the record was attested (MA017)",
)
ok(
    "meth-scan-booked-after-signing",
    DW,
    M,
    meth(
        "Methadone 60 mg daily continues. The growth scan is booked for 2026-03-20. The baby will be observed for "
        "neonatal withdrawal for at least 72 hours, breastfeeding is encouraged, and no co-sleeping after doses."
    ),
    "the same later date as a booking: a plan, not a report",
)
ok(
    "sert-seen-before-assessment",
    DW,
    M,
    sert(
        "Sertraline 100 mg continues: when seen on 9 February 2026 her mood had been stable for five months. The "
        "midwife watches the baby for adaptation signs in the first 48 hours; breastfeeding is compatible."
    ),
    "a past visit before the assessment date, truly reported",
)

# ------------------------------------------------------------------------------------------------------------
# routes-mesh
RM = "routes-mesh"


def mb(rid: str, box: str) -> Mutation:
    return set_(f"recipients#{rid}.route.mailbox", box)


bad("mesh-four-chars", RM, M, mb("rcp-hv", "X26H"), "four characters: shorter than any ODS-led mailbox id (MA307)")
bad("mesh-24-chars", RM, M, mb("rcp-hv", "X26HC003X26HC003X26HC003"), "a mailbox id pasted three times (MA307)")
bad("mesh-mixed-case", RM, C, mb("rcp-midwife", "X26cR002"), "a lower-case letter in a mailbox id (MA307)")
bad("mesh-digits-only", RM, C, mb("rcp-hv", "26100303"), "no letter: not a mailbox id (MA307)")
bad("mesh-letters-only", RM, L, mb("rcp-hv", "XNGHVBOX"), "no digit: not a mailbox id (MA307)")
bad("mesh-with-slash", RM, P, mb("rcp-midwife", "X26MB/02"), "a slash in a mailbox id (MA307)")
ok("mesh-other-org-prefix", RM, M, mb("rcp-hv", "Y90500HV"), "eight upper-case letters and digits, ODS-led")
ok("mesh-letters-mostly", RM, P, mb("rcp-hv", "QWX7HVMB"), "eight characters, one digit: a mailbox id's form")
ok("mesh-digits-mostly", RM, L, mb("rcp-pmh", "A2600731"), "a letter and seven digits: a mailbox id's form")

# ------------------------------------------------------------------------------------------------------------
# routes-network: V has MLLP to rcp-maternity, L has FHIR to rcp-maternity
RN = "routes-network"
_MLLP = "recipients#rcp-maternity.route"
_FHIR = "recipients#rcp-maternity.route.base_url"


def mllp(host: str, port: int = 2575) -> Mutation:
    return set_(_MLLP, {"kind": "mllp", "host": host, "port": port})


ok("mllp-port-1", RN, V, mllp("maternity-interface.castleford.example", 1), "port 1 is a port")
bad("mllp-port-negative", RN, V, mllp("maternity-interface.castleford.example", -2575), "no negative port", **R)
ok("mllp-port-65535-edge", RN, V, mllp("interface.castleford.example", 65535), "the highest port")
bad("mllp-port-70000", RN, V, mllp("interface.castleford.example", 70000), "beyond 65535", **R)
ok(
    "mllp-trailing-dot",
    RN,
    V,
    mllp("maternity-interface.castleford.example."),
    "a fully qualified name written absolute, with its root dot",
)
bad("mllp-two-trailing-dots", RN, V, mllp("maternity-interface.castleford.example.."), "an empty label (MA308)")
ok("mllp-ipv6-ula", RN, V, mllp("fd3c:9a10:2b::15"), "a unique-local IPv6 address, as a private IPv4 one")
bad("mllp-ipv6-link-local", RN, V, mllp("fe80::4a2:1ff:fe33:9"), "a link-local IPv6 address (MA308)")
bad("mllp-ipv6-unspecified", RN, V, mllp("::"), "the unspecified address (MA308)")
bad("mllp-loopback-127-0-0-9", RN, V, mllp("127.0.0.9"), "127.0.0.0/8 is all this machine (MA308)")
bad("mllp-localhost-dot", RN, V, mllp("localhost."), "localhost, written absolute (MA308)")
bad("mllp-octet-256", RN, V, mllp("10.24.256.15"), "no octet is 256 (MA308)")
bad("mllp-three-octets", RN, V, mllp("10.24.15"), "neither an address nor a domain name (MA308)")
bad("mllp-label-leading-hyphen", RN, V, mllp("-interface.castleford.example"), "a label cannot start with '-'")
bad("mllp-label-64-chars", RN, V, mllp("m" * 31 + "-" + "i" * 32 + ".castleford.example"), "a 64-character label")
bad(
    "mllp-idn-unicode",
    RN,
    V,
    mllp("maternité.castleford.example"),
    "an internationalised name in Unicode, not its A-label: a look-alike letter could name another server (MA308)",
)
ok("mllp-idn-punycode", RN, V, mllp("xn--maternit-i1a.castleford.example"), "the same name in its ASCII form")
bad("mllp-single-label", RN, V, mllp("castleford"), "one label: not fully qualified (MA308)")

ok("fhir-trailing-slash", RN, L, set_(_FHIR, "https://maternity.northgate.example/fhir/R4/"), "a trailing slash")
ok("fhir-trailing-dot", RN, L, set_(_FHIR, "https://maternity.northgate.example./fhir/R4"), "an absolute name")
ok("fhir-ipv6-ula", RN, L, set_(_FHIR, "https://[fd3c:9a10:2b::20]:9443/fhir/R4"), "a bracketed unique-local IPv6")
bad("fhir-ipv6-link-local", RN, L, set_(_FHIR, "https://[fe80::20]/fhir/R4"), "link-local (MA308)")
ok("fhir-port-1", RN, L, set_(_FHIR, "https://maternity.northgate.example:1/fhir/R4"), "port 1 is a port")
bad("fhir-port-zero", RN, L, set_(_FHIR, "https://maternity.northgate.example:0/fhir/R4"), "port 0 (MA308)")
bad("fhir-port-65536", RN, L, set_(_FHIR, "https://maternity.northgate.example:65536/fhir/R4"), "no such port")
ok("fhir-empty-port", RN, L, set_(_FHIR, "https://maternity.northgate.example:/fhir/R4"), "RFC 3986: empty port = 443")
bad("fhir-user-only", RN, L, set_(_FHIR, "https://gpsystem@maternity.northgate.example/fhir/R4"), "credentials")
bad("fhir-ftp", RN, L, set_(_FHIR, "ftp://maternity.northgate.example/fhir/R4"), "not https (MA308)")
bad("fhir-missing-slashes", RN, L, set_(_FHIR, "https:maternity.northgate.example/fhir/R4"), "no authority")
bad("fhir-query-version", RN, L, set_(_FHIR, "https://maternity.northgate.example/fhir?v=R4"), "a query string")
bad("fhir-fragment-empty", RN, L, set_(_FHIR, "https://maternity.northgate.example/fhir/R4#"), "a fragment mark")
bad("fhir-localhost-https", RN, L, set_(_FHIR, "https://localhost:8443/fhir/R4"), "this machine (MA308)")
ok("fhir-idn-punycode", RN, L, set_(_FHIR, "https://xn--maternit-i1a.northgate.example/fhir/R4"), "an IDN host")
ok("fhir-nhs-uk-host", RN, L, set_(_FHIR, "https://fhir.nnuh.nhs.uk/api/R4"), "an nhs.uk host")

# ------------------------------------------------------------------------------------------------------------
# routes-manual: F's foster carer
RMa = "routes-manual"
_MAN = "recipients#rcp-foster-carer.route.description"

ok(
    "manual-hv-hands-copy",
    RMa,
    F,
    set_(_MAN, "The health visitor hands a printed copy to the foster carer at the placement visit on 2026-06-13."),
    "who hands what to whom, and when",
)
ok(
    "manual-posted-first-class",
    RMa,
    F,
    set_(_MAN, "Letter posted first class to the foster carer's home by the practice administrator on the day."),
    "a letter by post, with the sender",
)
ok(
    "manual-read-through-phone",
    RMa,
    F,
    set_(_MAN, "Ward midwife read the plan through with the foster carer by telephone and left a paper copy."),
    "read through and a copy left",
)
bad("manual-carer-aware", RMa, F, set_(_MAN, "Foster carer aware of the plan."), "awareness, no hand-over (MA309)")
bad("manual-see-care-plan", RMa, F, set_(_MAN, "See the care plan."), "points elsewhere, nothing handed (MA309)")
bad(
    "manual-link-only",
    RMa,
    F,
    set_(_MAN, "https://carers.millbrook.example/portal"),
    "only an address (MA309)",
)
bad(
    "manual-mother-tells-carer",
    RMa,
    F,
    set_(_MAN, "The mother will let the foster carer know about her tablets."),
    "left to the mother to pass on (MA309)",
)
bad("manual-arrange-later", RMa, F, set_(_MAN, "Hand-over to be arranged nearer discharge."), "not yet arranged")

# ------------------------------------------------------------------------------------------------------------
# ods-codes: M's health visiting service (Y90500)
OD = "ods-codes"
_ODS = "recipients#rcp-hv.organisation.ods_code"

ok("ods-three-char", OD, M, set_(_ODS, "RX1"), "three letters and digits: an organisation (trust) code")
ok("ods-five-char-site", OD, M, set_(_ODS, "RX1CC"), "five letters and digits: a site code")
ok("ods-gp-shape", OD, M, set_(_ODS, "C81004"), "a letter and five digits: a GP practice")
bad("ods-four-char", OD, M, set_(_ODS, "RX1C"), "four characters is no ODS shape (MA310)")
bad("ods-six-mixed", OD, M, set_(_ODS, "Y9050A"), "six characters that are not a letter and five digits")
bad("ods-seven-char", OD, M, set_(_ODS, "Y905001"), "seven characters (MA310)")
bad("ods-digits-only", OD, M, set_(_ODS, "90500"), "five digits, no letter (MA310)")
bad("ods-with-space", OD, M, set_(_ODS, "Y90 500"), "a space inside the code (MA310)")

# ------------------------------------------------------------------------------------------------------------
# hollow-plain: ordinary clinical words strung into no decision, each beside a good twin
HP = "hollow-plain"

SERT_NOUNS = (
    "Sertraline: mood, relapse, pregnancy, breastfeeding, persistent pulmonary hypertension, adaptation, midwife, "
    "paediatrics."
)
SERT_NOUNS_OK = (
    "Sertraline 100 mg continues, because relapse of her depression is the bigger risk; the midwife and "
    "paediatric team watch the baby for adaptation signs and breathing problems in the first 48 hours, and "
    "breastfeeding is encouraged."
)
bad("sert-noun-inventory", HP, M, sert(SERT_NOUNS), "a list of topics, no decision and nothing for the baby")
ok("sert-noun-inventory-twin", HP, M, sert(SERT_NOUNS_OK), "the same topics made into a decision")

SERT_NOTED = "Sertraline. Benefit: noted. Risk to the baby: noted. Breastfeeding: noted. Plan: noted."
bad("sert-headings-noted", HP, M, sert(SERT_NOTED), "every heading answered only with 'noted'")
ok(
    "sert-headings-answered",
    HP,
    M,
    sert(
        "Sertraline. Benefit: keeps her depression in remission. Risk to the baby: small, mainly adaptation "
        "signs. Breastfeeding: compatible. Plan: continue 100 mg; midwife observes the baby for 48 hours."
    ),
    "the same headings, each answered",
)

CIT_QUESTIONS = (
    "Citalopram in pregnancy: continue or stop? Breastfeeding on citalopram: safe? Adaptation signs in the baby: "
    "how long to watch?"
)
bad("cit-questions-only", HP, C, cit(CIT_QUESTIONS), "the questions asked and none answered")
CIT_ANSWERED = (
    "Citalopram in pregnancy: continue 20 mg, as stopping risks relapse. Breastfeeding on citalopram: yes, it is "
    "supported. Adaptation signs in the baby: the midwife watches for 48 hours after birth."
)
ok("cit-questions-answered", HP, C, cit(CIT_ANSWERED), "the same questions, each answered")

CIT_WEIGHED = (
    "The benefits of citalopram for her mood and the small risks to the baby have both been carefully weighed "
    "with her today."
)
bad("cit-weighed-no-outcome", HP, C, cit(CIT_WEIGHED), "weighed, with no outcome and nothing to do")
ok(
    "cit-weighed-with-outcome",
    HP,
    C,
    cit(
        "The benefits of citalopram for her mood outweigh the small risks to the baby, so she continues 20 mg; "
        "the midwife watches the baby for adaptation signs for 48 hours and breastfeeding is supported."
    ),
    "the weighing with its outcome and the plan",
)

LITH_SOURCES = (
    "Lithium was reviewed against the BNF, the SPC, the UKTIS monograph and the NICE antenatal and postnatal "
    "mental health guideline, and her psychiatric history was taken."
)
bad("lith-sources-consulted", HP, L, lith(LITH_SOURCES), "the sources read and the history taken: no decision")
ok(
    "lith-sources-then-plan",
    HP,
    L,
    lith(
        "Having checked the UKTIS monograph, lithium continues at 800 mg: relapse after birth is the greater "
        "danger. Levels monthly, weekly from 36 weeks and within 24 hours of birth; the baby has a paediatric "
        "review for lithium toxicity signs; she bottle feeds, as breastfeeding on lithium is not advised."
    ),
    "a source named and then the plan",
)

LITH_TEXTBOOK = (
    "Lithium crosses the placenta freely, has a narrow therapeutic range, is cleared by the kidneys and passes "
    "into breast milk."
)
bad("lith-textbook-facts", HP, L, lith(LITH_TEXTBOOK), "facts about lithium, nothing about this mother or baby")

VALP_TIMELINE = (
    "Valproate started September 2019, dose changed March 2024, pregnancy confirmed May 2026, folic acid "
    "started May 2026."
)
bad("valp-timeline-only", HP, V, valp(VALP_TIMELINE), "a timeline of the record, no decision")
ok(
    "valp-timeline-then-plan",
    HP,
    V,
    valp(
        "Valproate since 2019, now 8 weeks pregnant: the baby is exposed to a known teratogen. Keep taking "
        "valproate until the urgent neurology review, as stopping abruptly risks seizures; fetal medicine "
        "review booked and folic acid 5 mg daily started."
    ),
    "the timeline, then what it means and what is done",
)

DZP_STATUS = "Diazepam and pregabalin: reviewed, appropriate, monitored, ongoing."
bad("dzp-status-adjectives", HP, F, dzp(DZP_STATUS), "four status words, no decision for the baby")
ok(
    "dzp-status-explained",
    HP,
    F,
    dzp(
        "Diazepam and pregabalin continue for now, with a supervised diazepam taper. Together they sedate her: "
        "no co-sleeping or feeding lying down, another adult awake for night care, and the foster carer watches "
        "the baby for late withdrawal until day 8."
    ),
    "a decision and what it means for the baby",
)

QUET_EITHER = (
    "The father's quetiapine could carry on as it is or be changed, depending on how the nights go with the baby."
)
bad("quet-either-way", HP, P, quet(QUET_EITHER), "both options left open; nothing decided about nights or sleep")
ok(
    "quet-decided",
    HP,
    P,
    quet(
        "The father's quetiapine carries on as it is, so he sleeps heavily at night: he must not share a bed or "
        "sofa with the baby nor do night feeds after his dose; the mother does the nights and the health "
        "visitor checks the crib at each visit."
    ),
    "the same subject, decided",
)

METH_TOPICS = (
    "Methadone: neonatal withdrawal, sedation, co-sleeping and breastfeeding are all relevant considerations in "
    "this pregnancy."
)
bad("meth-relevant-topics", HP, M, meth(METH_TOPICS), "the concerns named as relevant, none decided")
ok(
    "meth-topics-decided",
    HP,
    M,
    meth(
        "Methadone stays at 60 mg. Neonatal withdrawal: the baby is observed for at least 72 hours. Sedation: no "
        "co-sleeping after doses, cot checked at the home visit. Breastfeeding: encouraged."
    ),
    "each concern named and decided",
)

OV_PART = (
    "Methadone and sertraline were both part of today's antenatal review, which covered her pregnancy, mood, "
    "sleep and feeding."
)
bad("overall-part-of-review", HP, M, overall(OV_PART), "what the review covered, not what it concluded")
OV_GOOD = (
    "Methadone 60 mg and sertraline 100 mg both continue. The baby is observed for neonatal withdrawal and "
    "adaptation for at least 72 hours after birth; breastfeeding is encouraged; no co-sleeping after methadone "
    "doses, and the health visitor sees the cot before discharge."
)
ok("overall-good-both", HP, M, overall(OV_GOOD), "both medicines, the baby and the actions")

OV_DZP_USUAL = (
    "Diazepam and pregabalin bring the usual considerations of a sedating combination in the postnatal period."
)
bad("overall-usual-considerations", HP, F, overall(OV_DZP_USUAL), "'the usual considerations' decide nothing")

ok(
    "lith-textbook-then-plan",
    HP,
    L,
    lith(
        "Lithium crosses the placenta and passes into breast milk, so for her baby: she bottle feeds, the "
        "paediatric team reviews the baby after birth, and her 800 mg continues with levels monthly, weekly "
        "from 36 weeks and within 24 hours of birth."
    ),
    "the same facts turned into what happens for this baby",
)
ok(
    "overall-dzp-good",
    HP,
    F,
    overall(
        "Diazepam and pregabalin continue while a supervised diazepam taper starts. Both sedate her, so the "
        "foster carer does the night feeds, nobody shares a bed, sofa or armchair with the baby, and the health "
        "visitor and social worker watch for late withdrawal signs until day 8."
    ),
    "both medicines, the baby's risks and who acts",
)
SERT_AGREED = "Sertraline: plan agreed with her and the midwife today, and she is happy with it."
bad("sert-agreed-no-content", HP, M, sert(SERT_AGREED), "an agreement to a plan never stated")
ok(
    "sert-agreed-with-content",
    HP,
    M,
    sert(
        "Sertraline: agreed with her and the midwife today to continue 100 mg through pregnancy and breastfeeding; "
        "the baby is watched for adaptation signs for 48 hours after birth."
    ),
    "the agreement with the plan itself",
)

# ------------------------------------------------------------------------------------------------------------
# more valid edges
ok("edd-14-days-early-edge", DF, C, set_("pregnancy.edd", "2026-03-23"), "exactly 14 days before the implied EDD")
ok(
    "delivery-at-24-weeks",
    DF,
    P,
    set_("pregnancy.gestation", {"weeks": 23, "days": 0, "on": "2026-05-11"}),
    "23+0 a week before delivery: a preterm birth at 24 weeks is real",
)
ok(
    "plan-ended-day-before-birth",
    DF,
    F,
    set_("safeguarding.child_protection_plan_ended", "2026-06-07"),
    "a pre-birth plan ended the day before delivery",
)
ok(
    "attested-last-second-of-day",
    DF,
    C,
    chain(set_("attestation.at", "2026-02-12T23:59:59+00:00"), set_("updated", "2026-02-12T23:59:59+00:00")),
    "the last second of a real day",
)
ok(
    "meth-numeric-31-05",
    DW,
    M,
    meth(
        "Methadone 60 mg daily continues; the drug service reviews her before 31/05/2026. The baby is observed for "
        "neonatal withdrawal for at least 72 hours, breastfeeding is encouraged and no co-sleeping after doses."
    ),
    "31 May in numbers is real",
)
ok(
    "cit-corrected-date",
    DW,
    C,
    cit(
        "Citalopram 20 mg continues; her mood review is on 30 April (not 31 April, as first typed). The midwife "
        "watches the baby for adaptation signs for 48 hours after birth and breastfeeding is supported."
    ),
    "a wrong date marked as the one corrected",
)
ok("mesh-ends-in-letter", RM, C, mb("rcp-hv", "X26CR03H"), "eight upper-case letters and digits")
ok("mllp-ipv6-global", RN, V, mllp("2a02:c7f:8c4a:1200::15", 6661), "a global IPv6 address and another port")
ok(
    "manual-social-worker-sealed",
    RMa,
    F,
    set_(_MAN, "The social worker gives the foster carer a sealed paper copy at the placement meeting on 2026-06-12."),
    "who gives what to whom, and when",
)
ok("ods-five-digit-led", OD, M, set_(_ODS, "8HN42"), "five letters and digits with a letter: a site shape")

# ------------------------------------------------------------------------------------------------------------
# disguise: texts from above in another dress, judged as the plain text
DG = "disguise"
ZW = "\u200b"
SHY = "\u00ad"
CGJ = "\u034f"
FSI, PDI = "\u2068", "\u2069"


def isolate_words(text: str) -> str:
    return " ".join(f"{FSI}{w}{PDI}" for w in text.split(" "))


bad("dg-sert-nouns-greek", DG, M, sert(homoglyphs(SERT_NOUNS, "aeiop")), "the noun inventory in look-alikes")
ok("dg-sert-twin-greek", DG, M, sert(homoglyphs(SERT_NOUNS_OK, "aeiop")), "its good twin in look-alikes")
bad("dg-sert-noted-zw", DG, M, sert(inside_words(SERT_NOTED, ZW)), "'noted' headings with zero-width spaces")
bad("dg-cit-questions-shy", DG, C, cit(inside_words(CIT_QUESTIONS, SHY, every=3)), "questions, soft hyphens")
ok("dg-cit-answered-shy", DG, C, cit(inside_words(CIT_ANSWERED, SHY, every=3)), "answers, soft hyphens")
bad("dg-cit-weighed-fw", DG, C, cit(full_width(CIT_WEIGHED)), "'weighed' with no outcome in full width")
bad("dg-lith-sources-isolates", DG, L, lith(isolate_words(LITH_SOURCES)), "sources consulted, bidi isolates")
bad("dg-lith-textbook-cgj", DG, L, lith(inside_words(LITH_TEXTBOOK, CGJ, every=2)), "textbook facts, CGJ")
bad("dg-valp-timeline-cyr", DG, V, valp(homoglyphs(VALP_TIMELINE, "aceopx")), "timeline in Cyrillic look-alikes")
bad("dg-dzp-status-fw", DG, F, dzp(full_width(DZP_STATUS)), "status adjectives in full width")
bad("dg-quet-either-zw", DG, P, quet(inside_words(QUET_EITHER, "\u2060", every=2)), "options, word joiners")
bad("dg-meth-topics-greek", DG, M, meth(homoglyphs(METH_TOPICS, "oei", variant=1)), "topics in look-alikes")
bad("dg-overall-part-isolates", DG, M, overall(isolate_words(OV_PART)), "coverage, in bidi isolates")
ok("dg-overall-good-isolates", DG, M, overall(isolate_words(OV_GOOD)), "the good overall in bidi isolates")
ok("dg-overall-good-cgj", DG, M, overall(inside_words(OV_GOOD, CGJ, every=4)), "the good overall with CGJs")
bad(
    "dg-manual-aware-cyr",
    DG,
    F,
    set_(_MAN, homoglyphs("Foster carer aware of the plan.", "aeo")),
    "awareness only, in Cyrillic look-alikes (MA309)",
)
ok(
    "dg-manual-posted-zw",
    DG,
    F,
    set_(_MAN, inside_words("Letter posted first class to the foster carer by the practice administrator.", ZW)),
    "a described hand-over with zero-width spaces",
)
bad(
    "dg-meth-31-april-shy",
    DG,
    M,
    meth(
        inside_words(
            "Methadone 60 mg daily continues; the growth scan on 31 April 2026 will check the baby's size. The baby "
            "stays 72 hours for withdrawal observation, breastfeeding is encouraged and no co-sleeping after doses.",
            SHY,
            every=2,
        )
    ),
    "a date that does not exist, with soft hyphens (MA017)",
)
ok(
    "dg-lith-plan-fw",
    DG,
    L,
    lith(
        full_width(
            "Lithium continues at 800 mg, as relapse after birth is the greater danger; levels monthly, weekly from "
            "36 weeks and within 24 hours of birth; the baby has a paediatric review; she bottle feeds."
        )
    ),
    "a good lithium plan in full width",
)
ok(
    "dg-cit-weighed-outcome-greek",
    DG,
    C,
    cit(
        homoglyphs(
            "Citalopram helps her mood more than it risks the baby, so 20 mg continues; the midwife watches for "
            "adaptation signs for 48 hours after birth and breastfeeding goes ahead.",
            "aeop",
        )
    ),
    "a good citalopram conclusion in look-alikes",
)
ok(
    "dg-quet-decided-wj",
    DG,
    P,
    quet(
        inside_words(
            "His quetiapine continues unchanged; heavily sedated at night, he does no night feeds and never shares "
            "a bed or sofa with the baby; the mother does the nights and the health visitor checks the crib.",
            "\u2060",
            every=3,
        )
    ),
    "a good partner conclusion with word joiners",
)
ok(
    "dg-sert-agreed-content-fw",
    DG,
    M,
    sert(
        full_width(
            "Sertraline continues at 100 mg as agreed with her; the midwife watches the baby for 48 hours after birth "
            "and breastfeeding is supported."
        )
    ),
    "a good sertraline conclusion in full width",
)
bad("dg-sert-agreed-cyr", DG, M, sert(homoglyphs(SERT_AGREED, "aeop")), "agreement, no plan, in look-alikes")
ok(
    "dg-manual-sw-isolates",
    DG,
    F,
    set_(_MAN, isolate_words("The social worker gives the foster carer a paper copy at the placement meeting.")),
    "a described hand-over in bidi isolates",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F75CASES)
    for category in CATEGORIES:
        print(f"{category:16} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':16} refuse {sum(c.expect == REFUSE for c in F75CASES):3}  pass {sum(c.expect == PASS for c in F75CASES):3}"
    )
