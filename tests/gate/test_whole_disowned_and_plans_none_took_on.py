"""MA103/MA122: the whole disowned as not the author's ("none of the above is my assessment", "..., not my
conclusion", "these are rough notes"), with the clause after a colon or semicolon that tells why ("...: it was pasted
from another record and must be redone") taken back with it, and the whole plan "above" put on hold, leave nothing
decided (MA103); one thing said to be another's, and a plan after "the plan is scrapped:", stand. A watch withdrawn
with nothing arranged "in its place", several checks no one has "picked them up", an offer no one else "has been
found" for, and "no other watch set up" hold no one to the concern (MA122); with its replacement each stands. Each
both ways, and disguised. Worded apart from the red-team cases (tests/redteam/fresh131_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_substance import errors, with_conclusion

_PLAN = (
    "Methadone carries on at 60 mg daily; the midwives score the infant for abstinence on the unit for three days. "
    "She keeps the infant in its own cot and is encouraged to breastfeed."
)
DISOWNED = [
    f"{_PLAN} None of this is my conclusion: it was pasted in from a template and needs redoing.",
    f"{_PLAN} Jotted down during the clinic, not my final assessment; a full one will follow next week.",
    f"{_PLAN} These are my rough notes from the huddle.",
    f"{_PLAN} The entire plan is on hold while she is in hospital.",
    f"{_PLAN} The plan above has been put on hold until the court hearing.",
]
OWNED = [
    # one thing said to be another's, or not the author's to decide
    f"{_PLAN} Whether to reduce is not mine to decide: her keyworker decides it at the next review.",
    # a plan after a retraction of an earlier one stands
    "The earlier plan is scrapped: methadone carries on at 60 mg daily, the midwives score the infant for "
    "abstinence on the unit for three days, and she keeps the infant in its own cot and is encouraged to "
    "breastfeed.",
    # notes of someone else's, one thing on hold
    f"{_PLAN} The ward keeps rough notes of each score, which the paediatrician reviews daily.",
    f"{_PLAN} The taper above is on hold until after the birth.",
]
_REST = "She keeps the infant in its own cot and is encouraged to breastfeed."
NONE_TOOK_ON = [
    f"Methadone carries on at 60 mg daily. The unit's three-day abstinence scoring has been cancelled, and nothing "
    f"was arranged in its place. {_REST}",
    f"Methadone carries on at 60 mg daily. The community team's abstinence checks to day 10 have fallen through "
    f"and no one has picked them up. {_REST}",
    f"Methadone carries on at 60 mg daily. The three-day abstinence watch on the unit has been dropped, with no "
    f"other watch set up. {_REST}",
]
REPLACED = [
    f"Methadone carries on at 60 mg daily. The unit's three-day abstinence scoring has been cancelled, and the "
    f"community midwives score the infant at home for three days in its place. {_REST}",
    f"Methadone carries on at 60 mg daily. The community team's abstinence checks to day 10 have fallen through, "
    f"so the health visitor checks the infant for abstinence on days 5 and 10 instead. {_REST}",
    f"Methadone carries on at 60 mg daily. The three-day abstinence watch on the unit has been dropped, and a "
    f"five-day abstinence watch in transitional care is set up instead. {_REST}",
]

@pytest.mark.parametrize("text", DISOWNED)
def test_the_whole_disowned_as_not_the_authors_leaves_nothing_decided(text: str) -> None:
    assert "MA103" in errors(with_conclusion(text))


@pytest.mark.parametrize("text", OWNED)
def test_one_thing_anothers_or_on_hold_stands(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@pytest.mark.parametrize("text", NONE_TOOK_ON)
def test_a_watch_withdrawn_with_no_one_taking_it_on_answers_nothing(text: str) -> None:
    assert "MA122" in errors(with_conclusion(text))


@pytest.mark.parametrize("text", REPLACED)
def test_a_watch_withdrawn_with_its_replacement_stands(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


def _codes(text: str) -> set[str]:
    return errors(with_conclusion(text)) & {"MA103", "MA122"}


@settings(max_examples=25, deadline=None)
@given(st.data(), st.sampled_from(DISOWNED + OWNED + NONE_TOOK_ON + REPLACED))
def test_the_disguised_forms_are_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert _codes(hidden) == _codes(text)


# A watch said to have been stopped, then in its sentence that no one has replaced it (MA122), in the assessment's
# conclusion or the overall one; stopped at its planned end, or stopped with its replacement, it stands.
_WATCH = "Methadone carries on at 60 mg daily."
STOPPED_UNREPLACED = [
    f"{_WATCH} The community team's abstinence checks to day 10 were stopped last Friday, and nobody has replaced "
    f"them. {_REST}",
    f"{_WATCH} The unit's abstinence scoring has been stopped and nothing has replaced it. {_REST}",
]
STOPPED_STANDS = [
    f"{_WATCH} The community team's abstinence checks to day 10 were stopped last Friday, so the health visitor "
    f"checks the infant for abstinence on days 5 and 10 instead. {_REST}",
    f"{_WATCH} The midwives score the infant for abstinence on the unit for three days; the scoring is stopped "
    f"after that if the scores stay low. {_REST}",
    f"{_WATCH} Her earlier sertraline was stopped in 2023 and not replaced. The midwives score the infant for "
    f"abstinence on the unit for three days. {_REST}",
]


@pytest.mark.parametrize("where", ["assessment", "overall"])
@pytest.mark.parametrize("text", STOPPED_UNREPLACED)
def test_a_watch_stopped_with_no_one_replacing_it_answers_nothing(text: str, where: str) -> None:
    assert "MA122" in errors(with_conclusion(text, where))


@pytest.mark.parametrize("where", ["assessment", "overall"])
@pytest.mark.parametrize("text", STOPPED_STANDS)
def test_a_watch_stopped_at_its_end_or_replaced_stands(text: str, where: str) -> None:
    assert "MA122" not in errors(with_conclusion(text, where))


@settings(max_examples=15, deadline=None)
@given(st.data(), st.sampled_from(STOPPED_UNREPLACED + STOPPED_STANDS))
def test_a_stopped_watch_in_disguise_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert _codes(hidden) == _codes(text)
