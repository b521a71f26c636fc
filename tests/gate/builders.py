"""Records for the concern and copy tests, built from the complete example with one medicine of a class and an
assessment whose answers to each concern can be put in its own item, in the conclusion, or left out."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import strategies as st

from medassess import Record, record_from_data
from tests.test_rules import complete

Data = dict[str, Any]

CLASS_MEDICINES: dict[str, str] = {
    "teratogenic": "Sodium valproate 500mg gastro-resistant tablets",
    "antiepileptic": "Lamotrigine 100mg tablets",
    "opioid": "Morphine sulfate 10mg modified-release tablets",
    "opioid-substitution": "Methadone 1mg/ml oral solution",
    "benzodiazepine-z-drug": "Diazepam 5mg tablets",
    "gabapentinoid": "Pregabalin 75mg capsules",
    "antidepressant": "Sertraline 50mg tablets",
    "antipsychotic": "Quetiapine 100mg tablets",
    "lithium": "Lithium carbonate 400mg modified-release tablets",
    "sedating": "Promethazine 25mg tablets",
    "sedating-other": "Mirtazapine 15mg tablets",
    "teratogenic-other": "Methotrexate 2.5mg tablets",
}
"""One medicine of each class, by a name the class's ingredient list matches (no dm+d code needed)."""

ITEMS: dict[str, tuple[str, str]] = {
    "neonatal-withdrawal": (
        "impact_on_baby.neonatal_withdrawal_plan",
        "Observe on the postnatal ward for at least 72 hours per the local guideline; health visitor checks until "
        "day 8.",
    ),
    "sedation-safe-sleep": (
        "impact_on_mother.safe_sleep",
        "Never share a bed, sofa or armchair with the baby after a dose; cot in the parents' room.",
    ),
    "breastfeeding": ("impact_on_baby.breastfeeding", "Compatible with breastfeeding at this dose."),
}
"""Each concern's own item and a real answer to it."""

SENTENCES: dict[str, str] = {
    "neonatal-withdrawal": "The baby will be observed for withdrawal for three days after birth.",
    "sedation-safe-sleep": "No co-sleeping after a dose; the cot stays in the parents' room.",
    "breastfeeding": "Breastfeeding is supported on this dose.",
    "teratogenicity": "Specialist review by the neurologist and a detailed anomaly scan are arranged.",
    "relapse-if-stopped": "Do not stop it abruptly; the prescriber manages any change.",
}
"""A sentence that addresses each concern in a conclusion or recommendation."""

NEUTRAL_CONCLUSION = "{name} continues at the current dose; the GP sees her again at the six-week check."
NEUTRAL_RECOMMENDATIONS = "The GP shares this plan with the midwife and the health visitor this week."
"""Text that speaks of no concern, checked in test_concerns (a neutral text must not answer anything)."""


def _put(node: Data, dotted: str, value: str) -> None:
    *parents, last = dotted.split(".")
    for part in parents:
        node = node.setdefault(part, {})
    node[last] = value


def assessment(
    medicine_id: str,
    name: str,
    *,
    in_items: tuple[str, ...] = (),
    in_conclusion: tuple[str, ...] = (),
    in_recommendations: tuple[str, ...] = (),
    assessment_id: str = "asm-test",
    item_text: dict[str, str] | None = None,
) -> Data:
    """An assessment answering the given concerns in their items, conclusion or recommendations, and no other."""
    found: Data = {
        "id": assessment_id,
        "medicine_ids": [medicine_id],
        "impact_on_mother": {"sedation": "yes", "parenting_capacity": "Well and caring for herself at home."},
        "impact_on_baby": {"summary": "The baby is exposed through the placenta; the risk is discussed with her."},
        "recommendations": " ".join([NEUTRAL_RECOMMENDATIONS, *(SENTENCES[c] for c in in_recommendations)]),
        "conclusion": " ".join(
            [NEUTRAL_CONCLUSION.format(name=name.split()[0]), *(SENTENCES[c] for c in in_conclusion)]
        ),
        "author": copy.deepcopy(complete()["assessments"][0]["author"]),
        "date": "2026-03-02",
    }
    for concern in in_items:
        path, text = ITEMS[concern]
        _put(found, path, text)
    for path, text in (item_text or {}).items():
        _put(found, path, text)
    return found


def record(
    name: str,
    built: Data,
    *,
    taken_by: str = "mother",
    stage: str = "antenatal",
    feeding: str = "breast",
    advice_given: bool | None = None,
    extra: tuple[tuple[Data, Data], ...] = (),
) -> Record:
    """The complete example with this one medicine and assessment (and any extra pairs) instead of its own."""
    data = complete()
    medicine: Data = {"id": built["medicine_ids"][0], "name": name, "taken_by": taken_by}
    data["medicines"] = [medicine, *(m for m, _ in extra)]
    data["assessments"] = [built, *(a for _, a in extra)]
    if taken_by == "partner" or any(m.get("taken_by") == "partner" for m, _ in extra):
        data["partner"] = {"relationship": "father"}
    if stage == "postnatal":
        data["pregnancy"] = {"stage": "postnatal", "delivery_date": "2026-02-27", "infant_feeding": feeding}
    else:
        data["pregnancy"]["infant_feeding"] = feeding
    data["safeguarding"]["safe_sleep_advice_given"] = advice_given
    data["overall_conclusion"]["text"] = (
        "The medicines continue as assessed; each assessment gives the plan for the baby and the professionals."
    )
    return record_from_data(data)


# Disguises a reader cannot see: look-alike letters from other scripts, full-width forms, invisible characters,
# odd case and odd spaces. The gate must judge the disguised text exactly as the plain one.
_LOOKALIKES = {
    "a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "i": "\u0456",
    "A": "\u0410", "N": "\u039d", "T": "\u0422", "O": "\u041e", "E": "\u0415",
}
_INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff"]


@st.composite
def disguised(draw: st.DrawFn, plain: str) -> str:
    out = []
    for char in plain:
        form = draw(st.sampled_from(["same", "upper", "lower", "lookalike", "fullwidth"]))
        if form == "upper":
            char = char.upper()
        elif form == "lower":
            char = char.lower()
        elif form == "lookalike":
            char = _LOOKALIKES.get(char, char)
        elif form == "fullwidth" and char.isascii() and char.isalnum():
            char = chr(ord(char) + 0xFEE0)
        if char == " ":
            char = draw(st.sampled_from([" ", "  ", "\u00a0", "\u2003", "\t"]))
        out.append(char)
        if draw(st.booleans()):
            out.append(draw(st.sampled_from(_INVISIBLE)))
    return "".join(out)
