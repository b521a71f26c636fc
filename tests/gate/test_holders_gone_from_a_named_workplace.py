"""MA122: a holder said in an aside to have left a place of work named with words of its own ("who has left the
drug service", "who left the community midwifery team in May"; [holders] gone_workplaces) is gone as surely as one
who "has left the service": an act still to come given to them rests on no one (mutation round 46's finding). A
successor named, another place left (a house, a room), and a relative gone from work stand. Texts worded apart from
the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.concerns import given_to_someone_gone
from tests.gate.conclusions import METHADONE
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

GONE = [
    "The crib is checked each week by Tom Reyes, who has left the recovery service.",
    "Ola Fenn, who left the community midwifery team in May, will weigh the infant on day 5.",
    "The infant's scores at home are kept by Dr Hale, who has since left the perinatal clinic.",
]
HELD = [
    # a successor named
    "The crib is checked each week by Tom Reyes, who has left the recovery service; his successor Ann Pike does so "
    "from Monday.",
    # another place left
    "The crib is checked each week by Tom Reyes, who left the house at nine.",
    # a relative gone from work
    "The nights are covered by her father, who has left the postal service, with the health visitor.",
    # an act told as done before the leaving
    "The crib was checked on day 3 by Tom Reyes, who has since left the recovery service.",
]
_METH = (
    "Methadone 60 mg daily goes on unchanged. The infant is scored for abstinence on the ward for 72 hours; she is "
    "encouraged to breastfeed and the infant sleeps in its own cot."
)


@pytest.mark.parametrize("text", GONE)
def test_an_act_given_to_someone_gone_from_a_named_workplace_rests_on_no_one(text: str) -> None:
    assert given_to_someone_gone(text)


@pytest.mark.parametrize("text", HELD)
def test_a_successor_another_place_a_relative_or_a_past_act_stands(text: str) -> None:
    assert not given_to_someone_gone(text)


def test_the_gate_refuses_the_check_given_to_someone_gone() -> None:
    assert "MA122" in _codes(METHADONE, _METH + " " + GONE[0])


def test_the_gate_passes_the_check_with_a_successor() -> None:
    assert "MA122" not in _codes(METHADONE, _METH + " " + HELD[0])


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", GONE + HELD)
def test_a_disguised_text_gets_the_plain_verdict(text: str, seed: int) -> None:
    assert given_to_someone_gone(disguise(text, random.Random(seed))) == given_to_someone_gone(text)
