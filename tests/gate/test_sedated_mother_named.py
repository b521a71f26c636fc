"""The sedated mother, named outright, given the baby's nights in a later sentence (rule MA127).

A text that says the mother's medicines sedate her and then gives her, by her own name or "mum", the night care
("the 0300 bottle", "the night feeds") plans the hazard it names, whether or not the two sit in one sentence. Near
misses pass: a text saying nothing of her being sedated, the nights with someone else, a pronoun in a later
sentence (it may be the carer spoken of since), a father's sedation with her nights. A disguise changes no
verdict. Worded apart from any corpus."""

from __future__ import annotations

import random

import pytest

from medassess.gate.night_care import night_care_to_the_sedated
from tests.gate.disguise import disguise

NAMES = {"f": frozenset({"shannon"})}

GIVEN = [
    "Zopiclone and mirtazapine both leave her drowsy. Shannon does the 0300 bottle herself at the unit.",
    "Her mirtazapine makes her sleepy at night. Shannon will take the 2 am and 5 am feeds on her own.",
    "Gabapentin continues; it sedates her. Mum does the feeds at 01:30 in the mother and baby unit.",
    "The tablets make her groggy. Shannon does all the night feeds at home.",
    "Her diazepam sedates her; Shannon does the four o'clock feed.",
    # a condition that leaves her the lone carer does not bound the night care
    "Zopiclone and mirtazapine make her sleepy. Shannon does the 0200 bottle if her partner is at work.",
    "Her mirtazapine makes her drowsy at night. Mum does the night feeds whenever the foster carers are away.",
    # a pronoun opening the next sentence, the hazard's sentence naming no one else
    "Zopiclone and mirtazapine make mum drowsy. She does the 02:30 bottle on her own at the unit.",
    "Her evening zopiclone knocks her out. She will take the night feeds herself.",
]
NOT_GIVEN = [
    "Zopiclone and mirtazapine both leave her drowsy. The nurse gives the 0300 bottle at the unit.",
    "Shannon gives the 0300 bottle herself at the unit; sertraline does not affect her alertness.",
    "Her mirtazapine makes her sleepy at night. Shannon does the 7 pm feed; the unit staff do the night feeds.",
    "The tablets make her groggy. The foster carer sleeps in, and she does the 3 am feed.",
    "Quetiapine makes him drowsy. Shannon does the 2 am feed with the crib by her bed.",
    "Her mirtazapine is not sedating. Shannon does the night feeds.",
    "Quetiapine at night: her partner is too drowsy afterwards to help. The mother does the night feeds.",
    "Her partner's quetiapine leaves her partner sedated at night; mum does the 2 am feed.",
    "The tablets make her groggy. Shannon does not do the 3 am feed; the nurse does.",
    # a condition on her own dose or state, on something else, or with someone there still bounds it
    "Zopiclone and mirtazapine make her sleepy. Shannon does the 0200 bottle when she is off her evening dose.",
    "Zopiclone and mirtazapine make her sleepy. Shannon does the 0200 bottle when the effect is off.",
    "Zopiclone and mirtazapine make her sleepy. Shannon does the 0200 bottle if her partner is not away.",
    "Zopiclone and mirtazapine make her sleepy. Shannon does the 0200 bottle only if her partner is up with her.",
    # a pronoun after a sentence naming someone else, further on, or with a verb the baby may be its subject of
    "Zopiclone and mirtazapine make her drowsy, so the unit nurse stays near. She does the 02:30 bottle.",
    "The foster carer knows zopiclone makes her drowsy. She does the 02:30 bottle.",
    "Zopiclone makes her drowsy. The unit is quiet. She does the 02:30 bottle.",
    "Zopiclone makes her drowsy and the baby sleepy. She has the 02:30 bottle in the nursery.",
    "Zopiclone makes her drowsy. The nurse on the unit, she does the 02:30 bottle.",
]


@pytest.mark.parametrize("text", GIVEN)
def test_the_sedated_mother_named_in_a_later_sentence_is_given_the_nights(text: str) -> None:
    assert night_care_to_the_sedated(text, NAMES)


@pytest.mark.parametrize("text", NOT_GIVEN)
def test_the_nights_with_another_or_no_sedation_said_are_not_read(text: str) -> None:
    assert not night_care_to_the_sedated(text, NAMES)


def test_without_her_name_only_the_mother_words_reach_a_later_sentence() -> None:
    assert not night_care_to_the_sedated(GIVEN[0])
    assert night_care_to_the_sedated(GIVEN[2])


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("text", GIVEN + NOT_GIVEN)
def test_a_disguised_text_is_read_as_the_plain_one(text: str, seed: int) -> None:
    plain = night_care_to_the_sedated(text, NAMES)
    assert night_care_to_the_sedated(disguise(text, random.Random(seed)), NAMES) == plain
