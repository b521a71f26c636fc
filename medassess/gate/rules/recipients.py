"""MA3xx: who receives the record, and whether their routes and organisations can deliver."""

from __future__ import annotations

from collections.abc import Iterator

from ...record.identifiers import local_id_label
from ...record.model import Clinician, Record
from ..registry import Area, GateContext, Problem, rule
from ..routes import (
    fhir_url_problem,
    host_problem,
    mailbox_problem,
    manual_problem,
    ods_problem,
    organisations,
    parents_named,
    route_kind_problem,
    telephone_problem,
)

AREA = Area("recipients", "Recipients and routes that can deliver", written_conclusions=False)


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
    general-practitioner at another organisation than the mother's registered practice, and neither a GP nor
    someone at that practice wrote the overall conclusion or attested the record, the record has a recipient
    with role gp. A GP who concluded or attested the record already holds it, and so does the practice whose
    own clinician (its clinical pharmacist, practice nurse) wrote or attested it.

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
    practice = record.mother.registered_practice.ods_code

    def at_practice(clinician: Clinician | None) -> bool:
        return clinician is not None and (
            clinician.role == gp or (clinician.organisation is not None and clinician.organisation.ods_code == practice)
        )

    roles = sorted(
        {p.author.role for p in context.facts.authored if p.author and p.author.role and not at_practice(p.author)}
    )
    overall = record.overall_conclusion
    gp_holds_it = (overall is not None and at_practice(overall.author)) or (
        record.attestation is not None and at_practice(record.attestation.by)
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
            named = local_id_label("recipient", recipient.id, index)
            yield Problem(
                f"{named} ({recipient.role}) has no route to receive the record",
                f"$.recipients[{index}].route",
            )


@rule("MA307", "mesh-mailbox-malformed", "error", "A recipient's MESH mailbox id is not one MESH could deliver to.")
def mesh_mailbox_malformed(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Every MESH route's mailbox id has the form of one: upper-case letters and digits, with at least one of
    each (a mailbox id starts with its organisation's ODS code), of the length in mappings/routes.toml, and
    not one character or part repeated ("XXXXXXXX", an id pasted twice), nor the ODS code alone, nor a
    placeholder ("TBC") or an English word, or a few run together, standing in for an id ("MAILBOX1",
    "TESTBOX1").

    Why it matters:
    MESH delivers only to a mailbox that exists. A made-up or placeholder id makes the record look shared
    while the midwife or health visitor caring for the baby receives nothing.

    Example:
    "route": {"kind": "mesh", "mailbox": "XXXXXXXX"}

    Instead:
    Ask the recipient organisation for its MESH mailbox id (the MESH directory lists them) and record it.
    """
    for index, recipient in enumerate(record.recipients):
        route = recipient.route
        if route is not None and route.kind == "mesh":
            problem = mailbox_problem(route.mailbox)
            if problem:
                named = local_id_label("recipient", recipient.id, index)
                yield Problem(
                    f"{named} ({recipient.role}) has a MESH mailbox id that cannot exist: {problem}",
                    f"$.recipients[{index}].route.mailbox",
                )


@rule(
    "MA308",
    "network-endpoint-malformed",
    "error",
    "A recipient's MLLP host or FHIR base URL names no server that could be reached.",
)
def network_endpoint_malformed(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Every MLLP route's host is an IP address or a fully qualified domain name; every FHIR route's base URL
    is https with such a host and carries no credentials, query or fragment. The host must be a machine
    another organisation receives on: not this machine (localhost, 127.0.0.1, ::1; allowed, with plain http,
    only on a test site whose configuration sets `local_receivers`), not 0.0.0.0, :: or a multicast group,
    not a link-local or reserved address (169.254.x.x, fe80::, 255.255.255.255), and not under the reserved
    domain "invalid". The reserved names and addresses are in mappings/routes.toml with their RFCs. A domain
    name is written in ASCII: an internationalised name in its A-label form ("xn--maternit-i1a.example",
    RFC 5890), as interface engines are configured; in Unicode, a letter from another script that looks like a
    Latin one would name a different server unseen (an IDN homograph), so it is refused rather than read.

    Why it matters:
    An address that names no server ("tbc", "https://", an empty URL) fails at the moment of sharing, or
    never is attempted, and the maternity unit plans the birth without the assessment.

    Example:
    "route": {"kind": "fhir", "base_url": "https://"}

    Instead:
    Record the interface address the receiving trust gives, e.g. "https://fhir.trust.nhs.uk/R4" or host
    "interface.trust.nhs.uk" with its port.
    """
    for index, recipient in enumerate(record.recipients):
        route = recipient.route
        where = f"$.recipients[{index}].route"
        if route is not None and route.kind == "mllp":
            problem = host_problem(route.host, context.settings)
            if problem:
                named = local_id_label("recipient", recipient.id, index)
                yield Problem(
                    f"{named} ({recipient.role}) has an MLLP host that names no server: {problem}",
                    f"{where}.host",
                )
        elif route is not None and route.kind == "fhir":
            problem = fhir_url_problem(route.base_url, context.settings)
            if problem:
                named = local_id_label("recipient", recipient.id, index)
                yield Problem(
                    f"{named} ({recipient.role}) has a FHIR base URL that cannot be sent to: {problem}",
                    f"{where}.base_url",
                )


@rule(
    "MA309",
    "manual-route-not-described",
    "error",
    "A manual hand-over is described by a placeholder, not an instruction.",
)
def manual_route_not_described(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Every manual route describes the hand-over in at least the number of words in mappings/routes.toml, and
    is neither a placeholder ("tbc", "-", "n/a") nor a note that it is still to be arranged ("to be
    confirmed", "will be sorted by the ward") or left to a parent to pass on ("given to mum to pass on",
    "mother will take her copy round", the parents' own names read as "mother" and "partner"), nor a hand-over
    that cannot happen as written (handed over "by the baby"; posted to an address the sender says it does not
    have, "no known address"; the baby's own people, "by the baby's grandmother", and an address on file stand),
    nor only an
    address (a link, an email address or a telephone number, with fewer than those words besides: where to find
    someone is not who hands the record over; beside a described hand-over an address stands), and says how the
    record reaches the recipient: a word of handing, sending or reading it through, or of what is handed or how
    ("copy", "letter", "by post"; "same as last time" or "foster carer at the meeting" say none), and more than
    that word: a hand-over verb with only particles and fillers ("Hand over.", "Send it on."), or a manner of
    handing over with only those ("By hand.", "In person.", "Paper copy."), names no one, no place, no time and
    nothing handed (a manner naming a copy beside a hand-over verb gives the copy handed: "Post the printed
    copy." stands as "Post the copy." does), in any disguise
    (text is compared after medassess.gate.text.normalise, and a word under a right-to-left override both as
    shown and as typed).
    The phrases and patterns are in mappings/routes.toml [manual].

    Why it matters:
    The safeguarding review found foster carers were not told about the mother's medicines. "tbc" against
    the foster carer records that nobody has arranged how they will be told.

    Example:
    "route": {"kind": "manual", "description": "tbc"}

    Instead:
    Describe the hand-over: who gives what to whom, and when, e.g. "Printed copy handed to the foster carer
    by the ward midwife at discharge".
    """
    parents: tuple[tuple[str, str], ...] | None = None
    for index, recipient in enumerate(record.recipients):
        route = recipient.route
        if route is not None and route.kind == "manual":
            parents = parents_named(record) if parents is None else parents
            problem = manual_problem(route.description, context.settings, parents)
            if problem:
                named = local_id_label("recipient", recipient.id, index)
                yield Problem(
                    f"{named} ({recipient.role}) has a manual route that is not an instruction: {problem}",
                    f"$.recipients[{index}].route.description",
                )


@rule("MA310", "ods-code-malformed", "error", "An organisation's ODS code does not have a form ODS issues.")
def ods_code_malformed(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Every organisation the record names (the registered practice, prescribers, authors' organisations, the
    social worker's, recipients') has an ODS code of a shape ODS issues: 3 or 5 letters and digits (an
    organisation or a site) or a letter and 5 digits (a GP practice), with at least one letter, and not one
    character repeated or a placeholder ("TBC", "XXX"). The shapes are data, with their source, in
    mappings/routes.toml.

    Why it matters:
    Receiving systems find organisations, and route documents, by ODS code. A made-up code files the
    record against no organisation, or another one, and the people caring for the baby never see it.

    Example:
    "organisation": {"ods_code": "XXXXXX"}

    Instead:
    Look the organisation up in the ODS Portal (odsportal.digital.nhs.uk) and record its code.
    """
    for path, organisation in organisations(record):
        problem = ods_problem(organisation.ods_code)
        if problem:
            yield Problem(f"an organisation's ODS code is not well formed: {problem}", f"{path}.ods_code")


@rule(
    "MA311",
    "contact-telephone-impossible",
    "error",
    "A contact's telephone number is a placeholder or no number that can be rung.",
)
def contact_telephone_impossible(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    The allocated social worker's telephone number, when the record gives one, is a number: a UK number (0 and
    9 or 10 more digits, +44 accepted) or an international one (+ or 00, a country code, at most 15 digits),
    written with any spaces, brackets or extension, and not one digit repeated ("00000 000000") or a
    placeholder ("tbc"). A value may hold its number with a label ("Duty desk:"), a note in brackets or a
    second number: it passes when at least one number found in it (starting +, 00 or 0, so a time such as
    "9-5" is none) can be rung and none is one digit repeated. The shapes are in mappings/routes.toml with
    their sources.

    Why it matters:
    The midwife, health visitor or foster carer who reads the record rings the social worker when the
    baby's safety is in question. A number nobody can ring looks like a contact and is none.

    Example:
    "social_worker": {"name": {...}, "telephone": "tbc"}

    Instead:
    Record the social worker's direct line or the team's duty number, or leave the telephone out.
    """
    worker = record.safeguarding.social_worker
    if worker is not None and worker.telephone is not None:
        problem = telephone_problem(worker.telephone)
        if problem:
            yield Problem(
                f"the social worker's telephone number cannot be rung: {problem}",
                "$.safeguarding.social_worker.telephone",
            )


@rule(
    "MA312",
    "route-cannot-reach-recipient",
    "error",
    "A private person, such as the foster carer, is given an organisation's system interface as their route.",
)
def route_cannot_reach_recipient(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    A recipient who is a private person (the foster carer) has a route that can reach a person: a manual
    hand-over, or a folder the site delivers from by its own means. MESH mailboxes, MLLP endpoints and FHIR
    servers are organisations' system interfaces; which roles are private persons and which route kinds only
    an organisation receives on are data in mappings/routes.toml ([recipients]), with their reasons.

    Why it matters:
    A foster carer has no MESH mailbox, HL7 interface or FHIR server. A record sent there lands in a hospital
    or agency system, or nowhere, while the carer looking after the baby tonight has nothing: the record looks
    shared with her and is not.

    Example:
    {"id": "rcp-foster", "role": "foster-carer", "route": {"kind": "mllp", "host": "hl7.trust.example.nhs.uk",
    "port": 2575}}

    Instead:
    Hand it over and record how: {"kind": "manual", "description": "Printed copy handed to the foster carer at
    discharge by the ward midwife"}; send the fostering service its copy as the placement provider.
    """
    for index, recipient in enumerate(record.recipients):
        if recipient.route is not None:
            problem = route_kind_problem(recipient.role, recipient.route.kind)
            if problem:
                yield Problem(problem, f"$.recipients[{index}].route.kind")
