"""MA127: the sedated parent given the baby's nights in three more shapes (mappings/concerns.toml [night_care]
exception_leads; medassess/gate/night_care.py): one of two joined subjects ("he and the mother take the night feeds in
turns"), the parent named by her own name in the hazard sentence and "she" opening the next ("the tablets make
Kayleigh sleepy. She does the 3 am bottle"), and an exception that is itself an act, while the other parent, named,
is away ("except that Daniel does them when Chloe is out"). Two carers with no sedating medicine sharing the nights,
a longer joined subject, another adult while the parent is away, and "except" before a noun stand.

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.night_care import night_care_to_the_sedated
from medassess.gate.text import normalise
from tests.gate.conclusions import PARTNER, SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

_HIS = "His quetiapine at bedtime makes the father hard to rouse until morning. "
_HERS = (
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue unchanged. The health visitor and the foster carer look for "
    "late withdrawal to day 8. "
)
GIVEN = [
    (PARTNER, _HIS + "He and the mother will do the night feeds on alternate nights; the crib is by her bed."),
    (PARTNER, _HIS + "He never sleeps with the newborn on a bed or settee. The mother has the night feeds, except "
     "that Daniel does all the night feeds when Chloe is at work overnight."),
    (SEDATIVES, "Diazepam 5 mg tds and pregabalin 150 mg bd continue unchanged. At bedtime the two tablets leave "
     "Kayleigh sleepy. She will do the 3 am bottle on her own. The health visitor looks for late withdrawal to day 8."),
]
KEPT = [
    (PARTNER, _HIS + "He never sleeps with the newborn on a bed or settee. The mother and her sister take the night "
     "feeds in turns; the crib is by the mother's bed."),
    (PARTNER, _HIS + "He never sleeps with the newborn on a bed or settee. The mother has the night feeds; when Chloe "
     "is at work overnight her sister comes and does them."),
    (PARTNER, _HIS + "He never sleeps with the newborn on a bed or settee. The mother has every feed, except the "
     "9 pm bottle, which Daniel gives before his tablet."),
    (SEDATIVES, _HERS + "The two tablets leave Kayleigh sleepy, so the foster carer, who takes nothing sedating, "
     "does every night feed and she never shares a bed or sofa with the newborn."),
]


@pytest.mark.parametrize(("where", "text"), GIVEN)
def test_the_nights_given_to_the_sedated_parent_are_refused(where: tuple[str, str], text: str) -> None:
    assert "MA127" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), KEPT)
def test_the_nights_kept_from_the_sedated_parent_pass(where: tuple[str, str], text: str) -> None:
    assert "MA127" not in _codes(where, text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), GIVEN + KEPT)
def test_a_disguised_text_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    plain = "MA127" in _codes(where, text)
    assert ("MA127" in _codes(where, disguise(text, random.Random(seed)))) == plain


_NAMES = {"f": frozenset({"chloe"}), "m": frozenset({"daniel"})}


@pytest.mark.parametrize(
    ("text", "given"),
    [
        # one of two joined subjects
        ("his tablets make him drowsy. he and mum take the night feeds in turns.", True),
        ("his tablets make him drowsy. mum and her sister take the night feeds in turns.", False),
        ("his tablets make him drowsy. the nan and grandad take the night feeds in turns.", False),
        # the parent's own name in the hazard sentence, "she" opening the next
        ("the two medicines make chloe drowsy. she does the 4 am feed.", True),
        ("the two medicines make chloe drowsy. she does the 7 pm feed.", False),
        ("the two medicines make chloe drowsy. she does no night feeds.", False),
        # a name after the hazard is someone else's turn, not who is sedated
        ("daniel takes his tablet at 9pm and is deeply asleep by 10, so from then chloe has the baby: she does the "
         "night feeds.", False),
        # an exception that is an act, while the other parent is away
        ("his tablets make him drowsy. mum does the nights, except that daniel does them when chloe is away.", False),
        ("his tablets make him drowsy. mum does the nights, except that daniel does the night feeds when chloe is "
         "away.", True),
        ("his tablets make him drowsy. mum does the nights, except that her sister does the night feeds when chloe "
         "is away.", False),
        ("his tablets make him drowsy. daniel does the night feeds when chloe is awake with him.", False),
    ],
)
def test_what_gives_the_sedated_parent_the_nights(text: str, given: bool) -> None:
    assert night_care_to_the_sedated(normalise(text), _NAMES) == given
