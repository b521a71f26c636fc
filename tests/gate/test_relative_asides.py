"""MA120, a medicine set off by a relative aside before its own verb (advice._past_its_aside): an aside opening
on "which" or "that" speaks of the name before it, so another medicine named inside it does not break the reach
of the name's verb. Worded apart from the red-team corpora."""

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


RULED_OUT = [
    "Sertraline continues; zopiclone, which her GP gave her before sertraline, was stopped in 2024.",
    "Sertraline continues at 100 mg; promethazine, that she used alongside sertraline, is not restarted.",
]
STILL_TAKEN = [
    # the name's own verb after the aside says she takes it
    "Sertraline continues; zopiclone, which her GP gave her before sertraline, is taken at night.",
    # a relative aside with no verb of the name's own after it
    "Sertraline continues; zopiclone, which she took before sertraline, helps her sleep.",
]


@pytest.mark.parametrize("text", RULED_OUT)
def test_a_medicine_ruled_out_past_a_relative_aside_naming_another_passes(text: str) -> None:
    assert _ma120(text) == []


@pytest.mark.parametrize("text", STILL_TAKEN)
def test_a_medicine_taken_past_an_aside_is_still_refused(text: str) -> None:
    assert _ma120(text) == [SECOND]


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(RULED_OUT + STILL_TAKEN), st.randoms(use_true_random=False))
def test_relative_asides_are_judged_alike_in_disguise(text: str, rng: random.Random) -> None:
    assert _ma120(disguise(text, rng)) == _ma120(text)
