"""MA127: a conclusion that says the baby's sleeping place needs no checks where its own recommendations plan them
("health visitor to check the sleeping arrangements at each visit"), both ways: the checks dropped in words are
refused; their findings or end, a condition, a check the conclusion keeps itself, and an item that plans none pass;
disguised texts are judged as the plain ones. Worded apart from the red-team cases
(tests/redteam/fresh136_cases.py)."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from medassess import check, record_from_data
from tests.gate.conclusions import EXAMPLES, PARTNER, TODAY
from tests.gate.disguise import disguise

_HEAD = (
    "His quetiapine at night makes him very hard to rouse: he never sleeps beside the baby on a bed, sofa or chair, "
    "and the mother does every night feed. "
)

DROPPED = [
    _HEAD + "No cot checks are required from the health visitor.",
    _HEAD + "There is no need to check the Moses basket at her visits.",
    _HEAD + "The bedside crib does not need checking again.",
    # the noun before the place (found passing by the hundred-and-fortieth fresh corpus)
    _HEAD + "No inspections of the sleeping arrangements are required.",
]
KEPT = [
    # the checks' findings or end, a condition, a check kept by the conclusion, a check of something else
    _HEAD + "The cot was seen on day 5 and no cot checks are needed after 8 weeks.",
    _HEAD + "If the family moves, no cot checks are needed at the old address; the health visitor checks the new one.",
    _HEAD + "No crib checks are needed by the midwife, as the health visitor checks it at every visit.",
    _HEAD + "The health visitor checks the crib at each visit; no other checks are needed.",
    _HEAD + "The crib is safe and the health visitor keeps checking it to 8 weeks.",
    _HEAD + "No checks of the crib are needed once the baby sleeps in the cot from day 12; the health visitor "
    "checks the cot instead.",
    _HEAD + "No crib checks are needed after the baby moves to the cot on day 10, the HV checks the cot instead.",
]


def _messages(text: str, recommendations: str | None = None) -> list[str]:
    example, assessment = PARTNER
    data: dict[str, Any] = json.loads((EXAMPLES / example).read_text(encoding="utf-8"))
    index = next(i for i, a in enumerate(data["assessments"]) if a["id"] == assessment)
    data["assessments"][index]["conclusion"] = text
    if recommendations is not None:
        data["assessments"][index]["recommendations"] = recommendations
    return [
        i.path
        for i in check(record_from_data(data), today=TODAY)
        if i.code == "MA127" and "sleeping place needs no checks" in i.message
    ]


@pytest.mark.parametrize("text", DROPPED)
def test_the_sleeping_place_checks_dropped_in_words_are_refused(text: str) -> None:
    assert _messages(text) == ["$.assessments[0].conclusion"]


@pytest.mark.parametrize("text", KEPT)
def test_findings_an_end_a_condition_or_a_check_kept_pass(text: str) -> None:
    assert _messages(text) == []


@pytest.mark.parametrize("text", DROPPED)
def test_no_checks_where_the_item_plans_none_is_not_this_contradiction(text: str) -> None:
    assert _messages(text, "If the father's dose changes, his GP tells the health visitor.") == []


@pytest.mark.parametrize("text", [DROPPED[0], KEPT[2]])
def test_a_disguised_text_is_judged_as_the_plain(text: str) -> None:
    plain = _messages(text)
    for seed in range(2):
        assert _messages(disguise(text, random.Random(seed))) == plain


def test_the_message_quotes_nothing_of_the_text() -> None:
    data: dict[str, Any] = json.loads((EXAMPLES / PARTNER[0]).read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = DROPPED[0]
    issues = [i for i in check(record_from_data(data), today=TODAY) if "sleeping place needs no checks" in i.message]
    assert issues and all("cot" not in i.message and "health visitor" not in i.message for i in issues)


# The overall conclusion is read against each assessment's items as its own conclusion is (found passing by the
# hundred-and-fortieth fresh corpus).
def _overall_messages(text: str) -> list[str]:
    example, _ = PARTNER
    data: dict[str, Any] = json.loads((EXAMPLES / example).read_text(encoding="utf-8"))
    data["overall_conclusion"]["text"] = text
    return [
        i.path
        for i in check(record_from_data(data), today=TODAY)
        if i.code == "MA127" and "sleeping place needs no checks" in i.message
    ]


@pytest.mark.parametrize("text", DROPPED)
def test_the_overall_conclusion_dropping_the_checks_is_refused(text: str) -> None:
    assert _overall_messages(text) == ["$.overall_conclusion.text"]
    assert _overall_messages(disguise(text, random.Random(3))) == ["$.overall_conclusion.text"]


@pytest.mark.parametrize("text", KEPT)
def test_the_overall_conclusion_keeping_the_checks_passes(text: str) -> None:
    assert _overall_messages(text) == []
    assert _overall_messages(disguise(text, random.Random(3))) == []


# A further check dropped after one done ("the cot was looked at; no more checks of the cot"), read like the plain
# ones; checks told done to their end, an end after it or a check kept elsewhere pass (found passing by the
# hundred-and-forty-fourth fresh corpus).
FURTHER_DROPPED = [
    _HEAD + "The cot was looked at on day 3; no more checks of the cot are required.",
    _HEAD + "No further Moses basket checks are necessary.",
    _HEAD + "Further inspections of the sleeping arrangements are not needed.",
]
FURTHER_KEPT = [
    _HEAD + "The health visitor saw the cot at every visit to 8 weeks, as planned; no further cot checks are needed.",
    _HEAD + "No further crib checks are needed beyond the health visitor's visit on day 10.",
    _HEAD + "No further checks of the crib by the midwife: the health visitor checks it at each visit.",
    _HEAD + "If the cot stays by their bed, no further cot checks are needed.",
]


@pytest.mark.parametrize("text", FURTHER_DROPPED)
def test_further_checks_dropped_are_refused(text: str) -> None:
    assert _messages(text) == ["$.assessments[0].conclusion"]
    assert _overall_messages(text) == ["$.overall_conclusion.text"]
    assert _messages(text, "If the father's dose changes, his GP tells the health visitor.") == []


@pytest.mark.parametrize("text", FURTHER_KEPT)
def test_further_checks_done_ended_conditioned_or_kept_pass(text: str) -> None:
    assert _messages(text) == []
    assert _overall_messages(text) == []


@pytest.mark.parametrize("text", [FURTHER_DROPPED[0], FURTHER_KEPT[0]])
def test_a_disguised_further_check_is_judged_as_the_plain(text: str) -> None:
    plain = _messages(text)
    for seed in range(3):
        assert _messages(disguise(text, random.Random(seed))) == plain
