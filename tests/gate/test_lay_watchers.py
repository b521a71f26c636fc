"""Who watches, and for which medicine (MA122; [conclusion] lay_actors, lay_acts, watchers, not_naming_the_baby and
speaks_on in mappings/concerns.toml).

A relative, partner, friend or neighbour set to watch the baby or the sedated parent, with no one answerable named
in the conclusion, is no observation plan; family help beside a midwife's, health visitor's, ward's or foster
carer's watch stands. And a plan for another medicine (a supplement, a laxative) is not the assessed medicine's:
a feeding or pregnancy word in that medicine's clause says when she takes it, and a clause with no subject of its
own after it ("no problem for the newborn, who ...") speaks on of it; the assessed medicine's plan with the other
medicine beside it passes. A disguise changes no verdict. Texts worded apart from the red-team corpora."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from medassess.gate.concerns import concern_map
from medassess.gate.text import normalise
from tests.gate.conclusions import CITALOPRAM, LITHIUM, METHADONE, SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

ROOT = Path(__file__).resolve().parents[2]





LAY = [
    (
        METHADONE,
        "Methadone is unchanged at her current dose. Her sister will keep an eye on the newborn for "
        "withdrawal signs once they are home; bottle feeding is her own choice.",
    ),
    (
        SEDATIVES,
        "Diazepam and pregabalin continue unchanged. A friend has offered to check on mother and newborn every "
        "morning for drowsiness and poor feeding.",
    ),
    (
        CITALOPRAM,
        "Citalopram is unchanged at 20 mg. The baby's father will look out for tremor, poor feeding and "
        "fast breathing after they go home.",
    ),
    (
        SEDATIVES,
        "Diazepam and pregabalin continue unchanged. Her parents will supervise her time with the newborn and "
        "watch for withdrawal and sleepiness.",
    ),
]
LAY_NEAR_MISSES = [
    (
        METHADONE,
        "Methadone is unchanged. The postnatal ward scores the newborn for withdrawal over three days; at "
        "home her sister helps with the night feeds, and the midwife visits until day eight.",
    ),
    (
        SEDATIVES,
        "Diazepam and pregabalin continue and make her drowsy, so the foster carer supervises contact and does the "
        "night feeds, with no bed or sofa sharing; her grandmother will check on the newborn at weekends.",
    ),
    (
        CITALOPRAM,
        "Citalopram is unchanged. The health visitor has shown her partner what tremor looks like and he "
        "will watch for it at home; the health visitor reviews the baby on day 10.",
    ),
]
OTHER_MEDICINE = [
    (
        LITHIUM,
        "Lithium unchanged. Ferrous fumarate 210 mg twice daily continues for her anaemia through "
        "pregnancy and breastfeeding; no effect on the newborn.",
    ),
    (
        SEDATIVES,
        "Diazepam and pregabalin are on her list. Ferrous fumarate 210 mg daily for anaemia continues; no problem "
        "for the newborn, who is formula fed by the carers.",
    ),
]
OTHER_NEAR_MISSES = [
    # The baby's care in the other medicine's clause keeps it the baby's: only a feeding word there does not.
    (LITHIUM, "Lithium continues at 800 mg at night. A detailed anomaly scan is booked for 20 weeks alongside folic "
     "acid 5 mg daily until 12 weeks."),
    (
        LITHIUM,
        "Lithium 800 mg at night continues, with levels every four weeks and within 24 hours of birth; the "
        "paediatrician reviews the newborn before discharge and she will formula feed. Ferrous fumarate for her "
        "anaemia continues.",
    ),
    (
        SEDATIVES,
        "Diazepam and pregabalin continue and sedate her: no bed or sofa sharing, the carer does night feeds and the "
        "health visitor watches for late withdrawal to day 8. Ferrous fumarate for anaemia is no concern.",
    ),
]


@pytest.mark.parametrize(("where", "text"), LAY + OTHER_MEDICINE)
def test_a_lay_watcher_alone_or_another_medicines_plan_is_refused(where: tuple[str, str], text: str) -> None:
    assert "MA122" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), LAY_NEAR_MISSES + OTHER_NEAR_MISSES)
def test_family_help_beside_a_professional_or_another_medicine_beside_the_plan_passes(
    where: tuple[str, str], text: str
) -> None:
    assert _codes(where, text) == set()


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), LAY + LAY_NEAR_MISSES + OTHER_MEDICINE + OTHER_NEAR_MISSES)
def test_a_disguised_text_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    assert _codes(where, disguise(text, random.Random(seed))) == _codes(where, text)


@pytest.mark.parametrize(
    ("text", "lay"),
    [
        ("her mother will watch the baby", True),
        ("sam's dad checks on them daily", True),
        ("a neighbour has agreed to pop in", True),
        ("the maternal grandparents will supervise contact", True),
        # The parents themselves, not the baby's grandparents; and help that is no watching.
        ("the mother will watch the baby", False),
        ("the baby's mother will watch the baby", False),
        ("dad will check the cot", False),
        ("her mother helps with the nights", False),
    ],
)
def test_who_is_a_lay_watcher(text: str, lay: bool) -> None:
    found = concern_map().lay
    assert found is not None
    assert (found.watching.search(normalise(text)) is not None) is lay
