"""A first baby or child told beside a year before this pregnancy began is an earlier baby (mappings/concerns.toml
[baby] dated_first): a conclusion whose only baby care is that child's says nothing of this baby (MA124), while
"this baby" beside it, a copula ("this is her first baby") or a year inside this pregnancy leaves it this one's.
Found passing by the hundred-and-thirty-eighth fresh corpus; the texts here are worded apart from it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import Record, check, record_from_data
from medassess.gate.concerns import speaks_of_the_baby, with_dated_firsts_as_earlier
from medassess.gate.text import normalise
from tests.gate.builders import disguised
from tests.test_rules import TODAY, complete

ONLY_AN_EARLIER_FIRST = [
    "Methadone 40 mg continues. Their first child was scored for withdrawal on the special care unit in "
    "2019 and needed no morphine. She feels tired in the afternoons.",
    "Methadone 40 mg continues. In 2021 her first baby spent a week on SCBU with NAS; her key worker sees her "
    "fortnightly.",
    "Methadone 40 mg continues. Her first child (2018) was breastfed for a year and slept in a cot by the bed.",
]
THIS_BABY_TOO = [
    # This baby named beside the earlier one.
    "Methadone 40 mg continues. Her first child was scored for withdrawal in 2019; this baby is scored on the "
    "postnatal ward for 72 hours.",
    # A copula makes the first baby this one, whatever year follows.
    "Methadone 40 mg continues. This is her first baby; she has been on methadone since 2017, and the ward "
    "scores for NAS for 72 hours.",
    # A first baby with no year, or a year inside this pregnancy, may be this one.
    "Methadone 40 mg continues. Her first baby will be scored for NAS on the postnatal ward for 72 hours.",
    "Methadone 40 mg continues since March 2026. Her first baby will be scored for NAS on the ward for 72 hours.",
    # A first baby still to come, or a year of this pregnancy beside it, is this one.
    "Methadone 40 mg continues. Her first baby is due in May and she has taken methadone since 2021; she plans "
    "to breastfeed.",
    "Methadone 40 mg continues (since 2021, and in 2026 through the birth); her first baby will be breastfed.",
    # A four-digit dose is no year.
    "Methadone continues. Her first baby is scored for NAS for 72 hours and she takes 1500 mg of calcium a day.",
]


def _with_conclusion(text: str) -> Record:
    data = complete()
    data["assessments"][0]["conclusion"] = text
    return record_from_data(data)


def _codes(r: Record) -> set[str]:
    return {i.code for i in check(r, today=TODAY)}


@pytest.mark.parametrize("text", ONLY_AN_EARLIER_FIRST)
def test_an_earlier_first_babys_care_alone_is_refused(text: str) -> None:
    assert "MA124" in _codes(_with_conclusion(text))


@pytest.mark.parametrize("text", THIS_BABY_TOO)
def test_this_babys_care_beside_a_first_baby_passes(text: str) -> None:
    assert "MA124" not in _codes(_with_conclusion(text))


def test_the_year_is_read_against_when_the_pregnancy_began() -> None:
    text = "Her first baby was scored for NAS in 2024."
    assert speaks_of_the_baby(text, pregnancy_began=dt.date(2023, 8, 1))
    assert not speaks_of_the_baby(text, pregnancy_began=dt.date(2025, 8, 1))
    assert speaks_of_the_baby(text)  # no dates known: read as before
    assert with_dated_firsts_as_earlier(normalise(text), dt.date(2025, 8, 1)) == (
        "her previous baby was scored for nas in 2024."
    )


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(ONLY_AN_EARLIER_FIRST + THIS_BABY_TOO).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_a_disguised_text_is_judged_like_the_plain_one(pair: tuple[str, str]) -> None:
    plain, text = pair
    assert ("MA124" in _codes(_with_conclusion(plain))) == ("MA124" in _codes(_with_conclusion(text)))
