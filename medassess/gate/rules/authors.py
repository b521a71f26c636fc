"""MA2xx: who wrote the assessments and conclusions, whether they can answer for them, and when."""

from __future__ import annotations

from collections.abc import Iterator

from ...record.identifiers import local_id_label, registration_problem
from ...record.model import Record
from ..attribution import PersonName, impossible_number, person_name, register_tables, registration_key, same_person
from ..dates import pregnancy_start, pregnancy_start_latest, shift
from ..registry import Area, GateContext, Problem, rule

AREA = Area("authors", "Who wrote the assessments and conclusions, and when", written_conclusions=True)


@rule("MA201", "author-not-identified", "error", "An assessment, conclusion or attestation has no named author.")
def author_not_identified(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Each assessment of a medicine that needs one, the overall conclusion, and the attestation name the
    clinician responsible.

    Why it matters:
    A midwife or social worker with a question about the baby's risk must know whom to call. An unsigned
    conclusion cannot be queried, corrected or relied on.

    Example:
    "author": {"role": "general-practitioner"} with no "name".

    Instead:
    Record the clinician's name, role, registration and organisation.
    """
    for s in context.facts.signers:
        path, label, clinician, required = s.path, s.label, s.clinician, s.required
        if clinician is None and required:
            yield Problem(f"{label} has no author", path)
        elif clinician is not None and clinician.name is None:
            yield Problem(f"the author of {label} is not named", f"{path}.name")


@rule("MA202", "author-role-missing", "error", "An author's clinical role is not recorded.")
def author_role_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Every author (of an assessment, the overall conclusion, the attestation) has a clinical role.

    Why it matters:
    The receiving professionals weigh a conclusion by who wrote it, and the gate decides from the role whether
    the GP must receive a copy. Without the role, the baby's GP may never hear of a specialist's conclusion.

    Example:
    "author": {"name": {...}, "registration": {...}} with no "role".

    Instead:
    Record the role, e.g. "role": "general-practitioner" or "psychiatrist".
    """
    for s in context.facts.signers:
        path, label, clinician = s.path, s.label, s.clinician
        if clinician is not None and clinician.role is None:
            yield Problem(f"the author of {label} has no clinical role", f"{path}.role")


@rule("MA203", "registration-missing", "error", "An author's professional registration is not recorded.")
def registration_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Every author of a required assessment, the overall conclusion and the attestation has a professional
    registration (GMC, NMC, GPhC, HCPC or Social Work England).

    Why it matters:
    Registration shows the conclusion about the baby's safety comes from an accountable professional, and
    identifies them unambiguously when the record is reviewed after harm.

    Example:
    "author": {"name": {...}, "role": "general-practitioner"} with no "registration".

    Instead:
    Record the registration: "registration": {"body": "GMC", "number": "7012345"}.
    """
    for s in context.facts.signers:
        path, label, clinician, required = s.path, s.label, s.clinician, s.required
        if clinician is not None and required and clinician.registration is None:
            yield Problem(f"the author of {label} has no professional registration", f"{path}.registration")


@rule("MA204", "registration-malformed", "error", "An author's registration number has the wrong form.")
def registration_malformed(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Every recorded registration number has its register's form: GMC 7 digits, NMC 2 digits, a letter,
    4 digits, a letter, GPhC 7 digits starting with 2, HCPC the profession's code (2 or 3 letters: PA, OT, PYL,
    ODP, HAD; the HCPC's own, in mappings/registers.toml) and 5 or 6 digits, SWE "SW" and digits.

    Why it matters:
    A mistyped number identifies nobody, or someone else; the clinician answerable for the conclusion about
    the baby could not be found when it matters.

    Example:
    "registration": {"body": "GMC", "number": "70123"}

    Instead:
    Copy the number from the register (e.g. the GMC's List of Registered Medical Practitioners).
    """
    for s in context.facts.signers:
        path, label, clinician = s.path, s.label, s.clinician
        registration = clinician.registration if clinician else None
        if registration is not None:
            problem = registration_problem(registration.body, registration.number)
            if problem:
                yield Problem(
                    f"the registration of the author of {label} is not well formed: {problem}",
                    f"{path}.registration.number",
                )


@rule("MA205", "assessment-date-missing", "error", "An assessment or the overall conclusion is not dated.")
def assessment_date_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Each assessment of a medicine that needs one, and the overall conclusion, has a date.

    Why it matters:
    Without a date nobody can tell whether the assessment came before or after a dose change, or whether it
    is still current when the baby is born.

    Example:
    An assessment with no "date".

    Instead:
    Record the date the clinician made the assessment: "date": "2026-03-02".
    """
    for part in context.facts.authored:
        if part.required and part.date is None:
            yield Problem(f"{part.label} has no date", f"{part.path}.date")


@rule("MA206", "assessment-date-in-future", "error", "An assessment or the overall conclusion is dated in the future.")
def assessment_date_in_future(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    No assessment or overall conclusion is dated after today.

    Why it matters:
    A future date is a typing mistake or an assessment not yet made; either way the professionals caring for
    the baby cannot tell when, or whether, the medicines were assessed.

    Example:
    "date": "2099-03-02"

    Instead:
    Date the assessment on the day it was made.
    """
    for part in context.facts.authored:
        if part.date is not None and part.date > context.today:
            yield Problem(f"{part.label} is dated in the future", f"{part.path}.date")


@rule("MA207", "register-does-not-fit-role", "error", "An author's register is not the one their role registers with.")
def register_does_not_fit_role(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Every signer's registration is with a register their role belongs to: GMC for general practitioners,
    obstetricians and psychiatrists; NMC for midwives, nurses and health visitors; GPhC for pharmacists and
    clinical pharmacists; any register for "other". The table is data, in mappings/registers.toml.

    Why it matters:
    A GP with an NMC number, or a midwife with a GMC number, is a mistyped role or registration. Either way
    the clinician answerable for the conclusion about the baby cannot be found on the register named.

    Example:
    "role": "registered-midwife", "registration": {"body": "GMC", "number": "7012345"}

    Instead:
    Correct the role or the registration, copying the number from the register the clinician belongs to.
    """
    fitting = register_tables().registers_by_role
    for s in context.facts.signers:
        clinician = s.clinician
        if clinician is None or clinician.role is None or clinician.registration is None:
            continue
        allowed = fitting.get(clinician.role, ())
        if clinician.registration.body not in allowed:
            yield Problem(
                f"the author of {s.label} is recorded as {clinician.role} with a {clinician.registration.body} "
                f"registration; that role registers with {' or '.join(allowed)}",
                f"{s.path}.registration.body",
            )


@rule("MA208", "registration-number-impossible", "error", "An author's registration number is one no register issues.")
def registration_number_impossible(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    No well-formed registration number has digits that are all zeros or all the same digit (GMC 0000000,
    GPhC 2222222, NMC 00A0000A).

    Why it matters:
    A number typed to get past a required field identifies nobody. The record would look attributed while
    no accountable clinician stands behind the conclusion about the baby.

    Example:
    "registration": {"body": "GMC", "number": "0000000"}

    Instead:
    Copy the clinician's number from the register, or leave the registration out until it is known (the
    gate then asks for it).
    """
    for s in context.facts.signers:
        registration = s.clinician.registration if s.clinician else None
        if (
            registration is not None
            and registration_problem(registration.body, registration.number) is None
            and impossible_number(registration.number)
        ):
            yield Problem(
                f"the registration number of the author of {s.label} is not one the register issues",
                f"{s.path}.registration.number",
            )


@rule(
    "MA209",
    "registration-under-two-names",
    "error",
    "One registration number is recorded under two different names.",
)
def registration_under_two_names(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Signers with the same register and number have names that can be one person's: the same family name,
    and first given names that agree where both are written (an initial agrees with the name it starts).
    Names are compared after medassess.gate.text.normalise, so case, accents, look-alike letters and
    invisible characters do not tell two people apart, nor do spaces, hyphens and apostrophes inside a family
    name ("Mc Allister" and "McAllister", "O'Neill" and "ONeill"); titles and middle names are not compared.
    The same clinician signing several parts passes.

    Why it matters:
    A registration identifies one clinician. Under two names, at least one signer is not who the register
    says, and the conclusion about the baby has no accountable author.

    Example:
    Assessment by "Priya Shah", GMC 7012345; overall conclusion by "Owen Pritchard", GMC 7012345.

    Instead:
    Record each clinician's own registration number.
    """
    first: dict[tuple[str, str], tuple[str, PersonName]] = {}
    for s in context.facts.signers:
        clinician = s.clinician
        if clinician is None or clinician.name is None:
            continue
        key = registration_key(clinician)
        if key is None:
            continue
        name = person_name(clinician.name)
        seen = first.setdefault(key, (s.label, name))
        if not same_person(seen[1], name):
            yield Problem(
                f"the registration of the author of {s.label} is also recorded for {seen[0]} under another name",
                f"{s.path}.registration.number",
            )


@rule(
    "MA210",
    "author-not-accountable",
    "error",
    "A part is signed by someone whose role cannot be accountable for it.",
)
def author_not_accountable(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    The attestation is by a clinician in one of the template's clinical roles (not "other"); and an author
    whose role counts only with a registration ("other") has one, for every part they wrote, required or not
    (for required parts MA203 reports a missing registration already). The roles are data, in
    mappings/registers.toml.

    Why it matters:
    Attesting confirms the whole record is complete and correct for the people caring for the baby; only a
    clinician accountable for the assessments can do that. An unregistered author of unknown role answers to
    no professional body for what they wrote.

    Example:
    "attestation": {"by": {"name": {...}, "role": "other"}, ...}

    Instead:
    Have the GP, midwife, obstetrician, psychiatrist, nurse, health visitor or pharmacist responsible attest
    the record, and record the registration of any other author.
    """
    tables = register_tables()
    for s in context.facts.signers:
        clinician = s.clinician
        if clinician is None or clinician.role is None:
            continue
        if s.path == "$.attestation.by" and clinician.role not in tables.attesting_roles:
            yield Problem(
                f"the attestation is by a clinician in role {clinician.role}, who cannot attest the record",
                f"{s.path}.role",
            )
        elif clinician.role in tables.registration_required_roles and clinician.registration is None and not s.required:
            yield Problem(
                f"the author of {s.label} has role {clinician.role} and no registration, so is accountable to no "
                "register",
                f"{s.path}.registration",
            )


@rule(
    "MA211",
    "attestation-date-impossible",
    "error",
    "The record is attested in the future or before the assessments it attests.",
)
def attestation_date_impossible(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    The attestation's day (in its own time zone) is not after today, and not before the latest date of any
    assessment or of the overall conclusion (a part dated in the future is MA206's to report).

    Why it matters:
    An attestation confirms the record as it stands. One dated before the last assessment confirms a record
    that did not yet hold it; one in the future (a typing mistake such as 2099) has not happened. Either way
    nobody has confirmed what the professionals caring for the baby receive.

    Example:
    "attestation": {"at": "2026-03-01T10:00:00+00:00"} with an assessment dated 2026-03-02.

    Instead:
    Attest the record after the last assessment and conclusion are written, and record when that was.
    """
    attestation = record.attestation
    if attestation is None:
        return
    day = attestation.at.date()
    if day > context.today:
        yield Problem("the record is attested on a date in the future", "$.attestation.at")
    # A part dated after today is MA206's mistake; measuring the attestation against it would report it twice.
    latest = max(
        (p.date for p in context.facts.authored if p.date is not None and p.date <= context.today), default=None
    )
    if latest is not None and day < latest:
        yield Problem(
            "the record is attested before the latest assessment or conclusion it confirms was written",
            "$.attestation.at",
        )


@rule(
    "MA212",
    "assessment-before-pregnancy",
    "error",
    "An assessment or the overall conclusion is dated before the pregnancy began.",
)
def assessment_before_pregnancy(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    No assessment, and not the overall conclusion, is dated more than conception_margin_days (14, in
    mappings/share-gate.toml) before the pregnancy began: 280 days before the EDD, or the recorded gestation
    before the day it was recorded (the earlier when both are given), or for a delivered baby with neither,
    the longest pregnancy in the settings before delivery. An assessment marked pre_conception (advice given
    before the pregnancy, such as valproate pregnancy prevention) is exempt, and so is the overall
    conclusion when every assessment is; but the mark must fit its date: an assessment marked pre_conception
    and dated more than conception_margin_days after the pregnancy began (by its EDD or recorded gestation,
    the later start when they differ) lies inside the pregnancy and is refused.

    Why it matters:
    An assessment written months before this pregnancy did not consider it: not the baby's exposure, not
    the birth, not the care after it. Shared as if current, it tells the professionals the medicines were
    assessed for this baby when they were not. An assessment made during the pregnancy but marked as
    pre-conception advice is read as history, not as the current assessment, and escapes this check.

    Example:
    "edd": "2026-05-15" (pregnancy from 2025-08-08) and an assessment dated 2025-03-02.

    Instead:
    Assess the medicines for this pregnancy and date the assessment when it was made; mark advice given
    before the pregnancy as "pre_conception": true.
    """
    start = pregnancy_start(record.pregnancy, context.settings)
    if start is None:
        return
    earliest = shift(start, -context.settings.conception_margin_days)
    exempt_overall = bool(record.assessments) and all(a.pre_conception for a in record.assessments)
    latest = pregnancy_start_latest(record.pregnancy)
    marked_until = shift(latest, context.settings.conception_margin_days) if latest is not None else None
    for index, assessment in enumerate(record.assessments):
        if assessment.date is None:
            continue
        named = local_id_label("assessment", assessment.id, index)
        if not assessment.pre_conception and assessment.date < earliest:
            yield Problem(
                f"{named} is dated before this pregnancy began and is not marked as pre-conception advice",
                f"$.assessments[{index}].date",
            )
        elif assessment.pre_conception and marked_until is not None and assessment.date > marked_until:
            yield Problem(
                f"{named} is marked as pre-conception advice but dated inside this pregnancy (expected a date "
                "before it began, or the assessment not marked pre_conception)",
                f"$.assessments[{index}].pre_conception",
            )
    overall = record.overall_conclusion
    if overall is not None and overall.date is not None and overall.date < earliest and not exempt_overall:
        yield Problem("the overall conclusion is dated before this pregnancy began", "$.overall_conclusion.date")
