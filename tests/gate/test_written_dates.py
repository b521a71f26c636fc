"""MA017: a date written inside a conclusion, recommendation or assessment item that does not exist in the
calendar, both ways: days no month has refused in every written form, and the numbers that look like dates
(gestations, ratios, scores, times, doses, telephone numbers, ranges, corrections) passed; disguised text judged
like the plain."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from medassess.gate.written_dates import reports_done_after, writes_impossible_date
from tests.gate.disguise import disguised

ROOT = Path(__file__).resolve().parents[2]
COMPLETE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
TODAY = dt.date(2026, 3, 10)
MESSAGE = (
    "the text gives a date that does not exist in the calendar (expected a day its month has, and 29 February "
    "only in a leap year)"
)

IMPOSSIBLE = [
    "The obstetric clinic on the thirtieth of February decides whether lamotrigine goes up.",
    "Sertraline continues; her mood is reviewed on thirty first April by the perinatal team.",
    "Health visitor to weigh the baby on 31/11/2026 and report back to the GP.",
    "Levels checked on 31.04.26 and the dose set by the psychiatrist then.",
    "Dose reviewed at the clinic on 2026-06-31, with the midwife present.",
    "The paediatric follow-up is booked for 31 November, after the newborn check.",
    "Consultant review Nov 31st decides whether the baby is breastfed.",
    "Mood reviewed on the 31st of April by the GP, who writes to the midwife.",
    "Induction planned for 29th Feb 2027 so the baby is observed on the ward.",
    "The perinatal team sees her on 15/14/2026 to agree the dose after birth.",
    "Pharmacy to check supplies on Sept. 31; the midwife is told by letter.",
    # A day no month has, as an ordinal (found passing by a seventy-fifth fresh corpus).
    "Her dose is reviewed on the 32nd of March 2026 by the perinatal psychiatrist.",
    "Paediatric clinic on December 33rd checks the baby's weight and feeding.",
]

POSSIBLE = [
    "At 36/40 the baby is scanned; methadone stays at 60 mg with 2/7 of withdrawal watch after birth.",
    "Review at 6/52 postnatally and again at 1/12; her pain is 7/10 and the EPDS 12/30.",
    "Quetiapine 31.5 mg is not a strength; 25 mg at night, given at 10.30 by her partner.",
    "She may 31 days after birth restart the higher dose; March 30 mg reduction to 20 mg.",
    "Feb 30 mg daily, then 20 mg from the end of March, as the GP agreed.",
    "Delivery expected around 29 February 2028, when the baby is observed for 72 hours.",
    "Twice-weekly levels from 30-31 March, and the baby is checked on day 3.",
    "Clinic on 30 June, not 31 June as the letter said; the midwife has the new date.",
    "The review was set for 31/09/2026, corrected to 30/09/2026 after the clinic rang.",
    "Ring the community team on 0161 496 0000 or 07700 900123 if the baby is sleepy.",
    "NICE CG192 recommendation 1.13.20 is followed; blood pressure 120/80.",
    "Lithium levels weekly from the twenty-ninth of February, and at 36 weeks on 12/05/2026.",
    "She is seen in her 32nd week, March 2026, and 33 May-born babies were in the audit.",
]


def complete() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(COMPLETE.read_text(encoding="utf-8"))
    return data


def fired(data: dict[str, Any]) -> list[tuple[str, str]]:
    return [(i.path, i.message) for i in check(record_from_data(data), today=TODAY) if i.code == "MA017"]


@pytest.mark.parametrize("text", IMPOSSIBLE)
def test_a_day_its_month_does_not_have_is_read(text: str) -> None:
    assert writes_impossible_date(text)


@pytest.mark.parametrize("text", POSSIBLE)
def test_numbers_that_are_not_impossible_dates_pass(text: str) -> None:
    assert not writes_impossible_date(text)


@pytest.mark.parametrize(
    ("field", "path"),
    [
        (("assessments", 0, "conclusion"), "$.assessments[0].conclusion"),
        (("assessments", 1, "recommendations"), "$.assessments[1].recommendations"),
        (("assessments", 0, "impact_on_baby", "summary"), "$.assessments[0].impact_on_baby.summary"),
        (("overall_conclusion", "text"), "$.overall_conclusion.text"),
    ],
)
def test_an_impossible_date_in_each_written_part_is_refused_at_its_path(field: tuple[Any, ...], path: str) -> None:
    data = complete()
    node = data
    for key in field[:-1]:
        node = node.setdefault(key, {}) if isinstance(key, str) else node[key]
    good = node.get(field[-1]) or "The baby is observed after birth by the midwife."
    node[field[-1]] = good + " The review is on the thirtieth of February."
    assert fired(data) == [(path, MESSAGE)]
    node[field[-1]] = good + " The review is on the twenty-eighth of February."
    assert fired(data) == []


def test_the_message_quotes_nothing_from_the_record() -> None:
    data = complete()
    data["assessments"][0]["conclusion"] += " Review on Sept 31st 2026 by Dr Okafor."
    [(path, message)] = fired(data)
    assert path == "$.assessments[0].conclusion"
    assert "31" not in message and "Sept" not in message and "Okafor" not in message


def test_a_date_in_the_medicine_name_is_not_read() -> None:
    data = complete()
    data["medicines"][0]["name"] += " 31/09/2026"
    assert fired(data) == []


# Every item written in words can give a date, not only the assessments and conclusions: where the baby sleeps and
# goes, the justification for sharing and a medicine's reason for being of no concern (issue 9, point 8).
@pytest.mark.parametrize(
    ("field", "path"),
    [
        (("safeguarding", "sleeping_arrangements"), "$.safeguarding.sleeping_arrangements"),
        (("safeguarding", "discharge_details"), "$.safeguarding.discharge_details"),
        (("lawful_basis", "justification"), "$.lawful_basis.justification"),
        (("medicines", 0, "not_of_concern_reason"), "$.medicines[0].not_of_concern_reason"),
    ],
)
def test_the_other_written_items_are_read_for_dates(field: tuple[Any, ...], path: str) -> None:
    data = complete()
    node = data
    for key in field[:-1]:
        node = node.setdefault(key, {}) if isinstance(key, str) else node[key]
    good = node.get(field[-1]) or "Talked through with her at the clinic."
    node[field[-1]] = good + " Checked again on the thirty-first of April 2026."
    assert fired(data) == [(path, MESSAGE)]
    node[field[-1]] = good + " Cot in the parents' room, seen on 2026-03-20 by the midwife."
    assert fired(data) == [(path, DONE_AFTER_MESSAGE)]
    node[field[-1]] = good + " Cot in the parents' room, seen on 2026-02-20 by the midwife."
    assert fired(data) == []


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_disguised_text_is_judged_like_the_plain(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(IMPOSSIBLE + POSSIBLE))
    assert writes_impossible_date(data.draw(disguised(plain))) == writes_impossible_date(plain)


# Found by hand mutation (round 31, docs/safety/mutation-testing.md): each text tells the gate from one mutant of
# written_dates.py or mappings/calendar.toml, both ways.
MUT31_IMPOSSIBLE = [
    # A two-digit year is a year: 2027 is not a leap year (the year not dropped for "27").
    "Lamotrigine level taken on 29.02.27 and the neurologist writes after it.",
    # A compound ordinal with "ninth" ("twenty-ninth") beside a year that is not a leap year.
    "Her antenatal clinic on the twenty-ninth of February 2027 sets the dose for labour.",
    # "jun" is June's abbreviation, and June has 30 days.
    "The health visitor calls on Jun 31st to weigh the newborn.",
    # A correction word earlier in the text, not right before the date, corrects nothing.
    "Sertraline is not reduced; mood reviewed on 31 April by the GP.",
    # A year after a bare day makes it a date wherever the clause goes on.
    "On Sept 31 2026 the perinatal team decides the night dose.",
]
MUT31_POSSIBLE = [
    # No month has 32 days, so "32" is no day of a date.
    "Growth scan showed 32 March-dated measurements; baby checked daily.",
    # "instead of" and "should read" mark the wrong date being corrected.
    "Clinic moved to 30 June instead of 31 June, the letter is reissued.",
    "The date 31 April should read 30 April in the discharge letter.",
    # A four-digit number outside this and the last century is no year: a reference, not a date.
    "Pharmacy order 31/09/2150 dispensed for the baby's vitamin drops.",
    # The second day of a range is not read (module docstring): "-31" after "30" is a range's end. An
    # impossible end of a range therefore passes; noted for the owner in the mutation-testing record.
    "Weekly levels 30-31 April while the dose settles after birth.",
]


@pytest.mark.parametrize("text", MUT31_IMPOSSIBLE + MUT31_POSSIBLE)
def test_what_round_31_found_is_read_both_ways(text: str) -> None:
    assert writes_impossible_date(text) is (text in MUT31_IMPOSSIBLE)
    data = complete()
    data["assessments"][0]["conclusion"] = text
    assert bool(fired(data)) is (text in MUT31_IMPOSSIBLE)


# A past event reported on a date after the record was attested (found passing by a sixty-seventh fresh corpus).
SIGNED = dt.date(2026, 3, 2)  # the example's attestation
DONE_AFTER = [
    "Her growth scan of 14/04/2026 was reassuring, so methadone continues unchanged.",
    "She was seen by the perinatal psychiatrist on 9 April 2026 and sertraline continues.",
    "The glucose tolerance test took place on 2026-03-20; methadone stays at 60 mg.",
    "On the twentieth of March 2026 the neonatal team's antenatal visit went ahead.",
    # any simple past, an -ed form or an irregular one (found by fresh72)
    "The community midwife visited her at home on 12 May 2026; sertraline continues.",
    # a past before what the visit was to check still reports the visit
    "The health visitor visited on 12 May 2026 to check the cot and found it safe.",
    "On 2026-04-01 she rang the drug service, and methadone stays at 60 mg.",
    "Her key worker met her on 2026-04-08, and methadone stays at 60 mg.",  # beside "asked to meet" (fresh76)
    # a plan handed over, the noun the object of a past verb: the date is the handing's (found by fresh76)
    "The health visitor explained her care plan on 2026-04-08; sertraline continues.",
    "Her psychiatrist wrote the relapse plans on 9 April 2026, and sertraline continues.",
    # a past participle with no auxiliary, in note style, after its subject (found passing by fresh77)
    "Moses basket seen at her flat on 3/4/26; sertraline continues.",
    "Serum level drawn 2026-03-30, in range, and lamotrigine stays at 200 mg.",
    "Bloods done on 18 March 2026: methadone stays at 60 mg.",
    "Neonatal alert letter written 2026-03-12 for the labour ward.",
    # a participle opening its clause after a comma tells of the thing before it (found passing by fresh82)
    "Next-to-me crib in the parents' room, seen on 25 March 2026 by the midwife.",
    "Lamotrigine continues at 200 mg, level taken 2026-03-30 and in range.",
    # a past participle opening a sentence with no subject, then where, is a note of what was done (fresh89)
    "Reviewed at the perinatal clinic on 14/04/2026; sertraline continues.",
    "Assessed at the antenatal clinic 20.03.26: mood settled and sertraline continues.",
    "Methadone stays at 60 mg. Visited at home by the key worker on 9 April 2026.",
    # "next to" / "next-to" name a place, not what comes next (found passing by fresh89)
    "The midwife inspected the Moses basket next to her bed on 2026-04-01 and it was safe.",
    "Her partner assembled the next-to-me cot on 3 April 2026 in their room.",
    # a verb, its object and a place phrase of its own before the date
    "The health visitor inspected the travel cot beside the parents' sofa on 2026-04-01.",
    # a date without its year right after "on", in the year nearest the attestation, weeks after it (fresh114)
    "The scan on 14 April was normal.",
    "The home visit on 20/04 found the Moses basket in her room; sertraline continues.",
    "Her key worker met her on the 3rd of May, and methadone stays at 60 mg.",
    # the birth told by its date, written short with no "was" (found passing by fresh141)
    "Baby born on 2026-04-20 and watched on the ward; methadone stays at 60 mg.",
    "Born at 36+1 weeks on 22 April 2026, the baby feeds well and sertraline continues.",
    "Born at 35/40 on the 20th of April, he is scored on the ward for withdrawal.",
    # a birth told on a date without its year within a week after the attestation: a birth is told by its day, no
    # loose note of the days round the signing (found passing by fresh144)
    "The baby, born at 39 weeks on 6 March, feeds well and sertraline continues.",
    "Born on the 4th of March, the baby is scored on the ward for withdrawal.",
]
PLANNED_OR_BEFORE = [
    "Her growth scan is booked for 14/04/2026, and methadone continues unchanged.",
    "She will be seen by the perinatal psychiatrist on 9 April 2026; sertraline continues.",
    "The glucose tolerance test is due on 2026-03-20; methadone stays at 60 mg.",
    "If the scan on 14/04/2026 was normal, the midwife keeps the usual plan.",
    "Her dating scan of 14/01/2026 was reassuring, so methadone continues unchanged.",  # before the attestation
    "The growth scan was normal and the next review is on 14/04/2026.",  # the report is another clause's
    # a date without its year: not after "on", months ahead (the year before may be meant), before, or planned
    "The scan of 14 April was normal.",
    "The home visit on 20/08 found the Moses basket in her room; sertraline continues.",
    "The home visit on 20/02 found the Moses basket in her room; sertraline continues.",
    "The home visit on 20/04 will check the Moses basket in her room; sertraline continues.",
    "Weighed at 36/40 and seen again 6/52 later; she took 1/2 a tablet at night.",
    "The community team were informed on 5 March; sertraline continues.",  # within a week of signing
    "The short course ends on 14 Apr. The midwife watched her feed and it went well.",  # the stop ends it
    "The midwife is booked to visit her at home on 12 May 2026; sertraline continues.",
    "The home visit on 12 May 2026 is requested by the perinatal team, and methadone stays at 60 mg.",
    "Her cot is checked by the health visitor on 2026-04-01 as part of the usual visit.",  # a present passive
    "She needs a scan on 2026-04-01, and methadone stays at 60 mg.",
    "Newborn observed for withdrawal to 2026-04-20 by the ward; methadone stays at 60 mg.",  # a period's end
    # what asks for, agrees to or offers a thing to come: the date is the thing's (found by fresh76)
    "Her key worker asked to meet her on 2026-04-08, and methadone stays at 60 mg.",
    "She agreed to a joint review on 20 April 2026; sertraline continues.",
    "The health visitor offered a visit on 2026-04-03 and the cot is ready.",
    # a plan's own date, or "plan" as the verb: still a plan (the near misses of the handed-over plan, fresh76)
    "The health visitor explained her plan for a home visit on 2026-04-08; sertraline continues.",
    "Her psychiatrist wrote that the team plan a review on 9 April 2026, and sertraline continues.",
    "The plan discussed with her is a review on 2026-04-08; sertraline continues.",
    # the same participles in a plan, a booking, a period or a determiner's adjective (fresh77's near misses)
    "Moses basket to be seen by the HV at her flat on 3/4/26; sertraline continues.",
    "Serum level due 2026-03-30, and lamotrigine stays at 200 mg.",
    "Bloods booked for 18 March 2026: methadone stays at 60 mg.",
    "Serum levels taken weekly from 2026-03-30 by the practice nurse.",
    "Her doses are given at the clinic on 2026-04-02 as usual.",
    "Review with the perinatal team on the given date 2026-04-02.",
    # a regular -ed after a comma may still plan written short; a participle in a plan or dated before, neither
    "Methadone continues, reviewed again on 2026-04-05 by the drug service.",
    "Next-to-me crib in the parents' room, to be seen on 25 March 2026 by the midwife.",
    "Next-to-me crib in the parents' room, seen on 25 February 2026 by the midwife.",
    # the near misses of fresh89's readings: a follow-up, a plan, a date before signing, a "next" that plans
    "Reviewed again at the perinatal clinic on 14/04/2026; sertraline continues.",
    "Reviewed by the perinatal team on 14/04/2026; sertraline continues.",  # no place: may be a plan written short
    "Cot in her room; seen by the health visitor at home on 2026-04-01.",  # inside a sentence: may plan
    "To be assessed at the antenatal clinic on 20.03.26; sertraline continues.",
    "Assessed at the antenatal clinic 27.02.26: mood settled and sertraline continues.",
    "Her next review at the antenatal clinic is on 20/03/2026.",
    "Next review on 2026-04-01 at the surgery, with the Moses basket checked then.",
    "The midwife inspected the Moses basket next to her bed on 2026-02-20 and it was safe.",
    "Deferred to 9 April 2026 at the mother's request; methadone stays at 60 mg.",
    "The clinic rescheduled her review for 2026-04-01; sertraline continues.",
    # a past inside what a call or visit is to check is what will be checked, not a report (found refused by a
    # hundred-and-twenty-sixth fresh corpus)
    "The GP phones her on 2026-04-02 to check the referral letters arrived.",
    "The midwife rings on 2 April 2026 to make sure the scan results came through.",
    # a birth told on its date before the attestation, one to come, and "born" not right before a date: the date is
    # another event's (fresh141's near misses)
    "Born at 34 weeks on 27 February 2026, the baby feeds well and sertraline continues.",
    "If the baby is born on 2026-04-20 the ward scores him for withdrawal.",
    "The baby, due to be born on 2026-04-20, is scored on the ward for withdrawal.",
    "The health visitor's new birth visit on 2026-04-28 is for the baby born at 36 weeks.",
    "The midwife visits on 2026-04-28 to see where the baby will sleep once born.",
    # the same within a week before it, on the day, or any other event told on a date days after it
    "The baby, born at 39 weeks on 28 February, feeds well and sertraline continues.",
    "Born on 2 March, the baby is scored on the ward for withdrawal.",
    "The community team were told on 6 March that the baby was born; sertraline continues.",
]
DONE_AFTER_MESSAGE = (
    "the text reports an event as done on a date after the record was attested (expected only plans for dates "
    "after the attestation)"
)


@pytest.mark.parametrize("text", DONE_AFTER + PLANNED_OR_BEFORE)
def test_an_event_reported_done_after_the_attestation_is_read_and_plans_are_not(text: str) -> None:
    assert reports_done_after(text, SIGNED) is (text in DONE_AFTER)


def test_an_event_reported_done_after_the_attestation_is_refused_at_its_path() -> None:
    data = complete()
    data["assessments"][1]["recommendations"] = DONE_AFTER[0]
    assert fired(data) == [("$.assessments[1].recommendations", DONE_AFTER_MESSAGE)]
    data["assessments"][1]["recommendations"] = PLANNED_OR_BEFORE[0]
    assert fired(data) == []


def test_an_unattested_record_is_not_judged_for_events_after_its_attestation() -> None:
    data = complete()
    del data["attestation"]
    data["assessments"][1]["recommendations"] = DONE_AFTER[0]
    assert fired(data) == []


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_disguised_report_is_judged_like_the_plain(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(DONE_AFTER + PLANNED_OR_BEFORE))
    assert reports_done_after(data.draw(disguised(plain)), SIGNED) == reports_done_after(plain, SIGNED)


# Slash look-alikes that NFKC keeps (found passing by a seventy-fourth fresh corpus): the fraction slash U+2044,
# the division slash U+2215 and the big solidus U+29F8 are read as the "/" a reader sees, in every reading.
SLASH_LOOKALIKES = ("\u2044", "\u2215", "\u29f8", "\u2571", "\u27cb")
SLASHED_IMPOSSIBLE = [
    "Lamotrigine dose agreed at clinic on 30/02/2026, unchanged since.",
    "Her booking bloods on 31/11/2025 were normal and the plan holds.",
]
SLASHED_POSSIBLE = [
    "Lamotrigine dose agreed at clinic on 28/02/2026, unchanged since.",
    "Her booking bloods on 30/11/2025 were normal and the plan holds.",
    "She takes 1/2 a tablet at night; the baby is weighed at 36/40.",  # no year: a ratio and a gestation
]


@pytest.mark.parametrize("slash", SLASH_LOOKALIKES)
@pytest.mark.parametrize("text", SLASHED_IMPOSSIBLE + SLASHED_POSSIBLE)
def test_a_slash_look_alike_is_read_as_the_slash(text: str, slash: str) -> None:
    assert writes_impossible_date(text.replace("/", slash)) is (text in SLASHED_IMPOSSIBLE)
    data = complete()
    data["assessments"][0]["conclusion"] = text.replace("/", slash)
    assert bool(fired(data)) is (text in SLASHED_IMPOSSIBLE)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_disguised_look_alike_slash_is_judged_like_the_plain(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(SLASHED_IMPOSSIBLE + SLASHED_POSSIBLE))
    slashed = plain.replace("/", data.draw(st.sampled_from(SLASH_LOOKALIKES)))
    assert writes_impossible_date(data.draw(disguised(slashed))) == writes_impossible_date(plain)


# A day over 31 right after a word that opens a date ("since", "from", "on") is a day of a date, not a count,
# in a dose line as in a conclusion; bare, or after a count's words, it stays a count (found passing by the
# hundred-and-fifty-third fresh corpus).
OPENED_OVER_31 = [
    "60 mg once daily from 33 March 2024, supervised",
    "Sertraline 100 mg each morning since the 34 June.",
    "Methadone dose unchanged until 40 October 2026, then reviewed.",
]
COUNTED_OVER_31 = [
    "60 mg once daily since 31 March 2024, supervised",
    "Of 34 June-born babies in the audit, none needed morphine.",
    "Since 2024 she has had 36 May deliveries' worth of leaflets; 50 mg daily.",
]


@pytest.mark.parametrize("text", OPENED_OVER_31 + COUNTED_OVER_31)
def test_a_day_over_31_after_a_date_opener_is_impossible(text: str) -> None:
    assert writes_impossible_date(text) is (text in OPENED_OVER_31)
    data = complete()
    data["medicines"][0]["dose"] = text
    assert bool(fired(data)) is (text in OPENED_OVER_31)


@settings(max_examples=20, deadline=None)
@given(st.data())
def test_a_disguised_day_over_31_is_judged_like_the_plain(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(OPENED_OVER_31 + COUNTED_OVER_31))
    assert writes_impossible_date(data.draw(disguised(plain))) == writes_impossible_date(plain)
