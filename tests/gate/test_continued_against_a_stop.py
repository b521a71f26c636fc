"""MA127: the recommendations stop the assessment's medicine outright now and its conclusion, or the overall
conclusion, continues it (the other direction of "recommendations continue, conclusion stops"). A continuing for
now or until a time, a stop told with it, a negation, her wish against advice, and recommendations that taper or
switch it pass; a dose and a weekly or monthly frequency after the name are read with it; disguised texts are
judged as the plain ones. Worded apart from the red-team cases (tests/redteam/fresh135_cases.py)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from tests.gate.disguise import disguised
from tests.test_rules import COMPLETE, TODAY

_V = COMPLETE.parent / "valproate-unplanned-pregnancy.json"
_STOP = "Stop mycophenolate today. Folic acid 5 mg daily. Fetal medicine referral; rheumatology review this week."
_OVERALL = (
    "Unplanned pregnancy at 8 weeks on mycophenolate, stopped today as it harms the unborn baby; rheumatology "
    "review this week, fetal medicine referral and folic acid 5 mg."
)

CONTINUES = [
    "Mycophenolate 1 g twice a day continues unchanged for her lupus; fetal medicine sees her for a detailed scan "
    "and the baby is reviewed by the paediatrician after birth.",
    "Keep taking mycophenolate through the pregnancy, as her kidneys matter most; fetal medicine scans the baby's "
    "heart and face at 20 weeks.",
    "Her mycophenolate remains at 1 g twice a day; the baby has a detailed anomaly scan and a paediatric review "
    "after birth.",
    "Mycophenolate 250 mg once a week carries on, with a detailed anomaly scan for the baby at 20 weeks.",
]
NEAR = [
    "Mycophenolate is stopped today, as it can harm the unborn baby; rheumatology reviews her lupus this week and "
    "fetal medicine scans the baby.",
    "Mycophenolate continues only until rheumatology sees her tomorrow, then stops; fetal medicine scans the baby.",
    "She wanted to continue mycophenolate but agreed to stop it today; fetal medicine scans the baby at 20 weeks.",
    "Mycophenolate will not continue in this pregnancy; the baby has a detailed anomaly scan at 20 weeks.",
    "Mycophenolate must not continue, because of the risk to the baby; fetal medicine scan at 20 weeks.",
]


def _record(conclusion: str, recommendations: str = _STOP, overall: str = _OVERALL) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_V.read_text(encoding="utf-8"))
    med = data["medicines"][0]
    med.pop("code", None)
    med["name"] = "Mycophenolate mofetil 500mg tablets"
    med["dose"] = "1 g twice a day"
    data["assessments"][0]["recommendations"] = recommendations
    data["assessments"][0]["conclusion"] = conclusion
    data["overall_conclusion"]["text"] = overall
    return data


def _stop_paths(data: dict[str, Any]) -> list[str]:
    return [
        i.path
        for i in check(record_from_data(data), today=TODAY)
        if i.code == "MA127" and any(f'recommendations {w}"stop"' in i.message for w in ("", "answer "))
    ]


@pytest.mark.parametrize("conclusion", CONTINUES)
def test_a_conclusion_continuing_what_the_recommendations_stop_is_refused(conclusion: str) -> None:
    assert _stop_paths(_record(conclusion)) == ["$.assessments[0].recommendations"]


@pytest.mark.parametrize("conclusion", NEAR)
def test_a_stop_a_time_limit_a_wish_or_a_negation_passes(conclusion: str) -> None:
    assert _stop_paths(_record(conclusion)) == []


@pytest.mark.parametrize(
    "recommendations",
    [
        "Reduce mycophenolate over two weeks, then stop. Fetal medicine referral; rheumatology review this week.",
        "Stop mycophenolate and switch to azathioprine this week. Fetal medicine referral.",
        "Stop mycophenolate and start azathioprine this week. Fetal medicine referral.",
        "Fetal medicine referral; rheumatology review this week. Folic acid 5 mg daily.",
        "If her lupus is quiet, stop mycophenolate at the rheumatology review. Fetal medicine referral.",
    ],
)
def test_recommendations_that_taper_switch_or_do_not_stop_now_give_no_stop(recommendations: str) -> None:
    assert _stop_paths(_record(CONTINUES[0], recommendations)) == []


def test_the_overall_conclusion_continuing_it_is_refused_and_a_stop_there_passes() -> None:
    near = NEAR[0]
    assert _stop_paths(_record(near, overall="Continue mycophenolate 1 g twice a day; fetal medicine referral.")) == [
        "$.overall_conclusion.text"
    ]
    assert _stop_paths(_record(near)) == []


@given(st.sampled_from(CONTINUES + NEAR), st.data())
@settings(max_examples=15, deadline=None)
def test_a_disguised_conclusion_is_judged_like_the_plain_one(conclusion: str, data: st.DataObject) -> None:
    assert _stop_paths(_record(data.draw(disguised(conclusion)))) == _stop_paths(_record(conclusion))
