"""MA017: a list of a medicine's results naming it once, before its first number ("lithium 0.55 mmol/L in May,
0.62 mmol/L in June and 58 mmol/L in July"), tells each later number in mmol in its sentence as that medicine's
result, so one no living person has is read as when the medicine stands beside it; a few words of when may stand
between the medicine and its first number ("lithium results since booking: ..."), and a later number with no unit
("0.52 at 20 weeks and 55 in April") carries the list's. Near misses stand: every result in range, another
analyte's value after its own name in the sentence (sodium, urea, eGFR, TSH), a unit of another scale (mmol/mol),
and numbers of days, times, spans and years. Worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.narrowed import names_impossible_level
from tests.gate.conclusions import LITHIUM
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

_PLAN = (
    " Priadel 800 mg nightly carries on; levels monthly, weekly from 36 weeks and within a day of delivery; the "
    "paediatric team reviews the newborn after delivery; formula feeding."
)

IMPOSSIBLE = [
    "Serum results: lithium 0.55 mmol/L in May, 0.62 mmol/L in June and 58 mmol/L in July.",
    "Lithium level: 0.7 mmol/L on 02/03/2026, then 0.66, and 44 mmol/L on 30/03/2026.",
    # words of when between the medicine and the first number; later numbers with no unit carry the list's
    "Her lithium results since booking: 0.48 mmol/L in January, 0.52 at 20 weeks and 55 in April.",
    "Lithium levels across pregnancy were 0.7 mmol/L on 03/02/2026, then 0.66 on 03/03/2026, then 39 on 31/03/2026.",
]
POSSIBLE = [
    "Serum results: lithium 0.55 mmol/L in May, 0.62 mmol/L in June and 0.58 mmol/L in July.",
    "Serum results: lithium 0.55 mmol/L in May and sodium 141 mmol/L in June.",
    "Lithium 0.6 mmol/L in May, urea 4.4 mmol/L and HbA1c 39 mmol/mol.",
    "Her lithium results since booking: 0.48 mmol/L in January, 0.52 at 20 weeks and 0.55 in April.",
    # numbers of days, times, spans and years, and another analyte's list, are no lithium results
    "Her lithium results since booking: 0.48 mmol/L on 5, 19 and 26 January, taken 12 hours after the dose.",
    "Lithium levels across the pregnancy were 0.7 mmol/L on 3 February, 2026, at 10:30, 11:15 and 14:00.",
    "Lithium 0.6 mmol/L in May; eGFR 92, 88 and 95 in June.",
    "Her lithium results since booking: 0.48 mmol/L in January, TSH 2.2, 3.1 and 14 in April.",
]


@pytest.mark.parametrize("text", IMPOSSIBLE)
def test_an_impossible_result_in_a_list_is_read(text: str) -> None:
    assert names_impossible_level(text)


@pytest.mark.parametrize("text", POSSIBLE)
def test_results_in_range_or_of_other_analytes_are_not_read(text: str) -> None:
    assert not names_impossible_level(text)


@pytest.mark.parametrize("text", IMPOSSIBLE[:1] + POSSIBLE)
def test_ma017_refuses_an_impossible_listed_result(text: str) -> None:
    assert ("MA017" in _codes(LITHIUM, text + _PLAN)) == (text in IMPOSSIBLE)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", IMPOSSIBLE + POSSIBLE)
def test_a_disguised_list_is_read_as_the_plain_one(text: str, seed: int) -> None:
    assert names_impossible_level(disguise(text, random.Random(seed))) == (text in IMPOSSIBLE)


# A list after the medicine's sentence, opened by a level word alone, with a date in numbers before each result
# (found passing by the hundred-and-fifty-third fresh corpus): read as that medicine's results; real levels,
# another analyte named last before the level word, and dates with no impossible number stand.
DATED_IMPOSSIBLE = [
    "Her lithium, 400 mg twice daily, continues. Recent levels: 2026-01-12 0.55 mmol/L, 2026-02-09 0.61 and "
    "2026-03-09 48.",
    "Lithium carbonate carries on unchanged. Serum: 14/01/2026 0.7 mmol/L; 11/02/2026 0.62; 11/03/2026 52.",
]
DATED_POSSIBLE = [
    "Her lithium, 400 mg twice daily, continues. Recent levels: 2026-01-12 0.55 mmol/L, 2026-02-09 0.61 and "
    "2026-03-09 0.58.",
    "Lithium carries on unchanged; her sodium is checked too. Levels: 14/01/2026 139 mmol/L; 11/02/2026 141.",
    "Sertraline 50 mg continues. Levels: 2026-01-12 5.5 mmol/L; 2026-02-09 6.1 and 2026-03-09 48.",
]


@pytest.mark.parametrize("text", DATED_IMPOSSIBLE + DATED_POSSIBLE)
def test_a_dated_list_after_the_medicines_sentence_is_read(text: str) -> None:
    assert names_impossible_level(text) == (text in DATED_IMPOSSIBLE)


@pytest.mark.parametrize("text", DATED_IMPOSSIBLE[:1] + DATED_POSSIBLE[:1])
def test_ma017_refuses_an_impossible_dated_result(text: str) -> None:
    assert ("MA017" in _codes(LITHIUM, text + _PLAN)) == (text in DATED_IMPOSSIBLE)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", DATED_IMPOSSIBLE + DATED_POSSIBLE)
def test_a_disguised_dated_list_is_read_as_the_plain_one(text: str, seed: int) -> None:
    assert names_impossible_level(disguise(text, random.Random(seed))) == (text in DATED_IMPOSSIBLE)
