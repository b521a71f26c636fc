"""Harm in the womb answered by its level for this pregnancy stated in the impact on the baby (mappings/
concerns.toml, teratogenicity ``level_harms``): found refused by the ninety-sixth fresh corpus. A high-risk
teratogen (``level_not_for``) still owes its written plan."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess.gate.concerns import concern_map, states_level
from tests.gate.builders import CLASS_MEDICINES, assessment, record
from tests.gate.disguise import disguised
from tests.gate.test_concerns import findings, report_path

# A named harm with a level for this pregnancy: low, not raised, or a rate.
_STATED = [
    "On levetiracetam the chance of a birth defect is low.",
    "Congenital anomalies: not increased at her dose, going by the registers.",
    "Neural tube defects - no higher than without the tablet.",
    "Malformation rate around 3 per cent, as without it.",
    "Pregabalin: small numbers, but no clear rise in malformations.",
]
# A harm named with a rise, with no level, with a level unknown, or of every pregnancy: nothing said of this one.
_NOT_STATED = [
    "An increased chance of birth defects is reported.",
    "Malformations are the main worry.",
    "Whether the chance of a birth defect is low is unclear.",
    "Malformation risk low - to be confirmed with neurology.",
    "Across all pregnancies the chance of a congenital anomaly is about 2 in 100.",
    "Risk of malformations: not low.",
    "Low birth weight is possible.",
]


def _states(text: str) -> bool:
    return states_level(text, concern_map().specs["teratogenicity"])


@pytest.mark.parametrize("text", _STATED)
def test_a_named_harm_with_its_level_for_this_pregnancy_states_it(text: str) -> None:
    assert _states(text)


@pytest.mark.parametrize("text", _NOT_STATED)
def test_a_rise_an_unknown_level_or_every_pregnancys_rate_states_none(text: str) -> None:
    assert not _states(text)


@given(st.sampled_from(_STATED + _NOT_STATED), st.data())
@settings(max_examples=30, deadline=None)
def test_a_disguised_level_is_read_like_the_plain_one(text: str, data: st.DataObject) -> None:
    assert _states(data.draw(disguised(text))) == _states(text)


def _teratogenicity_findings(class_id: str, summary: str) -> set[tuple[str, str]]:
    name = CLASS_MEDICINES[class_id]
    built = assessment(
        "med-test",
        name,
        in_items=("breastfeeding",),
        in_recommendations=("relapse-if-stopped",),
        item_text={"impact_on_baby.summary": summary},
    )
    return {f for f in findings(record(name, built)) if f[1] == report_path("teratogenicity")}


@pytest.mark.parametrize("text", _STATED)
def test_a_stated_level_answers_for_a_medicine_of_lower_risk(text: str) -> None:
    assert _teratogenicity_findings("antiepileptic", text) == set()


@pytest.mark.parametrize("text", _NOT_STATED)
def test_no_stated_level_leaves_the_harm_unanswered(text: str) -> None:
    assert _teratogenicity_findings("antiepileptic", text) == {("MA122", report_path("teratogenicity"))}


@pytest.mark.parametrize("class_id", ["teratogenic", "teratogenic-other", "lithium"])
@pytest.mark.parametrize("text", _STATED[:2])
def test_a_high_risk_teratogen_still_owes_its_plan(class_id: str, text: str) -> None:
    assert _teratogenicity_findings(class_id, text) == {("MA122", report_path("teratogenicity"))}


# A high-risk teratogen's harm named only with its level, in the conclusion or the recommendations, answers nothing:
# the plan for the unborn baby is owed (found passing by a hundred-and-first fresh corpus). The same level beside a
# scan or a fetal medicine plan answers it.
_LEVEL_ONLY = [
    "Carbamazepine goes on for now. Birth defects: roughly 1 in 14 on her dose.",
    "She was told the chance of a congenital malformation is raised, around 10%.",
    "Malformation risk for this pregnancy: low, about 1 in 50 (registry figures).",
]
_LEVEL_AND_PLAN = [
    "Carbamazepine goes on for now. Birth defects: roughly 1 in 14 on her dose; detailed anomaly scan booked.",
    "She was told the chance of a congenital malformation is around 10%, so the fetal medicine unit sees her.",
    "Risk of malformations is high for this pregnancy. Detailed scan at 20 weeks.",
]


def _teratogen_conclusion_findings(class_id: str, conclusion: str) -> set[tuple[str, str]]:
    name = CLASS_MEDICINES[class_id]
    built = assessment(
        "med-test",
        name,
        in_items=("breastfeeding",),
        in_recommendations=("relapse-if-stopped",),
        item_text={"conclusion": conclusion},
    )
    return {f for f in findings(record(name, built)) if f[1] == report_path("teratogenicity")}


@pytest.mark.parametrize("class_id", ["teratogenic", "lithium"])
@pytest.mark.parametrize("text", _LEVEL_ONLY)
def test_a_high_risk_teratogens_level_alone_in_its_conclusion_answers_nothing(class_id: str, text: str) -> None:
    assert _teratogen_conclusion_findings(class_id, text) == {("MA122", report_path("teratogenicity"))}


@pytest.mark.parametrize("class_id", ["teratogenic", "lithium"])
@pytest.mark.parametrize("text", _LEVEL_AND_PLAN)
def test_a_high_risk_teratogens_level_beside_its_plan_answers(class_id: str, text: str) -> None:
    assert _teratogen_conclusion_findings(class_id, text) == set()


@pytest.mark.parametrize("text", _LEVEL_ONLY[:2])
def test_a_lower_risk_medicines_level_in_its_conclusion_still_answers(text: str) -> None:
    assert _teratogen_conclusion_findings("antiepileptic", text) == set()


@given(st.sampled_from(_LEVEL_ONLY + _LEVEL_AND_PLAN), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_level_or_plan_is_judged_like_the_plain_one(text: str, data: st.DataObject) -> None:
    plain = _teratogen_conclusion_findings("teratogenic", text)
    assert _teratogen_conclusion_findings("teratogenic", data.draw(disguised(text))) == plain
