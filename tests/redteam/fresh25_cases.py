"""A twenty-fifth independent "fresh" batch of red-team cases for the share gate: impossible facts, fourth round.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the rule catalogue (docs/rules.md), README.md, docs/record.schema.json, the templates and the
examples, not from the gate's code or its word lists. The lens is dates, times and routes as integrators
really send them, probed on both sides of each documented boundary: every refuse case has a pass twin one step
across it. The run date is tests/redteam/harness.TODAY (2026-12-03). It covers:

* dates-edges: ISO date-times with "Z", fractional seconds and offsets, 29 February in leap and non-leap
  years, 31 April, year 0001 and 9999, the update time and the lawful basis today and tomorrow (an offset that
  keeps the writer's day today while UTC is already tomorrow);
* conception: assessments and consent just inside and just outside conception_margin_days (14) before the
  pregnancy began;
* edd-gestation: the EDD against the recorded gestation 14 days (tolerance) and 15 days apart, both ways;
  a gestation recorded after the attestation;
* delivery: a delivery 42+0 against 42+1 weeks after the EDD, a postnatal record attested before the birth,
  an antenatal assessment 28 and 29 days after the EDD;
* medicine-dates: a change before the start, a stop before the start, a change after the assessment, a
  planned stop tomorrow;
* consent: consent recorded after the attestation or after the birth (true and ordinary), today and tomorrow;
* attestation: the attestation's own day at midnight with an offset, one second earlier, other zones;
* mesh, ods, mllp, fhir-url, manual: near-valid routes and codes (case, spaces, lengths, suffixes, reserved
  hosts written another way, ports at the ends of their range, URLs with credentials, query or fragment;
  manual hand-overs that are only an address, "as usual", or a placeholder in disguise) beside real ones;
* registers: GMC, NMC, GPhC and HCPC numbers one character off, real forms (an HCPC practitioner
  psychologist's three-letter prefix), one number signed with an initial, or with another first name.

No conclusion text is changed; medicines are the examples' own and no clinical code is invented.
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail). Run
``python -m tests.redteam.fresh25_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter

from tests.redteam.cases import (
    PASS,
    REFUSE,
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
    delete,
    set_,
)
from tests.redteam.disguise import full_width

F25CASES: list[Case] = []

CATEGORIES = (
    "dates-edges",
    "conception",
    "edd-gestation",
    "delivery",
    "medicine-dates",
    "consent",
    "attestation",
    "mesh",
    "ods",
    "mllp",
    "fhir-url",
    "manual",
    "registers",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F25CASES.append(Case(f"f25-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


# ============================================================================================================
# dates-edges: how integrators write dates and times, and the run date (2026-12-03).

DE = "dates-edges"
ok("updated-zulu", DE, M, set_("updated", "2026-03-02T16:40:00Z"), "'Z' for UTC is the same instant as +00:00")
ok("updated-microseconds", DE, M, set_("updated", "2026-03-02T16:40:00.123456+00:00"), "fractional seconds")
ok("updated-bst-offset", DE, L, set_("updated", "2026-05-06T13:30:00+01:00"), "the same instant written in BST")
ok("updated-today", DE, M, set_("updated", "2026-12-03T09:00:00+00:00"), "saved again this morning (today)")
bad("updated-tomorrow", DE, M, set_("updated", "2026-12-04T09:00:00+00:00"), "saved tomorrow (MA010)")
ok(
    "updated-today-late-west",
    DE,
    M,
    set_("updated", "2026-12-03T22:30:00-05:00"),
    "today on its own calendar day (UTC is already tomorrow): MA010 reads the writer's day",
)
bad(
    "updated-year-9999",
    DE,
    M,
    set_("updated", "9999-12-31T23:59:59+00:00"),
    "the end-of-time sentinel as an update time (MA010)",
)
ok("sert-started-leap-day", DE, M, set_("medicines#med-sertraline.started", "2024-02-29"), "29 Feb 2024 is real")
bad(
    "sert-started-feb-29-2025",
    DE,
    M,
    set_("medicines#med-sertraline.started", "2025-02-29"),
    "29 February in a non-leap year does not exist",
)
ok("meth-started-april-30", DE, M, set_("medicines#med-methadone.started", "2024-04-30"), "the last day of April")
bad("meth-started-april-31", DE, M, set_("medicines#med-methadone.started", "2024-04-31"), "31 April does not exist")
ok("mother-born-leap-day", DE, M, set_("mother.birth_date", "1996-02-29"), "born on 29 February 1996, a leap year")
bad("mother-born-feb-29-1997", DE, M, set_("mother.birth_date", "1997-02-29"), "1997 was not a leap year")
bad(
    "sert-started-year-0001",
    DE,
    M,
    set_("medicines#med-sertraline.started", "0001-06-10"),
    "year 0001: a default date, before the mother was born (MA014)",
)
ok(
    "sert-started-2021",
    DE,
    M,
    set_("medicines#med-sertraline.started", "2021-06-10"),
    "started four years earlier: a long course, true",
)
bad(
    "meth-changed-year-9999",
    DE,
    M,
    set_("medicines#med-methadone.last_changed", "9999-12-01"),
    "a dose change in 9999 (MA010)",
)
bad(
    "asm-dated-year-9999",
    DE,
    V,
    set_("assessments#asm-valproate.date", "9999-05-20"),
    "an assessment dated 9999 (MA206)",
)
ok(
    "asm-and-attestation-today",
    DE,
    V,
    chain(
        set_("assessments#asm-valproate.date", "2026-12-03"),
        set_("overall_conclusion.date", "2026-12-03"),
        set_("attestation.at", "2026-12-03T11:00:00+00:00"),
        set_("updated", "2026-12-03T11:05:00+00:00"),
    ),
    "the valproate review written and attested today, at 36 weeks",
)
bad(
    "asm-and-attestation-tomorrow",
    DE,
    V,
    chain(
        set_("assessments#asm-valproate.date", "2026-12-04"),
        set_("overall_conclusion.date", "2026-12-04"),
        set_("attestation.at", "2026-12-04T11:00:00+00:00"),
        set_("updated", "2026-12-03T11:05:00+00:00"),
    ),
    "assessment, overall conclusion and attestation dated tomorrow (MA206, MA211)",
)

# ============================================================================================================
# conception: conception_margin_days (14) before the pregnancy began (MA212, and MA013 for the lawful basis).
# V: EDD 2026-12-30 and 8+0 on 2026-05-20, so the pregnancy began 2026-03-25; margin to 2026-03-11.
# L: EDD 2026-08-26 and 24+0 on 2026-05-06, so it began 2025-11-19; margin to 2025-11-05.

CO = "conception"
ok("valp-asm-margin-edge", CO, V, set_("assessments#asm-valproate.date", "2026-03-11"), "exactly 14 days before")
bad("valp-asm-margin-past", CO, V, set_("assessments#asm-valproate.date", "2026-03-10"), "15 days before (MA212)")
ok("lith-asm-margin-edge", CO, L, set_("assessments#asm-lithium.date", "2025-11-05"), "exactly 14 days before")
bad("lith-asm-margin-past", CO, L, set_("assessments#asm-lithium.date", "2025-11-04"), "15 days before (MA212)")
ok(
    "valp-consent-margin-edge",
    CO,
    V,
    set_("lawful_basis.recorded_on", "2026-03-11"),
    "consent recorded 14 days before the pregnancy began: within the margin",
)
bad(
    "valp-consent-margin-past",
    CO,
    V,
    set_("lawful_basis.recorded_on", "2026-03-10"),
    "consent recorded 15 days before the pregnancy began, with no pre-conception advice (MA013)",
)
ok(
    "lith-consent-margin-edge",
    CO,
    L,
    set_("lawful_basis.recorded_on", "2025-11-05"),
    "consent to share recorded 14 days before this pregnancy began: within the margin",
)
bad(
    "lith-consent-margin-past",
    CO,
    L,
    set_("lawful_basis.recorded_on", "2025-11-04"),
    "consent to share recorded 15 days before this pregnancy began (MA013)",
)

# ============================================================================================================
# edd-gestation: implied EDD = recorded-on + 280 - gestation; tolerance 14 days (MA011).
# M: EDD 2026-05-15, gestation on 2026-03-02. V: EDD 2026-12-30, gestation on 2026-05-20.

EG = "edd-gestation"


def _gest(weeks: int, days: int, on: str) -> Mutation:
    return set_("pregnancy.gestation", {"weeks": weeks, "days": days, "on": on})


ok("meth-gest-late-14", EG, M, _gest(27, 3, "2026-03-02"), "the gestation implies 2026-05-29: 14 days late")
bad("meth-gest-late-15", EG, M, _gest(27, 2, "2026-03-02"), "the gestation implies 2026-05-30: 15 days (MA011)")
ok("meth-gest-early-14", EG, M, _gest(31, 3, "2026-03-02"), "the gestation implies 2026-05-01: 14 days early")
bad("meth-gest-early-15", EG, M, _gest(31, 4, "2026-03-02"), "the gestation implies 2026-04-30: 15 days (MA011)")
ok("valp-gest-late-14", EG, V, _gest(6, 0, "2026-05-20"), "6+0 implies 2027-01-13: 14 days after the EDD")
bad("valp-gest-late-15", EG, V, _gest(5, 6, "2026-05-20"), "5+6 implies 2027-01-14: 15 days (MA011)")
ok("valp-gest-early-14", EG, V, _gest(10, 0, "2026-05-20"), "10+0 implies 2026-12-16: 14 days before the EDD")
bad("valp-gest-early-15", EG, V, _gest(10, 1, "2026-05-20"), "10+1 implies 2026-12-15: 15 days (MA011)")
ok(
    "valp-gest-day-before-attest",
    EG,
    V,
    _gest(7, 6, "2026-05-19"),
    "7+6 recorded the day before the attestation, consistent with the EDD",
)
bad(
    "valp-gest-day-after-attest",
    EG,
    V,
    _gest(8, 1, "2026-05-21"),
    "a gestation measured the day after the record was attested (MA013)",
)

# ============================================================================================================
# delivery: between 22 weeks and 42 weeks (28 days after the EDD); a postnatal record attested on or after the
# birth; an antenatal record's assessments no later than 28 days after the EDD (MA013).

DL = "delivery"
ok(
    "quet-edd-42-weeks",
    DL,
    P,
    set_("pregnancy.edd", "2026-04-20"),
    "born 2026-05-18, exactly 28 days after the EDD (42+0)",
)
bad(
    "quet-edd-42-plus-1",
    DL,
    P,
    set_("pregnancy.edd", "2026-04-19"),
    "born 29 days after the EDD (42+1): past the longest pregnancy (MA013)",
)
ok(
    "nothing-born-on-attest-day",
    DL,
    N,
    chain(
        set_("pregnancy.delivery_date", "2026-04-09"),
        set_("medicines#med-paracetamol.started", "2026-04-09"),
        set_("medicines#med-lactulose.started", "2026-04-09"),
    ),
    "born the morning of the attestation; medicines started that day",
)
bad(
    "nothing-born-after-attest",
    DL,
    N,
    set_("pregnancy.delivery_date", "2026-04-10"),
    "a postnatal record attested the day before the birth it describes (MA013)",
)
ok(
    "lith-asm-42-weeks",
    DL,
    L,
    chain(
        set_("assessments#asm-lithium.date", "2026-09-23"),
        set_("attestation.at", "2026-09-23T15:00:00+01:00"),
        set_("updated", "2026-09-23T15:05:00+01:00"),
    ),
    "an antenatal lithium review 28 days after the EDD (42+0), baby not yet born",
)
bad(
    "lith-asm-42-plus-1",
    DL,
    L,
    chain(
        set_("assessments#asm-lithium.date", "2026-09-24"),
        set_("attestation.at", "2026-09-24T15:00:00+01:00"),
        set_("updated", "2026-09-24T15:05:00+01:00"),
    ),
    "an antenatal assessment 29 days after the EDD (MA013)",
)

# ============================================================================================================
# medicine-dates: start, change and stop in an order that can be true, and the assessment after the change.

MD = "medicine-dates"
ok(
    "sert-changed-on-start-day",
    MD,
    M,
    set_("medicines#med-sertraline.last_changed", "2025-06-10"),
    "systems send the start date as the last change when the dose never changed",
)
bad(
    "sert-changed-before-start",
    MD,
    M,
    set_("medicines#med-sertraline.last_changed", "2025-06-09"),
    "a dose change the day before the medicine was started",
)
ok(
    "meth-changed-on-asm-day",
    MD,
    M,
    set_("medicines#med-methadone.last_changed", "2026-03-02"),
    "dose changed the morning of the assessment, assessed the same day",
)
bad(
    "meth-changed-after-asm",
    MD,
    M,
    set_("medicines#med-methadone.last_changed", "2026-03-03"),
    "the dose changed the day after the assessment and attestation (MA108)",
)
ok(
    "folic-stopped-on-start-day",
    MD,
    V,
    set_("medicines#med-folic-acid.stopped", "2026-05-20"),
    "a medicine stopped the day it was started (e.g. the wrong strength issued, then corrected)",
)
bad(
    "folic-stopped-before-start",
    MD,
    V,
    set_("medicines#med-folic-acid.stopped", "2026-05-19"),
    "stopped the day before it was started",
)
ok(
    "folic-stop-planned-tomorrow",
    MD,
    V,
    set_("medicines#med-folic-acid.stopped", "2026-12-04"),
    "a planned end tomorrow: a stop date may lie ahead (MA010)",
)
bad(
    "sert-started-tomorrow",
    MD,
    M,
    chain(
        set_("medicines#med-sertraline.started", "2026-12-04"),
        set_("medicines#med-sertraline.last_changed", "2026-12-04"),
    ),
    "a start (and so its first dose) tomorrow has not happened (MA010)",
)
bad(
    "meth-stopped-before-start",
    MD,
    M,
    set_("medicines#med-methadone.stopped", "2024-11-03"),
    "methadone stopped the day before it was started, and changed a year after stopping",
)
ok(
    "sert-long-history",
    MD,
    M,
    chain(
        set_("medicines#med-sertraline.started", "2024-06-10"),
        set_("medicines#med-sertraline.last_changed", "2025-06-10"),
    ),
    "started a year earlier, last changed on 2025-06-10: an ordinary history",
)

# ============================================================================================================
# consent: recorded after the attestation or the birth is ordinary; today passes, tomorrow has not happened.

CS = "consent"
ok("valp-consent-after-attest", CS, V, set_("lawful_basis.recorded_on", "2026-06-01"), "consent taken after attest")
ok(
    "nothing-consent-after-birth",
    CS,
    N,
    set_("lawful_basis.recorded_on", "2026-04-20"),
    "consent given at the postnatal check, after the birth and the attestation",
)
ok("meth-consent-today", CS, M, set_("lawful_basis.recorded_on", "2026-12-03"), "consent recorded today")
bad("meth-consent-tomorrow", CS, M, set_("lawful_basis.recorded_on", "2026-12-04"), "consent tomorrow (MA403)")
ok("meth-consent-feb-28", CS, M, set_("lawful_basis.recorded_on", "2026-02-28"), "the last day of February 2026")
bad("meth-consent-feb-30", CS, M, set_("lawful_basis.recorded_on", "2026-02-30"), "30 February does not exist")
ok(
    "foster-decision-on-birth-day",
    CS,
    F,
    set_("lawful_basis.recorded_on", "2026-06-08"),
    "the decision to share without consent made on the day of the birth",
)
bad(
    "foster-decision-year-9999",
    CS,
    F,
    set_("lawful_basis.recorded_on", "9999-06-08"),
    "a decision recorded in 9999 (MA403)",
)

# ============================================================================================================
# attestation: its own day in its own time zone, against the assessments' dates (MA211) and today.

AT = "attestation"
ok("lith-attest-midnight-bst", AT, L, set_("attestation.at", "2026-05-06T00:00:00+01:00"), "midnight, same day")
bad(
    "lith-attest-second-before",
    AT,
    L,
    set_("attestation.at", "2026-05-05T23:59:59+01:00"),
    "one second before the day the assessments are dated (MA211)",
)
ok("meth-attest-zulu-fraction", AT, M, set_("attestation.at", "2026-03-02T16:40:00.250Z"), "'Z' with milliseconds")
ok(
    "meth-attest-evening-new-york",
    AT,
    M,
    set_("attestation.at", "2026-03-02T23:30:00-05:00"),
    "its own day is the assessments' day (UTC is already the next day)",
)
bad(
    "meth-attest-day-before-west",
    AT,
    M,
    set_("attestation.at", "2026-03-01T23:30:00-01:00"),
    "its own day is the day before the assessments (MA211, in its own time zone)",
)
ok("meth-attest-today", AT, M, set_("attestation.at", "2026-12-03T08:00:00+00:00"), "attested again this morning")
bad("meth-attest-tomorrow", AT, M, set_("attestation.at", "2026-12-04T08:00:00+00:00"), "attested tomorrow (MA211)")
ok(
    "meth-attest-today-late-west",
    AT,
    M,
    set_("attestation.at", "2026-12-03T23:30:00-03:00"),
    "today in its own time zone (UTC already tomorrow)",
)
bad(
    "meth-overall-after-attest",
    AT,
    M,
    set_("overall_conclusion.date", "2026-03-03"),
    "the overall conclusion dated the day after the attestation that confirms it (MA211)",
)
ok(
    "meth-overall-attest-next-day",
    AT,
    M,
    chain(set_("overall_conclusion.date", "2026-03-03"), set_("attestation.at", "2026-03-03T09:10:00+00:00")),
    "overall conclusion written the next morning and attested after it",
)

# ============================================================================================================
# mesh: near-valid MESH mailbox ids (MA307, or the record model).

MS = "mesh"


def _box(box: str) -> Mutation:
    return set_("recipients#rcp-hv.route.mailbox", box)


ok("box-seven-chars", MS, M, _box("X26ABC1"), "a 7-character id of the form the MESH sandbox's own mailboxes use")
ok("box-ods-ot-suffix", MS, M, _box("Y90500OT001"), "the organisation's ODS code, 'OT' and a number")
bad("box-trailing-space", MS, M, _box("X26HC003 "), "a trailing space sent from a fixed-width field")
bad("box-leading-space", MS, M, _box(" X26HC003"), "a leading space")
bad("box-mixed-case", MS, M, _box("X26Hc003"), "one letter in lower case")
bad("box-hyphen", MS, M, _box("X26-HC003"), "a hyphen inside the id")
bad("box-email-suffix", MS, M, _box("X26HC003@NHS.NET"), "an NHSmail address suffix on the id")
bad("box-21-chars", MS, M, _box("Y90500OT0010000000001"), "21 characters: longer than any mailbox id")
bad("box-word-testbox", MS, M, _box("TESTBOX1"), "an English word standing in for an id (MA307)")
bad("box-word-unknown", MS, M, _box("UNKNOWN1"), "'unknown' standing in for an id (MA307)")
bad("box-letters-only", MS, M, _box("HVMAILBX"), "letters only, no digit (MA307)")
ok("box-letters-digits-mixed", MS, M, _box("X26HV042"), "letters and digits of the usual form")
bad("box-full-width", MS, M, _box(full_width("X26HV042")), "full-width letters and digits")

# ============================================================================================================
# ods: GP practices (letter and 5 digits), trusts and ICBs (3), sites (5), and malformed neighbours (MA310).

OD = "ods"


def _hv_ods(code: str) -> Mutation:
    return set_("recipients#rcp-hv.organisation.ods_code", code)


def _mat_ods(code: str) -> Mutation:
    return set_("recipients#rcp-maternity.organisation.ods_code", code)


ok("trust-three", OD, M, _mat_ods("RX1"), "an NHS trust's three-character code")
ok("trust-site-five", OD, M, _mat_ods("RX1RA"), "a trust site's five-character code")
bad("trust-four", OD, M, _mat_ods("RX1R"), "four characters: no shape ODS issues")
bad("trust-site-six", OD, M, _mat_ods("RX1RAA"), "six characters that are not a letter and five digits")
ok("trust-digit-middle", OD, M, _mat_ods("R0A"), "a trust code with a digit in the middle")
ok("practice-a81001", OD, M, set_("mother.registered_practice.ods_code", "A81001"), "a GP practice's code")
bad(
    "practice-seven",
    OD,
    M,
    set_("mother.registered_practice.ods_code", "A810011"),
    "a GP practice code with a digit too many",
)
bad(
    "practice-lower-case",
    OD,
    M,
    set_("mother.registered_practice.ods_code", "a81001"),
    "ODS codes are upper case",
)
bad("practice-space", OD, M, set_("mother.registered_practice.ods_code", "A81 001"), "a space inside the code")
ok("icb-code", OD, M, _hv_ods("QHG"), "an integrated care board's code")
ok("sub-icb-code", OD, M, _hv_ods("15N"), "a sub-ICB location's code (digits then a letter)")
bad("sub-icb-four", OD, M, _hv_ods("15NN"), "a sub-ICB code with a letter too many")
ok("ods-site-of-y-code", OD, M, _hv_ods("Y9050"), "a five-character code")

# ============================================================================================================
# mllp: host and port (MA308, or the record model: port 1-65535).

ML = "mllp"


def _mllp(host: str, port: int | str = 2575) -> Mutation:
    return set_("recipients#rcp-maternity.route", {"kind": "mllp", "host": host, "port": port})


ok("mllp-private-ipv4", ML, V, _mllp("10.20.30.40"), "a private IPv4 address on HSCN")
ok("mllp-ipv6-global", ML, V, _mllp("2a02:8010:1234::25"), "a global IPv6 address")
ok("mllp-fqdn-trailing-dot", ML, V, _mllp("maternity-interface.castleford.example."), "an absolute FQDN")
ok("mllp-upper-case-host", ML, V, _mllp("MATERNITY-INTERFACE.CASTLEFORD.EXAMPLE"), "host names have no case")
ok("mllp-port-1", ML, V, _mllp("maternity-interface.castleford.example", 1), "port 1: the lowest valid port")
ok("mllp-port-65535", ML, V, _mllp("maternity-interface.castleford.example", 65535), "the highest valid port")
bad("mllp-port-0", ML, V, _mllp("maternity-interface.castleford.example", 0), "port 0 is no port")
bad("mllp-port-65536", ML, V, _mllp("maternity-interface.castleford.example", 65536), "past the last port")
bad("mllp-port-missing", ML, V, delete("recipients#rcp-maternity.route.port"), "no port to connect to")
bad("mllp-single-label", ML, V, _mllp("maternity-interface"), "a bare host name, not fully qualified (MA308)")
bad(
    "mllp-port-in-host",
    ML,
    V,
    _mllp("maternity-interface.castleford.example:2575"),
    "host:port typed into the host field: no such host name",
)
bad("mllp-loopback-127-0-0-2", ML, V, _mllp("127.0.0.2"), "all of 127/8 is this machine (MA308)")
bad("mllp-loopback-expanded", ML, V, _mllp("0:0:0:0:0:0:0:1"), "::1 written out in full (MA308)")
bad("mllp-loopback-mapped", ML, V, _mllp("::ffff:127.0.0.1"), "IPv4-mapped loopback (MA308)")
bad("mllp-link-local", ML, V, _mllp("169.254.10.20"), "a link-local address (MA308)")
bad("mllp-octet-400", ML, V, _mllp("10.20.30.400"), "an octet over 255: no address")
bad("mllp-invalid-trailing-dot", ML, V, _mllp("maternity-interface.castleford.invalid."), "'invalid.' reserved")
bad("mllp-localhost-upper-dot", ML, V, _mllp("LOCALHOST."), "localhost in capitals with a trailing dot (MA308)")

# ============================================================================================================
# fhir-url: base URLs (MA308): https, a host, no credentials, query or fragment.

FU = "fhir-url"


def _url(url: str) -> Mutation:
    return set_("recipients#rcp-maternity.route.base_url", url)


ok("url-trailing-slash", FU, L, _url("https://maternity.northgate.example/fhir/R4/"), "a trailing slash")
ok("url-port-8443", FU, L, _url("https://maternity.northgate.example:8443/fhir/R4"), "an explicit port")
ok("url-ipv4-host", FU, L, _url("https://10.20.30.40/fhir/R4"), "an IP address host")
ok("url-ipv6-bracketed", FU, L, _url("https://[2a02:8010:1234::25]/fhir/R4"), "an IPv6 host in brackets")
ok("url-upper-scheme-host", FU, L, _url("HTTPS://MATERNITY.NORTHGATE.EXAMPLE/fhir/R4"), "scheme and host in caps")
ok("url-host-trailing-dot", FU, L, _url("https://maternity.northgate.example./fhir/R4"), "an absolute host name")
bad("url-http", FU, L, _url("http://maternity.northgate.example/fhir/R4"), "plain http (MA308)")
bad("url-user-only", FU, L, _url("https://medassess@maternity.northgate.example/fhir/R4"), "a user name (MA308)")
bad("url-user-password", FU, L, _url("https://svc:Winter26@maternity.northgate.example/fhir/R4"), "credentials")
bad("url-query", FU, L, _url("https://maternity.northgate.example/fhir/R4?_format=json"), "a query (MA308)")
bad("url-fragment", FU, L, _url("https://maternity.northgate.example/fhir/R4#metadata"), "a fragment (MA308)")
bad("url-no-host", FU, L, _url("https:///fhir/R4"), "no host (MA308)")
bad("url-single-label", FU, L, _url("https://maternity/fhir/R4"), "a bare host name (MA308)")
bad("url-port-0", FU, L, _url("https://maternity.northgate.example:0/fhir/R4"), "port 0")
bad("url-port-65536", FU, L, _url("https://maternity.northgate.example:65536/fhir/R4"), "a port past 65535")
bad("url-loopback-v6", FU, L, _url("https://[::1]/fhir/R4"), "this machine (MA308)")
bad("url-link-local-v6", FU, L, _url("https://[fe80::1]/fhir/R4"), "a link-local IPv6 host (MA308)")

# ============================================================================================================
# manual: an instruction (who hands what to whom, when) against an address, "as usual" or a placeholder.

MN = "manual"


def _hand(text: str) -> Mutation:
    return set_("recipients#rcp-foster-carer.route.description", text)


ok(
    "hand-social-worker-home",
    MN,
    F,
    _hand(
        "Leanne Moss, the social worker, takes a printed copy to the foster carer's home on discharge day "
        "and goes through it with her."
    ),
    "who, what, to whom and when",
)
ok(
    "hand-with-phone-beside",
    MN,
    F,
    _hand(
        "The ward midwife hands the foster carer a printed copy at discharge and rings her on 01632 960789 "
        "the next day to answer questions."
    ),
    "a described hand-over with a telephone number beside it",
)
ok(
    "hand-soft-hyphens",
    MN,
    F,
    _hand(
        "Printed copy hand\u00aded to the fos\u00adter carer by the ward mid\u00adwife at dis\u00adcharge, "
        "and explained."
    ),
    "soft hyphens inside a real instruction (judged as the plain text)",
)
bad("hand-phone-only", MN, F, _hand("01632 960789"), "a telephone number is not a hand-over (MA309)")
bad("hand-email-only", MN, F, _hand("fostering.team@millbrook.example"), "an email address only (MA309)")
bad("hand-link-only", MN, F, _hand("https://fostering.millbrook.example/handover"), "a link only (MA309)")
bad("hand-as-usual", MN, F, _hand("As usual."), "'as usual' describes no hand-over (MA309)")
bad("hand-same-as-last-time", MN, F, _hand("Same as last time"), "no instruction (MA309)")
bad("hand-call-to-arrange", MN, F, _hand("Call 01632 960789 to arrange."), "still to be arranged (MA309)")
bad("hand-tbc-full-width", MN, F, _hand(full_width("tbc")), "'tbc' in full-width letters (MA309)")
bad("hand-tbc-zero-width", MN, F, _hand("t\u200bb\u200bc"), "'tbc' with zero-width spaces (MA309)")
bad(
    "hand-mum-will-pass-on",
    MN,
    F,
    _hand("Mum will pass her copy on to the foster carer when she sees her."),
    "left to a parent to pass on (MA309)",
)
bad(
    "hand-ward-to-sort",
    MN,
    F,
    _hand("Ward to sort out how the carer gets it."),
    "a note that it is still to be arranged (MA309)",
)

# ============================================================================================================
# registers: numbers per register one character off, real forms, one number under two names (MA204, MA209).

RG = "registers"
_SERT = "assessments#asm-sertraline.author"
_LITH = "assessments#asm-lithium.author"
_QUET = "assessments#asm-partner-quetiapine.author"
MILLBROOK_HV = {"ods_code": "Y90510", "name": "Millbrook Health Visiting Service"}


def _reg(path: str, body: str, number: str) -> Mutation:
    return set_(f"{path}.registration", {"body": body, "number": number})


def _other(body: str, number: str) -> Mutation:
    """The partner's assessment written by an allied health professional of the perinatal team."""
    return set_(
        _QUET,
        {
            "name": {"given": ["Rhian"], "family": "Powell"},
            "role": "other",
            "registration": {"body": body, "number": number},
            "organisation": MILLBROOK_HV,
        },
    )


