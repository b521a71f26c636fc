"""MA017: a stay's length written as a count word ("a two-day postnatal stay") is read like the digits against the
ward watch (found passing by the hundred-and-twenty-fifth fresh corpus); near misses pass, and disguised text is
judged like the plain."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess.gate.written_times import times_clash
from tests.gate.disguise import disguised

CLASHING = [
    "During mum's two-day postnatal stay the infant has abstinence scores on the ward for 96 hours.",
    "Infant scored for abstinence for 5 days on the PNW; mum has a three day stay planned.",
]
FITTING = [
    "During mum's four-day postnatal stay the infant has abstinence scores on the ward for 96 hours.",
    "Infant scored for abstinence for 48 hours on the PNW; mum has a three-day stay planned.",
    "During mum's one-day postnatal stay and after it the infant has abstinence scores for 96 hours, the community "
    "midwife scoring at home.",
    "Infant scored for abstinence for 96 h on SCBU; mum has a one-day stay on the postnatal ward.",
]


@pytest.mark.parametrize("text", CLASHING)
def test_a_stay_length_in_words_shorter_than_the_watch_is_read(text: str) -> None:
    assert times_clash(text)


@pytest.mark.parametrize("text", FITTING)
def test_a_stay_length_in_words_that_fits_or_is_carried_on_passes(text: str) -> None:
    assert not times_clash(text)


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_disguised_stay_length_in_words_is_read_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(CLASHING + FITTING))
    assert times_clash(data.draw(disguised(plain))) == times_clash(plain)
