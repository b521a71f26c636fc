"""Conditions whose only consequence is an act that names nothing, beside the medicine's line alone (found passing
by the hundred-and-forty-fifth fresh corpus; [deferral] in mappings/hollow-phrases.toml, and
medassess/gate/regimen_only.py ``_without_empty_conditions``).

* MA103: "if worries come up about the newborn, the team will respond accordingly", "should late signs show,
  action will be taken", "if sleep becomes a problem, it will be addressed at that point" beside "X continues"
  decide only the medicine's line: the topics the conditions name are given nothing.
* Near misses stand: a condition whose consequence names its act, holder and time, and an empty condition beside a
  plan that decides.

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from tests.gate.conclusions import CITALOPRAM, METHADONE, SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

EMPTY = [
    (METHADONE, "Methadone 60 mg once daily carries on. If worries come up about the newborn's withdrawal, the "
     "team will respond accordingly; if breastfeeding or the cot become a problem, appropriate advice will be "
     "offered."),
    (SEDATIVES, "Diazepam and pregabalin carry on. Should late withdrawal signs show in the infant, action will be "
     "taken as required; if night feeds become a worry, they will be addressed at that point."),
    (CITALOPRAM, "Citalopram 20 mg carries on. If the newborn is jittery or feeds poorly, this will be dealt with "
     "accordingly."),
]
DECIDED = [
    (SEDATIVES, "Diazepam and pregabalin carry on; the GP tapers the diazepam from the six-week review. Both sedate "
     "her, so no bed, sofa or armchair sharing and the foster carer does the night feeds. If the infant is jittery "
     "or feeds poorly before day 8, the foster carer rings the health visitor that day for a paediatric review."),
    (METHADONE, "Methadone 60 mg once daily carries on, as a cut risks relapse. The ward midwives score the newborn "
     "every 4 hours for 72 hours and the health visitor checks to day 8; breastfeeding encouraged; no bed or sofa "
     "sharing after her dose. If anything else comes up, the team will respond accordingly."),
]


@pytest.mark.parametrize(("where", "text"), EMPTY)
def test_conditions_leading_to_nothing_decide_nothing(where: tuple[str, str], text: str) -> None:
    assert "MA103" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), DECIDED)
def test_conditions_with_their_acts_or_beside_a_plan_stand(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) == set()


@pytest.mark.parametrize(("where", "text"), [*EMPTY[:2], *DECIDED])
@pytest.mark.parametrize("seed", [4, 29])
def test_a_disguise_changes_no_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    assert _codes(where, disguise(text, random.Random(seed))) == _codes(where, text)
