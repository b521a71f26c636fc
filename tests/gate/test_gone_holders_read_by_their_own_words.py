"""MA122: a holder said to have left their post is judged by the holder's own words, not by the part around them
(mutation round 45's findings): a relative elsewhere in the part does not mask a professional gone ("her aunt takes
her to have the levels done by <name>, who has since left the trust"); a relative gone from work beside a professional
still in post holds the act with them ("the weighing is done by her uncle, who has retired, with the midwife");
a successor named anywhere in that sentence or the next, however many semicolons on, may hold it. Texts worded apart
from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.concerns import given_to_someone_gone
from tests.gate.conclusions import LITHIUM, SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

GONE = [
    # a relative who only brings her, the professional named as the agent gone
    "Her aunt takes her each month to have the lithium bloods done by Priya Shah, who has since left the trust.",
    "Her sister brings her along so that the infant can be weighed on day 5 by Ms Lowe, who has retired from the "
    "practice.",
    # a professional gone, the successor only in the sentence after the next
    "Dr Amis, who has moved away, will review the crib each week; the cot has a firm mattress. The infant is "
    "bottle fed. Her successor reads the notes.",
]
HELD = [
    # the one gone is a relative, a professional in post beside them
    "The weighing on day 5 is done by her uncle, who has retired, with the community midwife.",
    "The crib checks are made by her grandmother, who has retired, alongside the health visitor.",
    # a successor three or more parts on, in the same sentence
    "Dr Amis, who has moved away, will review the crib each week; the cot has a firm mattress; the infant is bottle "
    "fed; the infant sleeps on its back; her successor reads the notes.",
    # the successor in the next sentence, after parts of its own
    "Dr Amis, who has moved away, will review the crib each week; the cot has a firm mattress. The infant is "
    "bottle fed; her successor reads the notes.",
    # an act told as done, a relative in the part
    "Her aunt took her each month to have the lithium bloods done by Priya Shah, who has since left the trust.",
    # a handing over told
    "Dr Amis, who has moved away, handed the crib reviews to Dr Bell.",
]


@pytest.mark.parametrize("text", GONE)
def test_an_act_resting_on_a_professional_gone_is_read(text: str) -> None:
    assert given_to_someone_gone(text)


@pytest.mark.parametrize("text", HELD)
def test_a_relative_gone_a_successor_named_or_an_account_stands(text: str) -> None:
    assert not given_to_someone_gone(text)


_LITHIUM = (
    "Lithium continues at the same dose, as stopping risks a relapse; levels every four weeks until 36 weeks, then "
    "weekly. The baby is checked by the paediatric team after birth for floppiness and poor feeding. "
)
_SEDATIVES = (
    "Diazepam and pregabalin go on at present doses; she is drowsy, so never a shared bed, sofa or chair, and the "
    "foster carer takes the nights. Late withdrawal signs are watched for until day 8. "
)
REFUSED = [
    (
        LITHIUM,
        _LITHIUM + "Her aunt takes her each month to have the levels done by Priya Shah, who has since left the trust.",
    ),
]
PASSED = [
    (
        SEDATIVES,
        _SEDATIVES + "The crib checks are made by her grandmother, who has retired, alongside the health visitor.",
    ),
    (LITHIUM, _LITHIUM + "Her aunt took her to have the levels done by Priya Shah, who has since left the trust."),
]


@pytest.mark.parametrize(("where", "text"), REFUSED)
def test_the_gate_refuses_the_act_resting_on_someone_gone(where: tuple[str, str], text: str) -> None:
    assert "MA122" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), PASSED)
def test_the_gate_passes_the_act_held(where: tuple[str, str], text: str) -> None:
    assert "MA122" not in _codes(where, text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", GONE + HELD)
def test_a_disguised_holder_gets_the_plain_verdict(text: str, seed: int) -> None:
    assert given_to_someone_gone(disguise(text, random.Random(seed))) == given_to_someone_gone(text)
