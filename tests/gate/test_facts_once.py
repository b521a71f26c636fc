"""The gate derives each fact once per record, however many rules read it, and each covered medicine is
found by id: counted, not timed (the timings are in benchmarks/gate_scale.py)."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import medassess.gate.facts
from medassess import Medicine, Record, check, record_from_data
from medassess.gate.classes import Classification, classify
from medassess.gate.facts import RecordFacts
from medassess.gate.registry import GateContext, Problem, registered, rule

ROOT = Path(__file__).resolve().parents[2]
COMPLETE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"


def _long_record(medicines: int) -> Record:
    data: dict[str, Any] = json.loads(COMPLETE.read_text(encoding="utf-8"))
    template = data["assessments"][0]
    data["medicines"] = [{**data["medicines"][0], "id": f"med-{i}"} for i in range(medicines)]
    data["assessments"] = []
    for i in range(medicines):
        assessment = copy.deepcopy(template)
        assessment.update(id=f"asm-{i}", medicine_ids=[f"med-{i}"])
        data["assessments"].append(assessment)
    return record_from_data(data)


@pytest.fixture
def classified(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the medicines the gate classifies, in order, each time it does."""
    calls: list[str] = []

    def counting(medicine: Medicine) -> Classification:
        calls.append(medicine.id)
        return classify(medicine)

    monkeypatch.setattr(medassess.gate.facts, "classify", counting)
    return calls


def _reads_every_fact(record: Record, context: GateContext) -> Iterator[Problem]:
    facts = context.facts
    for part in (facts.classifications, facts.needing, facts.required_assessments, facts.conclusions):
        assert part
    return iter(())


@pytest.fixture
def more_rules() -> Iterator[None]:
    codes = [f"MA{990 + i}" for i in range(5)]
    for code in codes:
        rule(code, f"test-rule-{code.lower()}", "warning", "Test only.")(_reads_every_fact)
    try:
        yield
    finally:
        for code in codes:
            del registered()[code]


@pytest.mark.parametrize("medicines", [1, 40])
def test_each_medicine_is_classified_once_per_check(classified: list[str], medicines: int) -> None:
    record = _long_record(medicines)
    check(record)  # long, not clean (one conclusion pasted under every copy): what is counted is the work
    assert classified == [m.id for m in record.medicines]


def test_more_rules_reading_the_facts_classify_nothing_more(classified: list[str], more_rules: None) -> None:
    record = _long_record(12)
    check(record)
    assert classified == [m.id for m in record.medicines]


def test_each_check_derives_its_own_facts(classified: list[str]) -> None:
    # Facts belong to one check of one record: a second check (a corrected record, say) derives them again.
    record = _long_record(3)
    check(record)
    check(record)
    assert classified == [m.id for m in record.medicines] * 2


def test_facts_are_kept_once_derived() -> None:
    facts = RecordFacts(_long_record(3))
    assert facts.classifications is facts.classifications
    assert facts.required_assessments is facts.required_assessments
    assert facts.medicine("med-2") is facts.record.medicines[2]
    assert facts.medicines_by_id["med-1"] == (1, facts.record.medicines[1])


def test_medicines_are_found_by_id_without_scanning_the_list(monkeypatch: pytest.MonkeyPatch) -> None:
    # Record.medicine scans the list; the gate and the exporters must not call it per assessment.
    def scan(self: Record, medicine_id: str) -> Medicine:
        raise AssertionError("Record.medicine scanned the list")

    record = _long_record(5)
    monkeypatch.setattr(Record, "medicine", scan)
    from medassess import coded_entries, render_letter, to_fhir_json

    check(record)  # long, not clean (one conclusion pasted under every copy): what is counted is the work
    # Drafts: the long record is not clean, and the mapping is what is looked at here.
    drafts = to_fhir_json(record, preliminary=True), render_letter(record, preliminary=True)
    assert all(drafts) and coded_entries(record, preliminary=True)
