"""MA103: beside the medicine's line, topics only vouched for ("her mother knows all about ...", "the carer has been
briefed on ...", "she understands the points about ...") give the baby nothing, however the list of topics runs: an
item naming a medicine ("breastfeeding on methadone"), qualified by words that are no topics ("evening feeds", "late
jitteriness") or joined to another by "and" ([regimen_only] `known_about` in mappings/hollow-phrases.toml). The same
vouching beside an act, a holder and a time of its own stands. Both ways, and disguised. Worded apart from the
red-team cases (tests/redteam/fresh147_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.conclusions import CITALOPRAM, METHADONE, SEDATIVES, conclusion_codes
from tests.gate.disguise import disguised

_SEDATIVES_LINE = "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day continue."
VOUCHED_ONLY = [
    (
        METHADONE,
        "She continues methadone 60 mg once daily, supervised. Her mother knows all about withdrawal scoring, "
        "breastfeeding on methadone and the cot.",
    ),
    (
        SEDATIVES,
        f"{_SEDATIVES_LINE} The foster carer has been fully briefed on drowsiness, bed-sharing, evening feeds and late "
        "jitteriness.",
    ),
    (
        SEDATIVES,
        f"{_SEDATIVES_LINE} The foster carer knows about drowsiness, bed-sharing, evening feeds and late jitteriness.",
    ),
    (
        CITALOPRAM,
        "Citalopram 20 mg once daily continues. She understands the points about poor adaptation, feeding and relapse "
        "after the birth.",
    ),
]
VOUCHED_AND_DONE = [
    (
        METHADONE,
        "She stays on methadone 60 mg daily, supervised. Her mother knows all about withdrawal, and the midwife scores "
        "the baby every 4 hours for 72 hours on the ward.",
    ),
    (
        SEDATIVES,
        f"{_SEDATIVES_LINE} The foster carer has been briefed on drowsiness and does every night feed, with the baby "
        "in a cot beside her bed.",
    ),
    (
        CITALOPRAM,
        "Citalopram 20 mg once daily continues. She understands the points about adaptation, so the ward midwife "
        "checks the baby's breathing and feeding for 24 hours.",
    ),
]


@pytest.mark.parametrize("case", VOUCHED_ONLY + VOUCHED_AND_DONE)
def test_topics_only_vouched_for_beside_the_line_decide_nothing(case: tuple[tuple[str, str], str]) -> None:
    where, text = case
    assert ("MA103" in conclusion_codes(where, text)) is (case in VOUCHED_ONLY)


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(VOUCHED_ONLY + VOUCHED_AND_DONE).flatmap(lambda c: st.tuples(st.just(c), disguised(c[1]))))
def test_topics_vouched_for_are_judged_alike_in_disguise(pair: tuple[tuple[tuple[str, str], str], str]) -> None:
    (where, text), hidden = pair
    assert ("MA103" in conclusion_codes(where, hidden)) is ("MA103" in conclusion_codes(where, text))
