"""A to-do list in the future passive with no one acting and no time (found passing by the hundred-and-forty-fifth
fresh corpus; medassess/gate/substance.py ``_Judge._without_unowned_to_do``, [claim] future_passives in
mappings/hollow-phrases.toml).

* MA103: a sentence only of items such as "the infant will be watched", "breastfeeding will be encouraged", "help
  will be offered to the household", with no agent, no watcher, no time and no number (the start of a watch with no
  length, "after delivery", is no time), states nothing; beside the dose line alone the conclusion decides nothing.
* Near misses stand: the same passives with their agents and times, and what happens to a medicine ("will be
  continued").

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from tests.gate.conclusions import CITALOPRAM, LITHIUM, METHADONE, SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

NO_ONE = [
    (METHADONE, "Methadone 60 mg once a day. The infant will be watched, breastfeeding will be encouraged, the cot "
     "will be looked at and help will be offered to the household."),
    (CITALOPRAM, "Citalopram 20 mg. The newborn will be observed after delivery and her mood will be reviewed "
     "postnatally; feeds will be supported."),
    (SEDATIVES, "Diazepam and pregabalin for the mother. Her night-time care of the newborn will be sorted, the "
     "sleeping infant will be kept safe from sedation and late withdrawal signs will be looked out for."),
]
HELD = [
    (METHADONE, "Methadone 60 mg once a day carries on, as a cut risks relapse. The infant will be scored by the "
     "ward midwives every 4 hours for 72 hours; breastfeeding will be encouraged by the infant feeding team; the "
     "cot will be seen by the health visitor at the first visit, as she is drowsy after each dose and must not "
     "share a bed."),
    (CITALOPRAM, "Citalopram 20 mg will be continued, since stopping risks relapse. The newborn will be observed "
     "by the midwife for 48 hours after delivery for jitteriness and poor feeding; breastfeeding is supported; her "
     "mood will be reviewed by the GP at six weeks."),
    (LITHIUM, "Lithium 800 mg at night will be continued. Levels will be taken by the perinatal team every 4 weeks, "
     "weekly from 36 weeks and within a day of delivery; the newborn will be checked by the paediatrician after "
     "birth; she bottle feeds, as lithium enters breast milk."),
]


@pytest.mark.parametrize(("where", "text"), NO_ONE)
def test_future_passives_with_no_one_and_no_time_decide_nothing(where: tuple[str, str], text: str) -> None:
    assert "MA103" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), HELD)
def test_future_passives_with_agents_and_times_stand(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) == set()


@pytest.mark.parametrize(("where", "text"), [*NO_ONE[:2], *HELD[:2]])
@pytest.mark.parametrize("seed", [2, 23])
def test_a_disguise_changes_no_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    assert _codes(where, disguise(text, random.Random(seed))) == _codes(where, text)
