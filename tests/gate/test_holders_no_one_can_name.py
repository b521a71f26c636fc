"""MA122: the baby's care held by someone no one can name, or by the baby telling a role that is only told
([holders] passive_anyone and signal_acts in mappings/concerns.toml; medassess/gate/holders.py), both ways and
disguised. Texts worded apart from the red-team corpora (tests/redteam/fresh127_cases.py):

* night care told in the passive as held by "whoever is about" (ending its clause) is held by no one; a team or
  place after it names who is meant, and a named carer holds it;
* the newborn set to show or tell a named role is the newborn holding the watch: the role told is no watcher, nor is
  one named only for the mother; a watcher named in another part that names the baby holds it.
"""

from __future__ import annotations

import random

import pytest

from medassess.gate.holders import misheld_acts
from medassess.gate.text import normalise
from tests.gate.conclusions import CITALOPRAM, SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

_STOP = frozenset({"the", "her", "his", "with", "when", "will", "and"})
_SLEEPY = "Diazepam and pregabalin continue and leave her sleepy, so no bed or sofa sharing; "
_LATE = ". The health visitor looks for late withdrawal until day 8."
_SSRI = "Citalopram 20 mg carries on through the pregnancy. "

NO_ONE = [
    (SEDATIVES, _SLEEPY + "the night bottles are given by whoever is about" + _LATE),
    (SEDATIVES, _SLEEPY + "overnight care will be covered by anybody who is around" + _LATE),
    (CITALOPRAM, _SSRI + "For two days the newborn will tell the nurses if it is unsettled or breathing fast. The GP "
     "sees her at 6 weeks for her mood; breast milk is fine."),
    (CITALOPRAM, _SSRI + "After delivery the infant lets the ward staff know if it is jittery. Breastfeeding is "
     "fine and the perinatal team reviews her mood."),
]
HELD = [
    (SEDATIVES, _SLEEPY + "the night bottles are given by whoever is on the late shift at the mother and baby unit"
     + _LATE),
    (SEDATIVES, _SLEEPY + "the night bottles are given by the foster carer, who keeps the cot beside her" + _LATE),
    (CITALOPRAM, _SSRI + "The midwife watches the newborn for two days for jitteriness and fast breathing; it will "
     "show the nurses if it is unsettled. Breast milk is fine."),
    (CITALOPRAM, _SSRI + "For two days the parents tell the midwife about any jitteriness, and she checks the "
     "infant each shift. Breast milk is fine."),
]


@pytest.mark.parametrize(("where", "text"), NO_ONE)
def test_care_held_by_no_one_nameable_or_by_the_baby_is_refused(where: tuple[str, str], text: str) -> None:
    assert "MA122" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), HELD)
def test_care_held_by_a_named_role_stands(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) == set()


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), NO_ONE + HELD)
def test_a_disguised_text_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    assert _codes(where, disguise(text, random.Random(seed))) == _codes(where, text)


@pytest.mark.parametrize(
    ("text", "misheld"),
    [
        ("night feeds are done by whoever happens to be up", True),
        ("night feeds are done by whoever happens to be up on the unit", False),
        ("the newborn will show the midwives if it is floppy", True),
        ("the midwives observe the newborn; the newborn will show the midwives if it is floppy", False),
        ("the baby may show the signs listed; the midwife watches it for two days", False),
    ],
)
def test_the_reading_alone(text: str, misheld: bool) -> None:
    assert misheld_acts(normalise(text), _STOP) is misheld
