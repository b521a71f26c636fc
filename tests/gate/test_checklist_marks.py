"""A checklist whose every item says only that it was done (found passing by the hundred-and-forty-fifth fresh
corpus; [dismissal] checklist_marks in mappings/hollow-phrases.toml).

* MA103: "Cot check - done. Night-time care - completed. Reduction plan - done." ticks boxes and decides nothing,
  though a topic names a claim ("Reduction plan").
* Near misses stand: each item with its content after the mark, and one mark alone beside a plan.

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from tests.gate.conclusions import METHADONE, SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

TICKED = [
    (SEDATIVES, "Diazepam and pregabalin. Drowsiness reviewed - done. Cot check - done. Night-time care - "
     "completed. Late signs watch - done. Reduction plan - done."),
    (METHADONE, "Methadone 60 mg. Abstinence scoring: done. Infant feeding: complete. Sleeping place: done. "
     "Relapse plan: actioned."),
]
FILLED = [
    (SEDATIVES, "Diazepam and pregabalin carry on; the GP tapers the diazepam from the six-week review. Cot check - "
     "done: the infant sleeps in a cot, never on a bed, sofa or armchair with her. Night feeds - the foster carer "
     "does them all. Late signs - the carer and health visitor watch to day 8."),
    (METHADONE, "Methadone 60 mg once daily carries on, as a cut risks relapse. Leaflet - done. The ward midwives "
     "score the infant every 4 hours for 72 hours and the health visitor checks to day 8; breastfeeding "
     "encouraged; no bed or sofa sharing after her dose."),
]


@pytest.mark.parametrize(("where", "text"), TICKED)
def test_a_checklist_of_marks_decides_nothing(where: tuple[str, str], text: str) -> None:
    assert "MA103" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), FILLED)
def test_a_checklist_with_its_contents_stands(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) == set()


@pytest.mark.parametrize(("where", "text"), [*TICKED, *FILLED])
@pytest.mark.parametrize("seed", [8, 37])
def test_a_disguise_changes_no_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    assert _codes(where, disguise(text, random.Random(seed))) == _codes(where, text)
