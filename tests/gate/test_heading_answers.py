"""A heading's bare answer answers the heading: "Bed sharing: no (drowsiness)" says no bed sharing, for the
reason in brackets; it does not deny the drowsiness (MA127, concerns.py ``said_otherwise_in``)."""

from __future__ import annotations

import random

import pytest

from medassess.gate.concerns import Contradiction, concern_map
from tests.gate.disguise import disguise


def _sedation(answer: str) -> Contradiction:
    return next(
        c for c in concern_map().contradictions if c.item == "impact_on_mother.sedation" and c.answer == answer
    )


HEADED = [
    "Sleeping with the infant: no (drowsiness after the evening dose).",
    "Sharing the sofa with the baby: no, sedated at night.",
]
"""A heading answered "no", its reason after it: the reason says he is drowsy or sedated."""

DENIED = ["No drowsiness since the dose went down.", "He has no sedation on this dose."]
"""Near misses: the "no" denies the word itself."""


@pytest.mark.parametrize("text", HEADED)
def test_a_headings_no_does_not_deny_its_reason(text: str) -> None:
    assert not _sedation("yes").said_otherwise_in(text)
    for seed in range(4):
        assert not _sedation("yes").said_otherwise_in(disguise(text, random.Random(seed)))


@pytest.mark.parametrize("text", DENIED)
def test_a_no_before_the_word_still_denies_it(text: str) -> None:
    assert _sedation("yes").said_otherwise_in(text)
    for seed in range(4):
        assert _sedation("yes").said_otherwise_in(disguise(text, random.Random(seed)))
