"""MA109 asks a template item exactly when its condition holds: each condition a template may name, tried on
a record where it holds (the unanswered item is refused at its path) and one where it does not (nothing).
The shipped templates give most conditions only to items with a rule of their own, so the items here are
given the condition in a copy of the template, as a later template version could."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import medassess.gate.rules.conclusions
from medassess import Template, check, get_template, record_from_data

ROOT = Path(__file__).resolve().parents[2]
COMPLETE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
Data = dict[str, Any]


def complete() -> Data:
    data: Data = json.loads(COMPLETE.read_text(encoding="utf-8"))
    return data


def _with_condition(item_id: str, condition: str) -> Template:
    raw = json.loads(get_template(version="1.1.0").model_dump_json())
    for section in raw["sections"]:
        for item in section["items"]:
            if item["id"] == item_id:
                item["required_when"] = condition
    return Template.model_validate(raw)


def _postnatal(data: Data) -> None:
    data["pregnancy"] = {"stage": "postnatal", "delivery_date": "2026-03-04", "infant_feeding": "breast"}


def _nothing_concerning(data: Data) -> None:
    data["medicines"] = [{"id": "med-paracetamol", "name": "Paracetamol 500mg tablets"}]
    data["assessments"] = []
    del data["overall_conclusion"]


def _placement(data: Data) -> None:
    data["safeguarding"]["discharge_to"] = "foster-carer"
    data["recipients"].append(
        {"id": "rcp-foster", "role": "foster-carer", "route": {"kind": "manual", "description": "Letter at discharge"}}
    )


def _unchanged(data: Data) -> None:
    pass


def _discharged_to_other(data: Data) -> None:
    _postnatal(data)
    data["safeguarding"]["discharge_to"] = "other"


def _drop(dotted: str) -> Callable[[Data], None]:
    def edit(data: Data) -> None:
        node: Any = data
        *parents, last = dotted.split(".")
        for part in parents:
            node = node[part]
        node.pop(last, None)

    return edit


# (condition, item, its path, an edit making the condition hold, an edit making it not hold)
CASES = [
    ("antenatal", "edd-basis", "pregnancy.edd_basis", _unchanged, _postnatal),
    ("postnatal", "sleeping-arrangements", "safeguarding.sleeping_arrangements", _postnatal, _unchanged),
    ("any-assessment-needed", "discharge-to", "safeguarding.discharge_to", _unchanged, _nothing_concerning),
    ("placement", "safe-sleep-advice-given", "safeguarding.safe_sleep_advice_given", _placement, _unchanged),
    ("discharged-to-other", "sleeping-arrangements", "safeguarding.sleeping_arrangements", _discharged_to_other,
     _postnatal),
]


@pytest.mark.parametrize(("condition", "item_id", "path", "holds", "fails"), CASES, ids=[c[0] for c in CASES])
def test_an_item_is_asked_exactly_when_its_condition_holds(
    monkeypatch: pytest.MonkeyPatch,
    condition: str,
    item_id: str,
    path: str,
    holds: Callable[[Data], None],
    fails: Callable[[Data], None],
) -> None:
    template = _with_condition(item_id, condition)
    monkeypatch.setattr(medassess.gate.rules.conclusions, "get_template", lambda *_: template)
    for edit, expected in ((holds, [f"$.{path}"]), (fails, [])):
        data = complete()
        edit(data)
        _drop(path)(data)
        found = [i.path for i in check(record_from_data(data)) if i.code == "MA109"]
        assert found == expected, (condition, edit.__name__)


def test_an_optional_assessment_is_not_asked_what_a_needed_one_is(monkeypatch: pytest.MonkeyPatch) -> None:
    template = _with_condition("sedation", "needs-assessment")
    monkeypatch.setattr(medassess.gate.rules.conclusions, "get_template", lambda *_: template)
    data = complete()
    data["medicines"].append({"id": "med-paracetamol", "name": "Paracetamol 500mg tablets"})
    data["assessments"].append(
        {
            "id": "asm-paracetamol",
            "medicine_ids": ["med-paracetamol"],
            "conclusion": "Paracetamol at the usual dose is safe in pregnancy and while breastfeeding.",
        }
    )
    del data["assessments"][1]["impact_on_mother"]["sedation"]
    found = [(i.path, i.message) for i in check(record_from_data(data)) if i.code == "MA109"]
    prompt = template.item("sedation").prompt
    assert found == [
        (
            "$.assessments[1].impact_on_mother.sedation",
            f"template item sedation is not answered in assessment asm-sertraline ({prompt})",
        )
    ]


def test_a_mandatory_item_is_always_asked() -> None:
    # Recipients are mandatory in every shipped template: a record that names nobody is refused for it too.
    data = complete()
    data["recipients"] = []
    found = [(i.code, i.path) for i in check(record_from_data(data)) if i.code == "MA109"]
    assert found == [("MA109", "$.recipients")]


def test_every_item_after_one_not_asked_is_still_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    # Breastfeeding comes after items an assessment is not asked (sedation, safe sleep): it is still checked.
    template = _with_condition("breastfeeding", "needs-assessment")
    monkeypatch.setattr(medassess.gate.rules.conclusions, "get_template", lambda *_: template)
    data = complete()
    del data["assessments"][1]["impact_on_baby"]["breastfeeding"]
    found = [i.path for i in check(record_from_data(data)) if i.code == "MA109"]
    assert found == ["$.assessments[1].impact_on_baby.breastfeeding"]


# -- a required free-text item of the record is answered in words -----------------------------------------------

POSTNATAL_EXAMPLE = ROOT / "examples" / "pass" / "postnatal-partner-quetiapine.json"


def _sleeping(answer: str) -> list[str]:
    data = json.loads(POSTNATAL_EXAMPLE.read_text(encoding="utf-8"))
    data["safeguarding"]["sleeping_arrangements"] = answer
    issues = check(record_from_data(data), today=dt.date(2026, 12, 3))
    return [i.message for i in issues if i.code == "MA109" and i.path == "$.safeguarding.sleeping_arrangements"]


@pytest.mark.parametrize(
    "answer",
    ["As discussed with HV.", "as discussed", "A\u200bs discu\u00adssed with the HV", "TBC", "See above.", "Pending."],
)
def test_a_required_text_item_answered_by_a_placeholder_or_pointer_is_not_answered(answer: str) -> None:
    assert _sleeping(answer) == [
        "template item sleeping-arrangements is answered with a placeholder or a pointer, not an answer "
        "(The baby's actual sleeping arrangements (as seen))"
    ]


@pytest.mark.parametrize(
    "answer",
    [
        "Own cot in the parents' room, seen at the new birth visit on 10/04.",
        "Moses basket beside the bed; mother says the baby never shares the sofa. As discussed with HV, cot to follow.",
        "Cot.",
    ],
)
def test_a_required_text_item_answered_in_words_is_answered(answer: str) -> None:
    assert _sleeping(answer) == []
