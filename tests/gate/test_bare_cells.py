"""MA103: a note written as a table whose cells are blank (spaces, or invisible characters), a dash, a question
mark, a single letter or a bare yes or no ("Scoring:    .", "Cot check - N.", "Feeds: Y.") states nothing: each
heading with its cell is a label with no answer, as a question answered only "yes" is. Cells with words stand,
and so does a bare cell beside a real plan. Each both ways, and disguised. Worded apart from the red-team cases
(tests/redteam/fresh104_cases.py).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_conditions_options_deferrals import refused_as_hollow
from tests.gate.test_substance import errors, with_conclusion

BARE = [
    # blank cells, one holding invisible characters, one measure in a heading
    "Methadone and sertraline. NAS scoring (first 72 hours):    . Where the newborn sleeps:    . "
    "Feeding: \u200b\u2060 .",
    # single letters after a dash or a colon
    "Methadone carries on - Y. Sertraline carries on - Y. Ward scoring - N. Cot check - N.",
    "Keep methadone: Y. Newborn scored on the ward: N. Breast milk: Y.",
    # bare yes and no
    "Methadone unchanged - yes. Newborn observed for withdrawal - no. Bed sharing - no.",
]
FILLED = [
    "Methadone 60 mg, unchanged. NAS scoring: 72 hours on the postnatal ward by the midwives. Sleep: own cot, no "
    "bed sharing. Feeding: breast, supported.",
    # a bare cell beside cells with words
    "Methadone 60 mg, unchanged. Scoring: 72 hours on the ward. Sleep: own cot. Sertraline change: N.",
    # a dash inside a sentence is no cell
    "Methadone 60 mg continues - the newborn is scored on the ward for 72 hours and sleeps in a cot.",
]


@pytest.mark.parametrize("text", BARE)
def test_headings_with_bare_cells_state_nothing(text: str) -> None:
    # With the bare headings' words no content either, what is left may be too little to judge (MA104) rather than
    # judged to say nothing (MA103): either is the conclusion refused as hollow.
    assert refused_as_hollow(text) or "MA104" in errors(with_conclusion(text))


@pytest.mark.parametrize("text", FILLED)
def test_cells_with_words_stand(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=25, deadline=None)
@given(st.data(), st.sampled_from(BARE + FILLED))
def test_bare_cells_in_disguise_are_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))
