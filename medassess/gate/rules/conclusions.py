"""MA1xx: the assessments and their written conclusions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..._exceptions import TemplateError
from ..._record import Assessment, Record
from ..._template import Item, Predicate, get_template, value_at
from ..facts import RecordFacts, blank, is_placeholder, unwritten
from ..registry import GateContext, Problem, rule


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
    facts = context.facts
    for index, medicine in enumerate(record.medicines):
        found = facts.needing.get(medicine.id)
        if found is not None and medicine.id not in facts.covered:
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
    for required in context.facts.required_assessments:
        index, a = required.index, required.assessment
        if blank(a.conclusion):
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
    for written in context.facts.conclusions:
        path, label, text = written.path, written.label, written.text
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
    for written in context.facts.conclusions:
        path, label, text = written.path, written.label, written.text
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
    for required in context.facts.required_assessments:
        index, a = required.index, required.assessment
        summary = a.impact_on_baby.summary if a.impact_on_baby else None
        if unwritten(summary, context.settings):
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
    for required in context.facts.required_assessments:
        index, a = required.index, required.assessment
        if unwritten(a.recommendations, context.settings):
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
    if not context.facts.needing:
        return
    conclusion = record.overall_conclusion
    if conclusion is None:
        yield Problem(
            "medicines need a written assessment, but the record has no overall conclusion", "$.overall_conclusion"
        )
    elif blank(conclusion.text):
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
    for part in context.facts.authored:
        if part.date is None:
            continue
        for mid in part.medicine_ids:
            medicine = context.facts.medicine(mid)
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
        return not blank(value)
    if isinstance(value, list):
        return bool(value)
    return True


def _applies(item: Item, facts: RecordFacts, assessment: Assessment | None) -> bool:
    if item.mandatory:
        return True
    predicate: Predicate | None = item.required_when
    if predicate is None:
        return False
    record = facts.record
    checks = {
        "antenatal": lambda: record.pregnancy.stage == "antenatal",
        "postnatal": lambda: record.pregnancy.stage == "postnatal",
        "needs-assessment": lambda: assessment is not None and facts.covers_needing(assessment),
        "any-assessment-needed": lambda: bool(facts.needing),
        "social-care-involved": lambda: record.safeguarding.social_care_involved,
        "placement": lambda: record.safeguarding.to_placement,
        "partner-medicines": lambda: facts.partner_medicines,
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
    for _, item in template.items("record"):
        if item.id in _ITEMS_WITH_THEIR_OWN_RULE or not _applies(item, context.facts, None):
            continue
        if not _answered(value_at(record, item.path)):
            yield Problem(f"template item {item.id} is not answered ({item.prompt})", f"$.{item.path}")
    for index, assessment in enumerate(record.assessments):
        for _, item in template.items("assessment"):
            if item.id in _ITEMS_WITH_THEIR_OWN_RULE or not _applies(item, context.facts, assessment):
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
    concerned = [
        (r.index, r.assessment)
        for r in context.facts.required_assessments
        if "neonatal-withdrawal" in r.concerns
    ]
    if any(a.impact_on_baby and not blank(a.impact_on_baby.neonatal_withdrawal_plan) for _, a in concerned):
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
    for required in context.facts.required_assessments:
        index, a, concerns = required.index, required.assessment, required.concerns
        safe_sleep = a.impact_on_mother.safe_sleep if a.impact_on_mother else None
        if "sedation-safe-sleep" in concerns and unwritten(safe_sleep, context.settings):
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
    for required in context.facts.required_assessments:
        index, a, concerns = required.index, required.assessment, required.concerns
        advice = a.impact_on_baby.breastfeeding if a.impact_on_baby else None
        if "breastfeeding" in concerns and unwritten(advice, context.settings):
            yield Problem(
                f"assessment {a.id} gives no breastfeeding advice",
                f"$.assessments[{index}].impact_on_baby.breastfeeding",
            )

