"""MA122: a conclusion written as a grid whose cells are bare ("Withdrawal scoring: -.", "Cot: Y.", "Night care:
 .") speaks of no concern by its headings: a heading names a topic and answers nothing, whatever else the text
decides ("continue"). A grid with words in its cells stands. Worded apart from the red-team cases
(tests/redteam/fresh107_cases.py), each both ways and disguised."""

from __future__ import annotations

import random

import pytest

from tests.gate.disguise import disguise
from tests.gate.test_substance import errors, with_conclusion

BARE = [
    "Methadone 60 mg once daily, unchanged through the pregnancy. Withdrawal scoring: -. Cot: Y. Night care:   . "
    "Feeding plan: ?.",
    "Methadone 60 mg once daily, carried on through the pregnancy. Neonatal observation - n/a. Sleeping "
    "arrangements - tbc. Breastfeeding: yes.",
]
FILLED = [
    "Methadone 60 mg once daily, unchanged through the pregnancy. Withdrawal scoring: on the postnatal ward for "
    "72 hours. Cot: in the parents' room, no co-sleeping. Night care: her partner. Feeding plan: breastfeeding "
    "supported.",
]


@pytest.mark.parametrize("text", BARE)
def test_bare_cells_answer_no_concern(text: str) -> None:
    # refused as speaking of no concern, or as hollow or too short once the bare cells say nothing
    assert errors(with_conclusion(text)) & {"MA103", "MA104", "MA122"}
    assert errors(with_conclusion(disguise(text, random.Random(7)))) & {"MA103", "MA104", "MA122"}


@pytest.mark.parametrize("text", FILLED)
def test_cells_with_words_answer_their_concerns(text: str) -> None:
    assert errors(with_conclusion(text)) == set()
    assert errors(with_conclusion(disguise(text, random.Random(7)))) == set()
