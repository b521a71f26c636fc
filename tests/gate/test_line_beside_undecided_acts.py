"""The medicine's line carried on beside acts that decide nothing (found passing by the hundred-and-forty-seventh
fresh corpus; medassess/gate/regimen_only.py ``_without_undecided_acts``, [claim] future_passives, vague_times,
reasons_only and topic_times in mappings/hollow-phrases.toml).

* MA103: "X will be continued" or "X continues" decides the medicine's line only; beside it, a sentence of generic
  future passives with no one, no time and no measure ("the infant will be watched, feeds will be helped"), acts
  whose only time names no time, each clause of them ("..., and the GP will check the cot when appropriate"), and
  reasons for a decision never made ("..., was weighed up, because ...; a plan is for later") give the baby nothing.
  A time of day naming a kind of care ("overnight feeds will be organised") is no time.
* Near misses stand: agentless passives that carry their specifics (what for, how long, where), passives with their
  agent, the same reasons beside the decision they support, and a real time.

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from tests.gate.conclusions import CITALOPRAM, LITHIUM, METHADONE, PARTNER, SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

NOTHING_DECIDED = [
    # generic future passives beside the line in the future passive
    (SEDATIVES, "Diazepam and pregabalin will both be continued. The infant will be watched, her feeds will be "
     "helped, safer sleeping will be encouraged and help will be offered to the household."),
    # the line opened by its taker's possessive; a time of day naming the care, not when it is done
    (PARTNER, "Dad's quetiapine 100 mg at bedtime will be continued. Overnight feeds will be organised, the cot "
     "will be inspected and safer sleeping will be stressed."),
    # two acts with vague times joined by ", and" in one sentence
    (METHADONE, "Methadone 60 mg once daily continues. The health visitor will look at the infant at some stage, "
     "and the GP will check the sleeping place when appropriate."),
    # reasons after a clause set aside, beside a deferral
    (CITALOPRAM, "Citalopram 20 mg once daily has been thoroughly weighed up, because she relapsed when she stopped "
     "in 2022 and because of the feeding evidence; the newborn's arrangements will be decided at a later date."),
    (LITHIUM, "Lithium 800 mg at night was reviewed in detail, given that she had a puerperal psychosis and since "
     "lithium enters breast milk; the infant's arrangements are to be agreed at a later date."),
]
DECIDED = [
    # agentless passives carrying what for, how long and where
    (METHADONE, "Methadone 60 mg once daily will be continued. The infant will be scored for withdrawal for 72 hours "
     "on the postnatal ward, and late signs will be looked for until day 8; breastfeeding will be encouraged."),
    # passives with their agent
    (PARTNER, "Dad's quetiapine 100 mg at bedtime will be continued. Overnight feeds will be given by the baby's "
     "mother, who takes no sedating medicine, and the cot will be seen by the health visitor at the first visit."),
    # the reasons beside the decision they support
    (CITALOPRAM, "Citalopram 20 mg once daily has been thoroughly weighed up, because she relapsed when she stopped "
     "in 2022 and because of the feeding evidence; so it continues at 20 mg, and the midwife observes the newborn "
     "for jitteriness for 48 hours."),
    # a vague time beside a real one
    (METHADONE, "Methadone 60 mg once daily continues. The health visitor sees the infant on day 5 and day 8 for "
     "late withdrawal, and the GP checks the sleeping place at the 6-week check and as needed after that."),
]


@pytest.mark.parametrize(("where", "text"), NOTHING_DECIDED)
def test_the_line_beside_acts_that_decide_nothing_is_hollow(where: tuple[str, str], text: str) -> None:
    assert "MA103" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), DECIDED)
def test_the_line_beside_acts_with_their_specifics_stands(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) == set()


@pytest.mark.parametrize(("where", "text"), [*NOTHING_DECIDED[:3], *DECIDED[:3]])
@pytest.mark.parametrize("seed", [4, 19])
def test_a_disguise_changes_no_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    assert _codes(where, disguise(text, random.Random(seed))) == _codes(where, text)
