"""MA0xx: the record itself (status, identity, pregnancy, template)."""

from __future__ import annotations

from collections.abc import Iterator

from ..._exceptions import TemplateError
from ..._identifiers import nhs_number_problem
from ..._record import Record
from ..._template import get_template
from ..registry import GateContext, Problem, rule


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
    The mother's NHS number, and the partner's when recorded, pass the NHS Modulus 11 check digit.

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

