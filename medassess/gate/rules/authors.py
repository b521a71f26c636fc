"""MA2xx: who wrote the assessments and conclusions, and when."""

from __future__ import annotations

from collections.abc import Iterator

from ..._identifiers import registration_problem
from ..._record import Record
from ..registry import GateContext, Problem, rule


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
    4 digits, a letter, GPhC 7 digits starting with 2, HCPC 2 letters and 5 or 6 digits, SWE "SW" and digits.

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

