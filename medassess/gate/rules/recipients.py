"""MA3xx: who receives the record, and how."""

from __future__ import annotations

from collections.abc import Iterator

from ..._record import Record
from ..registry import GateContext, Problem, rule


@rule("MA301", "maternity-recipient-missing", "error", "An antenatal record is not shared with maternity.")
def maternity_recipient_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    An antenatal record has a recipient with role maternity-unit or midwife.

    Why it matters:
    Maternity plans the birth and the baby's first days: observation for withdrawal, paediatric review,
    feeding. If maternity does not have the assessment, the plan is made without it.

    Example:
    An antenatal record shared only with the health visitor and social worker.

    Instead:
    Add the maternity unit (or community midwife) as a recipient, with a route.
    """
    if record.pregnancy.stage == "antenatal" and not context.facts.has_recipient("maternity-unit", "midwife"):
        yield Problem("the record is antenatal and is not shared with the maternity unit or a midwife", "$.recipients")


@rule("MA302", "health-visitor-recipient-missing", "error", "A postnatal record is not shared with the health visitor.")
def health_visitor_recipient_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    A postnatal record has a recipient with role health-visitor.

    Why it matters:
    After discharge the health visitor sees the baby at home: late withdrawal signs, sleeping arrangements,
    feeding. Without the assessment they visit without knowing the risks.

    Example:
    A postnatal record shared only with maternity and the social worker.

    Instead:
    Add the health visiting service as a recipient, with a route.
    """
    if record.pregnancy.stage == "postnatal" and not context.facts.has_recipient("health-visitor"):
        yield Problem("the record is postnatal and is not shared with the health visitor", "$.recipients")


@rule(
    "MA303",
    "gp-recipient-missing",
    "error",
    "Someone other than the GP wrote the record, and the GP does not receive it.",
)
def gp_recipient_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    When an assessment or the overall conclusion was written by a clinician whose role is not
    general-practitioner, and no GP wrote the overall conclusion or attested the record, the record has a
    recipient with role gp. A GP who concluded or attested the record already holds it.

    Why it matters:
    The GP holds the mother's and baby's records for the long term and prescribes after discharge. A
    specialist's conclusion the GP never sees cannot shape later prescribing or safeguarding decisions.

    Example:
    A lithium assessment and overall conclusion by the perinatal psychiatrist, attested by the psychiatrist,
    shared with maternity and the health visitor only.

    Instead:
    Add the registered GP practice as a recipient, with a route.
    """
    gp = "general-practitioner"
    roles = sorted({p.author.role for p in context.facts.authored if p.author and p.author.role} - {gp})
    overall = record.overall_conclusion
    gp_holds_it = (overall is not None and overall.author is not None and overall.author.role == gp) or (
        record.attestation is not None and record.attestation.by.role == gp
    )
    if roles and not gp_holds_it and not context.facts.has_recipient("gp"):
        yield Problem(
            f"an author is not the GP ({', '.join(roles)}), and the GP does not receive the record", "$.recipients"
        )


@rule(
    "MA304",
    "social-worker-recipient-missing",
    "error",
    "Social care is involved but the social worker does not receive the record.",
)
def social_worker_recipient_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    When social care is involved (a child protection plan, now or ended, a care order, a looked-after baby,
    or an allocated social worker), the record has a recipient with role social-worker.

    Why it matters:
    The social worker plans the baby's safety with the family and decides about placement. A child protection
    plan that ends when a care order is made does not mean lower risk; the social worker needs the medicines'
    risks to the baby either way.

    Example:
    A child protection plan for the unborn baby; recipients maternity, midwife and health visitor only.

    Instead:
    Add the allocated social worker (children's services) as a recipient, with a route.
    """
    if record.safeguarding.social_care_involved and not context.facts.has_recipient("social-worker"):
        yield Problem("social care is involved, and the social worker does not receive the record", "$.recipients")


@rule(
    "MA305",
    "placement-recipient-missing",
    "error",
    "The baby goes to a placement whose carer does not receive the record.",
)
def placement_recipient_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    When the baby is discharged to a placement (foster carer, parent-and-baby foster placement or unit,
    kinship carer), the record has a recipient with role foster-carer or placement-provider.

    Why it matters:
    The safeguarding review found foster carers were not told about the mother's medicines. The carer looks
    after the baby day and night: they must know the sedation and safe sleep risks and the withdrawal signs.

    Example:
    "discharge_to": "parent-and-baby-foster-placement" and no foster carer among the recipients.

    Instead:
    Add the foster carer or placement provider as a recipient, with a route (a manual hand-over at discharge
    is a route: describe it).
    """
    if record.safeguarding.to_placement and not context.facts.has_recipient("foster-carer", "placement-provider"):
        yield Problem(
            "the baby goes to a placement, and no foster carer or placement provider receives the record",
            "$.recipients",
        )


@rule("MA306", "recipient-route-missing", "error", "A recipient has no way to receive the record.")
def recipient_route_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Every recipient has a route: MESH mailbox, MLLP endpoint, FHIR server, or a described manual hand-over.

    Why it matters:
    A recipient with no route is listed but never sent anything: the record looks shared while the foster
    carer or health visitor caring for the baby has nothing.

    Example:
    {"id": "rcp-foster", "role": "foster-carer", "name": {...}} with no "route".

    Instead:
    Give the route, e.g. {"kind": "manual", "description": "Printed copy handed to the foster carer at
    discharge by the ward midwife"}.
    """
    for index, recipient in enumerate(record.recipients):
        if recipient.route is None:
            yield Problem(
                f"recipient {recipient.id} ({recipient.role}) has no route to receive the record",
                f"$.recipients[{index}].route",
            )

