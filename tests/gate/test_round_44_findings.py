"""The findings of round 44's hand mutation (docs/safety/mutation-testing.md, "Findings, not mutants") and the
readings they asked for, both ways and disguised. Worded apart from the red-team corpora (fresh134, fresh138,
fresh139) and from round 44's own probes.

- MA127 [levels_dropped]: a levels question answered by a plan; the baby's statement ended at a comma and a
  conjunction; six words between a level and its negation; the blood tests read as the levels.
- MA127 [[contradiction]] safe sleep and [stacked_negations]: a bed shared with an adult after a comma, or with an
  adult named after the words, is the adults' bed.
- MA103 [contingency]: an aside whose later word a reader blanked ("of course") is still an aside.
- MA127 [watch_dropped]: the overall conclusion read against each assessment's items."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from medassess.gate.negations import allowed_sleep_sharing
from medassess.gate.text import normalise
from tests.gate.disguise import disguised
from tests.gate.test_levels_dropped import _BABY, _OPENS, _levels_messages, _lithium
from tests.gate.test_record_facts_told_otherwise import _HEAD, _codes, _foster
from tests.gate.test_substance import errors, with_conclusion
from tests.gate.test_whole_changed_under_a_condition import _PLAN as _CONTINGENT_PLAN
from tests.test_rules import COMPLETE, TODAY

_AT = ["$.assessments[0].conclusion"]


def _levels(text: str) -> list[str]:
    return _levels_messages(_lithium(f"{_OPENS} {text} {_BABY}"))


# ------------------------------------------------------------------------------------------- MA127 levels_dropped
_LEVELS_DROPPED = [
    # a levels question answered by nothing that plans a level
    "No more lithium levels? None.",
    # her levels ruled out beside the baby's, in either order, cut at a comma and a conjunction
    "Her serum levels are not repeated again, but the infant's is not taken until he goes home.",
    "The infant's level is not taken until he goes home, but her serum levels are not repeated again.",
    # a span of time between the levels and their negation
    "Serum levels during the rest of pregnancy will not be taken.",
    # the blood tests are the levels under lithium
    "She needs no more blood tests this pregnancy.",
    "Her bloods will not be repeated before the birth.",
]
_LEVELS_KEPT = [
    # a levels question answered by the plan
    "No more lithium levels? Serum levels four-weekly, weekly from 37 weeks and within a day of the birth.",
    # the baby's statement goes on after a comma and a conjunction naming no one else
    "The infant is reviewed by the paediatrician, and no level is taken from him.",
    # six words between, limited to one service
    "Serum levels during the rest of pregnancy will not be taken at the surgery; the perinatal clinic takes them.",
    # another's blood tests, the baby's, a limit
    "No blood tests are taken from the infant beyond the one at a day old.",
    "Her folate bloods are not repeated.",
    "Her kidney function blood tests are not needed again.",
    "Her blood tests are not taken at the practice; the hospital clinic does them monthly.",
]


@pytest.mark.parametrize("text", _LEVELS_DROPPED)
def test_levels_dropped_in_these_wordings_are_refused(text: str) -> None:
    assert _levels(text) == _AT


@pytest.mark.parametrize("text", _LEVELS_KEPT)
def test_levels_kept_limited_or_anothers_in_these_wordings_stand(text: str) -> None:
    assert _levels(text) == []


@given(st.sampled_from(_LEVELS_DROPPED + _LEVELS_KEPT), st.data())
@settings(max_examples=15, deadline=None)
def test_a_disguised_wording_of_the_levels_is_judged_like_the_plain_one(text: str, data: st.DataObject) -> None:
    assert _levels(data.draw(disguised(text))) == _levels(text)


# ------------------------------------------------------------------------------------------------ MA127 safe sleep
def _allowed(text: str) -> bool:
    return bool(allowed_sleep_sharing(normalise(text)))


def test_a_bed_shared_with_an_adult_after_a_comma_is_no_grant_of_the_babys_sleep() -> None:
    assert not _allowed("She can share a bed, with her partner.")
    assert not _allowed("He may share the bed, with his wife, while the infant sleeps in the cot.")
    # the baby joined to the company, or the baby itself after the comma, is the baby's
    assert _allowed("She can share a bed, with her partner, and the infant.")
    assert _allowed("She can share a bed, with the infant.")


_SLEEP_PATH = "$.assessments[0].impact_on_mother.safe_sleep"
_ADULTS_BED = [
    "She can share a bed with her partner while the infant sleeps in his cot.",
    "She can share a bed, with her partner; the infant sleeps in his cot.",
]
_BABYS_BED = [
    "The infant can share a bed with his mum.",
    "She can share a bed, with her partner and the infant.",
    "She can share a bed.",
]


@pytest.mark.parametrize("text", _ADULTS_BED)
def test_the_adults_bed_beside_advice_against_sharing_the_babys_stands(text: str) -> None:
    assert _SLEEP_PATH not in _codes(_foster(_HEAD + text), "MA127")


@pytest.mark.parametrize("text", _BABYS_BED)
def test_the_babys_bed_shared_beside_advice_against_it_is_refused(text: str) -> None:
    assert _SLEEP_PATH in _codes(_foster(_HEAD + text), "MA127")


@given(st.sampled_from(_ADULTS_BED + _BABYS_BED), st.data())
@settings(max_examples=10, deadline=None)
def test_a_disguised_bed_is_judged_like_the_plain_one(text: str, data: st.DataObject) -> None:
    plain = _SLEEP_PATH in _codes(_foster(_HEAD + text), "MA127")
    assert (_SLEEP_PATH in _codes(_foster(_HEAD + data.draw(disguised(text))), "MA127")) == plain


# ------------------------------------------------------------------------------------------- MA103 contingency
def test_a_condition_after_of_course_is_a_contingency_where_its_alternative_is_named() -> None:
    told = (
        f"{_CONTINGENT_PLAN} Of course, if she delivers before 33 weeks, it could all be different: the special care "
        "unit then scores the infant instead of the ward."
    )
    assert errors(with_conclusion(told)) == set()
    bare = f"{_CONTINGENT_PLAN} Of course, if she delivers before 33 weeks, it could all be different."
    assert "MA103" in errors(with_conclusion(bare))
    assert "MA103" in errors(with_conclusion(f"{_CONTINGENT_PLAN} Of course, it could all be different."))


@given(st.data())
@settings(max_examples=5, deadline=None)
def test_a_disguised_contingency_after_of_course_is_judged_like_the_plain_one(data: st.DataObject) -> None:
    told = (
        f"{_CONTINGENT_PLAN} Of course, if she delivers before 33 weeks, it could all be different: the special care "
        "unit then scores the infant instead of the ward."
    )
    assert errors(with_conclusion(data.draw(disguised(told)))) == set()


# ------------------------------------------------------------------------------------------- MA127 watch_dropped
_FOSTER = COMPLETE.parent / "postnatal-foster-placement-diazepam-pregabalin.json"


def _overall_codes(text: str) -> set[str]:
    data: dict[str, Any] = json.loads(_FOSTER.read_text(encoding="utf-8"))
    data["overall_conclusion"]["text"] = text
    return {i.path for i in check(record_from_data(data), today=TODAY) if i.code == "MA127"}


_OVERALL_HEAD = (
    "Diazepam and pregabalin go on for now and sedate her: no bed, sofa or armchair sharing, no feeding lying down, "
    "and the foster carer gives the night feeds."
)


def test_the_overall_conclusion_ending_the_late_watch_at_the_ward_is_refused() -> None:
    told = f"{_OVERALL_HEAD} The infant will not need further observation after discharge."
    assert "$.overall_conclusion.text" in _overall_codes(told)
    # a later window of its own, or the ward's end after the late watch, keeps it
    kept = f"{_OVERALL_HEAD} The infant will not need further observation once off the ward after day 8."
    assert "$.overall_conclusion.text" not in _overall_codes(kept)
    watched = f"{_OVERALL_HEAD} The health visitor looks for late signs up to day 8."
    assert "$.overall_conclusion.text" not in _overall_codes(watched)


def test_the_message_of_the_overall_watch_quotes_no_text_of_the_record() -> None:
    data: dict[str, Any] = json.loads(_FOSTER.read_text(encoding="utf-8"))
    data["overall_conclusion"]["text"] = f"{_OVERALL_HEAD} The infant will not need further observation once home."
    messages = [
        i.message for i in check(record_from_data(data), today=TODAY) if i.path == "$.overall_conclusion.text"
    ]
    assert messages
    assert all("observation" not in m and "Diazepam" not in m and "foster carer" not in m for m in messages)
