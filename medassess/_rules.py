"""The share gate's rule catalogue. See medassess._gate for the engine and the documentation format.

Codes by range: MA0xx the record itself (status, identity, pregnancy, template); MA1xx the assessments and
conclusions; MA2xx who wrote them and when; MA3xx who receives the record; MA4xx the lawful basis.

Requirements follow the clinician's decisions: an assessment is required for each medicine that needs one
(high-risk class or flagged, see medassess._classes), so a record with only paracetamol and a laxative is asked
for none. Whatever is written is checked whether it was required or not: a placeholder conclusion that is
shared misleads as much as a missing one.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ._classes import Classification, classify
from ._exceptions import TemplateError
from ._gate import GateContext, GateSettings, Problem, rule
from ._identifiers import nhs_number_problem, registration_problem
from ._record import Assessment, Clinician, Record
from ._resources import data_path
from ._template import Item, Predicate, get_template, value_at


@functools.cache
def shipped_settings() -> GateSettings:
    raw = tomllib.loads((data_path("mappings") / "share-gate.toml").read_text(encoding="utf-8"))
    return GateSettings(
        min_conclusion_chars=int(raw["min_conclusion_chars"]),
        placeholders=tuple(str(p).casefold() for p in raw["placeholders"]),
    )


# ------------------------------------------------------------------------------------------------------------
# Helpers shared by the rules.

_SPACE = re.compile(r"\s+")
_POINTER = "..."
"""A placeholder phrase ending in "..." is a pointer prefix: "see ..." matches "see letter from the clinic"."""


def _normalise(text: str) -> str:
    return _SPACE.sub(" ", text.casefold()).strip().rstrip(".,;:!?").strip()


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


@functools.lru_cache(maxsize=8)
def _phrases(placeholders: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The settings' placeholders, normalised once: whole phrases, and pointer prefixes ("see ..." as "see")."""
    whole = frozenset(_normalise(p) for p in placeholders if not p.endswith(_POINTER))
    pointers = tuple(_normalise(p.removesuffix(_POINTER)) for p in placeholders if p.endswith(_POINTER))
    return whole, pointers


def is_placeholder(text: str, settings: GateSettings, *, pointers: bool = True) -> bool:
    """True when ``text`` stands in for a conclusion without being one: only punctuation, one of the settings'
    placeholder phrases (case, spacing and trailing punctuation ignored), or, with ``pointers``, a pointer to
    another document such as "See letter from drug service"."""
    normal = _normalise(text)
    if not any(c.isalnum() for c in normal):
        return True
    whole, prefixes = _phrases(settings.placeholders)
    if normal in whole:
        return True
    return pointers and any(normal == p or normal.startswith(p + " ") for p in prefixes)


def _unwritten(text: str | None, settings: GateSettings) -> bool:
    """Blank, or a placeholder phrase. Pointers are not applied: "See the GP in two weeks" is a recommendation."""
    return text is None or not text.strip() or is_placeholder(text, settings, pointers=False)


def _needing(record: Record) -> dict[str, Classification]:
    """The medicines that need a written assessment (the mother's and the partner's alike), by id."""
    found = {m.id: classify(m) for m in record.medicines}
    return {mid: c for mid, c in found.items() if c.needs_assessment}


def _covers_needing(assessment: Assessment, needing: dict[str, Classification]) -> bool:
    return any(mid in needing for mid in assessment.medicine_ids)


@dataclass(frozen=True, slots=True)
class _Authored:
    """A written, signed part of the record: an assessment or the overall conclusion."""

    path: str
    label: str
    author: Clinician | None
    date: dt.date | None
    required: bool
    medicine_ids: tuple[str, ...]


def _authored(record: Record) -> Iterator[_Authored]:
    """Each assessment, then the overall conclusion when there is one; ``required`` when the record's medicines
    demand it. The overall conclusion covers every medicine that needs an assessment."""
    needing = _needing(record)
    for index, a in enumerate(record.assessments):
        yield _Authored(
            f"$.assessments[{index}]",
            f"assessment {a.id}",
            a.author,
            a.date,
            _covers_needing(a, needing),
            tuple(a.medicine_ids),
        )
    if record.overall_conclusion is not None:
        c = record.overall_conclusion
        yield _Authored(
            "$.overall_conclusion", "the overall conclusion", c.author, c.date, bool(needing), tuple(needing)
        )


