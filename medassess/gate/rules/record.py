"""MA0xx: the record itself (status, identity, pregnancy, template, dates that can be true)."""

from __future__ import annotations

import calendar
import datetime as dt
import zoneinfo
from collections.abc import Iterator

from ...core.exceptions import TemplateError
from ...record.identifiers import local_id_label, nhs_number_problem
from ...record.model import Record
from ...record.template import get_template
from ..dated_ages import (
    dated_gestations,
    dates_off_the_babys_age,
    earliest_dated_birth,
    latest_birth,
    nearest_day,
    told_edd_days,
    told_edds,
)
from ..dates import TERM_DAYS, edd_from_gestation, pregnancy_start, pregnancy_start_latest, shift
from ..day_counts import counts_impossible
from ..narrowed import names_impossible_level, names_impossible_order
from ..reasons import says_what_changed
from ..registry import Area, GateContext, Problem, rule
from ..started_before import contradicts, told_started_before
from ..text import normalise
from ..written_dates import (
    names_wrong_weekday,
    plans_before,
    plans_before_birth,
    reports_done_after,
    tells_baby_born_before,
    tells_birth_done,
    writes_impossible_date,
)
from ..written_times import (
    due_months,
    present_gestations,
    present_trimesters,
    tells_birth_past,
    tells_span_past,
    times_clash,
    times_impossible_watch,
    times_more_than_its_span,
    times_scan_at_term,
    trimester_tolerance,
    writes_impossible_gestation,
)

AREA = Area("record", "The record: identity, template, dates", written_conclusions=False)


