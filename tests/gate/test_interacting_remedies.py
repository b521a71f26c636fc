"""MA120: a conclusion naming as hers to take or buy a remedy bought without a prescription that interacts with a
listed medicine (St John's wort beside sertraline), where the list does not hold it, is refused; advice against it,
its stop, another person's, the baby's, a hospital named after the saint, and a list with nothing it interacts with
pass. Disguised texts are judged as the plain ones."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from medassess.gate.remedies import advised_interactions
from tests.gate.disguise import disguised
from tests.test_rules import TODAY, complete

TAKEN = [
    "Sertraline 50 mg daily continues; she can also get St Johns wort from the chemist for low mood.",
    "Sertraline carries on, with hypericum bought at the health food shop for her mood; the HV sees the baby.",
    "She takes St. John's wort alongside sertraline; the health visitor sees the baby at ten days.",
    # advice to take it all the same, though the interaction is named
    "Sertraline carries on. She can take St John's wort too, though it interacts with sertraline.",
    # a negative of change keeps the remedy going: no warning of it (found passing by mutation round 42)
    "Sertraline 50 mg daily goes on, as does the hypericum she buys for her mood, which won't be altered.",
    "She keeps up her St Johns wort beside the sertraline; it should not be stopped, her GP thinks.",
]
NOT_TAKEN = [
    "Sertraline carries on. She has been told not to buy St John's wort, as it interacts with sertraline.",
    "Sertraline carries on; the St John's wort she bought was stopped because it interacts.",
    "Sertraline carries on; she should avoid St John's wort and other herbal remedies for mood.",
    "Sertraline carries on; her mother takes St John's wort, which she has been told not to share.",
    "Sertraline carries on; if she relapses the mother and baby unit at St John's will admit her.",
    "Sertraline carries on; she may buy paracetamol for pain; the health visitor sees the baby at ten days.",
    # a warning of it in its sentence, in other words than the readings of advice against
    "Sertraline carries on. She asked about St John's wort; she will not take it, as it interacts with sertraline.",
    "Sertraline carries on. The pharmacist explained that hypericum is not safe beside sertraline.",
    "Sertraline carries on. She has stopped taking St John's wort.",
    "Sertraline carries on. St. John's wort is not safe with it, the pharmacist told her.",
    # what it does to the medicine given as the reason she keeps off it (found refused by the hundred-and-thirtieth
    # fresh corpus)
    "Sertraline carries on. Hypericum raises the risk of serotonin toxicity with sertraline, so she steers clear.",
    "Sertraline carries on. St John's wort lowers the levels of some medicines, so she avoids it.",
    "Sertraline carries on. She does not take St John's wort.",
    # a negative of change beside a warning of the remedy in its sentence still warns
    "Sertraline will not be changed, and she will not take St John's wort.",
    "Her sertraline must not be stopped, so she will not be buying hypericum again.",
]


def remedy_issues(text: str, listed: str = "Sertraline 50mg tablets") -> list[str]:
    data: dict[str, Any] = complete()
    data["medicines"][1]["name"] = listed
    data["assessments"][1]["conclusion"] = text
    return [
        i.message for i in check(record_from_data(data), today=TODAY) if i.code == "MA120" and "interacts" in i.message
    ]


@pytest.mark.parametrize("text", TAKEN)
def test_an_interacting_remedy_named_as_hers_to_take_is_refused(text: str) -> None:
    found = remedy_issues(text)
    assert len(found) == 1
    assert "$.medicines[" in found[0] and "Sertraline" not in found[0]


@pytest.mark.parametrize("text", NOT_TAKEN)
def test_an_interacting_remedy_advised_against_stopped_or_anothers_passes(text: str) -> None:
    assert remedy_issues(text) == []


def test_a_remedy_with_nothing_on_the_list_it_interacts_with_or_on_the_list_itself_passes() -> None:
    assert list(advised_interactions(TAKEN[0], ["folic acid"], ["Folic acid 5mg tablets"])) == []
    assert list(advised_interactions(TAKEN[0], ["sertraline"], ["St John's wort 300mg tablets"])) == []
    assert list(advised_interactions(TAKEN[0], ["sertraline"], ["Sertraline 50mg tablets"])) == [
        ("St John's wort", "sertraline")
    ]


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_a_disguised_remedy_is_judged_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(TAKEN + NOT_TAKEN))
    found = list(advised_interactions(data.draw(disguised(plain)), ["sertraline"], ["Sertraline 50mg tablets"]))
    assert bool(found) is (plain in TAKEN)
