"""An eighty-ninth independent "fresh" batch of red-team cases for the share gate: structured facts, a deep
sweep both ways (issue 9 points 6, 7, 8 and identities).

Written from the issue, docs/rules.md, README.md and the shipped examples, not from the gate's code or its word
lists. Each case is one mutation of a shipped pass example: a date moved, a route rewritten, a code or a number
changed, a recipient added or taken away. About half must pass: real, awkward but valid values (an attestation
early on the day of the assessments, an EDD exactly at the tolerance, a baby born 12 days or 5 weeks before the
EDD, a leap day in 2024 written in a conclusion, a private IPv4 or a global IPv6 interface address, an FHIR base
with a port or a trailing slash, MESH ids that start with a digit, a same-surname partner). The others are facts
that cannot be true or routes that cannot deliver:

* ``conception``: assessments against the start of the pregnancy (EDD - 280 days, 14 days' margin), with and
  without pre-conception advice kept as history;
* ``attestation``: attested on the day, before, after midnight in summer time, in the future;
* ``pregnancy-dates``: EDD against gestation at the 14-day tolerance either side, gestation measured after the
  record was signed, delivery against the EDD (22 to 44 weeks), delivery after signing or over a year before it,
  dates in the future, planned stops;
* ``written-dates``: dates in conclusions that do not exist (31/04, 31st June, 29 February 2027, a 13th month) or
  report as done what happened after signing, and their good twins (3rd March, next Tuesday, 29/02/2024, times);
* ``mesh``, ``network``, ``manual``: routes of every kind, right and wrong form;
* ``ods``: organisation codes well and ill formed;
* ``recipients``: who must receive the record, and the social worker's telephone;
* ``registers``: register against role, impossible numbers, one number under two names;
* ``identities``: NHS numbers (check digit, placeholders, the mother's number on the partner), names, ages,
  amendments and the reason for sharing without consent;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one (a host name in other letters names another server).

Medicines named are the examples' own; no clinical code is invented.
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh89_cases`` for the counts per category.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Callable
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
    chain,
    conclusion_of,
    load_base,
    overall_of,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F89CASES: list[Case] = []

CATEGORIES = (
    "conception",
    "attestation",
    "pregnancy-dates",
    "written-dates",
    "mesh",
    "network",
    "manual",
    "ods",
    "recipients",
    "registers",
    "identities",
    "disguise",
)

CP, AT, PD, WD, MS, NW, MN, OD, RC, RG, ID, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F89CASES.append(Case(f"f89-{name}", category, expect, base, mutate, why))


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


# ------------------------------------------------------------------------------------------------------------
# Disguises.


def cyr(text: str) -> str:
    return homoglyphs(text, "aeopc")


def greek(text: str) -> str:
    return homoglyphs(text, "oiv", variant=1)


def zwsp(text: str) -> str:
    return inside_words(text, "\u200b", every=2)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=3)


def lrm(text: str) -> str:
    return " ".join(f"\u2068{word}\u2069" for word in text.split(" "))


def fw(text: str) -> str:
    return full_width(text)


Disguise = Callable[[str], str]


# ------------------------------------------------------------------------------------------------------------
# Mutations used here.


def both(
    name: str,
    category: str,
    expect: Expect,
    base: str,
    make: Callable[[str], Mutation],
    text: str,
    why: str,
    disguise: Disguise | None = None,
) -> None:
    """A case with `text`, and when a disguise is given its disguised twin (same verdict)."""
    add(name, category, expect, base, make(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, make(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def appended(base: str, path: str, shipped: str) -> Callable[[str], Mutation]:
    def make(extra: str) -> Mutation:
        return set_(path, f"{shipped} {extra}")

    return make


def at(path: str) -> Callable[[str], Mutation]:
    def make(text: str) -> Mutation:
        return set_(path, text)

    return make


def add_recipient(recipient: Record) -> Mutation:
    def mutate(doc: Record) -> None:
        doc["recipients"].append(copy.deepcopy(recipient))

    return mutate


def delete_recipient(rid: str) -> Mutation:
    def mutate(doc: Record) -> None:
        before = len(doc["recipients"])
        doc["recipients"] = [r for r in doc["recipients"] if r["id"] != rid]
        assert len(doc["recipients"]) == before - 1, rid

    return mutate


def add_history_assessment(
    base: str, asm_id: str, new_id: str, date: str, text: str, *, pre_conception: bool
) -> Mutation:
    """A copy of the shipped assessment kept as earlier advice beside it, dated `date`, with its own conclusion."""

    def mutate(doc: Record) -> None:
        shipped = next(a for a in load_base(base)["assessments"] if a["id"] == asm_id)
        extra: dict[str, Any] = copy.deepcopy(shipped)
        extra["id"] = new_id
        extra["date"] = date
        extra["conclusion"] = text
        if pre_conception:
            extra["pre_conception"] = True
        doc["assessments"].append(extra)

    return mutate


MC = conclusion_of(M, "asm-methadone")
SC = conclusion_of(M, "asm-sertraline")
CC = conclusion_of(C, "asm-citalopram")
LC = conclusion_of(L, "asm-lithium")
VC = conclusion_of(V, "asm-valproate")
DC = conclusion_of(F, "asm-diazepam-pregabalin")
QC = conclusion_of(P, "asm-partner-quetiapine")
MO, CO, LO, VO, FO, PO = (overall_of(b) for b in (M, C, L, V, F, P))

meth_plus = appended(M, "assessments#asm-methadone.conclusion", MC)
sert_plus = appended(M, "assessments#asm-sertraline.conclusion", SC)
mo_plus = appended(M, "overall_conclusion.text", MO)
cit_plus = appended(C, "assessments#asm-citalopram.conclusion", CC)
co_plus = appended(C, "overall_conclusion.text", CO)
lith_plus = appended(L, "assessments#asm-lithium.conclusion", LC)
lo_plus = appended(L, "overall_conclusion.text", LO)
valp_plus = appended(V, "assessments#asm-valproate.conclusion", VC)
vo_plus = appended(V, "overall_conclusion.text", VO)
dzp_plus = appended(F, "assessments#asm-diazepam-pregabalin.conclusion", DC)
fo_plus = appended(F, "overall_conclusion.text", FO)
quet_plus = appended(P, "assessments#asm-partner-quetiapine.conclusion", QC)
po_plus = appended(P, "overall_conclusion.text", PO)

# ============================================================================================================
# conception: the valproate pregnancy began 2026-03-25 (EDD 2026-12-30, 8+0 on 2026-05-20), the lithium one
# 2025-11-19, the citalopram one 2025-06-30; the margin is 14 days.

bad(
    "cp-valp-15-days-before-pregnancy",
    CP,
    V,
    set_("assessments#asm-valproate.date", "2026-03-10"),
    "15 days before the pregnancy began: one day past the margin",
)
ok(
    "cp-valp-14-days-before-pregnancy",
    CP,
    V,
    set_("assessments#asm-valproate.date", "2026-03-11"),
    "exactly the 14-day margin before the pregnancy began",
)
ok(
    "cp-cit-14-days-before-pregnancy",
    CP,
    C,
    set_("assessments#asm-citalopram.date", "2025-06-16"),
    "citalopram assessed 14 days before the pregnancy began (EDD 2026-04-06): within the margin",
)
bad(
    "cp-cit-15-days-before-pregnancy",
    CP,
    C,
    set_("assessments#asm-citalopram.date", "2025-06-15"),
    "citalopram assessed 15 days before the pregnancy began: outside the margin",
)

LITH_PRE = (
    "Pre-conception clinic: she plans a pregnancy next year. Lithium should continue if she conceives, because "
    "her last relapse off it was a postpartum psychosis. Exposure in the first trimester carries a small rise in "
    "the risk of heart defects for the baby, so she needs a fetal cardiac scan at 20 weeks, lithium levels every "
    "4 weeks and then weekly from 36/40, and a paediatric review of the baby after birth. Lithium enters breast "
    "milk, so bottle feeding is advised; GP to refer to perinatal psychiatry as soon as she has a positive test."
)
ok(
    "cp-lith-pre-conception-history-kept",
    CP,
    L,
    add_history_assessment(L, "asm-lithium", "asm-lithium-preconception", "2025-09-10", LITH_PRE, pre_conception=True),
    "pre-conception advice of September 2025 kept, marked, beside the current lithium assessment",
)
bad(
    "cp-lith-pre-conception-history-unmarked",
    CP,
    L,
    add_history_assessment(L, "asm-lithium", "asm-lithium-preconception", "2025-09-10", LITH_PRE, pre_conception=False),
    "the same advice unmarked: an assessment dated ten weeks before this pregnancy began",
)

VALP_PRE = (
    "Annual valproate pregnancy prevention review with the annual risk form signed: sodium valproate continues "
    "because two other antiepileptics did not control her seizures. A baby exposed in pregnancy would face about "
    "a 1 in 10 risk of a major malformation and up to 4 in 10 risk of developmental problems, so she keeps the "
    "implant for contraception and will ring the surgery at once if she may be pregnant, without stopping "
    "valproate herself; urgent neurology and maternity referral would follow."
)
ok(
    "cp-valp-ppp-review-marked",
    CP,
    V,
    add_history_assessment(V, "asm-valproate", "asm-valproate-ppp", "2025-06-10", VALP_PRE, pre_conception=True),
    "last year's pregnancy prevention review, marked pre-conception, kept beside the current assessment",
)
bad(
    "cp-valp-ppp-review-unmarked",
    CP,
    V,
    add_history_assessment(V, "asm-valproate", "asm-valproate-ppp", "2025-06-10", VALP_PRE, pre_conception=False),
    "the same review unmarked: dated nine months before the pregnancy began",
)
bad(
    "cp-lith-current-marked-pre-conception",
    CP,
    L,
    set_("assessments#asm-lithium.pre_conception", True),
    "the current assessment, dated at 24/40, marked as advice given before the pregnancy: a contradiction",
)
bad(
    "cp-m-consent-before-pregnancy",
    CP,
    M,
    set_("lawful_basis.recorded_on", "2025-06-01"),
    "consent recorded two months before this pregnancy began (2025-08-08): from another pregnancy",
)

# ============================================================================================================
# attestation: against the day of the assessments and conclusions, and today (2026-12-03).

ok(
    "at-m-early-on-the-day",
    AT,
    M,
    set_("attestation.at", "2026-03-02T07:55:00+00:00"),
    "attested first thing on the day the assessments are dated: the same day is not before",
)
bad(
    "at-m-minute-before-midnight",
    AT,
    M,
    set_("attestation.at", "2026-03-01T23:59:00+00:00"),
    "attested the evening before the assessments it attests",
)
ok(
    "at-l-after-midnight-summer-time",
    AT,
    L,
    set_("attestation.at", "2026-05-06T00:10:00+01:00"),
    "ten past midnight BST on the day of the assessment (still the 5th in UTC): its own day is the 6th",
)
bad(
    "at-f-day-before-conclusions",
    AT,
    F,
    set_("attestation.at", "2026-06-11T17:00:00+01:00"),
    "attested the day before the assessment and overall conclusion of 2026-06-12",
)
ok(
    "at-n-this-morning",
    AT,
    N,
    set_("attestation.at", "2026-12-03T08:30:00+00:00"),
    "attested today, eight months after birth: not in the future, within the postnatal year",
)
bad(
    "at-m-overall-written-next-day",
    AT,
    M,
    set_("overall_conclusion.date", "2026-03-03"),
    "the overall conclusion dated the day after the record was attested",
)
bad(
    "at-l-psychiatrist-assessment-after-attest",
    AT,
    L,
    set_("assessments#asm-lithium.date", "2026-05-07"),
    "the psychiatrist's assessment dated the day after the GP attested the record",
)


# ============================================================================================================
# pregnancy-dates: methadone 29+2 on 2026-03-02 implies EDD 2026-05-16 (tolerance 14 days); the quetiapine baby
# was born 2026-05-18 (22 to 44 weeks: 126 days before the EDD to 28 days after it); today is 2026-12-03.

ok(
    "pd-meth-edd-14-days-later",
    PD,
    M,
    set_("pregnancy.edd", "2026-05-30"),
    "EDD 14 days after what the gestation implies: at the tolerance",
)
bad(
    "pd-meth-edd-15-days-later",
    PD,
    M,
    set_("pregnancy.edd", "2026-05-31"),
    "EDD 15 days after what the gestation implies: one past the tolerance",
)
ok(
    "pd-meth-edd-14-days-earlier",
    PD,
    M,
    set_("pregnancy.edd", "2026-05-02"),
    "EDD 14 days before what the gestation implies: at the tolerance",
)
bad(
    "pd-meth-edd-15-days-earlier",
    PD,
    M,
    set_("pregnancy.edd", "2026-05-01"),
    "EDD 15 days before what the gestation implies",
)
ok(
    "pd-meth-gestation-on-month-end",
    PD,
    M,
    set_("pregnancy.gestation", {"weeks": 25, "days": 0, "on": "2026-01-31"}),
    "25+0 on 31 January implies 16 May: a gestation recorded on a month end, agreeing",
)
bad(
    "pd-lith-gestation-measured-after-signing",
    PD,
    L,
    set_("pregnancy.gestation", {"weeks": 25, "days": 0, "on": "2026-05-13"}),
    "gestation 'measured' a week after the record was attested (agreeing with the EDD, but not yet true)",
)
ok(
    "pd-lith-gestation-from-dating-scan",
    PD,
    L,
    set_("pregnancy.gestation", {"weeks": 12, "days": 3, "on": "2026-02-14"}),
    "12+3 at the dating scan in February implies 2026-08-26 exactly",
)
ok(
    "pd-p-born-12-days-before-edd",
    PD,
    P,
    set_("pregnancy.edd", "2026-05-30"),
    "born at 38+2, twelve days before the EDD",
)
ok(
    "pd-p-born-five-weeks-early",
    PD,
    P,
    set_("pregnancy.edd", "2026-06-22"),
    "born at 35+0, five weeks before the EDD: preterm, and real",
)
ok(
    "pd-p-born-at-22-weeks-exactly",
    PD,
    P,
    set_("pregnancy.edd", "2026-09-21"),
    "born 126 days before the EDD: 22+0, the earliest the rule allows",
)
bad(
    "pd-p-born-at-21-weeks",
    PD,
    P,
    set_("pregnancy.edd", "2026-09-28"),
    "born 133 days before the EDD (21+0): outside what the record can describe",
)
ok(
    "pd-p-born-28-days-after-edd",
    PD,
    P,
    set_("pregnancy.edd", "2026-04-20"),
    "born 28 days after the EDD: 44+0, the latest the rule allows",
)
bad("pd-p-born-29-days-after-edd", PD, P, set_("pregnancy.edd", "2026-04-19"), "born 29 days after the EDD: 44+1")
bad(
    "pd-n-born-day-after-signing",
    PD,
    N,
    set_("pregnancy.delivery_date", "2026-04-10"),
    "a postnatal record attested the day before the birth",
)
bad(
    "pd-n-born-over-a-year-before",
    PD,
    N,
    set_("pregnancy.delivery_date", "2025-03-30"),
    "a 'postnatal' record attested a year and ten days after the birth",
)
ok(
    "pd-n-born-eleven-months-before",
    PD,
    N,
    set_("pregnancy.delivery_date", "2025-05-12"),
    "postnatal record eleven months after the birth: still in the postnatal year",
)
ok(
    "pd-n-lactulose-planned-stop",
    PD,
    N,
    set_("medicines#med-lactulose.stopped", "2026-12-31"),
    "a planned stop date at the end of the month: stop dates may lie ahead",
)
bad(
    "pd-f-plan-ended-after-signing",
    PD,
    F,
    set_("safeguarding.child_protection_plan_ended", "2026-07-01"),
    "a plan end dated after the record was attested (2026-06-14) cannot have been known when it was signed",
)
ok(
    "pd-f-plan-ended-day-of-birth",
    PD,
    F,
    set_("safeguarding.child_protection_plan_ended", "2026-06-08"),
    "the plan ended on the day of birth when the interim care order was made",
)

# ============================================================================================================
# written-dates: dates in the text. Attested: methadone 2026-03-02, citalopram 2026-02-12, lithium 2026-05-06,
# valproate 2026-05-20, quetiapine 2026-05-28, diazepam/pregabalin 2026-06-14.

both(
    "wd-meth-31-april",
    WD,
    REFUSE,
    M,
    meth_plus,
    "Her next key-worker review at the drug service is booked for 31/04/2026.",
    "April has 30 days: the review cannot be booked",
    disguise=fw,
)
both(
    "wd-lith-31st-june-level",
    WD,
    REFUSE,
    L,
    lith_plus,
    "Lithium level to be repeated on the 31st June and then weekly.",
    "a level on a day June does not have",
    disguise=zwsp,
)
bad(
    "wd-valp-29-feb-2027",
    WD,
    V,
    valp_plus("Neurology follow-up pencilled in for 29 February 2027."),
    "2027 is not a leap year",
)
both(
    "wd-sert-seen-after-signing",
    WD,
    REFUSE,
    M,
    sert_plus,
    "The perinatal mental health nurse saw her on 04/03/26 and agreed sertraline should continue.",
    "reported as done two days after the record was attested",
    disguise=lrm,
)
bad(
    "wd-quet-crib-checked-after-signing",
    WD,
    P,
    quet_plus("The health visitor checked the next-to-me crib on 2 June 2026 and it was set up safely."),
    "a check reported as done five days after attestation",
)
bad(
    "wd-dzp-thirty-first-september",
    WD,
    F,
    dzp_plus("A slow diazepam reduction starts on the thirty-first of September."),
    "September has 30 days, in ordinal words",
)
both(
    "wd-meth-3rd-march-joint-review",
    WD,
    PASS,
    M,
    meth_plus,
    "Joint review with the drug service is booked for 3rd March, the day after this assessment.",
    "3rd March is a plan with no year: a real day",
    disguise=shy,
)
ok(
    "wd-mo-next-tuesday",
    WD,
    M,
    mo_plus("The social worker visits next Tuesday to see the cot before 36/40."),
    "'next Tuesday' and '36/40' are not calendar dates",
)
both(
    "wd-lith-leap-day-2024-level",
    WD,
    PASS,
    L,
    lith_plus,
    "On 29/02/2024 her lithium level was 0.7 mmol/L on the same dose, the level to aim for again.",
    "29 February 2024 existed: a leap year, in the past",
    disguise=zwsp,
)
ok(
    "wd-valp-anomaly-scan-booked",
    WD,
    V,
    valp_plus("The detailed anomaly scan is booked for 22/07/2026 at the fetal medicine unit."),
    "a booking after attestation is a plan, not a report",
)
ok(
    "wd-sert-seen-same-day",
    WD,
    M,
    sert_plus("The perinatal mental health nurse saw her on 02/03/26, the same day, and agreed."),
    "a report dated the day of attestation",
)
ok(
    "wd-dzp-times-and-weeks",
    WD,
    F,
    dzp_plus("The foster carer does the 22.30 to 06.30 feeds for the first 6/52 while diazepam is reduced."),
    "times and 6/52 are not dates",
)
ok(
    "wd-quet-crib-check-booked",
    WD,
    P,
    quet_plus("Crib check booked for 2 June 2026 at the HV's next visit, while quetiapine continues."),
    "the same day as the false report, written as a booking",
)
ok(
    "wd-lo-date-corrected",
    WD,
    L,
    lo_plus("Next lithium level on 30 June (not 31 June as first typed in the clinic letter)."),
    "a wrong date marked as the one being corrected",
)
both(
    "wd-fo-year-end-review",
    WD,
    PASS,
    F,
    fo_plus,
    "Diazepam and pregabalin review booked for 31/12/2026 with the GP and HV.",
    "31 December: a month end, as a booking",
    disguise=cyr,
)

# ============================================================================================================
# mesh: mailbox ids (an ODS code, then letters and digits).

ok(
    "ms-hv-mailbox-starts-with-digit",
    MS,
    M,
    set_("recipients#rcp-hv.route.mailbox", "5K5OT001"),
    "a mailbox of an organisation whose ODS code starts with a digit",
)
ok(
    "ms-midwife-mailbox-with-workflow",
    MS,
    M,
    set_("recipients#rcp-midwife.route", {"kind": "mesh", "mailbox": "RTHOT004", "workflow_id": "GPCONNECT_SEND"}),
    "a trust mailbox id with a workflow id",
)
ok(
    "ms-placement-mailbox-different-org",
    MS,
    F,
    set_("recipients#rcp-placement.route.mailbox", "Y90610OT"),
    "the fostering agency's mailbox: its ODS code and OT",
)
bad("ms-hv-all-digits", MS, M, set_("recipients#rcp-hv.route.mailbox", "00000000"), "no letter, all zeros: no mailbox")
bad(
    "ms-sw-word-and-digits",
    MS,
    M,
    set_("recipients#rcp-sw.route.mailbox", "INBOX001"),
    "an English word with digits standing in for an id",
)
bad(
    "ms-hv-ods-code-only",
    MS,
    N,
    set_("recipients#rcp-hv.route.mailbox", "Y90500"),
    "the organisation's ODS code alone: not a mailbox",
)
bad(
    "ms-maternity-id-typed-twice",
    MS,
    C,
    set_("recipients#rcp-maternity.route.mailbox", "X26CR001X26CR001"),
    "the mailbox id pasted twice",
)
bad(
    "ms-gp-placeholder",
    MS,
    V,
    set_("recipients#rcp-gp.route.mailbox", "TBCTBC00"),
    "'tbc' twice and zeros: a placeholder",
)

# ============================================================================================================
# network: MLLP hosts and ports, FHIR base URLs.


def mllp(host: str, port: int = 2575) -> Mutation:
    return set_("recipients#rcp-maternity.route", {"kind": "mllp", "host": host, "port": port})


def fhir(url: str) -> Mutation:
    return set_("recipients#rcp-maternity.route.base_url", url)


ok("nw-mllp-private-ipv4", NW, V, mllp("10.212.4.17"), "an HSCN private address: a real interface engine")
ok("nw-mllp-global-ipv6", NW, V, mllp("2a02:c7f:8a2d:1500::25", 6661), "a global IPv6 address and port 6661")
ok(
    "nw-mllp-fqdn-trailing-dot",
    NW,
    V,
    mllp("maternity-interface.castleford.example."),
    "a fully qualified name with its root dot",
)
bad("nw-mllp-link-local", NW, V, mllp("169.254.10.5"), "a link-local address")
bad("nw-mllp-port-in-host", NW, V, mllp("maternity-interface.castleford.example:2575"), "the port typed into the host")
bad("nw-mllp-ipv4-out-of-range", NW, V, mllp("10.212.4.317"), "an octet over 255: no address")
ok(
    "nw-fhir-trailing-slash",
    NW,
    L,
    fhir("https://maternity.northgate.example/fhir/R4/"),
    "a base URL with a trailing slash",
)
ok("nw-fhir-port-8443", NW, L, fhir("https://maternity.northgate.example:8443/fhir/R4"), "https on port 8443")
ok("nw-fhir-ipv6-literal", NW, L, fhir("https://[2a02:c7f:8a2d:1500::30]/fhir/R4"), "an IPv6 literal in brackets")
ok(
    "nw-fhir-upper-case-scheme",
    NW,
    L,
    fhir("HTTPS://MATERNITY.NORTHGATE.EXAMPLE/fhir/R4"),
    "scheme and host are case-insensitive",
)
ok("nw-fhir-punycode-host", NW, L, fhir("https://xn--maternit-i1a.example/fhir/R4"), "an A-label host")
bad("nw-fhir-no-host", NW, L, fhir("https:///fhir/R4"), "no host")

# ============================================================================================================
# manual: the foster carer's hand-over, in words.

carer_route = at("recipients#rcp-foster-carer.route.description")

both(
    "mn-two-copies-at-discharge",
    MN,
    PASS,
    F,
    carer_route,
    "Two printed copies given to Sandra Hollis by the ward midwife at discharge; one kept in the placement folder.",
    "who gives what to whom and when",
    disguise=shy,
)
ok(
    "mn-posted-first-class",
    MN,
    F,
    carer_route("Posted first class to the foster carer's home address by the practice administrator on 12/06/2026."),
    "sent by post, by whom and when",
)
ok(
    "mn-collect-from-reception",
    MN,
    F,
    carer_route("Foster carer collects a sealed copy from Millbrook reception; the duty GP reads it through with her."),
    "collected and read through",
)
both(
    "mn-read-over-phone-then-posted",
    MN,
    PASS,
    F,
    carer_route,
    "Read through with the foster carer over the phone by the named midwife, printed copy posted the same day.",
    "read through, then posted",
    disguise=cyr,
)
ok(
    "mn-shorthand-fc-mw",
    MN,
    F,
    carer_route("Copy handed to FC at discharge by ward MW."),
    "shorthand: FC (foster carer), MW (midwife); a hand-over all the same",
)
both("mn-as-usual", MN, REFUSE, F, carer_route, "as usual", "no instruction", disguise=zwsp)
both("mn-na-foster-carer", MN, REFUSE, F, carer_route, "N/A - foster carer", "a placeholder and a role", disguise=fw)
bad("mn-same-as-last-baby", MN, F, carer_route("Same as for her last baby"), "nothing a ward could follow")
both(
    "mn-mum-will-pass-on",
    MN,
    REFUSE,
    F,
    carer_route,
    "Mum will pass her copy on to the foster carer",
    "left to the mother",
    disguise=greek,
)
bad(
    "mn-to-be-arranged-at-meeting",
    MN,
    F,
    carer_route("To be arranged at the discharge planning meeting"),
    "still to be arranged",
)

# ============================================================================================================
# ods: organisation codes (3 or 5 letters and digits, or a letter and 5 digits).

ok(
    "od-hv-site-five-chars",
    OD,
    M,
    set_("recipients#rcp-hv.organisation.ods_code", "RYW05"),
    "a site's five-character code",
)
ok(
    "od-placement-digit-first",
    OD,
    F,
    set_("recipients#rcp-placement.organisation.ods_code", "8JK42"),
    "a five-character code starting with a digit",
)
bad(
    "od-letter-o-for-zero",
    OD,
    F,
    set_("recipients#rcp-hv.organisation.ods_code", "Y9O510"),
    "the letter O typed for a zero: six characters that are not a letter and five digits",
)
bad(
    "od-sw-all-zeros",
    OD,
    M,
    set_("safeguarding.social_worker.organisation.ods_code", "00000"),
    "no letter, one digit repeated",
)
bad(
    "od-author-org-letters-only",
    OD,
    M,
    set_("assessments#asm-methadone.author.organisation.ods_code", "RIVERS"),
    "six letters: a name cut short, not a code",
)

# ============================================================================================================
# recipients: who must have the record, and how the social worker is rung.

SW_MESH = {
    "id": "rcp-sw",
    "role": "social-worker",
    "organisation": {"ods_code": "Y90300", "name": "Hampton Children's Services"},
    "name": {"given": ["Tamsin"], "family": "Oduya"},
    "route": {"kind": "mesh", "mailbox": "X26HC004"},
}

bad(
    "rc-n-plan-added-no-social-worker",
    RC,
    N,
    set_("safeguarding.child_protection_plan", True),
    "a child protection plan recorded; nobody from children's services receives the record",
)
ok(
    "rc-n-plan-added-with-social-worker",
    RC,
    N,
    chain(
        set_("safeguarding.child_protection_plan", True),
        set_(
            "safeguarding.social_worker",
            {
                "name": {"given": ["Tamsin"], "family": "Oduya"},
                "organisation": {"ods_code": "Y90300", "name": "Hampton Children's Services"},
                "telephone": "01632 960321",
            },
        ),
        add_recipient(SW_MESH),
    ),
    "the plan, the allocated social worker and her copy",
)
bad(
    "rc-f-no-carer-no-provider",
    RC,
    F,
    chain(delete_recipient("rcp-foster-carer"), delete_recipient("rcp-placement")),
    "a baby discharged to a foster placement, no carer or provider receives the record",
)
ok(
    "rc-f-carer-by-directory",
    RC,
    F,
    set_("recipients#rcp-foster-carer.route", {"kind": "directory", "path": "/srv/medassess/outbox/foster-carers"}),
    "a folder the site delivers to the carer from by its own means",
)
ok(
    "rc-p-father-cmht-added",
    RC,
    P,
    add_recipient(
        {
            "id": "rcp-cmht",
            "role": "other",
            "organisation": {"ods_code": "Y90760", "name": "Millbrook Community Mental Health Team"},
            "route": {"kind": "mesh", "mailbox": "Y90760OT"},
        }
    ),
    "the father's community mental health team as a further recipient",
)
ok(
    "rc-m-sw-phone-with-country-code",
    RC,
    M,
    set_("safeguarding.social_worker.telephone", "+44 (0)1632 960123"),
    "+44 with the trunk zero in brackets",
)
ok(
    "rc-m-sw-phone-extension",
    RC,
    M,
    set_("safeguarding.social_worker.telephone", "01632 960123 ext 214"),
    "a number and extension",
)
bad(
    "rc-m-sw-phone-missing-trunk-zero",
    RC,
    M,
    set_("safeguarding.social_worker.telephone", "1632 960123"),
    "ten digits without the leading zero: no UK number",
)

# ============================================================================================================
# registers: register against role, the number's form, one number under two names.

hv_author = "assessments#asm-partner-quetiapine.author"

bad(
    "rg-hv-on-gmc",
    RG,
    P,
    set_(f"{hv_author}.registration", {"body": "GMC", "number": "7034567"}),
    "a health visitor on the medical register",
)
bad(
    "rg-l-psychiatrist-on-hcpc",
    RG,
    L,
    set_("assessments#asm-lithium.author.registration", {"body": "HCPC", "number": "PYL12345"}),
    "a psychiatrist with a practitioner psychologist's registration",
)
bad(
    "rg-l-gp-with-psychiatrists-number",
    RG,
    L,
    set_("overall_conclusion.author.registration.number", "7056789"),
    "Dr Ruth Campbell under Dr Samuel Osei's GMC number",
)
ok(
    "rg-l-attest-initial",
    RG,
    L,
    set_("attestation.by.name.given", ["R"]),
    "'R Campbell' and 'Ruth Campbell' under one number can be one person",
)
bad(
    "rg-l-attest-other-first-name",
    RG,
    L,
    set_("attestation.by.name.given", ["Rachel"]),
    "Rachel and Ruth Campbell under one number: two people",
)
both(
    "rg-l-attest-family-case",
    RG,
    PASS,
    L,
    at("attestation.by.name.family"),
    "CAMPBELL",
    "case does not tell two people apart",
    disguise=cyr,
)
bad(
    "rg-v-attest-other-social-work-england",
    RG,
    V,
    chain(
        set_("attestation.by.role", "other"), set_("attestation.by.registration", {"body": "SWE", "number": "SW123456"})
    ),
    "a social worker attesting a medication assessment",
)
ok(
    "rg-f-nurse-prescriber-assessment",
    RG,
    F,
    set_(
        "assessments#asm-diazepam-pregabalin.author",
        {
            "name": {"given": ["Marie"], "family": "Delaney"},
            "role": "nurse",
            "registration": {"body": "NMC", "number": "15I2345C"},
            "organisation": {"ods_code": "Y90002", "name": "Millbrook Medical Centre"},
        },
    ),
    "the practice's nurse prescriber assessed; the GP concluded and attested",
)
bad(
    "rg-f-other-gp-under-pritchards-number",
    RG,
    F,
    set_("assessments#asm-diazepam-pregabalin.author.name", {"prefix": "Dr", "given": ["Priya"], "family": "Shah"}),
    "Dr Priya Shah under Dr Owen Pritchard's GMC number",
)

# ============================================================================================================
# identities: NHS numbers, names, ages, amendments and the reason for sharing without consent.

bad(
    "id-p-partner-has-mothers-number",
    ID,
    P,
    set_("partner.nhs_number", "9990004145"),
    "the partner filed under the mother's NHS number",
)
bad(
    "id-p-partner-check-digit-ten",
    ID,
    P,
    set_("partner.nhs_number", "9990004205"),
    "a number whose check digit would be 10: never issued",
)
ok(
    "id-p-partner-other-valid-number",
    ID,
    P,
    set_("partner.nhs_number", "9990004188"),
    "another valid number from a PDS trace",
)
both(
    "id-p-partner-is-mother-by-name",
    ID,
    REFUSE,
    P,
    at("partner.name.given"),
    "Chloe",
    "the partner recorded under the mother's own name (Chloe Adeyemi-Example)",
)
add(
    "id-p-partner-is-mother-by-name-disguised",
    DG,
    REFUSE,
    P,
    set_("partner.name", {"given": [cyr("Chloe")], "family": cyr("Adeyemi-Example")}),
    "the mother's name in look-alike letters on the partner [disguised: cyr]",
)
ok(
    "id-p-partner-shares-surname",
    ID,
    P,
    set_("partner.name.family", "Adeyemi-Example"),
    "a husband who shares her surname is not her",
)
bad(
    "id-m-mother-all-nines",
    ID,
    M,
    set_("mother.nhs_number", "9999999999"),
    "one digit repeated: passes Modulus 11 but is a placeholder, never issued",
)
both(
    "id-c-amendment-reason-one-word",
    ID,
    REFUSE,
    C,
    at("amendment_reason"),
    "Amended.",
    "says nothing of what changed",
    disguise=cyr,
)
ok(
    "id-c-amendment-mailbox-corrected",
    ID,
    C,
    set_(
        "amendment_reason",
        "HV mailbox corrected from X26CR030 to X26CR003 after the first send bounced; citalopram assessment and "
        "conclusions unchanged.",
    ),
    "says what changed and what did not",
)
bad(
    "id-f-justification-statute-only",
    ID,
    F,
    set_("lawful_basis.justification", "Shared under section 47 of the Children Act 1989."),
    "names the law, gives no reason",
)
both(
    "id-f-justification-real-reason",
    ID,
    PASS,
    F,
    at("lawful_basis.justification"),
    "Mum was too drowsy on the ward to discuss sharing and later said no; the foster carer must know tonight "
    "about diazepam and pregabalin sedation, so waiting would leave the baby at risk of an unsafe sleep.",
    "a reason: what she did and the risk prevented",
    disguise=shy,
)
both(
    "id-f-justification-team-agreed",
    ID,
    REFUSE,
    F,
    at("lawful_basis.justification"),
    "Agreed by the team.",
    "who agreed, not why",
    disguise=fw,
)

# ============================================================================================================
# disguise: further twins of plain cases above.

add("dg-mn-tbc-cyrillic", DG, REFUSE, F, carer_route("\u0442b\u0441"), "'tbc' with Cyrillic te and es [disguised: cyr]")
add(
    "dg-mn-posted-first-class-bidi",
    DG,
    PASS,
    F,
    carer_route(
        lrm(
            "Posted first class to the foster carer's home address by the practice administrator on the day of discharge."
        )
    ),
    "a posted copy, each word in bidi isolates [disguised: lrm]",
)
add(
    "dg-wd-valp-29-feb-2027-fullwidth",
    DG,
    REFUSE,
    V,
    valp_plus(fw("Neurology follow-up pencilled in for 29/02/2027.")),
    "2027 is not a leap year, in full width [disguised: fw]",
)
add(
    "dg-wd-cit-31-january-zwsp",
    DG,
    PASS,
    C,
    cit_plus(zwsp("Citalopram dose last changed on 15 January 2025 and reviewed on 31/01/2026.")),
    "real dates with zero-width spaces [disguised: zwsp]",
)
add(
    "dg-wd-quet-checked-after-signing-greek",
    DG,
    REFUSE,
    P,
    quet_plus(greek("The HV visited on 1 June 2026 and saw the crib by the bed.")),
    "a visit reported as done after attestation [disguised: greek]",
)
add(
    "dg-nw-fhir-host-cyrillic-a",
    DG,
    REFUSE,
    L,
    fhir("https://m\u0430ternity.northgate.example/fhir/R4"),
    "a Cyrillic a in the host names another server (an IDN homograph) [disguised: cyr]",
)
add(
    "dg-nw-mllp-host-zero-width",
    DG,
    REFUSE,
    V,
    mllp("maternity-interface\u200b.castleford.example"),
    "a zero-width space in the host: no server has that name [disguised: zwsp]",
)
add(
    "dg-rg-l-other-first-name-cyrillic",
    DG,
    REFUSE,
    L,
    set_("attestation.by.name.given", [cyr("Rachel")]),
    "Rachel (in look-alike letters) and Ruth Campbell under one number [disguised: cyr]",
)
add(
    "dg-id-p-partner-shares-surname-shy",
    DG,
    PASS,
    P,
    set_("partner.name.family", shy("Adeyemi-Example")),
    "a husband sharing her surname, soft hyphens inside [disguised: shy]",
)
add(
    "dg-mn-same-as-last-baby-fullwidth",
    DG,
    REFUSE,
    F,
    carer_route(fw("Same as for her last baby")),
    "nothing a ward could follow [disguised: fw]",
)
add(
    "dg-wd-lith-corrected-date-bidi",
    DG,
    PASS,
    L,
    lo_plus(lrm("Next lithium level on 30 June (not 31 June as first typed in the clinic letter), then weekly.")),
    "a wrong date marked as corrected [disguised: lrm]",
)

add(
    "dg-mn-collect-from-reception-greek",
    DG,
    PASS,
    F,
    carer_route(
        greek("Foster carer collects a sealed copy from Millbrook reception; the duty GP reads it through with her.")
    ),
    "collected and read through [disguised: greek]",
)
add(
    "dg-wd-valp-anomaly-scan-booked-shy",
    DG,
    PASS,
    V,
    valp_plus(shy("The detailed anomaly scan is booked for 22/07/2026 at the fetal medicine unit.")),
    "a booking after attestation is a plan [disguised: shy]",
)
add(
    "dg-wd-mo-next-tuesday-fw",
    DG,
    PASS,
    M,
    mo_plus(fw("The social worker visits next Tuesday to see the cot before 36/40.")),
    "'next Tuesday' and '36/40' are not calendar dates [disguised: fw]",
)
add(
    "dg-id-c-amendment-mailbox-corrected-zwsp",
    DG,
    PASS,
    C,
    set_(
        "amendment_reason",
        zwsp(
            "HV mailbox corrected from X26CR030 to X26CR003 after the first send bounced; citalopram assessment and "
            "conclusions unchanged."
        ),
    ),
    "says what changed [disguised: zwsp]",
)
add(
    "dg-wd-sert-seen-same-day-cyr",
    DG,
    PASS,
    M,
    sert_plus(cyr("The perinatal mental health nurse saw her on 02/03/26, the same day, and agreed.")),
    "a report dated the day of attestation [disguised: cyr]",
)
add(
    "dg-wd-quet-crib-check-booked-lrm",
    DG,
    PASS,
    P,
    quet_plus(lrm("Crib check booked for 2 June 2026 at the HV's next visit, while quetiapine continues.")),
    "a booking, not a report [disguised: lrm]",
)
add(
    "dg-wd-dzp-thirty-first-september-shy",
    DG,
    REFUSE,
    F,
    dzp_plus(shy("A slow diazepam reduction starts on the thirty-first of September.")),
    "September has 30 days, in ordinal words [disguised: shy]",
)

# ============================================================================================================
# Second pass: more shapes of the same facts.

bad(
    "pd-n-paracetamol-stopped-before-started",
    PD,
    N,
    set_("medicines#med-paracetamol.stopped", "2026-04-01"),
    "stopped two days before it was started",
)
bad(
    "pd-m-methadone-changed-before-started",
    PD,
    M,
    set_("medicines#med-methadone.last_changed", "2024-06-01"),
    "a dose change five months before methadone was started",
)
ok(
    "pd-c-consent-after-attestation",
    PD,
    C,
    set_("lawful_basis.recorded_on", "2026-03-01"),
    "consent to share obtained a fortnight after the assessment was attested, before it is shared: plausible",
)
ok(
    "rc-m-sw-two-numbers",
    RC,
    M,
    set_("safeguarding.social_worker.telephone", "01632 960123 (duty) or 07700 900456"),
    "the duty line and a work mobile",
)
ok("nw-fhir-bare-host", NW, L, fhir("https://maternity.northgate.example"), "a base URL at the server root")
ok("nw-fhir-explicit-443", NW, L, fhir("https://maternity.northgate.example:443/fhir/R4"), "the https port written out")
bad(
    "mn-mother-by-name-passes-on",
    MN,
    F,
    carer_route("Copy handed to Kayleigh Brennan-Example to give to the foster carer"),
    "left to the mother, named",
)
both(
    "mn-handed-time-tbc",
    MN,
    PASS,
    F,
    carer_route,
    "Printed copy handed to the foster carer by the ward midwife at discharge (time tbc with the ward).",
    "a real hand-over; only the hour is to be confirmed",
    disguise=zwsp,
)
ok(
    "mn-handed-as-usual-for-agency",
    MN,
    F,
    carer_route(
        "Printed copy handed to the foster carer at discharge by the ward midwife, as usual for Brightwater placements."
    ),
    "a real hand-over that says it is the usual one",
)
ok(
    "rg-p-attested-by-health-visitor",
    RG,
    P,
    set_(
        "attestation.by",
        {
            "name": {"given": ["Joanna"], "family": "Price"},
            "role": "health-visitor",
            "registration": {"body": "NMC", "number": "12A3456B"},
            "organisation": {"ods_code": "Y90510", "name": "Millbrook Health Visiting Service"},
        },
    ),
    "the health visitor who assessed the father's quetiapine attests; the GP wrote the overall conclusion",
)
bad(
    "wd-meth-seen-in-clinic-note",
    WD,
    M,
    meth_plus("Reviewed in the joint clinic 04.03.26 - stable on methadone, no on-top use."),
    "a note of a review two days after the record was attested",
)
bad(
    "wd-sert-seen-without-on",
    WD,
    M,
    sert_plus("Perinatal mental health nurse saw her 4th March 2026 and her mood is stable."),
    "a visit reported two days after attestation, date without 'on'",
)
ok(
    "wd-meth-drug-service-will-see",
    WD,
    M,
    meth_plus("The drug service will see her on 04/03/26 to confirm the dose with maternity."),
    "the same date as a plan",
)
bad(
    "wd-quet-cot-next-to-bed-checked",
    WD,
    P,
    quet_plus("Joanna checked the cot next to the parents' bed on 1 June 2026; the father sleeps in the spare room."),
    "a check reported as done after attestation, with 'next to' in the clause",
)

bad(
    "nw-mllp-ipv4-mapped-loopback",
    NW,
    V,
    mllp("::ffff:127.0.0.1"),
    "this machine, written as an IPv4-mapped IPv6 address",
)
bad("nw-fhir-short-loopback", NW, L, fhir("https://127.1/fhir/R4"), "127.1 is 127.0.0.1 written short: this machine")
ok(
    "mn-handed-address-na-to-parents",
    MN,
    F,
    carer_route(
        "Printed copy handed to the foster carer by the ward midwife at discharge (placement address n/a to parents)."
    ),
    "a real hand-over; 'n/a' is about the address being withheld from the parents",
)
ok(
    "mn-handed-see-placement-plan",
    MN,
    F,
    carer_route(
        "Printed copy handed to the foster carer by the ward midwife at discharge; see also the placement plan."
    ),
    "a real hand-over with a pointer beside it",
)
ok(
    "rc-m-sw-phone-x-extension",
    RC,
    M,
    set_("safeguarding.social_worker.telephone", "01632 960123 x214"),
    "an extension written x214",
)
ok(
    "rc-m-sw-phone-office-hours",
    RC,
    M,
    set_("safeguarding.social_worker.telephone", "01632 960123 (Mon-Fri 9-5)"),
    "a number with its office hours",
)
add(
    "dg-wd-lith-30-feb-short-year-fw",
    DG,
    REFUSE,
    L,
    lith_plus(fw("Lithium level and TFTs due 30/02/26.")),
    "30 February, two-digit year, full width [disguised: fw]",
)

ok(
    "rc-m-sw-phone-labelled-duty",
    RC,
    M,
    set_("safeguarding.social_worker.telephone", "Duty desk: 01632 960123"),
    "a number with its label",
)
bad(
    "wd-quet-crib-passive-report",
    WD,
    P,
    quet_plus("The crib was checked by the HV on 03/06/2026 and found set up in the parents' room."),
    "a passive report of a check after attestation",
)
bad(
    "wd-sert-present-perfect-report",
    WD,
    M,
    sert_plus("She has been seen by the perinatal team on 5 March 2026 and sertraline stays at 100 mg."),
    "a present perfect report of a review after attestation",
)
ok(
    "rg-v-attest-surname-spaced",
    RG,
    V,
    set_("attestation.by.name.family", "Mc Allister"),
    "'Mc Allister' and 'McAllister' under one GMC number: one GP, written two ways",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F89CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F89CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F89CASES):3}"
    )
