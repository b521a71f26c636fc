"""A verb that has lost what it acts on names no act ([conclusion] objectless in mappings/concerns.toml): a clause
ending on "will be looked" (no "at", "after", "in on"), "are seeing" (no one seen), "is to be careful with" (no
object) says nothing of the baby's care (MA124) and answers no concern (MA122). The same verbs going on to their
object or particle ("looked after by the midwives", "seeing the newborn on day one", "seen by the paediatrician")
are acts, a relative word before the phrase holds its object ("the tremor, which we are seeing"), and a disguise
changes no verdict. A verb of finding out ("are checking", "are looking", "we'll see") has lost its object only as
the predicate of a fronted topic ("as for her newborn, the team are checking"); after a heading that names what is
checked it has one. Texts worded apart from the red-team corpora."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import pytest

from medassess import check, record_from_data
from medassess.gate.concerns import without_objectless
from medassess.gate.text import normalise
from tests.gate.disguise import disguise

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 12, 3)
# Lithium's own words without the baby: its dose, the mother's levels, breast milk avoided (a concern's words,
# but no word of the baby or its care, MA124).
MOTHER = "Lithium carries on at 400 mg with serum levels each month. Milk from the breast is best avoided."


def _codes(text: str) -> set[str]:
    """The error codes once the lithium example's conclusion holds ``text``."""
    data: dict[str, Any] = json.loads(
        (ROOT / "examples" / "pass" / "lithium-perinatal-mental-health.json").read_text(encoding="utf-8")
    )
    index = next(i for i, a in enumerate(data["assessments"]) if a["id"] == "asm-lithium")
    data["assessments"][index]["conclusion"] = text
    return {i.code for i in check(record_from_data(data), today=TODAY) if i.severity == "error"}


NO_ACT = [
    f"{MOTHER} Her newborn after delivery is to be looked.",
    f"{MOTHER} For the newborn after delivery the team are seeing.",
    f"{MOTHER} The newborn is to be careful with.",
    f"{MOTHER} Once born the infant will be seen to.",
    # A fronted topic whose only predicate lost its object; a passive of watching left on its "for".
    f"{MOTHER} Regarding her newborn after delivery, the team are seeing.",
    f"{MOTHER} After delivery her newborn will be monitored for.",
    # A verb of finding out, its object lost, as the only predicate of a fronted topic.
    f"{MOTHER} With regard to her newborn, the ward team and the health visitor are looking.",
    f"{MOTHER} Concerning the infant after delivery we are finding out.",
    f"{MOTHER} When it comes to her newborn, we'll see.",
]
ACTS = [
    f"{MOTHER} Her newborn will be looked after on the postnatal ward by the midwives for 48 hours.",
    f"{MOTHER} The paediatric team are seeing the newborn on day one.",
    f"{MOTHER} The newborn will be seen by the paediatrician within a day of delivery.",
    f"{MOTHER} The newborn will be seen to by the paediatrician at delivery.",
    f"{MOTHER} Her hand tremor, which we are seeing, is a side effect; the newborn will be reviewed by the "
    "paediatrician within a day of delivery.",
    f"{MOTHER} Regarding her newborn, the paediatrician reviews the infant within a day of delivery.",
    f"{MOTHER} After delivery her newborn will be monitored for floppiness by the paediatric team.",
    f"{MOTHER} Her newborn is cared for by the paediatric team after delivery.",
    # The same verbs with their object, or after a heading that is their object, or of a watch kept.
    f"{MOTHER} With regard to her newborn, the paediatric team are checking its tone and feeding daily for a week.",
    f"{MOTHER} Floppiness and poor feeding in the newborn for a week after delivery: the paediatric team are "
    "checking.",
    f"{MOTHER} As for her newborn, the paediatric team are watching.",
]


@pytest.mark.parametrize("text", NO_ACT)
def test_a_baby_clause_ending_on_a_verb_without_its_object_says_nothing_of_the_baby(text: str) -> None:
    assert "MA124" in _codes(text)


@pytest.mark.parametrize("text", ACTS)
def test_the_same_verbs_with_their_object_or_particle_pass(text: str) -> None:
    assert _codes(text) == set()


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", NO_ACT + ACTS)
def test_a_disguised_conclusion_gets_the_plain_verdict(text: str, seed: int) -> None:
    assert _codes(disguise(text, random.Random(seed))) == _codes(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The newborn is to be looked.", ""),
        ("We are seeing; the newborn is scored.", "the newborn is scored"),
        ("The newborn will be looked at by the neonatal team.", "the newborn will be looked at by the neonatal team"),
        ("We are seeing her weekly.", "we are seeing her weekly"),
        ("The jitteriness that we are seeing is mild.", "the jitteriness that we are seeing is mild"),
        ("As regards the newborn, we are seeing.", ""),
        ("As regards the newborn, the ward scores; we are seeing.", "as regards the newborn the ward scores"),
        ("The newborn is being checked for.", ""),
        ("What the newborn is checked for: tremor.", "what the newborn is checked for tremor"),
        ("As for the newborn, the ward is checking.", ""),
        ("As for the newborn the ward is checking.", ""),
        ("Regarding the newborn: we'll see. The ward scores.", "the ward scores"),
        ("The ward is checking.", "the ward is checking"),
        ("Tone and feeds: the ward is checking.", "tone and feeds the ward is checking"),
        ("As for the newborn, the ward is checking its tone.", "as for the newborn the ward is checking its tone"),
        ("As for the newborn, the ward that is checking.", "as for the newborn the ward that is checking"),
        ("Signs the newborn is checked for: tremor.", "signs the newborn is checked for tremor"),
    ],
)
def test_only_the_clause_ending_on_the_bare_verb_is_set_aside(text: str, kept: str) -> None:
    kept_words = without_objectless(normalise(text))
    for mark in ".;,:":
        kept_words = kept_words.replace(mark, " ")
    assert " ".join(kept_words.split()) == kept
