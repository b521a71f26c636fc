"""MA127: a sentence that says a parent is sedated or hard to wake and then gives that same parent the baby's nights
(the night feeds, or the baby in that parent's bed) contradicts itself; the nights with the other parent, an evening
feed before the dose, or a negated, conditional or time-bound clause pass, and a disguise changes no verdict.
Worded apart from any corpus."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import pytest

from medassess import check, record_from_data
from medassess.gate.night_care import night_care_to_the_sedated
from tests.gate.disguise import disguise

ROOT = Path(__file__).resolve().parents[2]
POSTNATAL = ROOT / "examples" / "pass" / "postnatal-partner-quetiapine.json"
TODAY = dt.date(2026, 12, 3)

SELF_DEFEATING = [
    "His evening dose leaves him groggy and difficult to rouse, so dad will do every night feed from now on.",
    "Quetiapine knocks him out until morning, therefore he takes the night feeds while the mother recovers.",
    "Her pregabalin makes her very drowsy at bedtime, so she has the baby overnight and the baby sleeps in her bed.",
    "He sleeps heavily after his tablet and the baby sleeps in bed with him most nights.",
    # a semicolon joins what the sentence says: it breaks the clause, not the sentence
    "His night-time dose leaves him very drowsy; he will take every night feed and the baby sleeps beside him in bed.",
    # the verb's base form after a plural subject: "the tablets sedate him"
    "Both night tablets sedate him deeply; he will cover all the night feeds on his own.",
    # the hazard said, then set aside by a concession before the subject
    "Her evening tablets make her very drowsy; nonetheless she will take every night feed while her partner works.",
    "His dose knocks him out; however, dad is doing the nights this week.",
]
SOUND = [
    "His evening dose leaves him groggy and difficult to rouse, so the mother will do every night feed.",
    "He is sleepy after his dose, so he gives the 8 pm feed before taking it and none of the night ones.",
    "He is not drowsy on the lower dose; the mother still does the night feeds.",
    "If he feels drowsy after his tablet, he does not do the night feeds and sleeps in the spare room.",
    "He is groggy for two hours after his dose, so he does the night feeds only after 3 am.",
    "The baby was sleepy after birth, so he does the night feeds while she recovers.",
    "His night-time dose leaves him very drowsy; the mother will take every night feed and the baby sleeps in a cot.",
    "Her two tablets do not sedate her; she will do the night feeds with the baby in a cot by the bed.",
    "The tablets sedate him at night; the mother will cover all the night feeds on her own.",
    "Her evening tablets make her very drowsy; nonetheless her partner will take every night feed.",
    "His dose knocks him out; however, mum is doing the nights this week.",
]


@pytest.mark.parametrize("text", SELF_DEFEATING)
def test_the_sedated_parent_given_the_nights_is_read(text: str) -> None:
    assert night_care_to_the_sedated(text)


@pytest.mark.parametrize("text", SOUND)
def test_the_nights_kept_from_the_sedated_parent_are_not_read(text: str) -> None:
    assert not night_care_to_the_sedated(text)


def _codes(text: str) -> set[str]:
    data: dict[str, Any] = json.loads(POSTNATAL.read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = text + " The health visitor checks the sleeping set-up at each visit."
    issues = check(record_from_data(data), today=TODAY)
    return {i.code for i in issues if i.severity == "error" and i.path == "$.assessments[0].conclusion"}


@pytest.mark.parametrize("text", SELF_DEFEATING[:2] + SOUND[:2])
def test_ma127_refuses_the_sedated_parent_given_the_nights(text: str) -> None:
    assert ("MA127" in _codes(text)) == (text in SELF_DEFEATING)


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("text", SELF_DEFEATING + SOUND)
def test_a_disguised_night_plan_is_read_as_the_plain_one(text: str, seed: int) -> None:
    assert night_care_to_the_sedated(disguise(text, random.Random(seed))) == night_care_to_the_sedated(text)