ok("gmc-other-number", RG, L, _reg(_LITH, "GMC", "4567890"), "another seven-digit GMC number")
bad("gmc-six-digits", RG, L, _reg(_LITH, "GMC", "705678"), "six digits (MA204)")
ok("nmc-country-e", RG, P, _reg(_QUET, "NMC", "07C1234E"), "an NMC pin of the usual form")
bad("nmc-digit-last", RG, P, _reg(_QUET, "NMC", "07C12345"), "a digit where the last letter belongs (MA204)")
bad("nmc-one-leading-digit", RG, P, _reg(_QUET, "NMC", "7C1234E"), "one digit before the letter (MA204)")
ok("gphc-other-number", RG, N, _reg("attestation.by", "GPhC", "2211345"), "a GPhC number starting with 2")
bad("gphc-eight-digits", RG, N, _reg("attestation.by", "GPhC", "20876543"), "eight digits (MA204)")
bad("gphc-six-digits", RG, N, _reg("attestation.by", "GPhC", "208765"), "six digits (MA204)")
ok("hcpc-ot-five", RG, P, _other("HCPC", "OT12345"), "an occupational therapist's HCPC number (2 letters, 5)")
ok(
    "hcpc-psychologist-pyl",
    RG,
    P,
    _other("HCPC", "PYL12345"),
    "a practitioner psychologist's HCPC number: the register's own three-letter prefix PYL",
)
bad("hcpc-four-digits", RG, P, _other("HCPC", "OT1234"), "four digits (MA204)")
bad("hcpc-seven-digits", RG, P, _other("HCPC", "OT1234567"), "seven digits (MA204)")
ok(
    "two-names-initial",
    RG,
    M,
    set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["P."], "family": "Shah"}),
    "Dr P. Shah is Dr Priya Shah: an initial agrees with the name it starts",
)
bad(
    "two-names-other-given",
    RG,
    M,
    set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["Pooja"], "family": "Shah"}),
    "Dr Pooja Shah under Dr Priya Shah's GMC number (MA209)",
)
bad(
    "two-names-other-initial",
    RG,
    M,
    set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["R."], "family": "Shah"}),
    "an initial that does not start her name, under her number (MA209)",
)


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F25CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:16} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F25CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F25CASES),
        "total",
        len(F25CASES),
    )
