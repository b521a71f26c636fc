"""An eighteenth independent "fresh" batch of red-team cases for the share gate: the "impossible facts" batch.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the rule catalogue (docs/rules.md), README.md, docs/api.md, docs/record.schema.json, the templates
and the examples, not from the gate's code or its word lists. The lens is a held-out reviewer's: facts in the
record's fields that cannot be true, each beside a valid edge case (the last valid day or number, a legitimately
unusual but true fact) that must be shared. It covers:

* dates in every date field the record model has (mother's birth, EDD against the recorded gestation, the
  baby's birth as the delivery date, assessment and overall conclusion dates, medicine start, change and stop,
  attestation and update times with their time zones, consent, the end of a child protection plan): days that
  do not exist, a change before the start, a stop before the change, offsets no time zone has, a leap second on
  a day that had none; beside century leap days, the year's end, fractional seconds and UTC+14:00 / UTC-12:00;
* routes that cannot deliver: MLLP ports and host names past DNS's limits (label 63, name 253, hyphens at a
  label's ends, an all-numeric top-level label), broadcast and class E addresses, malformed IPv6, FHIR base URLs
  naming loopback in hex or octal, an unbracketed IPv6 host; ODS codes and a social
  worker's telephone with a letter where a digit belongs; manual routes that are an id or a link;
* attribution: register forms one character off, numbers of one repeated digit, a register that does not fit
  the role, an "other" attester, one number under two names, and one number in two registers (two people);
* recipients by situation (an ended plan, the practice's own nurse attesting, a maternity unit filed as a
  specialist) and safeguarding facts that cannot hold before birth (an unborn baby looked after or under a
  care order);
* the lawful basis: justifications that give only who and when, or only names, or that say she agreed while
  sharing without consent; consent dates that do not exist or predate the mother;
* amendment reasons that say only who and when;
* disguise over ids, routes, names, justifications and amendment reasons (mathematical digits, soft hyphens,
  zero-width spaces, full-width letters, Cyrillic look-alikes, a right-to-left override, combining marks).

The record model carries no administration route or form for a medicine, no birth date for the partner and no
separate baby record (the delivery date is the baby's birth), so those are not tested. Medicines named here are
the examples' own; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the gate gets
wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh18_cases`` for the counts per
category.
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
    Record,
    V,
    chain,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F18CASES: list[Case] = []

CATEGORIES = (
    "dates",
    "routes",
    "attribution",
    "recipients",
    "safeguarding",
    "consent",
    "amendment",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F18CASES.append(Case(f"f18-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def math_digits(text: str) -> str:
    """ASCII digits as MATHEMATICAL DOUBLE-STRUCK digits (NFKC folds them back)."""
    return "".join(chr(0x1D7D8 + ord(ch) - ord("0")) if "0" <= ch <= "9" else ch for ch in text)


def math_bold(text: str) -> str:
    """ASCII letters as MATHEMATICAL BOLD letters (NFKC folds them back)."""
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(0x1D400 + ord(ch) - ord("A")))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D41A + ord(ch) - ord("a")))
        else:
            out.append(ch)
    return "".join(out)


def combining(text: str, mark: str = "\u0300") -> str:
    """A combining grave accent after every vowel."""
    return "".join(ch + mark if ch in "aeiou" else ch for ch in text)


def clinician(
    given: str, family: str, role: str, body: str, number: str, org: Record, prefix: str | None = None
) -> Record:
    name: Record = {"given": [given], "family": family}
    if prefix:
        name = {"prefix": prefix, **name}
    return {"name": name, "role": role, "registration": {"body": body, "number": number}, "organisation": org}


def remove_recipient(rid: str) -> Mutation:
    def mutate(doc: Record) -> None:
        before = len(doc["recipients"])
        doc["recipients"] = [r for r in doc["recipients"] if r["id"] != rid]
        assert len(doc["recipients"]) == before - 1, rid

    return mutate


def add_recipient(recipient: Record) -> Mutation:
    def mutate(doc: Record) -> None:
        doc["recipients"].append(dict(recipient))

    return mutate


RIVERSIDE = {"ods_code": "Y90001", "name": "Riverside Surgery"}
MILLBROOK = {"ods_code": "Y90002", "name": "Millbrook Medical Centre"}
NORTHGATE = {"ods_code": "Y90004", "name": "Northgate Health Centre"}
NORTHGATE_PMH = {"ods_code": "Y90730", "name": "Northgate Perinatal Mental Health Service"}
NEUROLOGY = {"ods_code": "Y90720", "name": "Castleford Royal Neurology Department"}
MILLBROOK_HV = {"ods_code": "Y90510", "name": "Millbrook Health Visiting Service"}
HAMPTON_MIDWIVES = {"ods_code": "Y90400", "name": "Hampton General Community Midwives"}


# ============================================================================================================
# dates: a day, time or zone that cannot be, beside the last one that can.

bad("updated-minute-60", "dates", M, set_("updated", "2026-03-02T16:60:00+00:00"), "no minute 60 (MA010/model)")
ok("updated-z-suffix", "dates", M, set_("updated", "2026-03-02T16:40:00Z"), "UTC written as Z")
bad(
    "updated-offset-minutes-75",
    "dates",
    M,
    set_("updated", "2026-03-02T22:10:00+05:75"),
    "an offset of 75 minutes past the hour: no such time zone",
)
ok(
    "updated-offset-india",
    "dates",
    M,
    set_("updated", "2026-03-02T22:10:00+05:30"),
    "the same instant written in Indian Standard Time (UTC+05:30)",
)
bad(
    "attested-offset-plus-15",
    "dates",
    M,
    set_("attestation.at", "2026-03-03T07:40:00+15:00"),
    "UTC+15:00 is no time zone on Earth (the furthest is UTC+14:00): the attestation time cannot be true",
)
ok(
    "attested-offset-plus-14",
    "dates",
    M,
    set_("attestation.at", "2026-03-03T06:40:00+14:00"),
    "UTC+14:00 (Line Islands) is real: the same instant as the update, the next calendar day there",
)
ok(
    "attested-offset-minus-12",
    "dates",
    M,
    set_("attestation.at", "2026-03-02T04:40:00-12:00"),
    "UTC-12:00, the furthest west, on the day of the assessments",
)
bad(
    "attested-leap-second-no-leap-day",
    "dates",
    M,
    set_("attestation.at", "2026-03-02T23:59:60+00:00"),
    "a 61st second on a day that had no leap second",
)
ok(
    "attested-fractional-seconds",
    "dates",
    M,
    set_("attestation.at", "2026-03-02T16:40:00.123456+00:00"),
    "microseconds, as GP systems write them",
)
bad("attested-feb-29-2026", "dates", C, set_("attestation.at", "2026-02-29T09:25:00+00:00"), "2026 has no 29 February")
ok(
    "attested-feb-28-late",
    "dates",
    C,
    set_("attestation.at", "2026-02-28T23:59:00+00:00"),
    "the last minute of February 2026 (after the update time: a warning only)",
)
bad("edd-dec-32", "dates", V, set_("pregnancy.edd", "2026-12-32"), "no 32 December")
ok(
    "edd-across-new-year",
    "dates",
    V,
    set_("pregnancy.edd", "2027-01-03"),
    "four days after the EDD the gestation implies, across the year's end",
)
bad(
    "gestation-negative-weeks",
    "dates",
    V,
    set_("pregnancy.gestation", {"weeks": -8, "days": 0, "on": "2026-05-20"}),
    "a negative gestation cannot be",
)
ok(
    "gestation-four-weeks-six-days",
    "dates",
    V,
    set_("pregnancy.gestation", {"weeks": 4, "days": 6, "on": "2026-04-28"}),
    "a very early gestation, recorded before the assessment, agreeing exactly with the EDD",
)
bad(
    "gestation-on-feb-29-2026",
    "dates",
    M,
    set_("pregnancy.gestation", {"weeks": 29, "days": 2, "on": "2026-02-29"}),
    "the gestation measured on a day that does not exist",
)
ok(
    "gestation-on-feb-26",
    "dates",
    M,
    set_("pregnancy.gestation", {"weeks": 28, "days": 6, "on": "2026-02-26"}),
    "measured the week before the assessment, agreeing with the EDD",
)
bad("delivery-june-31", "dates", F, set_("pregnancy.delivery_date", "2026-06-31"), "no 31 June")
ok(
    "delivery-on-plan-end-day",
    "dates",
    F,
    set_("pregnancy.delivery_date", "2026-06-10"),
    "born the day the child protection plan ended, as the interim care order was made",
)
bad("cpp-ended-feb-30", "dates", F, set_("safeguarding.child_protection_plan_ended", "2026-02-30"), "no 30 February")
ok(
    "cpp-ended-attestation-day",
    "dates",
    F,
    set_("safeguarding.child_protection_plan_ended", "2026-06-14"),
    "the plan ended on the day the record was attested",
)
bad("assessment-june-31", "dates", F, set_("assessments#asm-diazepam-pregabalin.date", "2026-06-31"), "no 31 June")
ok(
    "assessment-on-birth-day",
    "dates",
    F,
    set_("assessments#asm-diazepam-pregabalin.date", "2026-06-08"),
    "assessed on the postnatal ward the day the baby was born",
)
bad(
    "overall-date-feb-29-2026",
    "dates",
    L,
    set_("overall_conclusion.date", "2026-02-29"),
    "the overall conclusion dated on a day 2026 does not have",
)
ok(
    "psychiatrist-assessed-day-before",
    "dates",
    L,
    set_("assessments#asm-lithium.date", "2026-05-05"),
    "the psychiatrist assessed the day before the GP's overall conclusion",
)
bad("mother-born-april-31", "dates", N, set_("mother.birth_date", "2000-04-31"), "no 31 April")
ok(
    "mother-born-2000-feb-29",
    "dates",
    N,
    set_("mother.birth_date", "2000-02-29"),
    "2000 was a leap year (divisible by 400)",
)
bad(
    "mother-born-1900-feb-29",
    "dates",
    N,
    set_("mother.birth_date", "1900-02-29"),
    "1900 was not a leap year (divisible by 100, not 400); a mother of 126 besides",
)
bad(
    "sertraline-changed-before-started",
    "dates",
    M,
    set_("medicines#med-sertraline.last_changed", "2025-06-09"),
    "a dose change the day before the medicine was started",
)
ok(
    "sertraline-changed-day-after-start",
    "dates",
    M,
    set_("medicines#med-sertraline.last_changed", "2025-06-11"),
    "increased the day after it was started",
)
bad(
    "paracetamol-stopped-before-its-change",
    "dates",
    N,
    chain(
        set_("medicines#med-paracetamol.last_changed", "2026-04-06"),
        set_("medicines#med-paracetamol.stopped", "2026-04-05"),
        set_("medicines#med-paracetamol.status", "stopped"),
    ),
    "the dose changed a day after the medicine was stopped",
)
ok(
    "paracetamol-changed-then-stopped",
    "dates",
    N,
    chain(
        set_("medicines#med-paracetamol.last_changed", "2026-04-05"),
        set_("medicines#med-paracetamol.stopped", "2026-04-06"),
        set_("medicines#med-paracetamol.status", "stopped"),
    ),
    "changed, then stopped the next day",
)
bad(
    "lactulose-stopped-april-31",
    "dates",
    N,
    chain(set_("medicines#med-lactulose.stopped", "2026-04-31"), set_("medicines#med-lactulose.status", "completed")),
    "a course completed on 31 April",
)
ok(
    "lactulose-stopped-april-30",
    "dates",
    N,
    chain(set_("medicines#med-lactulose.stopped", "2026-04-30"), set_("medicines#med-lactulose.status", "completed")),
    "a course completed on the last day of April",
)
ok(
    "lactulose-single-day",
    "dates",
    N,
    chain(set_("medicines#med-lactulose.stopped", "2026-04-03"), set_("medicines#med-lactulose.status", "completed")),
    "started and stopped the same day: one dose",
)
bad(
    "pregabalin-changed-after-joint-assessment",
    "dates",
    F,
    set_("medicines#med-pregabalin.last_changed", "2026-06-13"),
    "pregabalin changed the day after the joint assessment and overall conclusion (MA108)",
)
ok(
    "pregabalin-changed-on-assessment-day",
    "dates",
    F,
    set_("medicines#med-pregabalin.last_changed", "2026-06-12"),
    "changed on the day of the assessment",
)
bad("consent-feb-29-2026", "dates", M, set_("lawful_basis.recorded_on", "2026-02-29"), "no 29 February in 2026")
ok(
    "consent-feb-28",
    "dates",
    M,
    set_("lawful_basis.recorded_on", "2026-02-28"),
    "consent given the week before the assessment, in this pregnancy",
)


# ============================================================================================================
# routes: an endpoint that cannot deliver, beside the last one that can.


def _mllp(field: str, value: object) -> Mutation:
    return set_(f"recipients#rcp-maternity.route.{field}", value)


def _fhir(url: str) -> Mutation:
    return set_("recipients#rcp-maternity.route.base_url", url)


def _hv_ods(code: str) -> Mutation:
    return set_("recipients#rcp-hv.organisation.ods_code", code)


def _phone(number: str) -> Mutation:
    return set_("safeguarding.social_worker.telephone", number)


def _manual(text: str) -> Mutation:
    return set_("recipients#rcp-foster-carer.route.description", text)


_LABEL63 = "m" * 63
_LONG_OK = ".".join(["a" * 63, "b" * 63, "c" * 63, "d" * 49]) + ".example"  # 249 characters
_LONG_BAD = ".".join(["a" * 63, "b" * 63, "c" * 63, "d" * 55]) + ".example"  # 255 characters
assert len(_LONG_OK) == 249 and len(_LONG_BAD) == 255

bad("mllp-port-65536", "routes", V, _mllp("port", 65536), "TCP ports end at 65535 (MA308)")
ok("mllp-port-65535", "routes", V, _mllp("port", 65535), "the last TCP port")
bad("mllp-port-negative", "routes", V, _mllp("port", -2575), "a negative port")
bad(
    "mllp-label-64",
    "routes",
    V,
    _mllp("host", _LABEL63 + "m.castleford.example"),
    "a DNS label of 64 characters: no such name (MA308)",
)
ok("mllp-label-63", "routes", V, _mllp("host", _LABEL63 + ".castleford.example"), "a label of exactly 63 characters")
bad("mllp-name-255-chars", "routes", V, _mllp("host", _LONG_BAD), "a host name over 253 characters (MA308)")
ok("mllp-name-249-chars", "routes", V, _mllp("host", _LONG_OK), "a long host name within DNS's limit")
bad(
    "mllp-label-leading-hyphen",
    "routes",
    V,
    _mllp("host", "-maternity.castleford.example"),
    "a label cannot start with a hyphen (MA308)",
)
bad(
    "mllp-label-trailing-hyphen",
    "routes",
    V,
    _mllp("host", "maternity-.castleford.example"),
    "a label cannot end with a hyphen (MA308)",
)
ok(
    "mllp-label-digit-first",
    "routes",
    V,
    _mllp("host", "3rd-floor-mllp.castleford.example"),
    "a label may start with a digit (RFC 1123)",
)
ok(
    "mllp-punycode-label",
    "routes",
    V,
    _mllp("host", "xn--maternit-i1a.castleford.example"),
    "an internationalised label in its ASCII form ('maternité')",
)
bad(
    "mllp-numeric-tld",
    "routes",
    V,
    _mllp("host", "maternity.castleford.2575"),
    "an all-numeric top-level label is neither a domain name nor an IP address (MA308)",
)
bad("mllp-broadcast", "routes", V, _mllp("host", "255.255.255.255"), "the limited broadcast address (MA308)")
bad("mllp-class-e", "routes", V, _mllp("host", "240.0.0.1"), "the reserved class E block 240.0.0.0/4 (MA308)")
ok("mllp-last-unicast", "routes", V, _mllp("host", "223.255.255.254"), "the last public unicast block before multicast")
ok("mllp-private-10-edge", "routes", V, _mllp("host", "10.255.255.254"), "the top of the 10/8 private block")
bad("mllp-ipv6-triple-colon", "routes", V, _mllp("host", "2a00:1450:4009:::200e"), "':::' is no IPv6 address")
ok("mllp-ipv6-public", "routes", V, _mllp("host", "2a00:1450:4009:81f::200e"), "a public IPv6 address")
bad("fhir-hex-loopback", "routes", L, _fhir("https://0x7f000001/fhir/R4"), "127.0.0.1 written in hex (MA308)")
bad("fhir-octal-loopback", "routes", L, _fhir("https://0177.0.0.1/fhir/R4"), "127.0.0.1 written in octal (MA308)")
ok(
    "fhir-explicit-443",
    "routes",
    L,
    _fhir("https://maternity.northgate.example:443/fhir/R4"),
    "the https port written out",
)
ok(
    "fhir-deep-path",
    "routes",
    L,
    _fhir("https://interop.northgate.example/api/v2/fhir/R4/"),
    "a base URL several segments deep, with its trailing slash",
)
bad(
    "fhir-ipv6-unbracketed",
    "routes",
    L,
    _fhir("https://2a00:1450:4009:81f::200e/fhir/R4"),
    "an IPv6 host must be in brackets in a URL (MA308)",
)
ok(
    "fhir-ipv6-bracketed",
    "routes",
    L,
    _fhir("https://[2a00:1450:4009:81f::200e]/fhir/R4"),
    "a public IPv6 host, bracketed",
)
bad(
    "ods-digits-then-letter",
    "routes",
    M,
    _hv_ods("90500Y"),
    "six characters that are not a letter and 5 digits (MA310)",
)
bad(
    "ods-letter-o-for-zero",
    "routes",
    M,
    set_("mother.registered_practice.ods_code", "Y9OOO1"),
    "letter O typed for zero: no practice code has that shape (MA310)",
)
bad(
    "ods-four-chars",
    "routes",
    M,
    set_("recipients#rcp-sw.organisation.ods_code", "Y903"),
    "four characters: no ODS code has that length (MA310)",
)
ok(
    "ods-trust-prescriber",
    "routes",
    M,
    set_("medicines#med-methadone.prescriber.organisation.ods_code", "RXT"),
    "a three-character trust code for the drug service's trust",
)
ok("ods-site-five", "routes", M, _hv_ods("RXT07"), "a five-character site code")
bad("phone-letter-o", "routes", M, _phone("01632 96O123"), "letter O in the number (MA311)")
bad("phone-thirteen-digits", "routes", M, _phone("01632 96012345678"), "too many digits to ring (MA311)")
ok("phone-plus44-bracket-zero", "routes", M, _phone("+44 (0)1632 960123"), "the UK form with the bracketed 0")
ok("phone-mobile", "routes", M, _phone("07700 900123"), "a mobile number")
bad("manual-mesh-id-only", "routes", F, _manual("X26BW009"), "a mailbox id is not a hand-over (MA309)")
bad(
    "manual-link-only",
    "routes",
    F,
    _manual("https://brightwater.example/upload"),
    "a link is not a hand-over: who gives what to whom (MA309)",
)
ok(
    "manual-posted-first-class",
    "routes",
    F,
    _manual(
        "Practice administrator posted a printed copy first class to Sandra Hollis at the placement on 2026-06-12; "
        "she phoned the practice the next day to confirm it arrived."
    ),
    "posted, with who, to whom and when",
)


# ============================================================================================================
# attribution: registrations one character off, numbers no register issues, roles that cannot sign.


def _author(path: str, person: Record) -> Mutation:
    return set_(path, person)


def _reg(path: str, body: str, number: str) -> Mutation:
    return set_(f"{path}.registration", {"body": body, "number": number})


_SERT = "assessments#asm-sertraline.author"
_QUET = "assessments#asm-partner-quetiapine.author"
_LITH = "assessments#asm-lithium.author"
_VALP = "assessments#asm-valproate.author"

bad("gmc-eight-digits", "attribution", M, _reg(_SERT, "GMC", "70123456"), "GMC numbers have 7 digits (MA204)")
bad("gmc-all-sevens", "attribution", L, _reg(_LITH, "GMC", "7777777"), "one digit repeated (MA208)")
ok(
    "gmc-alternating-digits",
    "attribution",
    L,
    _reg(_LITH, "GMC", "7070707"),
    "an unusual but well-formed number (two digits alternate)",
)
bad("nmc-missing-last-letter", "attribution", P, _reg(_QUET, "NMC", "12A3456"), "NMC pins end with a letter (MA204)")
bad("nmc-letter-i-for-one", "attribution", P, _reg(_QUET, "NMC", "I2A3456B"), "letter I typed for the digit 1 (MA204)")
bad("nmc-same-digit", "attribution", P, _reg(_QUET, "NMC", "11A1111A"), "every digit the same (MA208)")
ok("nmc-other-pin", "attribution", P, _reg(_QUET, "NMC", "98Y7654C"), "another well-formed NMC pin")
bad("gphc-starting-1", "attribution", N, _reg("attestation.by", "GPhC", "1087654"), "GPhC numbers start with 2 (MA204)")
ok(
    "gphc-pharmacist-role",
    "attribution",
    N,
    set_("attestation.by.role", "pharmacist"),
    "a pharmacist rather than a clinical pharmacist, GPhC as before",
)
bad(
    "obstetrician-with-hcpc",
    "attribution",
    V,
    _author(_VALP, clinician("Kemi", "Adeyemi", "obstetrician", "HCPC", "PA12345", NEUROLOGY, "Dr")),
    "obstetricians register with the GMC (MA207)",
)
bad(
    "community-midwife-with-gphc",
    "attribution",
    P,
    _author(_QUET, clinician("Nia", "Rowlands", "community-midwife", "GPhC", "2045671", MILLBROOK_HV)),
    "a midwife on the pharmacy register (MA207)",
)
ok(
    "community-midwife-with-nmc",
    "attribution",
    P,
    _author(_QUET, clinician("Nia", "Rowlands", "community-midwife", "NMC", "09B8765C", MILLBROOK_HV)),
    "a community midwife on the NMC register writes the partner's assessment",
)
bad(
    "health-visitor-with-hcpc",
    "attribution",
    P,
    _reg(_QUET, "HCPC", "PH12345"),
    "health visitors register with the NMC (MA207)",
)
bad(
    "attester-other-with-gmc",
    "attribution",
    M,
    _author("attestation.by", clinician("Tom", "Hale", "other", "GMC", "7098765", RIVERSIDE, "Dr")),
    "an 'other' role cannot attest, registration or not (MA210)",
)
ok(
    "attester-nurse",
    "attribution",
    P,
    _author("attestation.by", clinician("Joanna", "Price", "health-visitor", "NMC", "12A3456B", MILLBROOK_HV)),
    "the health visitor who wrote the assessment attests; the GP wrote the overall conclusion",
)
bad(
    "one-number-gp-and-pharmacist-names",
    "attribution",
    P,
    _author(_QUET, clinician("Helen", "Ward", "general-practitioner", "GMC", "7023456", MILLBROOK, "Dr")),
    "Dr Helen Ward under Dr Owen Pritchard's GMC number (MA209)",
)
ok(
    "one-number-two-registers",
    "attribution",
    P,
    chain(
        _reg("overall_conclusion.author", "GMC", "2023456"),
        _reg("attestation.by", "GMC", "2023456"),
        _author(_QUET, clinician("Bethany", "Cole", "clinical-pharmacist", "GPhC", "2023456", MILLBROOK)),
    ),
    "the same seven digits on two different registers are two different people",
)


# ============================================================================================================
# recipients by situation.

_SW_N = {
    "name": {"given": ["Kiran"], "family": "Bassi"},
    "organisation": {"ods_code": "Y90300", "name": "Hampton Children's Services"},
    "telephone": "01632 960789",
}
_RCP_SW_N = {
    "id": "rcp-sw",
    "role": "social-worker",
    "organisation": {"ods_code": "Y90300", "name": "Hampton Children's Services"},
    "name": {"given": ["Kiran"], "family": "Bassi"},
    "route": {"kind": "mesh", "mailbox": "X26HC004"},
}

bad(
    "n-plan-ended-before-birth-no-sw",
    "recipients",
    N,
    set_("safeguarding.child_protection_plan_ended", "2026-03-20"),
    "a plan for the unborn baby that ended before birth: social care was involved, the social worker gets "
    "nothing (MA304)",
)
ok(
    "n-plan-ended-before-birth-sw-receives",
    "recipients",
    N,
    chain(
        set_("safeguarding.child_protection_plan_ended", "2026-03-20"),
        set_("safeguarding.social_worker", _SW_N),
        add_recipient(_RCP_SW_N),
    ),
    "the ended plan, with the allocated social worker receiving",
)
bad(
    "l-pmh-nurse-attests-no-gp",
    "recipients",
    L,
    chain(
        set_(
            "overall_conclusion.author",
            clinician("Samuel", "Osei", "psychiatrist", "GMC", "7056789", NORTHGATE_PMH, "Dr"),
        ),
        set_("attestation.by", clinician("Maria", "Lopes", "nurse", "NMC", "15C2468D", NORTHGATE_PMH)),
    ),
    "the perinatal team wrote, concluded and attested; the GP is not a recipient (MA303)",
)
ok(
    "l-practice-nurse-attests-no-gp",
    "recipients",
    L,
    chain(
        set_(
            "overall_conclusion.author",
            clinician("Samuel", "Osei", "psychiatrist", "GMC", "7056789", NORTHGATE_PMH, "Dr"),
        ),
        set_("attestation.by", clinician("Maria", "Lopes", "nurse", "NMC", "15C2468D", NORTHGATE)),
    ),
    "the practice's own nurse attests: the practice already holds it (MA303 text)",
)
ok(
    "v-epilepsy-nurse-attests",
    "recipients",
    V,
    set_("attestation.by", clinician("Grace", "Adebayo", "nurse", "NMC", "03D5791E", NEUROLOGY)),
    "the epilepsy specialist nurse attests; the GP wrote the assessment and the overall conclusion",
)
bad(
    "v-maternity-filed-as-specialist",
    "recipients",
    V,
    set_("recipients#rcp-maternity.role", "specialist"),
    "antenatal, and no maternity unit or midwife among the recipients (MA301)",
)
ok(
    "v-maternity-as-midwife",
    "recipients",
    V,
    set_("recipients#rcp-maternity.role", "midwife"),
    "the maternity interface filed as the midwives': maternity still receives",
)
bad(
    "f-hv-filed-as-perinatal-mh",
    "recipients",
    F,
    set_("recipients#rcp-hv.role", "perinatal-mental-health"),
    "postnatal, and no health visitor among the recipients (MA302)",
)
ok(
    "f-hv-manual-handover",
    "recipients",
    F,
    set_(
        "recipients#rcp-hv.route",
        {
            "kind": "manual",
            "description": "The ward midwife handed a printed copy to the health visitor, Joanna Price, "
            "at the placement visit on 2026-06-13 and talked her through the safe sleep section.",
        },
    ),
    "the health visitor by a described hand-over",
)
ok(
    "p-no-midwife",
    "recipients",
    P,
    remove_recipient("rcp-midwife"),
    "postnatal: the health visitor and the father's GP are enough",
)


# ============================================================================================================
# safeguarding facts that cannot hold before birth, beside ones that can.

bad(
    "m-unborn-looked-after",
    "safeguarding",
    M,
    set_("safeguarding.looked_after", True),
    "an unborn baby cannot be looked after by the local authority (Children Act 1989 s.22: a child, once born)",
)
bad(
    "m-unborn-interim-care-order",
    "safeguarding",
    M,
    set_("safeguarding.care_order", "interim"),
    "no care order, interim or full, can be made for an unborn baby",
)
ok(
    "f-full-care-order-after-birth",
    "safeguarding",
    F,
    set_("safeguarding.care_order", "full"),
    "a full care order for a baby born and placed; the social worker receives the record",
)
ok(
    "m-unborn-cpp-cot-assembled",
    "safeguarding",
    M,
    set_(
        "safeguarding.sleeping_arrangements",
        "Cot in the parents' bedroom, bought and assembled; to be seen at the first home visit after birth.",
    ),
    "a pre-birth child protection plan, as the law allows",
)


# ============================================================================================================
# consent: a lawful basis that gives no reason, or that cannot be true.


def _just(text: str) -> Mutation:
    return set_("lawful_basis.justification", text)


bad(
    "f-justification-who-and-when",
    "consent",
    F,
    _just("Decided on 2026-06-12 by Dr Pritchard with Leanne Moss and the practice safeguarding lead."),
    "who decided and when, not why (MA402)",
)
ok(
    "f-justification-short-reason",
    "consent",
    F,
    _just(
        "She declined; the foster carer must know that diazepam and pregabalin sedate her at night, or the baby is "
        "not safe in the placement."
    ),
    "short, and a reason",
)
bad("f-justification-consent-not-sought", "consent", F, _just("Consent not sought."), "no reason (MA402)")
ok(
    "f-justification-not-sought-with-reason",
    "consent",
    F,
    _just(
        "Consent was not sought: asking would warn her partner, who has threatened the baby, before the placement "
        "address is secured."
    ),
    "not sought, and why",
)
bad(
    "f-justification-names-only",
    "consent",
    F,
    _just("Diazepam, pregabalin, baby, placement, foster carer, social worker, health visitor."),
    "a list of names and nouns (MA402)",
)
bad(
    "m-without-consent-she-agreed",
    "consent",
    M,
    set_("lawful_basis.basis", "safeguarding-without-consent"),
    "sharing without consent justified by 'the mother, who agreed to share': the reason contradicts the basis",
)
ok(
    "m-without-consent-withdrawn",
    "consent",
    M,
    chain(
        set_("lawful_basis.basis", "safeguarding-without-consent"),
        _just(
            "She withdrew consent on 2026-03-01; with methadone sedation and a child protection plan, maternity and "
            "children's services must know to keep the baby safe at birth."
        ),
    ),
    "consent withdrawn, and why shared",
)
bad(
    "p-consent-before-mother-born",
    "consent",
    P,
    set_("lawful_basis.recorded_on", "1996-05-28"),
    "consent recorded a year before the mother was born (MA013)",
)
ok(
    "p-consent-antenatal",
    "consent",
    P,
    set_("lawful_basis.recorded_on", "2026-02-10"),
    "both parents agreed in pregnancy, at 28 weeks",
)
bad("v-consent-feb-30", "consent", V, set_("lawful_basis.recorded_on", "2026-02-30"), "no 30 February")
ok(
    "v-consent-at-booking",
    "consent",
    V,
    set_("lawful_basis.recorded_on", "2026-04-22"),
    "consent at the booking appointment, early in this pregnancy",
)


# ============================================================================================================
# amendment: an amended record must say what changed.


def _amend(text: str) -> Mutation:
    return set_("amendment_reason", text)


bad(
    "c-amendment-who-and-when",
    "amendment",
    C,
    _amend("Amended on 2026-02-12 by Dr McAllister at Castle Street."),
    "who and when, not what changed (MA008)",
)
ok(
    "c-amendment-mailbox-corrected",
    "amendment",
    C,
    _amend("Corrected the health visitor's MESH mailbox; assessment, conclusions and other recipients unchanged."),
    "what changed, briefly",
)
bad(
    "c-amendment-version-bump",
    "amendment",
    C,
    _amend("Version 2 of this record replaces version 1."),
    "says only that it is a new version (MA008)",
)
ok(
    "c-amendment-gestation-corrected",
    "amendment",
    C,
    _amend(
        "Gestation corrected from 31+1 to 32+1 weeks after the dating scan report was checked; the plan for the baby "
        "is unchanged."
    ),
    "a date corrected, and its effect",
)


# ============================================================================================================
# disguise: ids, routes, names and reasons judged as the plain text (an id that is not plain cannot deliver).

bad(
    "mesh-math-digits",
    "disguise",
    M,
    set_("recipients#rcp-hv.route.mailbox", "X26HC" + math_digits("003")),
    "mathematical digits in a mailbox id: MESH cannot deliver to it (MA307/model)",
)
bad(
    "mesh-soft-hyphen",
    "disguise",
    M,
    set_("recipients#rcp-hv.route.mailbox", "X26HC\u00ad003"),
    "a soft hyphen inside the id (MA307/model)",
)
bad(
    "ods-full-width",
    "disguise",
    M,
    set_("mother.registered_practice.ods_code", full_width("Y90001")),
    "full-width ODS code (MA310/model)",
)
bad(
    "mllp-host-zero-width",
    "disguise",
    V,
    _mllp("host", "maternity-interface\u200b.castleford.example"),
    "a zero-width space inside the host name (MA308)",
)
bad("phone-cyrillic-o", "disguise", M, _phone("01632 96\u041e123"), "a Cyrillic O for zero (MA311)")
ok("phone-no-break-spaces", "disguise", M, _phone("01632\u00a0960123"), "the same number with a no-break space")
bad(
    "manual-math-bold-tbc",
    "disguise",
    F,
    _manual(math_bold("To be confirmed by the ward at discharge.")),
    "a placeholder in mathematical bold (MA309)",
)
ok(
    "manual-math-bold-real",
    "disguise",
    F,
    _manual(
        math_bold(
            "Ward midwife Anna Lowe gave Sandra Hollis a printed copy at the discharge planning meeting on 2026-06-12 and "
            "read it through with her."
        )
    ),
    "a real hand-over in mathematical bold",
)
bad(
    "manual-soft-hyphen-mum-passes",
    "disguise",
    F,
    _manual(inside_words("Mum will pass her copy on to the foster carer.", "\u00ad", every=2)),
    "left to a parent to pass on, under soft hyphens (MA309)",
)
ok(
    "manual-soft-hyphen-real",
    "disguise",
    F,
    _manual(
        inside_words(
            "The social worker Leanne Moss delivered a printed copy to Sandra Hollis at the placement on 2026-06-12.",
            "\u00ad",
            every=5,
        )
    ),
    "a real hand-over with soft hyphens",
)
bad(
    "justification-full-width-hollow",
    "disguise",
    F,
    _just(full_width("As agreed at the meeting.")),
    "no reason, full-width (MA402)",
)
ok(
    "justification-zero-width-real",
    "disguise",
    F,
    _just(
        inside_words(
            "She refused; the foster carer must know about diazepam and pregabalin sedation at night to keep the baby "
            "safe in the placement.",
            "\u200b",
            every=4,
        )
    ),
    "a reason with zero-width spaces",
)
bad(
    "amendment-rlo-see-notes",
    "disguise",
    C,
    _amend("\u202e.seton ees ;detadpu droceR\u202c"),
    "'Record updated; see notes.' typed backwards under a right-to-left override (MA008)",
)
ok(
    "amendment-combining-real",
    "disguise",
    C,
    _amend(combining("Health visiting service added as a recipient before the birth visit; conclusions unchanged.")),
    "a real reason under combining accents",
)
ok(
    "same-number-cyrillic-name",
    "disguise",
    P,
    set_("overall_conclusion.author.name.given", [homoglyphs("Owen", "O")]),
    "Owen Pritchard with a Cyrillic O, under his own number: the same person",
)
bad(
    "same-number-other-name-cyrillic",
    "disguise",
    P,
    set_("attestation.by.name.given", [homoglyphs("Oliver", "Oe")]),
    "Oliver, not Owen, under Owen Pritchard's GMC number, in Cyrillic look-alikes (MA209)",
)


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F18CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:20} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F18CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F18CASES),
        "total",
        len(F18CASES),
    )
