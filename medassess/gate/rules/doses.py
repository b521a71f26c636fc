"""MA130: a medicine's dose line states a dose she can take."""

from __future__ import annotations

from collections.abc import Iterator

from ...record.model import Record
from ..doses import impossible
from ..registry import GateContext, Problem, rule
from .medicines import AREA as AREA


@rule("MA130", "dose-impossible", "error", "A medicine's dose line gives an amount of nothing or below zero.")
def dose_impossible(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    No medicine's dose line gives, as what is taken, an amount of zero or below: a negative amount ("-100 mg",
    "minus 5 ml", with any dash or the minus sign U+2212), or a zero amount in any unit (mg, g, micrograms, ml,
    tablets, capsules, drops, patches, puffs...), in digits or words ("0 mg", "zero tablets", "nil mg"), or a
    line that is nothing but nought ("nil", "none", "0 at night"). Fractions, decimals and ranges are amounts
    above zero ("½ tablet", "0.25 ml", "2.5-5 mg", "one to two tablets"), times are not amounts ("0800 and
    2000"), and lines with no amount ("as directed", "when needed") are not judged. A zero beside an amount
    above zero is a step of a change ("10 mg, reducing to 0 mg"), and a zero in a line that says the medicine
    was stopped is true of it; neither is refused. Units, number words and stop words are data
    (mappings/doses.toml) and the line is read normalised, so full-width digits and invisible characters hide
    nothing.

    Why it matters:
    The dose line is what the midwife, the health visitor and the maternity system read as what she takes. A
    dose of nothing or below zero is a slip of the keyboard or a field filled to get past the form: whatever
    she really takes, and what it means for the baby, is then not on the record that is shared.

    Example:
    {"id": "med-sertraline", "name": "Sertraline 50mg tablets", "dose": "-100 mg once daily"}.

    Instead:
    Write the dose she takes ("100 mg once daily"), or, for a medicine she has stopped, say so ("stopped at
    12 weeks") and record the stop date.
    """
    for index, medicine in enumerate(record.medicines):
        if medicine.dose and impossible(medicine.dose):
            yield Problem(
                "the dose line gives an amount of nothing or below zero (expected a dose above zero, or the line to "
                "say the medicine was stopped)",
                f"$.medicines[{index}].dose",
            )
