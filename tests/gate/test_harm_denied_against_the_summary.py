"""An assessment whose baby's summary gives the medicine's harm to the unborn baby ("a major malformation in about 1
in 10 exposed babies") and whose conclusion or recommendations deny any harm to the baby from that same medicine
("valproate carries no risk for the unborn baby") says both that the fetal medicine review matters and that nothing
is at stake (MA127; mappings/concerns.toml, the "harm to the unborn baby" [[contradiction]]). A denial of another
thing's harm, one limited to the milk, a condition, or one set against the harm in its clause stands. Worded apart
from the red-team corpora."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from medassess import check, record_from_data
from tests.gate.conclusions import EXAMPLES, SEDATIVES, TODAY, VALPROATE, conclusion_codes
from tests.gate.disguise import disguise

_HEAD = "Valproate 500 mg bd goes on for now, since a sudden stop could bring back her seizures. "
_TAIL = " The fetal medicine unit sees her within two weeks and a detailed anomaly scan is requested."

DENIED = [
    "Valproate carries no risk for the unborn baby at her dose.",
    "At this gestation there is no harm to the baby from her valproate.",
    "Valproate is safe in pregnancy at 1 g a day.",
]
"""The medicine's own harm to the unborn baby denied, against the summary."""

STANDS = [
    "There is no risk to the baby from the dose change itself; the malformation risk from valproate remains.",
    "There is no risk to the baby from valproate through breast milk after the birth.",
    "Had valproate been switched before conception there would have been no risk from valproate.",
    "She wrongly believes valproate is safe in pregnancy, and this was corrected today.",
    "The folic acid carries no risk for the unborn baby.",
]
"""Near misses: another thing's harm, the milk, a condition, a belief corrected."""


@pytest.mark.parametrize("text", DENIED)
def test_a_denial_of_the_medicines_harm_to_the_unborn_baby_is_refused(text: str) -> None:
    assert "MA127" in conclusion_codes(VALPROATE, _HEAD + text + _TAIL)


@pytest.mark.parametrize("text", STANDS)
def test_a_denial_of_something_else_or_a_limited_one_stands(text: str) -> None:
    assert "MA127" not in conclusion_codes(VALPROATE, _HEAD + text + _TAIL)


@pytest.mark.parametrize("text", [DENIED[0], STANDS[0]])
def test_the_disguised_text_is_judged_as_the_plain(text: str) -> None:
    plain = "MA127" in conclusion_codes(VALPROATE, _HEAD + text + _TAIL)
    for seed in range(2):
        assert ("MA127" in conclusion_codes(VALPROATE, disguise(_HEAD + text + _TAIL, random.Random(seed)))) is plain


def test_after_the_birth_a_denial_may_speak_of_the_babys_care_now() -> None:
    # The diazepam and pregabalin summary gives pregabalin's first-trimester malformation risk; the baby is born.
    text = (
        "Diazepam 5 mg tds and pregabalin 150 mg bd go on; both make her drowsy, so she never sleeps beside the baby "
        "and the foster carer does the nights. Pregabalin poses no risk to the baby at this dose now that it is "
        "bottle fed; the health visitor and foster carer look for late withdrawal signs to day 8."
    )
    assert "MA127" not in conclusion_codes(SEDATIVES, text)
    assert "MA127" not in conclusion_codes(SEDATIVES, text.replace(" now that it is bottle fed", ""))


# --- the overall conclusion, read against the assessment's summary ----------------------------------------------

_OVERALL_HEAD = "Unplanned pregnancy on valproate; it carries on until the epilepsy team reviews it this week. "
_OVERALL_TAIL = " High-dose folic acid started; the fetal medicine unit reviews the exposure."

OVERALL_DENIED = [
    "Her valproate cannot harm the baby.",
    "Valproate poses no risk to the unborn baby at this dose.",
]
OVERALL_STANDS = [
    "Valproate can harm the baby: about one in ten exposed babies has a major malformation.",
    "She had thought valproate was safe in pregnancy; that belief was corrected today.",
    "Valproate in breast milk is no risk to the baby after the birth.",
]


def _overall_codes(text: str) -> set[str]:
    data: dict[str, Any] = json.loads((EXAMPLES / VALPROATE[0]).read_text(encoding="utf-8"))
    data["overall_conclusion"]["text"] = text
    return {i.code for i in check(record_from_data(data), today=TODAY) if i.severity == "error"}


@pytest.mark.parametrize("text", OVERALL_DENIED)
def test_an_overall_conclusion_denying_the_medicines_harm_to_the_unborn_baby_is_refused(text: str) -> None:
    assert "MA127" in _overall_codes(_OVERALL_HEAD + text + _OVERALL_TAIL)


@pytest.mark.parametrize("text", OVERALL_STANDS)
def test_an_overall_conclusion_giving_the_harm_or_a_limited_denial_stands(text: str) -> None:
    assert "MA127" not in _overall_codes(_OVERALL_HEAD + text + _OVERALL_TAIL)


@pytest.mark.parametrize("text", [OVERALL_DENIED[0], OVERALL_STANDS[0]])
def test_a_disguised_overall_conclusion_is_judged_as_the_plain(text: str) -> None:
    plain = "MA127" in _overall_codes(_OVERALL_HEAD + text + _OVERALL_TAIL)
    for seed in range(2):
        assert ("MA127" in _overall_codes(disguise(_OVERALL_HEAD + text + _OVERALL_TAIL, random.Random(seed)))) is plain
