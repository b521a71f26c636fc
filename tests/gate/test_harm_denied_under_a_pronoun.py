"""MA127: harm to the unborn baby denied against the summary under a pronoun ("It poses no risk ...") that opens the
sentence right after one opening on the medicine itself ("<the medicine> goes on ... . It ..."): the pronoun stands
for the medicine and is read as its name is ([[contradiction]] `own_pronouns`). A hedge ("that we know of") or a
scan after "but" denies the harm all the same, as it does under the medicine's name; a pronoun after a sentence
opening on something else, or inside a sentence, is not read; a limited denial stands as it does named. Texts
worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from medassess import check, record_from_data
from tests.gate.conclusions import EXAMPLES, TODAY, VALPROATE, conclusion_codes
from tests.gate.disguise import disguise

_OPEN = "Valproate 500 mg bd goes on for now, since a sudden stop could bring back her seizures. "
_TAIL = " The fetal medicine unit sees her within two weeks and a detailed anomaly scan is requested."

DENIED = [
    "It carries no risk for the unborn baby at her dose.",
    "It is safe in pregnancy at 1 g a day.",
    "It poses no risk to the unborn baby that we know of at this dose, but the 20-week scan will look again.",
]
STANDS = [
    "It carries no risk for the baby through breast milk after the birth.",
    "It carries a risk of major malformations, so she sees the fetal medicine unit.",
]


@pytest.mark.parametrize("text", DENIED)
def test_a_pronoun_for_the_medicine_denying_its_harm_is_refused(text: str) -> None:
    assert "MA127" in conclusion_codes(VALPROATE, _OPEN + text + _TAIL)
    named = "Valproate " + text.removeprefix("It ")
    assert "MA127" in conclusion_codes(VALPROATE, _OPEN + named + _TAIL)  # as under its name


@pytest.mark.parametrize("text", STANDS)
def test_a_limited_denial_or_the_harm_told_stands(text: str) -> None:
    assert "MA127" not in conclusion_codes(VALPROATE, _OPEN + text + _TAIL)


def test_a_pronoun_after_a_sentence_opening_on_something_else_is_not_read() -> None:
    other = "The fetal medicine referral was made today. It carries no risk for the unborn baby at her dose."
    assert "MA127" not in conclusion_codes(VALPROATE, _OPEN + other + _TAIL)
    inside = "Her seizures are settled and it carries no risk for the unborn baby at her dose."
    assert "MA127" not in conclusion_codes(VALPROATE, _OPEN + inside + _TAIL)


def _overall_codes(text: str) -> set[str]:
    data: dict[str, Any] = json.loads((EXAMPLES / VALPROATE[0]).read_text(encoding="utf-8"))
    data["overall_conclusion"]["text"] = text
    return {i.code for i in check(record_from_data(data), today=TODAY) if i.severity == "error"}


def test_the_overall_conclusion_reads_the_pronoun_too() -> None:
    head = "Valproate 500 mg twice daily continues until neurology see her next week. "
    tail = " Folic acid 5 mg started; fetal medicine review requested."
    assert "MA127" in _overall_codes(head + "It will not harm the baby." + tail)
    assert "MA127" not in _overall_codes(head + "It can harm the baby, so the scan matters." + tail)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", [DENIED[0], STANDS[0]])
def test_a_disguised_pronoun_gets_the_plain_verdict(text: str, seed: int) -> None:
    plain = "MA127" in conclusion_codes(VALPROATE, _OPEN + text + _TAIL)
    assert ("MA127" in conclusion_codes(VALPROATE, disguise(_OPEN + text + _TAIL, random.Random(seed)))) is plain