def _signers(record: Record) -> Iterator[tuple[str, str, Clinician | None, bool]]:
    """(path to the clinician, what they signed, the clinician, whether one is required)."""
    for part in _authored(record):
        yield f"{part.path}.author", part.label, part.author, part.required
    if record.attestation is not None:
        yield "$.attestation.by", "the attestation", record.attestation.by, True


def _conclusions(record: Record) -> Iterator[tuple[str, str, str]]:
    """(path, label, text) of every conclusion written in the record."""
    for index, a in enumerate(record.assessments):
        if a.conclusion is not None and not _blank(a.conclusion):
            yield f"$.assessments[{index}].conclusion", f"assessment {a.id}", a.conclusion
    text = record.overall_conclusion.text if record.overall_conclusion else None
    if text is not None and not _blank(text):
        yield "$.overall_conclusion.text", "the overall conclusion", text


_EXPOSURE_CONCERNS = frozenset({"teratogenicity", "neonatal-withdrawal", "breastfeeding"})
"""Concerns that reach the baby through the mother's body. A partner's medicine raises only the others (sedation
and safe sleep, relapse if stopped): the baby is not exposed to it in the womb or through breast milk."""


def _required_assessments(record: Record) -> Iterator[tuple[int, Assessment, tuple[str, ...]]]:
    """(index, assessment, concerns of the medicines it covers) for assessments of medicines needing one."""
    needing = _needing(record)
    for index, a in enumerate(record.assessments):
        if _covers_needing(a, needing):
            concerns: dict[str, None] = {}
            for mid in a.medicine_ids:
                if mid in needing:
                    partner = record.medicine(mid).taken_by == "partner"
                    concerns.update(
                        dict.fromkeys(c for c in needing[mid].concerns if not (partner and c in _EXPOSURE_CONCERNS))
                    )
            yield index, a, tuple(concerns)


def _has_recipient(record: Record, *roles: str) -> bool:
    return any(r.role in roles for r in record.recipients)


# ------------------------------------------------------------------------------------------------------------
# MA0xx: the record itself.


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


# ------------------------------------------------------------------------------------------------------------
# MA1xx: assessments and conclusions.