@rule("MA001", "record-not-final", "error", "The record is a draft or marked entered-in-error.")
def record_not_final(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    The record's status is final or amended.

    Why it matters:
    A draft may still change; professionals acting on a draft may act on conclusions the clinician has
    not yet confirmed. A record entered in error must never be shared.

    Example:
    "status": "draft"

    Instead:
    Finish the record, attest it, and set the status to final (or amended for a correction).
    """
    if record.status not in ("final", "amended"):
        yield Problem(f"the record's status is {record.status}; only final or amended records are shared", "$.status")


@rule("MA002", "record-not-attested", "error", "No clinician has attested the record as complete and correct.")
def record_not_attested(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    The record has an attestation: the clinician who confirms it is complete and correct, and when.

    Why it matters:
    The midwife, health visitor, social worker and foster carer plan the baby's care on what they receive.
    An unattested record may be a half-finished one, and nobody answers for what it says.

    Example:
    A final record with no "attestation".

    Instead:
    Have the responsible clinician confirm the record: "attestation": {"by": {...}, "at": "2026-03-02T16:40:00+00:00"}.
    """
    if record.attestation is None:
        yield Problem("the record has no attestation by a clinician", "$.attestation")


@rule("MA003", "nhs-number-invalid", "error", "An NHS number fails its Modulus 11 check.")
def nhs_number_invalid(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    The mother's NHS number, and the partner's when recorded, pass the NHS Modulus 11 check digit and are not
    one digit repeated ("0000000000", "9999999999"): placeholders that pass the check but are never issued.

    Why it matters:
    Receiving systems file the assessment against the NHS number. A mistyped number files it in another
    woman's record, or nowhere, and the professionals caring for this baby never see it.

    Example:
    "nhs_number": "9990001112" (the check digit should be 1).

    Instead:
    Take the NHS number from the Personal Demographics Service (PDS) trace rather than typing it.
    """
    numbers = [("$.mother.nhs_number", "the mother's", record.mother.nhs_number)]
    if record.partner is not None and record.partner.nhs_number is not None:
        numbers.append(("$.partner.nhs_number", "the partner's", record.partner.nhs_number))
    for path, whose, number in numbers:
        problem = nhs_number_problem(number)
        if problem:
            yield Problem(f"{whose} NHS number is not valid: {problem}", path)


@rule("MA004", "antenatal-edd-missing", "error", "An antenatal record has no agreed estimated date of delivery.")
def antenatal_edd_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    A record with pregnancy stage antenatal gives the agreed estimated date of delivery (EDD).

    Why it matters:
    Maternity and the neonatal team plan the birth, the observation of the baby for withdrawal, and
    level monitoring (e.g. lithium weekly from 36 weeks) from the EDD. Without it the plan has no dates.

    Example:
    "pregnancy": {"stage": "antenatal", "gestation": {...}} with no "edd".

    Instead:
    Record the EDD agreed at the dating scan: "edd": "2026-05-15", "edd_basis": "ultrasound-scan".
    """
    if record.pregnancy.stage == "antenatal" and record.pregnancy.edd is None:
        yield Problem("the record is antenatal but has no agreed estimated date of delivery", "$.pregnancy.edd")


@rule("MA005", "postnatal-delivery-date-missing", "error", "A postnatal record has no date of delivery.")
def postnatal_delivery_date_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    A record with pregnancy stage postnatal gives the date of delivery.

    Why it matters:
    Signs of neonatal withdrawal can appear up to 8 days after birth; the health visitor and foster carer
    can only tell how long to watch the baby if they know when the baby was born.

    Example:
    "pregnancy": {"stage": "postnatal"} with no "delivery_date".

    Instead:
    Record the date of delivery: "delivery_date": "2026-03-04".
    """
    if record.pregnancy.stage == "postnatal" and record.pregnancy.delivery_date is None:
        yield Problem("the record is postnatal but has no date of delivery", "$.pregnancy.delivery_date")


@rule(
    "MA016",
    "antenatal-record-after-birth",
    "error",
    "A record marked antenatal gives the date the baby was born, or tells the birth as done; or one marked "
    "postnatal plans the pregnancy.",
)
def antenatal_record_after_birth(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    A record with pregnancy stage antenatal gives no date of delivery on or before today (a delivery date after
    today is MA012's), and none of its texts in words tells this baby as born: "the baby" (not "her first baby")
    right before a past only a born baby has ("was born", "was observed", "went home", "was discharged"; not a bare
    participle that may be a plan written as a note: "baby scored on the ward"), with no condition, time to come or
    other pregnancy before it in its sentence ("if the baby was born early", "in her last pregnancy the baby was
    observed") and no year in the sentence; nor tells the baby's care after birth as done in other words: an act
    ("watched", "reviewed", "taken", "examined") in the past, with a time after the birth or a day of life in its
    clause ("the midwife watched the baby for 48 hours after birth", "the paediatrician reviewed the baby on day 1",
    "the level was taken 12 hours after delivery", "level taken 12 hours after delivery was 0.6"), where the act is
    passive, has the baby as its object, or is a note with its result; not a bare note that may be a plan ("baby
    observed for 72 hours after birth"), nor with a plan in its clause or a condition, a time to come or another
    baby before it ("her first baby was watched ..."); nor makes the baby the subject of a past with a time after
    the birth ("the baby fed well after the birth", "the baby slept in a cot from day 1"), nor gives the baby an
    age now of six weeks or under ("her newborn, now three weeks old"; not "her previous baby, now three", nor
    "when the baby is 2 weeks old"). A plan ("the baby will be observed") is not refused. Nor does
    a record marked postnatal, in a part written on or after the delivery, plan the pregnancy that has ended: a
    thing of the pregnancy still to come ("the birth plan", "before the baby arrives", "the rest of pregnancy", "the
    pre-birth conference", "at delivery", "the booking appointment") or a gestation ("at 36/40", "the 34-week
    visit") in one clause with a plan ("will", "to be", "continue", "next week") and no past (a phrase of time
    opening the sentence and closed by a comma is read with the clause after it: "At the birth plan meeting, the
    team will agree ..."), or written as a note with no
    verb ("growth scans at 32 and 36 weeks and delivery on the unit") and no result, or still to come by its own
    words ("once the baby is born"), unless the sentence speaks of another or a future pregnancy, a baby's age or
    the gestation the baby was born at, or cites the plan made then as the source ("as the birth plan says"); a
    report of the antenatal care ("at 36 weeks a birth plan was made") is not refused. The words are in
    mappings/calendar.toml.

    Why it matters:
    The stage decides what the template asks: where the baby is discharged to, whether safe sleep advice was
    given and the actual sleeping arrangements are asked only after birth. A record of a baby already born
    but marked antenatal skips those questions, and is shared as if the baby's nights and home were not yet
    anyone's concern. A record written after the birth that still plans the birth plan, the 36-week visit or the
    crib bought before the baby arrives hands on plans for days that have passed: no one will carry them out, and
    the baby's care from now on is not planned.

    Example:
    "pregnancy": {"stage": "antenatal", "delivery_date": "2026-03-04", ...}

    Instead:
    Mark the record postnatal ("stage": "postnatal") and answer the questions asked after birth, or remove
    the delivery date if the baby is not yet born, and write the care after birth as a plan ("the baby will be
    observed for 72 hours"). After the birth, plan the care from now on and report the antenatal plans as past
    ("the birth plan made at 36 weeks asked for 72 hours of observation").
    """
    delivered = record.pregnancy.delivery_date
    if record.pregnancy.stage == "antenatal" and delivered is not None and delivered <= context.today:
        yield Problem(
            "the record is marked antenatal but gives a date of delivery (expected stage postnatal once the baby "
            "is born, or no delivery date before birth)",
            "$.pregnancy.stage",
        )
    if record.pregnancy.stage == "antenatal":
        for path, text in context.facts.dated_texts:
            if tells_birth_done(text):
                yield Problem(
                    "the record is marked antenatal but the text tells the baby's birth or stay after birth as done "
                    "(expected stage postnatal once the baby is born, or the care after birth written as a plan)",
                    path,
                )
    if record.pregnancy.stage == "postnatal":
        for path, text in context.facts.dated_texts:
            written = _written_on(path, context)
            if (written is None or delivered is None or written >= delivered) and plans_before_birth(text):
                yield Problem(
                    "the record is marked postnatal but the text plans the pregnancy that has ended (expected the "
                    "care from now on, with the antenatal plans reported as past)",
                    path,
                )


@rule("MA006", "template-version-unknown", "error", "The record names a template version medassess does not have.")
def template_version_unknown(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    The template id and version the record was captured with are installed, so the record can be checked
    against the questions it was asked.

    Why it matters:
    The gate checks that every question the template asks was answered. With an unknown template it
    cannot, and a record with unanswered safety questions about the baby could pass unnoticed.

    Example:
    "template": {"id": "perinatal-medication-assessment", "version": "9.9.9"}

    Instead:
    Capture the record with a template version medassess has installed (`medassess validate` names them when
    it reads the record), or upgrade medassess to a release that ships that version.
    """
    try:
        get_template(record.template.id, record.template.version)
    except TemplateError:
        yield Problem(
            "the record's template version is not installed; its questions cannot be checked", "$.template.version"
        )


@rule("MA007", "partner-nhs-number-is-mothers", "error", "The partner's NHS number is the mother's.")
def partner_nhs_number_is_mothers(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    The partner's NHS number, when recorded, is not the mother's, and the partner is not recorded under the
    mother's own name (compared normalised). (The record holds no identity for the baby, so the baby's number
    cannot be checked here.)

    Why it matters:
    Receiving systems file by NHS number. With the mother's number on the partner, the partner's sedating
    medicines are filed in the mother's record, or the mother's assessment in his, and the professionals
    planning the baby's safe sleep see the wrong person's risks.

    Example:
    "partner": {"nhs_number": "9990001111"} in a record whose mother has NHS number 9990001111.

    Instead:
    Record the partner's own NHS number from a PDS trace, or leave it out if it is not known.
    """
    partner = record.partner
    if partner is not None and partner.nhs_number is not None and partner.nhs_number == record.mother.nhs_number:
        yield Problem("the partner's NHS number is the same as the mother's", "$.partner.nhs_number")
    if (
        partner is not None
        and partner.name is not None
        and normalise(partner.name.text()) == normalise(record.mother.name.text())
    ):
        yield Problem("the partner is recorded under the mother's own name", "$.partner.name")


@rule("MA008", "amendment-reason-missing", "error", "An amended record does not say what changed.")
def amendment_reason_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    A record with status amended has an amendment_reason that says what changed: judged like a conclusion,
    with at least min_reason_words content words (mappings/share-gate.toml) besides placeholders, deferrals
    ("see notes") and hedges, in any disguise (look-alike letters, invisible characters). "Amended." and
    "Record updated - see notes." say nothing. And it states a change: a statement of what follows (as MA103
    asks of a conclusion: "increased", "unchanged", "now") or a word of what was done to the record
    ("corrected", "added", "replaced", "mistyped"; mappings/reasons.toml [amendment]). Who amended it, when and
    where ("Amended on 2026-02-12 by the GP at the surgery") states none.

    Why it matters:
    The midwife, health visitor and social worker already hold the earlier version and may have planned the
    baby's care on it. Unless the amendment says what changed (a dose increase, a new medicine, a different
    discharge plan), they cannot tell which of their plans must change.

    Example:
    "status": "amended", "version": 2 and no "amendment_reason".

    Instead:
    Say what changed: "amendment_reason": "Methadone increased to 70 mg on 2026-03-05; assessment and
    conclusion reviewed; withdrawal observation unchanged."
    """
    if record.status != "amended":
        return
    reason = record.amendment_reason
    if reason is None or context.facts.reason_missing(reason, context.settings):
        yield Problem("the record is amended and does not say what changed", "$.amendment_reason")
    elif not says_what_changed(context.facts.analysis(reason, context.settings)):
        yield Problem(
            "the record is amended and its reason states no change (expected what changed, not only who amended "
            "it and when)",
            "$.amendment_reason",
        )


@rule("MA009", "amended-first-version", "error", "A record is marked amended in its first version.")
def amended_first_version(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    A record with status amended has a version after the first (version 2 or later).

    Why it matters:
    An amendment corrects a version the recipients already hold. An "amended" first version contradicts
    itself: either an earlier version was shared and this one's number is wrong, so receivers may file it as
    a different record, or nothing was shared and the status misleads.

    Example:
    "status": "amended", "version": 1

    Instead:
    Give the amended record the next version number after the one shared, or set the status to final if no
    earlier version was shared.
    """
    if record.status == "amended" and record.version == 1:
        yield Problem("the record is marked amended but is its first version", "$.version")


@rule(
    "MA010",
    "record-date-in-future",
    "error",
    "The record's update time or a medicine's start or change date is in the future.",
)
def record_date_in_future(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    The record's updated time (on its own calendar day), and each medicine's started and last_changed dates,
    are not after today. A stop date may lie ahead: a planned end of a course is a fact clinicians record.

    Why it matters:
    A start or dose change in the future has not happened; the gate's check that each assessment comes after
    the latest change (MA108) would be judged against a date that is not real, and professionals would read a
    dose history that is wrong.

    Example:
    "last_changed": "2099-03-05"

    Instead:
    Record the date the medicine was started or last changed; record a planned change in the recommendations.
    """
    if record.updated.date() > context.today:
        yield Problem("the record's updated time is in the future", "$.updated")
    for index, medicine in enumerate(record.medicines):
        for field in ("started", "last_changed"):
            day = getattr(medicine, field)
            if day is not None and day > context.today:
                named = local_id_label("medicine", medicine.id, index)
                yield Problem(
                    f"{named} has a {field.replace('_', ' ')} date in the future", f"$.medicines[{index}].{field}"
                )


@rule(
    "MA011",
    "edd-disagrees-with-gestation",
    "error",
    "The EDD and the recorded gestation, or a gestation a conclusion states as the present or ties to a date, disagree "
    "by more than the tolerance.",
)
def edd_disagrees_with_gestation(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    When the record gives both the agreed EDD and a gestation on a date, the EDD the gestation implies (the
    date it was recorded + 280 days - the gestation) is within edd_gestation_tolerance_days (14, in
    mappings/share-gate.toml) of the agreed EDD. In a record marked antenatal, a gestation a conclusion (an
    assessment's or the overall one) states as the pregnancy's present state ("at 38/40 today", "she is now 30
    weeks", "unplanned pregnancy at 28 weeks") is within the same tolerance of the gestation the record gives on
    the conclusion's date (the recorded gestation carried to that date, or the one its EDD implies), or of the
    recorded gestation as written (quoted from the record in a conclusion written later). So is a trimester
    it states as the present ("now in her third trimester", "she is in her second trimester": the weeks each
    trimester spans, within a week, [trimester_now] tolerance_days), and the month it gives as when the baby is
    due ("due at the end of August", "EDD in mid-May", "pregnancy on valproate, due in March") is within the
    tolerance of the agreed EDD or the one the gestation implies; mappings/neonatal-watch.toml, [trimester_now]
    and [due_month]. Other
    gestations a conclusion names are not compared: its history ("stopped at 10 weeks", "booked at 12/40"), its
    plans ("levels from 36 weeks", "the 28-week appointment") and a time to come ("when she is 36 weeks"); the
    shapes read as the present are in mappings/neonatal-watch.toml, [gestation_now]. But a gestation tied to a date
    with its year ("weekly from 36 weeks (from 29 July 2026)", "the anomaly scan at 20 weeks is booked for 12 August
    2026") is within the tolerance of the gestation the record gives on that date; not a duration ("for 2 weeks"),
    another pregnancy's, a date outside this pregnancy, or weeks under term from three weeks before the EDD on (the
    baby's age, perhaps); mappings/calendar.toml, [gestation_dates]. In any record, an EDD a conclusion writes as a
    date with its year ("EDD 15/06/2026", "her due date is 15 June 2026", "the baby is due on 2026-06-15") is
    within the same tolerance of the agreed EDD or the one the gestation implies; not one told in the past ("her
    EDD was ..."), marked as corrected, another pregnancy's, or another thing's due date ("the depot due date is
    ...", "due on ... for her review"; mappings/calendar.toml, [edd_told]).

    Why it matters:
    Maternity plans the birth, the neonatal observation and drug level monitoring from these dates. An EDD
    weeks away from the gestation means one of them is wrong, and the plan for the baby is made for the wrong
    week. A conclusion written for a pregnancy weeks further on or back than the record's was written for another
    pregnancy or on a wrong date, and its advice (a medicine's risk in the first trimester, the plan near term)
    may not fit this baby.

    Example:
    "edd": "2026-05-15" with "gestation": {"weeks": 9, "days": 2, "on": "2026-03-02"} (implies 2026-09-26).

    Instead:
    Check both against the dating scan and correct the one that is wrong; write the gestation the record gives.
    """
    p = record.pregnancy
    tolerance = context.settings.edd_gestation_tolerance_days
    if p.edd is not None and p.gestation is not None:
        apart = abs((p.edd - edd_from_gestation(p.gestation)).days)
        if apart > tolerance:
            yield Problem(
                f"the agreed EDD is {apart} days from the EDD the recorded gestation implies (at most {tolerance})",
                "$.pregnancy.edd",
            )
    yield from _edds_told_against(record, context, tolerance)
    if p.stage != "antenatal" or (p.edd is None and p.gestation is None):
        return
    signed = record.attestation.at.date() if record.attestation is not None else None
    edds = [p.edd] if p.edd is not None else []
    if p.gestation is not None:
        edds.append(edd_from_gestation(p.gestation))

    def recorded_days(on: dt.date) -> list[int]:
        # The gestation on that day by the recorded one and by the EDD, and the recorded one as written (quoted
        # from the record, "unplanned pregnancy at 8 weeks" in a review months on): a stated one near any stands.
        days = [TERM_DAYS - (edd - on).days for edd in edds]
        if p.gestation is not None:
            days.append(p.gestation.weeks * 7 + p.gestation.days)
        return days

    for conclusion in context.facts.conclusions:
        on = _written_on(conclusion.path, context) or signed
        stated = present_gestations(conclusion.text) if on is not None else ()
        if stated and on is not None:
            recorded = recorded_days(on)
            if any(all(abs(days - r) > tolerance for r in recorded) for days in stated):
                yield Problem(
                    "the text states the pregnancy's present gestation weeks from the one the record gives on its "
                    f"date (expected within {tolerance} days of it)",
                    conclusion.path,
                )
                continue
        if on is not None and _stage_contradicted(conclusion.text, on, edds, recorded_days(on), tolerance):
            yield Problem(
                "the text tells the pregnancy's present trimester or due month weeks from the gestation or EDD the "
                "record gives (expected a trimester within "
                f"{trimester_tolerance(tolerance)} days of its weeks, a month within {tolerance} days of the EDD)",
                conclusion.path,
            )
            continue
        # A gestation tied to a date ("from 36 weeks (from 29 July 2026)"): the gestation on that date by the EDD
        # and by the recorded one; a stated one near either stands.
        for days, dated in dated_gestations(conclusion.text, edds[0]):
            if all(abs(days - (TERM_DAYS - (edd - dated).days)) > tolerance for edd in edds):
                yield Problem(
                    "the text ties a gestation to a date on which the record puts the pregnancy weeks from it "
                    f"(expected within {tolerance} days of the gestation the record gives on that date)",
                    conclusion.path,
                )
                break


def _edds_told_against(record: Record, context: GateContext, tolerance: int) -> list[Problem]:
    """MA011: each conclusion giving the EDD as a date with its year (:func:`told_edds`), or as a day and month
    without one in the year nearest each EDD (:func:`told_edd_days`), further than ``tolerance`` days from the
    agreed EDD and from the one the recorded gestation implies."""
    p = record.pregnancy
    edds = [p.edd] if p.edd is not None else []
    if p.gestation is not None:
        edds.append(edd_from_gestation(p.gestation))
    if not edds:
        return []
    return [
        Problem(
            "the text gives the EDD as a date weeks from the EDD the record gives (expected within "
            f"{tolerance} days of it)",
            conclusion.path,
        )
        for conclusion in context.facts.conclusions
        if any(all(abs((told - edd).days) > tolerance for edd in edds) for told in told_edds(conclusion.text))
        or any(
            all(_days_off(edd, month, day, tolerance) for edd in edds) for month, day in told_edd_days(conclusion.text)
        )
    ]


def _days_off(edd: dt.date, month: int, day: int, tolerance: int) -> bool:
    """Whether the day ``month``/``day`` nearest ``edd`` is further than ``tolerance`` days from it."""
    near = nearest_day(edd, month, day)
    return near is not None and abs((near - edd).days) > tolerance


def _stage_contradicted(text: str, on: dt.date, edds: list[dt.date], recorded: list[int], tolerance: int) -> bool:
    """Whether ``text`` tells the pregnancy's present trimester, or the month the baby is due, further than
    ``tolerance`` days from every gestation the record gives on ``on`` (``recorded``) or every EDD it gives."""
    within = trimester_tolerance(tolerance)
    for first, last in present_trimesters(text):
        if all(d < first * 7 - within or d > last * 7 + 6 + within for d in recorded):
            return True
    return any(not any(_near_month(edd, m, y, tolerance) for edd in edds) for m, y in due_months(text))


def _near_month(edd: dt.date, month: int, year: int | None, tolerance: int) -> bool:
    """Whether ``edd`` falls in ``month`` (of ``year``, else of the year that puts it nearest) or within
    ``tolerance`` days of it."""
    years = [year] if year is not None else [edd.year - 1, edd.year, edd.year + 1]
    for y in years:
        first = dt.date(y, month, 1)
        last = dt.date(y, month, calendar.monthrange(y, month)[1])
        if (first - dt.timedelta(days=tolerance)) <= edd <= (last + dt.timedelta(days=tolerance)):
            return True
    return False


@rule(
    "MA012",
    "pregnancy-date-in-future",
    "error",
    "The delivery date or the date a gestation was recorded is in the future.",
)
def pregnancy_date_in_future(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    The date of delivery and the date the gestation was recorded are not after today.

    Why it matters:
    A baby not yet born has no delivery date: a future one is a typing mistake or an expected date entered in
    the wrong place, and the health visitor and foster carer would count the days of withdrawal watching from
    a birth that has not happened.

    Example:
    "stage": "postnatal", "delivery_date": "2099-03-04"

    Instead:
    Record the actual date of delivery, or keep the record antenatal with the EDD until the baby is born.
    """
    p = record.pregnancy
    if p.delivery_date is not None and p.delivery_date > context.today:
        yield Problem("the date of delivery is in the future", "$.pregnancy.delivery_date")
    if p.gestation is not None and p.gestation.on > context.today:
        yield Problem("the gestation is recorded on a date in the future", "$.pregnancy.gestation.on")


@rule(
    "MA013",
    "record-dates-contradict",
    "error",
    "The record's dates contradict each other or its stage.",
)
def record_dates_contradict(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    The record's dates fit together and fit its stage: a postnatal record is attested on or after the
    delivery and within a year of it (the postnatal period the template covers); an antenatal record's
    assessments are dated no later than 28 days after the EDD (44 weeks, when the baby has been born); a
    child protection plan did not end in the future; an antenatal record's baby is not looked after by the local
    authority (safeguarding.looked_after asks about the baby, and a child is looked after only once born: the
    Children Act 1989 s.22); and the lawful basis for sharing is not recorded before
    this pregnancy began (less conception_margin_days), unless the record holds pre-conception advice. A child
    protection plan's end is dated no later than the day the record was attested (an end known at signing). The
    gestation is measured no later than the record was attested, nor after the delivery. A delivery is dated
    between 22 weeks of pregnancy (18 weeks before the EDD) and 44 weeks (28 days after it); where the record
    gives no EDD, the EDD its gestation implies (as MA011 reckons it) stands in. No conclusion tells a listed
    medicine of the mother's as started before this pregnancy began ("... was started three months before
    conception", "started before pregnancy") where the medicine list dates its start after conception (later
    than the pregnancy's latest start by its EDD and gestation, two weeks to conception and conception_margin_days);
    advice, plans, conditions, negations, another pregnancy and a course stopped and started again are not read
    so (mappings/calendar.toml, [started_before]).

    Why it matters:
    Each of these is a date that cannot be true: a typing mistake in the year, a record copied from another
    pregnancy, or a postnatal record attested before the birth it describes; or a fact its stage rules out (an
    unborn baby in local authority care, where a pre-birth child protection plan was meant). The professionals
    planning the baby's care from it cannot tell which date is wrong, so the plan may be made for the wrong baby
    or week.

    Example:
    A postnatal record with "delivery_date": "2026-06-20" attested on 2026-06-14.

    Instead:
    Correct the date that is wrong, or record the stage that fits (a baby born since an antenatal
    assessment makes the record postnatal).
    """
    pregnancy = record.pregnancy
    attested = record.attestation.at.date() if record.attestation is not None else None
    delivered = pregnancy.delivery_date
    if pregnancy.stage == "postnatal" and delivered is not None and attested is not None:
        if attested < delivered:
            yield Problem("the postnatal record is attested before the delivery it describes", "$.attestation.at")
        elif (attested - delivered).days > _POSTNATAL_DAYS:
            yield Problem(
                f"the postnatal record is attested more than {_POSTNATAL_DAYS} days after the delivery",
                "$.pregnancy.delivery_date",
            )
    if pregnancy.stage == "antenatal" and pregnancy.edd is not None:
        overdue = shift(pregnancy.edd, _DAYS_PAST_EDD)
        for part in context.facts.authored:
            # A part dated after today is reported as such (MA206), not again here.
            if part.date is not None and overdue < part.date <= context.today:
                yield Problem(
                    f"{part.label} is dated more than {_DAYS_PAST_EDD} days after the EDD of an antenatal record",
                    f"{part.path}.date",
                )
    # Where the record gives no EDD, the EDD its gestation implies (MA011's reckoning) bounds the delivery.
    edd = pregnancy.edd
    if edd is None and pregnancy.gestation is not None:
        edd = edd_from_gestation(pregnancy.gestation)
    if pregnancy.stage == "postnatal" and delivered is not None and edd is not None:
        if delivered < shift(edd, -_DAYS_BEFORE_EDD):
            yield Problem(
                f"the delivery date is more than {_DAYS_BEFORE_EDD // 7} weeks before the EDD (before 22 weeks of "
                "pregnancy)",
                "$.pregnancy.delivery_date",
            )
        elif delivered > shift(edd, _DAYS_PAST_EDD):
            yield Problem(
                f"the delivery date is more than {_DAYS_PAST_EDD} days after the EDD (after 44 weeks of pregnancy)",
                "$.pregnancy.delivery_date",
            )
    measured = pregnancy.gestation.on if pregnancy.gestation is not None else None
    # Against the attestation, not the update time (a stale save is a warning, MA015), and only when it is later
    # than every dated part as well: an attestation before the assessments is MA211's to report.
    written = [attested, *(part.date for part in context.facts.authored)]
    latest = max((d for d in written if d is not None), default=None)
    if measured is not None and attested is not None and latest is not None and measured > latest:
        yield Problem("the gestation is measured on a date after the record was attested", "$.pregnancy.gestation.on")
    elif measured is not None and delivered is not None and measured > delivered:
        yield Problem("the gestation is measured on a date after the delivery", "$.pregnancy.gestation.on")
    if pregnancy.stage == "antenatal" and record.safeguarding.looked_after:
        yield Problem(
            "the baby is recorded as looked after by the local authority in an antenatal record (expected false "
            "before birth: a child is looked after only once born)",
            "$.safeguarding.looked_after",
        )
    ended = record.safeguarding.child_protection_plan_ended
    # The day of signing as written and as read in the UK, the later of the two: a plan that ended on the evening
    # of an attestation written in UTC is not after it.
    signed = (
        max(record.attestation.at.date(), record.attestation.at.astimezone(_UK).date())
        if record.attestation is not None
        else None
    )
    if ended is not None and ended > context.today:
        yield Problem(
            "the child protection plan is recorded as ended on a date in the future",
            "$.safeguarding.child_protection_plan_ended",
        )
    elif ended is not None and signed is not None and ended > signed:
        yield Problem(
            "the child protection plan is recorded as ended on a date after the record was attested (expected an "
            "end known when it was signed)",
            "$.safeguarding.child_protection_plan_ended",
        )
    basis = record.lawful_basis
    start = pregnancy_start(pregnancy, context.settings)
    if (
        basis is not None
        and basis.recorded_on is not None
        and start is not None
        and basis.recorded_on < shift(start, -context.settings.conception_margin_days)
        and not any(a.pre_conception for a in record.assessments)
    ):
        yield Problem(
            "the lawful basis for sharing is recorded before this pregnancy began", "$.lawful_basis.recorded_on"
        )
    latest = pregnancy_start_latest(pregnancy)
    if latest is not None:
        hers = [m for m in record.medicines if m.taken_by != "partner"]
        for conclusion in context.facts.conclusions:
            for medicine in told_started_before(conclusion.text, hers):
                if medicine.started is not None and contradicts(
                    medicine.started, latest, context.settings.conception_margin_days
                ):
                    yield Problem(
                        f"{conclusion.subject} tells medicine {medicine.id} as started before this pregnancy began, "
                        "but the medicine list dates its start after conception",
                        conclusion.path,
                    )


@rule(
    "MA017",
    "written-date-impossible",
    "error",
    "A conclusion, recommendation or other item in words gives a date that does not exist, reports as done an "
    "event dated after the record was attested, or plans one for a date before it was written.",
)
def written_date_impossible(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    No conclusion (an assessment's or the overall one), recommendation, free-text item of an assessment or other
    item written in words (the justification for sharing, where the baby goes on discharge and where it sleeps, a
    medicine's reason for being of no concern; a medicine's dose line and the reason for an amendment, read for
    their calendar only) gives a date that does not exist in the calendar: a day its month
    does not have ("the thirtieth of February", "31 September", "Sept 31st", "31/09/2026", "31.09.26",
    "2026-09-31"; a day over 31 as an ordinal or after a word opening a date: "since 32 January", mappings/
    calendar.toml [day_openers]; "33 May-born babies" is a count),
    29 February of a year written beside it that is not a leap year, or a month over 12 in a date in
    numbers with a year. Dates are read in numbers with a year, and as a day beside a month name or its usual
    abbreviation (in figures, with or without "st", "nd", "rd" or "th", or in ordinal words), in either order; a
    range of days with its year ("3-6 June 2025") by its last day. A weekday written right before a date with its
    year must be the one the date falls on ("Tuesday 12 March 2026" is refused: 12 March 2026 is a Thursday; the
    weekday names and abbreviations are in mappings/calendar.toml, [weekdays]); one before a date with no year
    ("Tuesday 1 June") must be the weekday of that day and month in some year whose date lies within
    yearless_within_days of the day the record was signed. An event of the baby's age written
    right before its date ("the baby's 6-week check on ...", "until day 8, ...", "at 6 weeks of age, on ...", "HV
    visits to 8 weeks, the last on ...") must fall where that age puts it: no earlier than that age after the birth
    (the delivery date; before it, the last day the record has her pregnant, and no earlier than 34 weeks: a plan
    dates the baby's age from no birth before it, [baby_age] earliest_dated_birth_before_edd) and no later than a few
    weeks past it
    after the latest the birth can be (the delivery date, or 42 weeks); a check named by weeks is read only as the
    baby's ("the 34-week visit" may be antenatal) or, with no kind of the baby's, dated after a known delivery and
    only for a date sooner than its weeks after it ("the 8-week visit" three weeks after the birth), a day of life
    only in a sentence naming the baby, and a short place may stand before its date ("the day-14 visit to the
    placement is on ..."; [baby_age]).
    A day and month without a year ("the day-14 visit is on 12 June") is read in the year nearest that age's day.
    Gestations, ratios, scores and times ("36/40", "6/52", "12/30", "10.30") have no year and are not dates; a date
    the text marks as the wrong one being corrected ("30 June, not 31 June") is not refused. Nor does one report as
    done (in the past: "the anomaly scan on 2026-06-24 was normal", "she was seen on 24 June 2026", any simple past
    after its subject: "the health visitor checked the crib on 2026-06-10", or a past participle in a note: "cot
    seen on 2026-06-10", "cot by the bed, seen on 2026-06-10", or opening a note: "seen in clinic on 2026-06-10",
    not a follow-up: "reviewed again on ...", or a result in numbers: "on the 2nd of July her level was 0.6", or
    a birth by its date: "born at 34 weeks on 8 July") an
    event on a date after the record was attested (with its year, or
    without one right after "on", in the nearest year, more than a week and at most three months after it:
    "the visit on 29/06 confirmed ..."; mappings/calendar.toml, yearless_days): a plan, a booking or a condition in
    the date's clause ("booked for", "will be reviewed on", "is due on", "if", "until"; "next to" names a place, not
    what comes next) is not a report, though a plan handed over on the date is ("gave her the plan on ..."). Nor
    does an assessment's item or the overall conclusion plan an event ("will", "shall", "is due", "is booked for",
    "next ... on") for a date, with its year, before the date of the assessment or conclusion holding it (the same
    day is fine): not where a past follows the date in its sentence ("was due on ... and was done", "the visit
    planned for ... took place"), nor a period begun on the date ("from ..."). In a record marked antenatal an event
    only a born baby has ("the 6-week check on ...", "the new birth visit on ...") is to come however it is worded,
    unless another baby's ("her first baby's 6-week check"), and so is the baby's care "after birth" where no past
    is told ("the midwife watches the baby for 48 h after birth, 6-8 April 2025": a date alone after a comma dates
    the clause before it). The month names, ordinal words and the words of a report and of a plan are in
    mappings/calendar.toml. Nor does one give a time that cannot be true: a gestation past 42 weeks ("levels weekly
    from 56 weeks", "at 44/40"; the baby's age, "at 52 weeks of age", is not one), or a watch of the baby for
    withdrawal or adaptation, in a sentence naming both, lasting under a day or beyond weeks ("NAS observation for
    72 minutes", "scored for 72 years", "watched until day 80"), or whose first look, or only day of life, comes
    after late withdrawal would have shown ("first check at 3 months", "watched for adaptation on day 40 of life"),
    or that starts at an age after it, in a sentence naming the concern or its signs and no time of the first days
    ("scoring starts when the baby is six weeks old", "watched for jitteriness from the 6-week check onwards"); a
    routine check later ("HV review at 6-8 weeks") is not the watch, and a watch "for the next 2,000 hours" is read
    in its thousands; the baby scored at an interval of hours ("scores the baby every 4 hours") is the watch though
    no concern is named, read then only for a window past weeks ([watch] interval_scores). Nor does one give a
    gestation past 42 weeks after "after" ("only if she delivers after 45 weeks"; "after 52 weeks of treatment" is a
    length), more time per span than the span holds ("25 hours a day", "8
    days a week"), the unborn baby's anomaly scan at term or later ([late_scan]: "the detailed anomaly scan is
    booked for 39 weeks"), a medicine's level in the blood no living person has ("lithium level above 50 mmol/L", or
    "her level is above 40 mmol/L" after the text named lithium, in a sentence naming no other analyte such as her
    sodium; [narrowed] never_levels, level_others in mappings/concerns.toml) or that no result told of a woman
    kept on it reaches ("her last lithium level, taken in April, was 11.5 mmol/L", ten times the top of the target,
    or told with no verb as a note writes it: "latest serum lithium: 37 mmol/L", a level word beside the medicine or
    a unit of concentration making the number a level; a toxic result such as 1.7 stands; [narrowed] told_levels,
    level_units), each result of a list naming lithium once read so ("lithium levels this pregnancy: 0.6 mmol/L in
    May, 0.7 in June and 60 in July": a later number with no unit carries the list's; days, times, spans, years and
    another analyte's list do not; a list opened by a level word alone is of lithium named before it, not after
    another analyte, and a date in numbers may stand before each result: "Levels: 2026-03-03 0.7; 2026-04-07 65"),
    or an order that cannot happen, told
    as a fact or a plan as well as a condition: a trimester with a week past its end right after it ("exposure in
    the first trimester at 30 weeks"; "in the first trimester, and a scan at 30 weeks" holds) or a birth after an
    event of the baby's own life ("the baby will be born after its 6-week check"; [narrowed] trimesters,
    trimester_points, baby_events). The windows and words, with their sources (BAPM and local
    NAS guidelines, NICE, the NHS fetal anomaly screening programme), are in mappings/neonatal-watch.toml. Nor, in a
    record marked postnatal, does a part written some days after the delivery tell as done a span of the baby's life
    longer than those days ("slept in its own cot throughout the first year" four days after the birth), in a clause
    telling a past and a sentence naming the baby and not the pregnancy, advice or a plan
    (mappings/neonatal-watch.toml, [span_told]), or the baby's age told as now older than those days ("the baby,
    now six weeks old"; "now nine days old, the baby ..." four days after it: an age in days by a few days, one in
    weeks by a week), or a day of its life or a length of days beyond them ("the HV saw the baby on day 10", "... at
    10 days of age" on day 4), or the born baby as there, in a clause telling a past, on a date with its year
    before the delivery ("checked the crib with the baby in it on ..." a fortnight before the birth, "the baby was
    seen asleep in it by the health visitor on ..."; not the cot seen alone, a scan or another child:
    [born_before_birth] in mappings/calendar.toml); nor, in a record marked antenatal with no
    delivery date,
    does a part tell as done an event that comes only after the birth ("the post-birth level was normal", "the
    6-week check was normal", "the team examined the baby after delivery"; not another child's, nor a plan:
    [after_birth_told]). Nor do times in one plan contradict each other ([clash]): a ward watch of the baby longer
    than its stay ("observed for 72 hours", "home 6 hours after birth", "discharged on day 2", "moving to the
    placement 24 hours after birth"; the mother's stay, "her postnatal stay" too, where the baby is watched on the
    postnatal ward with her and no unit of its own is named) unless carried on after the stay by a carry begun
    before the watch ends (a visit told only as a check of the cot or car seat, "cot checked at the home visit",
    carries no watch of the baby; a medicine "continues at 60 mg" carries nothing), the last contact of the one who
    watches days before the watch ends ("until day 8, the last contact on day 2"), a gap inside the risk's window
    ("can appear to day 8: the ward watched to day 4 and the HV sees the baby on day 14", no day between named and
    nothing else covering it; with no risk day told, a withdrawal watch ending days before day 8 and the next
    contact told past it, "scored for 72 hours; the next contact is on day 14", [clash] next_*), one act given a
    window from the birth and, as its apposition, a point past it ("within 24 hours of birth, at the six-week
    check"; [within_point]), a watch split after a colon into timed
    parts adding up short of it ("72 h: 24 h on delivery suite, then 24 h on the ward"), an act called urgent put
    months off in one clause ("urgent review in 3 months") or more than four weeks off ("urgent clinic 20 weeks from
    now"; [clash] urgent_max_weeks), each act joined by "and" read on its own ("urgent review in 8 weeks and a scan
    at 20 weeks"), a count of looks that cannot follow from the one interval and one window of its sentence
    ("4-hourly for 72 hours: that is 40 scores"; "hourly" alone is every hour; a count "about" so, or within one
    under or two over the window over the interval, stands: [count]), a window ending before it starts, or the baby
    visited at a place on a day of life before the day it is said to arrive there, both days stated ("the HV sees
    the baby in the placement on day 3" beside "moves from SCBU to the placement on day 10"; a visit elsewhere or
    after the move stands: [clash] arrival_places). A manual hand-over's description is read for its calendar
    only: a day that does not exist or a weekday its date does not fall on ("handed to the foster carer on 31 June
    2026"); being an arrangement, often in the participle, it is not read for what it tells done.
    Nor does one give a count or span of time that cannot be: looks a day more than its interval in hours allows
    ("every 4 hours, twelve times a day"; a count "about" so stands), more hours in a day or days in a week than
    there are ("25 hours a day"), a span restated in another unit as another span ("for 48 hours, that is for five
    days", "for 48 hours after birth, that is for five days"; "or" may be another option, and is not read), more
    weekly checks told in all than weeks of pregnancy are
    left after the week they start ("weekly from 36 weeks, eight weekly levels in all"), or more home visits a day
    than a health visitor or midwife makes (mappings/day-counts.toml).

    Why it matters:
    A plan that waits for a review, an appointment or a change of dose on a day that does not exist cannot be
    followed: the midwife, health visitor or foster carer cannot tell which day was meant, so the review is
    missed or made on a guess, and the baby's care waits on it. A result reported on a day after the record was
    signed cannot have been known when it was signed: the date or the result is wrong, and the baby's care may
    rest on a check that was never made. A follow-up planned for a day already past when the plan was written
    will not happen as written: the visit or review the baby's safety waits on was missed or never booked.

    Example:
    "conclusion": "Valproate continues until the neurology appointment on the 30th of February; ..."

    Instead:
    Write the day that was meant ("the 28th of February", "30/09/2026"), checked against a calendar; report only
    what had happened when the record was signed, and write later events as plans ("booked for 24/06/2026"), on
    days still to come when the plan is written.
    """
    signed = record.attestation.at.astimezone(_UK).date() if record.attestation is not None else None
    before_birth = record.pregnancy.stage == "antenatal" and record.pregnancy.delivery_date is None
    born_from, born_by = _birth_bounds(record)
    delivered = record.pregnancy.delivery_date if record.pregnancy.stage == "postnatal" else None
    for path, text in context.facts.dated_texts:
        if writes_impossible_date(text):
            yield Problem(
                "the text gives a date that does not exist in the calendar (expected a day its month has, and 29 "
                "February only in a leap year)",
                path,
            )
        elif names_wrong_weekday(text, signed):
            yield Problem(
                "the text names a weekday that the date beside it does not fall on (expected the weekday of that "
                "date, or the date that was meant)",
                path,
            )
        elif born_from is not None and dates_off_the_babys_age(text, born_from, born_by):
            yield Problem(
                "the text dates an event of the baby's age where that age cannot fall (expected a date that age "
                "reaches after the birth, or the age that was meant)",
                path,
            )
        elif writes_impossible_gestation(text):
            yield Problem(
                "the text gives a gestation past the end of any pregnancy (expected a week of pregnancy up to 42, "
                "or the baby's age said as one)",
                path,
            )
        elif times_impossible_watch(text):
            yield Problem(
                "the text times the baby's watch for withdrawal or adaptation so it cannot cover it (expected at "
                "least a day and at most weeks, with the first look within the first weeks of life)",
                path,
            )
        elif names_impossible_level(text):
            yield Problem(
                "the text gives a medicine's level in the blood that no living person has (expected a level in the "
                "range it is measured in, in the units it is reported in)",
                path,
            )
        elif names_impossible_order(text):
            yield Problem(
                "the text puts events in an order that cannot happen: a trimester at a week past its end, or the "
                "birth after an event of the baby's own life (expected the week or event that was meant)",
                path,
            )
        elif times_scan_at_term(text):
            yield Problem(
                "the text puts the unborn baby's anomaly scan at term or later, when it can change nothing (expected "
                "the scan in the weeks it is offered, around 20 weeks)",
                path,
            )
        elif times_more_than_its_span(text):
            yield Problem(
                "the text gives a time per day, week or other span longer than the span holds (expected at most its "
                "length, such as 24 hours a day)",
                path,
            )
        elif times_clash(text):
            yield Problem(
                "the text gives times in one plan that contradict each other (expected a watch that fits the stay "
                "it sits in or is carried on after it, parts that add up to the watch, contacts until the watch "
                "ends and through the risk's window, one time for each act, an urgent act within weeks, a count of "
                "looks its interval and window allow, a window that ends after it starts, and visits to a place no "
                "earlier than the baby arrives there)",
                path,
            )
        elif counts_impossible(text):
            yield Problem(
                "the text gives a count or span of time that cannot be true (expected no more looks a day than its "
                "interval allows, at most 24 hours in a day and 7 days in a week, a span restated as the same span, "
                "no more weekly checks than weeks of pregnancy are left, and home visits a day that can be made)",
                path,
            )
        elif before_birth and tells_birth_past(text):
            yield Problem(
                "the text tells as done an event that comes only after the birth, in a record written before it "
                "(expected events after the birth written as plans)",
                path,
            )
        elif (days_old := _days_old(record, path, context, signed)) is not None and tells_span_past(text, days_old):
            yield Problem(
                "the text tells as done a span of the baby's life longer than the baby had lived when it was written "
                "(expected what has happened so far, and the rest as a plan)",
                path,
            )
        elif signed is not None and reports_done_after(text, signed):
            yield Problem(
                "the text reports an event as done on a date after the record was attested (expected only plans "
                "for dates after the attestation)",
                path,
            )
        elif delivered is not None and tells_baby_born_before(text, delivered):
            yield Problem(
                "the text tells the born baby as there on a date before the delivery date (expected dates on or "
                "after the birth for what was done with the baby)",
                path,
            )
        elif (written := _written_on(path, context)) is not None and plans_before(
            text, written, antenatal=record.pregnancy.stage == "antenatal"
        ):
            yield Problem(
                "the text plans an event for a date before the part holding it was written (expected a plan "
                "dated on or after the day it was written, or the event reported as done)",
                path,
            )
    # A medicine's dose line ("once daily until 31 April 2026, then GP review") and the reason for an amendment are
    # read by the midwife and the maternity system as written: only their calendar is read, not what they tell done
    # or planned (a dose line is terse, and its dates are the prescription's, not the record's).
    calendar_only: list[tuple[str, str | None]] = [
        (f"$.medicines[{index}].dose", m.dose) for index, m in enumerate(record.medicines)
    ]
    calendar_only.append(("$.amendment_reason", record.amendment_reason))
    for where, line in calendar_only:
        if not line:
            continue
        if writes_impossible_date(line):
            yield Problem(
                "the text gives a date that does not exist in the calendar (expected a day its month has, and 29 "
                "February only in a leap year)",
                where,
            )
        elif names_wrong_weekday(line, signed):
            yield Problem(
                "the text names a weekday that the date beside it does not fall on (expected the weekday of that "
                "date, or the date that was meant)",
                where,
            )
    # A manual hand-over's description is an arrangement, often in the participle ("copy handed to ... on ..."):
    # only its calendar is read, not what it tells done.
    for index, recipient in enumerate(record.recipients):
        route = recipient.route
        if route is None or route.kind != "manual" or not route.description:
            continue
        where = f"$.recipients[{index}].route.description"
        if writes_impossible_date(route.description):
            yield Problem(
                "the hand-over is dated on a day that does not exist in the calendar (expected a day its month "
                "has, and 29 February only in a leap year)",
                where,
            )
        elif names_wrong_weekday(route.description, signed):
            yield Problem(
                "the hand-over names a weekday that the date beside it does not fall on (expected the weekday of "
                "that date, or the date that was meant)",
                where,
            )


def _birth_bounds(record: Record) -> tuple[dt.date | None, dt.date | None]:
    """The earliest and latest the baby is born: the delivery date, once known; before it, the later of the last day
    the record has her pregnant and the earliest birth a plan dates the baby's age from (34 weeks), and the latest a
    baby due on the EDD is born (either unknown: None)."""
    pregnancy = record.pregnancy
    if pregnancy.delivery_date is not None:
        return pregnancy.delivery_date, pregnancy.delivery_date
    if pregnancy.stage != "antenatal" or pregnancy.gestation is None:
        return None, None
    earliest = earliest_dated_birth(pregnancy.edd)
    on = pregnancy.gestation.on
    return (max(on, earliest) if earliest is not None else on), latest_birth(pregnancy.edd)


def _days_old(record: Record, path: str, context: GateContext, signed: dt.date | None) -> int | None:
    """How many days old the baby of a record marked postnatal was when the part holding ``path`` was written (its
    date, or the attestation's), if both days are known and the part was written on or after the delivery."""
    delivered = record.pregnancy.delivery_date
    written = _written_on(path, context) or signed
    if record.pregnancy.stage != "postnatal" or delivered is None or written is None or written < delivered:
        return None
    return (written - delivered).days


def _written_on(path: str, context: GateContext) -> dt.date | None:
    """The date of the assessment or overall conclusion whose item ``path`` is, if it has one."""
    return next((p.date for p in context.facts.authored if path.startswith(f"{p.path}.")), None)


_UK = zoneinfo.ZoneInfo("Europe/London")


@rule(
    "MA015",
    "record-updated-before-its-content",
    "warning",
    "The record's last update time is earlier than its attestation or an assessment it holds.",
)
def record_updated_before_its_content(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    The record's last update time (`updated`) is not earlier than its attestation, nor than the date of any
    assessment or conclusion it holds, nor than the date its lawful basis for sharing was recorded (compared as
    dates in the UK; a date after today is MA206's or MA403's).

    Why it matters:
    Receivers keep the latest version of a record by its update time. A record whose update time predates
    what it holds was saved with a stale time: a receiver may keep an older version in its place, and the
    professionals caring for the baby read conclusions that have since changed. It is a warning, not a
    refusal, because the conclusions themselves are not in doubt.

    Example:
    "updated": "2026-02-01T09:00:00+00:00" on a record whose assessments are dated 2026-03-02.

    Instead:
    Set `updated` to the time the record was last changed (the GP system sets it on saving).
    """
    updated = record.updated
    if record.attestation is not None and updated < record.attestation.at:
        yield Problem("the record's last update is earlier than its attestation", "$.updated")
        return
    on = updated.astimezone(_UK).date()
    for part in context.facts.authored:
        if part.date is not None and on < part.date <= context.today:
            yield Problem(f"the record's last update is earlier than the date of {part.label}", "$.updated")
            return
    basis = record.lawful_basis
    if basis is not None and basis.recorded_on is not None and on < basis.recorded_on <= context.today:
        yield Problem(
            "the record's last update is earlier than the date its lawful basis for sharing was recorded", "$.updated"
        )


_POSTNATAL_DAYS = 365
"""The postnatal period a record covers: up to a year after birth, as NICE CG192 defines the postnatal period
for perinatal mental health."""
_DAYS_PAST_EDD = 28
"""44 weeks of pregnancy (the EDD is at 40, so 28 days after it): by 42 weeks the baby has been born or labour
induced, and two weeks more allow for an EDD that was itself out by as much (one reckoned from the last period
rather than a scan). The rule's texts said 42 weeks until December 2026 while this bound was 44."""
_DAYS_BEFORE_EDD = 18 * 7
"""22 weeks of pregnancy (18 before the EDD at 40): the earliest birth of a baby who can survive, from which
BAPM's framework for extreme preterm birth (British Association of Perinatal Medicine, "Perinatal Management of
Extreme Preterm Birth before 27 weeks of gestation", 2019) considers care. A baby the record plans care for was
not born before it."""


@rule("MA014", "mother-age-impossible", "error", "The mother's date of birth gives an age no mother can be.")
def mother_age_impossible(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    The mother's age on the day the record was last updated is between 10 and 60 years, and she was born
    before every date in the record: no medicine of hers was started, changed or stopped before her date of
    birth (reported once a medicine, at its earliest date).

    Why it matters:
    A date of birth a decade out is a typing mistake or another person's; the record may then be matched to the
    wrong woman (maternity systems match on NHS number and date of birth), and the baby's plan lost.

    Example:
    "birth_date": "2019-08-14" on a record updated in 2026.

    Instead:
    Copy the date of birth from the demographic record (PDS).
    """
    born = record.mother.birth_date
    on = record.updated.date()
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    if not _MOTHER_AGE[0] <= age <= _MOTHER_AGE[1]:
        yield Problem(
            f"the mother's date of birth gives an age outside {_MOTHER_AGE[0]} to {_MOTHER_AGE[1]} years",
            "$.mother.birth_date",
        )
        return  # the date of birth is the mistake: the dates after it are not reported again
    for index, medicine in enumerate(record.medicines):
        if medicine.taken_by == "partner":
            continue
        fields = (("started", medicine.started), ("last_changed", medicine.last_changed), ("stopped", medicine.stopped))
        dated = [(day, field) for field, day in fields if day is not None]
        earliest = min(dated, key=lambda dated_field: dated_field[0], default=None)
        if earliest is not None and earliest[0] < born:
            yield Problem(
                "a date of the mother's medicine is earlier than her date of birth: one of the two is wrong",
                f"$.medicines[{index}].{earliest[1]}",
            )


_MOTHER_AGE = (10, 60)
"""Outside these ages a pregnancy is not impossible in the literature, but a recorded one is almost always a
date-of-birth mistake, which is worth a second look before the record is matched on it."""
