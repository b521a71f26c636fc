"""MA120, the baby's father named apart from the parents of the record (advice._a_third_person): "the birth
father" or "the biological dad" is someone other than the mother and her partner, so a medicine he takes is
another person's, as a grandmother's is. "The father" alone, and "the birth mother", stay the record's own.
Worded apart from the red-team corpora."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguise
from tests.gate.test_medicine_rules import issues
from tests.test_rules import complete

SECOND = "$.assessments[1].conclusion"


def _ma120(sentence: str) -> list[str]:
    data = complete()
    data["assessments"][1]["conclusion"] = sentence + " The maternity team will watch the baby after birth."
    return [path for path, _ in issues(data, "MA120")]


ANOTHERS = [
    "Sertraline continues; the baby's biological father takes pregabalin and sees the baby only at weekends.",
    "Sertraline continues at 100 mg. The birth dad is on pregabalin; contact is supervised by the social worker.",
]
OWN = [
    # the father alone is the partner: his medicine of concern belongs on the list
    "Sertraline continues; the father takes pregabalin and does the night feeds.",
    # the birth mother is the mother of the record
    "Sertraline continues; the birth mother takes pregabalin at night.",
]


@pytest.mark.parametrize("text", ANOTHERS)
def test_a_birth_fathers_medicine_is_another_persons(text: str) -> None:
    assert _ma120(text) == []


@pytest.mark.parametrize("text", OWN)
def test_the_fathers_or_the_birth_mothers_medicine_must_be_listed(text: str) -> None:
    assert _ma120(text) == [SECOND]


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(ANOTHERS + OWN), st.randoms(use_true_random=False))
def test_fathers_apart_are_judged_alike_in_disguise(text: str, rng: random.Random) -> None:
    assert _ma120(disguise(text, rng)) == _ma120(text)
