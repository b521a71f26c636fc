"""MA130: a conclusion giving a volume to a medicine listed as a solid form ("100 ml" of sertraline tablets) gives
an amount the product cannot be measured in, so the dose assessed cannot be told; an oral solution's volume, a
volume of what a tablet is taken in, the baby's dose and a spoon stand. Each both ways, and disguised. Worded
apart from the red-team cases (tests/redteam/fresh108_cases.py)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from medassess.gate.doses import volume_for_a_solid
from tests.gate.disguise import disguised
from tests.test_rules import TODAY, complete

SERTRALINE = frozenset({"sertraline"})
TABLETS = "Sertraline 50mg tablets"

A_VOLUME_FOR_TABLETS = [
    "Sertraline 100 ml each morning continues; the baby will be watched for poor feeding and jitteriness.",
    "Her sertraline, 100 millilitres once daily, carries on; midwife to watch the newborn for adaptation.",
    "Keep sertraline at 0.5 ml a day through the third trimester; the baby is checked before discharge.",
]
NOT_A_DOSE_OF_THE_TABLETS = [
    # the mass, and the tablet taken in a volume of something else
    "Sertraline 100 mg each morning continues; the baby will be watched for poor feeding and jitteriness.",
    "Sertraline two tablets each morning with 200 ml of water continues; the newborn is watched for adaptation.",
    "Sertraline 50 mg crushed in 5 ml continues while she cannot swallow; the newborn is watched for adaptation.",
    # the baby's volume, not hers
    "Sertraline continues; the baby feeds 60 ml every three hours and is watched for adaptation.",
    "Sertraline continues at the same dose; for the newborn, 5 ml spoon feeds of expressed milk if sleepy.",
    # a change to another product is not read
    "Sertraline: switch to the oral solution, 5 ml daily, if she cannot swallow tablets; the baby is watched.",
]


def conclusion_issues(conclusion: str, name: str = TABLETS) -> list[str]:
    data: dict[str, Any] = complete()
    data["medicines"][1]["name"] = name
    data["assessments"][1]["conclusion"] = conclusion
    return [i.path for i in check(record_from_data(data), today=TODAY) if i.code == "MA130"]


@pytest.mark.parametrize("text", A_VOLUME_FOR_TABLETS)
def test_a_volume_for_a_solid_form_is_refused(text: str) -> None:
    assert volume_for_a_solid(text, SERTRALINE, TABLETS)
    assert volume_for_a_solid(text, SERTRALINE, "Sertraline 100mg capsules")
    assert conclusion_issues(text) == ["$.assessments[1].conclusion"]


@pytest.mark.parametrize("text", NOT_A_DOSE_OF_THE_TABLETS)
def test_a_mass_or_a_volume_of_something_else_stands(text: str) -> None:
    assert not volume_for_a_solid(text, SERTRALINE, TABLETS)
    assert conclusion_issues(text) == []


@pytest.mark.parametrize("text", A_VOLUME_FOR_TABLETS)
def test_a_volume_for_an_oral_liquid_or_a_dispersible_tablet_stands(text: str) -> None:
    for name in ("Sertraline 50mg/5ml oral solution", "Sertraline 50mg dispersible tablets", "Sertraline"):
        assert not volume_for_a_solid(text, SERTRALINE, name)


def test_methadone_oral_solution_in_ml_stands() -> None:
    methadone = frozenset({"methadone"})
    text = "Methadone 60 ml daily continues; the baby is scored for withdrawal for 72 hours on the ward."
    assert not volume_for_a_solid(text, methadone, "Methadone 1mg/ml oral solution")
    assert volume_for_a_solid(text, methadone, "Methadone 5mg tablets")


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(A_VOLUME_FOR_TABLETS + NOT_A_DOSE_OF_THE_TABLETS))
def test_a_disguised_volume_is_judged_as_the_plain_one(data: st.DataObject, text: str) -> None:
    plain = volume_for_a_solid(text, SERTRALINE, TABLETS)
    assert volume_for_a_solid(data.draw(disguised(text)), SERTRALINE, TABLETS) == plain
    assert volume_for_a_solid(text, SERTRALINE, data.draw(disguised(TABLETS))) == plain
