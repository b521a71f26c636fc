"""MA127: the medicine list says who takes each medicine. A clause naming no parent that tells a sedating medicine
the list gives the mother as someone else's, no parent's ("the foster carer's diazepam causes sedation"), speaks
of the mother, so giving her the nights after it hands the sedated parent the baby's nights. Her medicines told as
hers beside another carer doing the nights, another person's medicine the list does not hold, and a partner's own
medicine listed as his stay as written. Each both ways, and disguised. Worded apart from the red-team cases
(tests/redteam/fresh118_cases.py, swapped).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from tests.gate.conclusions import EXAMPLES, PARTNER, SEDATIVES, conclusion_codes
from tests.gate.disguise import disguised

_TAIL = " No bed sharing at any time; the health visitor watches for late withdrawal to day 8."

GIVEN_TO_HER = [
    (SEDATIVES, "Both carry on unchanged. The placement carer's pregabalin and diazepam bring heavy sedation; so mum "
     "does all the night feeds." + _TAIL),
    (SEDATIVES, "Both carry on unchanged. The carer's own diazepam brings marked sedation at night, so the mother "
     "takes over the nights." + _TAIL),
]
STANDS = [
    # her medicines told as hers, the nights with the carer
    (SEDATIVES, "Both carry on unchanged. Her pregabalin and diazepam bring heavy sedation, so the placement carer "
     "does the night feeds." + _TAIL),
    # another person's medicine the list does not hold
    (SEDATIVES, "Both carry on unchanged; her doses are in the morning. The placement carer's zopiclone brings "
     "sedation, so mum does the night feeds while the carer sleeps." + _TAIL),
    # the partner's own medicine listed as his
    (PARTNER, "Quetiapine carries on at night. Daniel's quetiapine brings heavy sedation, so the mother gives every "
     "night bottle and the newborn sleeps in its own crib on her side. The health visitor reviews at 6 weeks."),
]


def _overall_codes(example: str, text: str) -> set[str]:
    data: dict[str, Any] = json.loads((EXAMPLES / example).read_text(encoding="utf-8"))
    data["overall_conclusion"]["text"] = text
    return {i.code for i in check(record_from_data(data), today=dt.date(2026, 12, 3)) if i.severity == "error"}


@pytest.mark.parametrize(("where", "text"), GIVEN_TO_HER)
def test_her_listed_medicine_told_as_anothers_and_the_nights_given_to_her_is_refused(
    where: tuple[str, str], text: str
) -> None:
    assert "MA127" in conclusion_codes(where, text)


@pytest.mark.parametrize(("where", "text"), STANDS)
def test_her_medicine_as_hers_anothers_unlisted_or_the_partners_own_stands(where: tuple[str, str], text: str) -> None:
    assert "MA127" not in conclusion_codes(where, text)


def test_the_overall_conclusion_is_read_the_same() -> None:
    example = SEDATIVES[0]
    assert "MA127" in _overall_codes(
        example, "The foster carer's pregabalin causes sedation, so the mother does the night feeds." + _TAIL
    )
    assert "MA127" not in _overall_codes(
        example, "The mother's pregabalin causes sedation, so the foster carer does the night feeds." + _TAIL
    )


@settings(max_examples=20, deadline=None)
@given(st.data(), st.sampled_from(GIVEN_TO_HER + STANDS))
def test_listed_takers_in_disguise_are_judged_like_the_plain_text(
    data: st.DataObject, case: tuple[tuple[str, str], str]
) -> None:
    where, text = case
    hidden = data.draw(disguised(text))
    assert ("MA127" in conclusion_codes(where, hidden)) == ("MA127" in conclusion_codes(where, text))