@rule("MA101", "medicine-not-assessed", "error", "A medicine that needs a written assessment has none.")
def medicine_not_assessed(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Every medicine that needs a written assessment (one in a high-risk class, or flagged by the clinician;
    the partner's as well as the mother's) is covered by at least one assessment.

    Why it matters:
    The safeguarding review behind this tool found the assessments of a mother's medicines were not written
    down and shared, and a baby was harmed after discharge. A medicine left out of the assessment is a risk to
    the baby (withdrawal, sedation and unsafe sleep, harm in the womb) that nobody has been told about.

    Example:
    Diazepam and pregabalin listed; the only assessment has "medicine_ids": ["med-pregabalin"].

    Instead:
    Write an assessment covering each such medicine (one assessment may cover several), or remove a medicine
    from the record if it is no longer relevant.
    """
    covered = {mid for a in record.assessments for mid in a.medicine_ids}
    needing = _needing(record)
    for index, medicine in enumerate(record.medicines):
        found = needing.get(medicine.id)
        if found is not None and medicine.id not in covered:
            why = ", ".join(c.label for c in found.classes) or "flagged by the clinician"
            whose = "the partner's " if medicine.taken_by == "partner" else ""
            yield Problem(
                f"{whose}medicine {medicine.id} needs a written assessment ({why}), and no assessment covers it",
                f"$.medicines[{index}]",
            )


@rule("MA102", "conclusion-missing", "error", "An assessment of a medicine that needs one has no written conclusion.")
def conclusion_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Each assessment covering a medicine that needs one has a conclusion that is not blank.

    Why it matters:
    The conclusion is what the midwife, health visitor, social worker and foster carer act on. An assessment
    without one leaves them to guess what the clinician decided about the risk to the baby.

    Example:
    An assessment of sodium valproate with impact and recommendations but no "conclusion".

    Instead:
    Write the conclusion in the record itself: what happens with the medicine, what it means for the baby,
    and what the professionals must do.
    """
    for index, a, _ in _required_assessments(record):
        if _blank(a.conclusion):
            yield Problem(f"assessment {a.id} has no written conclusion", f"$.assessments[{index}].conclusion")


@rule("MA103", "conclusion-placeholder", "error", "A conclusion is a placeholder, not a conclusion.")
def conclusion_placeholder(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    No conclusion (an assessment's, or the overall one) is only a placeholder: a phrase from the settings'
    list (e.g. "see letter", "as above", "n/a", "nil", "tbc", "discussed", "-"), a pointer to another document
    ("See letter from drug service."), or punctuation. Case, spacing and trailing punctuation are ignored.
    The phrases are data, in mappings/share-gate.toml.

    Why it matters:
    The letter it points to is not shared with the foster carer or health visitor, and "as above" means
    nothing once the record is filed elsewhere. The professionals caring for the baby receive no conclusion.

    Example:
    "conclusion": "See letter from drug service."

    Instead:
    Write the conclusion itself, e.g. "Methadone 60 mg daily continues; the baby needs observation for
    withdrawal for at least 72 hours; no co-sleeping because of sedation after each dose."
    """
    for path, label, text in _conclusions(record):
        if is_placeholder(text, context.settings):
            yield Problem(f"the conclusion of {label} is a placeholder, not a written conclusion", path)


@rule("MA104", "conclusion-too-short", "error", "A conclusion is shorter than the configured minimum.")
def conclusion_too_short(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Every written conclusion that is not a placeholder is at least the minimum length in the settings
    (min_conclusion_chars in mappings/share-gate.toml, counted after trimming spaces).

    Why it matters:
    A conclusion that must tell a foster carer about withdrawal signs, sedation and safe sleep cannot be
    said in a few words; a one-liner such as "Continue methadone." leaves out what it means for the baby.

    Example:
    "conclusion": "Continue methadone."

    Instead:
    Say what happens with the medicine, what it means for the baby, and what each professional must do.
    """
    minimum = context.settings.min_conclusion_chars
    for path, label, text in _conclusions(record):
        if not is_placeholder(text, context.settings) and len(text.strip()) < minimum:
            yield Problem(f"the conclusion of {label} is shorter than {minimum} characters", path)


@rule("MA105", "impact-on-baby-missing", "error", "An assessment does not say what the medicine means for the baby.")
def impact_on_baby_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Each assessment covering a medicine that needs one has an impact on the baby (impact_on_baby.summary)
    that is neither blank nor a placeholder such as "n/a".

    Why it matters:
    The impact on the baby is the reason the assessment exists: withdrawal after birth, harm in the womb,
    paediatric review, effects through breast milk. Without it the people caring for the baby do not know
    what to look for.

    Example:
    A lithium assessment with "impact_on_baby": {"breastfeeding": "Not advised."} and no "summary".

    Instead:
    Write the impact on the baby, e.g. "Paediatric review after birth; lithium level within 24 hours of
    birth; watch for floppiness, poor feeding and drowsiness."
    """
    for index, a, _ in _required_assessments(record):
        summary = a.impact_on_baby.summary if a.impact_on_baby else None
        if _unwritten(summary, context.settings):
            yield Problem(
                f"assessment {a.id} does not say what the medicine means for the baby",
                f"$.assessments[{index}].impact_on_baby.summary",
            )


@rule("MA106", "recommendations-missing", "error", "An assessment gives no recommendations.")
def recommendations_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Each assessment covering a medicine that needs one has recommendations that are neither blank nor a
    placeholder such as "nil".

    Why it matters:
    Recommendations turn the assessment into actions: who monitors what, what not to change, who to tell.
    Without them a risk to the baby is known and nobody is asked to do anything about it.

    Example:
    "recommendations": "Nil."

    Instead:
    Write what each professional should do, e.g. "Do not stop valproate abruptly; urgent neurology and
    obstetric referral; detailed anomaly scan."
    """
    for index, a, _ in _required_assessments(record):
        if _unwritten(a.recommendations, context.settings):
            yield Problem(f"assessment {a.id} gives no recommendations", f"$.assessments[{index}].recommendations")


@rule("MA107", "overall-conclusion-missing", "error", "Medicines need assessment but there is no overall conclusion.")
def overall_conclusion_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    When any medicine needs a written assessment, the record has an overall conclusion with text.

    Why it matters:
    Medicines act together: methadone and a benzodiazepine both sedate, and both can cause withdrawal in the
    baby. The overall conclusion is the one place that says what they mean together for the baby's care.

    Example:
    Two assessments and no "overall_conclusion".

    Instead:
    Write an overall conclusion across all the medicines, with its author and date.
    """
    if not _needing(record):
        return
    conclusion = record.overall_conclusion
    if conclusion is None:
        yield Problem(
            "medicines need a written assessment, but the record has no overall conclusion", "$.overall_conclusion"
        )
    elif _blank(conclusion.text):
        yield Problem("the overall conclusion has no text", "$.overall_conclusion.text")


@rule(
    "MA108",
    "assessment-predates-medicine",
    "error",
    "An assessment is dated before a medicine it covers was started or last changed.",
)
def assessment_predates_medicine(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    No assessment (nor the overall conclusion) is dated before the start date or the last change of any
    medicine it covers. The overall conclusion covers every medicine that needs an assessment.

    Why it matters:
    A conclusion written before a medicine was started, or before its dose was increased, does not cover the
    medicine as she now takes it. A higher methadone dose can mean worse withdrawal for the baby and more
    sedation at night; the professionals would be working from an out-of-date assessment.

    Example:
    Assessment dated 2026-03-02; methadone "last_changed": "2026-03-05" (dose increased from 60 mg to 70 mg).

    Instead:
    Review the assessment after any start or dose change, update its conclusion, and date it on or after
    the change.
    """
    for part in _authored(record):
        if part.date is None:
            continue
        for mid in part.medicine_ids:
            medicine = record.medicine(mid)
            latest = max((d for d in (medicine.started, medicine.last_changed) if d is not None), default=None)
            if latest is not None and part.date < latest:
                yield Problem(
                    f"{part.label} is dated before medicine {mid} was started or last changed, so it does not "
                    "cover the medicine as now taken",
                    f"{part.path}.date",
                )


_ITEMS_WITH_THEIR_OWN_RULE: dict[str, str] = {
    "edd": "MA004",
    "delivery-date": "MA005",
    "impact-on-baby": "MA105",
    "recommendations": "MA106",
    "conclusion": "MA102",
    "assessment-author": "MA201",
    "assessment-date": "MA205",
    "overall-conclusion": "MA107",
    "overall-conclusion-author": "MA201",
    "overall-conclusion-date": "MA205",
    "lawful-basis": "MA401",
}
"""Template items a more specific rule reports (with a message that says why), so MA109 does not repeat it."""


def _answered(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return not _blank(value)
    if isinstance(value, list):
        return bool(value)
    return True


def _applies(item: Item, record: Record, needing: dict[str, Classification], assessment: Assessment | None) -> bool:
    if item.mandatory:
        return True
    predicate: Predicate | None = item.required_when
    if predicate is None:
        return False
    checks = {
        "antenatal": lambda: record.pregnancy.stage == "antenatal",
        "postnatal": lambda: record.pregnancy.stage == "postnatal",
        "needs-assessment": lambda: assessment is not None and _covers_needing(assessment, needing),
        "any-assessment-needed": lambda: bool(needing),
        "social-care-involved": lambda: record.safeguarding.social_care_involved,
        "placement": lambda: record.safeguarding.to_placement,
        "partner-medicines": lambda: any(m.taken_by == "partner" for m in record.medicines),
    }
    return bool(checks[predicate]())


@rule("MA109", "template-item-missing", "error", "A question the template requires is not answered.")
def template_item_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Every item of the record's template version that is mandatory, or required by a condition that holds
    (antenatal, postnatal, social care involved, placement, partner's medicines, a medicine needing
    assessment), is answered. Items with a rule of their own (EDD, conclusions, authors, dates, lawful basis)
    are reported by that rule instead.

    Why it matters:
    Each question is there because a review found it missing when a baby was harmed: the gestation that
    dates the plan, the social worker who must be told, the partner whose medicines affect safe sleep.
    An unanswered question is a gap in what the professionals know about the baby's risks.

    Example:
    An antenatal record with no "gestation"; a child protection plan with no "social_worker".

    Instead:
    Answer the item in the template (the message names it and its prompt).
    """
    try:
        template = get_template(record.template.id, record.template.version)
    except TemplateError:
        return  # MA006 reports it.
    needing = _needing(record)
    for _, item in template.items("record"):
        if item.id in _ITEMS_WITH_THEIR_OWN_RULE or not _applies(item, record, needing, None):
            continue
        if not _answered(value_at(record, item.path)):
            yield Problem(f"template item {item.id} is not answered ({item.prompt})", f"$.{item.path}")
    for index, assessment in enumerate(record.assessments):
        for _, item in template.items("assessment"):
            if item.id in _ITEMS_WITH_THEIR_OWN_RULE or not _applies(item, record, needing, assessment):
                continue
            if not _answered(value_at(assessment, item.path)):
                yield Problem(
                    f"template item {item.id} is not answered in assessment {assessment.id} ({item.prompt})",
                    f"$.assessments[{index}].{item.path}",
                )


@rule(
    "MA110",
    "neonatal-withdrawal-plan-missing",
    "warning",
    "A medicine can cause neonatal withdrawal and no observation plan for the baby is written.",
)
def neonatal_withdrawal_plan_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    When an assessment covers a medicine whose class can cause neonatal withdrawal or adaptation (opioids,
    benzodiazepines, gabapentinoids, antidepressants, ...), at least one such assessment records the baby's
    observation plan (impact_on_baby.neonatal_withdrawal_plan). The baby has one plan, so it need not be
    repeated in every assessment. A warning: the clinician may have good reason to leave it to maternity.

    Why it matters:
    Withdrawal signs usually start 48 to 72 hours after birth but can take up to 8 days, often after the
    baby has gone home or to a placement. Observation periods differ between units, so the plan must be
    written, not assumed.

    Example:
    A methadone assessment with no "neonatal_withdrawal_plan".

    Instead:
    Write the local observation plan, e.g. "Observe on the postnatal ward for at least 72 hours per the local
    guideline; health visitor to check for late signs up to day 8."
    """
    concerned = [(i, a) for i, a, concerns in _required_assessments(record) if "neonatal-withdrawal" in concerns]
    if any(a.impact_on_baby and not _blank(a.impact_on_baby.neonatal_withdrawal_plan) for _, a in concerned):
        return
    for index, a in concerned:
        yield Problem(
            f"assessment {a.id} covers a medicine that can cause neonatal withdrawal, and no assessment gives an "
            "observation plan for the baby",
            f"$.assessments[{index}].impact_on_baby.neonatal_withdrawal_plan",
        )


@rule(
    "MA111",
    "safe-sleep-not-addressed",
    "warning",
    "A sedating medicine is assessed without safe sleep advice recorded.",
)
def safe_sleep_not_addressed(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    When an assessment covers a medicine whose class causes sedation (opioids, benzodiazepines,
    gabapentinoids, antipsychotics, sedating antihistamines, ...), either the assessment addresses safe sleep
    (impact_on_mother.safe_sleep) or the record says safe sleep advice was given
    (safeguarding.safe_sleep_advice_given). A warning, for the clinician to judge.

    Why it matters:
    A parent who has taken medicine that causes drowsiness must not share a bed or sofa with the baby; sleeping
    with a baby on a sofa raises the risk of sudden infant death up to 50 times. Safe sleep advice has to be
    consistent between professionals and fit the baby's actual sleeping arrangements.

    Example:
    A diazepam assessment with no "safe_sleep", and "safe_sleep_advice_given" not recorded.

    Instead:
    Record the advice given and the sleeping arrangements, e.g. "Never share a bed or sofa with the baby after
    a dose; cot in the parents' room, to be seen at the home visit."
    """
    if record.safeguarding.safe_sleep_advice_given:
        return
    for index, a, concerns in _required_assessments(record):
        safe_sleep = a.impact_on_mother.safe_sleep if a.impact_on_mother else None
        if "sedation-safe-sleep" in concerns and _unwritten(safe_sleep, context.settings):
            yield Problem(
                f"assessment {a.id} covers a sedating medicine and safe sleep advice is not recorded",
                f"$.assessments[{index}].impact_on_mother.safe_sleep",
            )


@rule(
    "MA112",
    "breastfeeding-not-addressed",
    "warning",
    "An assessment of a medicine that matters for breastfeeding gives no breastfeeding advice.",
)
def breastfeeding_not_addressed(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    When an assessment covers a medicine whose class matters for breastfeeding, it gives breastfeeding
    advice (impact_on_baby.breastfeeding), unless the record says the baby is bottle fed. A warning.

    Why it matters:
    Some medicines pass into breast milk (lithium: breastfeeding not advised); others are compatible and
    stopping breastfeeding for no reason harms the baby too. The midwife and health visitor need the advice
    to support feeding safely.

    Example:
    A sertraline assessment for a mother intending to breastfeed, with no "breastfeeding".

    Instead:
    Record the advice (e.g. from the Specialist Pharmacy Service): "Compatible with breastfeeding."
    """
    if record.pregnancy.infant_feeding == "bottle":
        return
    for index, a, concerns in _required_assessments(record):
        advice = a.impact_on_baby.breastfeeding if a.impact_on_baby else None
        if "breastfeeding" in concerns and _unwritten(advice, context.settings):
            yield Problem(
                f"assessment {a.id} gives no breastfeeding advice",
                f"$.assessments[{index}].impact_on_baby.breastfeeding",
            )


# ------------------------------------------------------------------------------------------------------------
# MA2xx: who wrote the assessments and conclusions, and when.


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
    for path, label, clinician, required in _signers(record):
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
    for path, label, clinician, _ in _signers(record):
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
    for path, label, clinician, required in _signers(record):
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
    for path, label, clinician, _ in _signers(record):
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
    for part in _authored(record):
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
    for part in _authored(record):
        if part.date is not None and part.date > context.today:
            yield Problem(f"{part.label} is dated in the future", f"{part.path}.date")


# ------------------------------------------------------------------------------------------------------------
# MA3xx: who receives the record.


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
    if record.pregnancy.stage == "antenatal" and not _has_recipient(record, "maternity-unit", "midwife"):
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
    if record.pregnancy.stage == "postnatal" and not _has_recipient(record, "health-visitor"):
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
    roles = sorted({p.author.role for p in _authored(record) if p.author and p.author.role} - {gp})
    overall = record.overall_conclusion
    gp_holds_it = (overall is not None and overall.author is not None and overall.author.role == gp) or (
        record.attestation is not None and record.attestation.by.role == gp
    )
    if roles and not gp_holds_it and not _has_recipient(record, "gp"):
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
    if record.safeguarding.social_care_involved and not _has_recipient(record, "social-worker"):
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
    if record.safeguarding.to_placement and not _has_recipient(record, "foster-carer", "placement-provider"):
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


# ------------------------------------------------------------------------------------------------------------
# MA4xx: the lawful basis for sharing.


@rule("MA401", "lawful-basis-missing", "error", "No lawful basis for sharing is recorded.")
def lawful_basis_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    The record states the lawful basis for sharing: consent, or sharing without consent to safeguard a child.

    Why it matters:
    Sharing to protect a baby is lawful without consent, but the basis must be recorded. Without it, the
    sharing can be challenged and professionals hesitate to share next time, which is how babies come to harm.

    Example:
    A record with no "lawful_basis".

    Instead:
    Record it: "lawful_basis": {"basis": "consent", "recorded_on": "2026-03-02"}.
    """
    if record.lawful_basis is None:
        yield Problem("no lawful basis for sharing is recorded", "$.lawful_basis")


@rule("MA402", "justification-missing", "error", "Sharing without consent is recorded without a justification.")
def justification_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    When the basis is safeguarding-without-consent, a justification is written.

    Why it matters:
    Sharing without consent is right when it protects the baby, and the reason must be on record so the
    decision can be explained to the family and stands up to review.

    Example:
    "lawful_basis": {"basis": "safeguarding-without-consent"} with no "justification".

    Instead:
    Write why consent was not sought or was overridden, e.g. "Seeking consent would place the unborn baby at
    increased risk; discussed with the practice safeguarding lead."
    """
    basis = record.lawful_basis
    if (
        basis is not None
        and basis.basis == "safeguarding-without-consent"
        and _unwritten(basis.justification, context.settings)
    ):
        yield Problem("sharing without consent is recorded without a justification", "$.lawful_basis.justification")
