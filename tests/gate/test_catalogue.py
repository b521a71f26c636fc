"""The gate's tables as the library exposes them: the rule registry's contract (codes, names, documentation
sections) and the medicine class table as loaded from mappings/ (concerns, labels, review codes, names
matched in any case, the table refused when it names a concern it does not define)."""

from __future__ import annotations

import shutil
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import medassess.gate.classes
from medassess import LOCAL_SYSTEM, Medicine, Record, classify, load_record, medicine_classes
from medassess.gate.registry import GateContext, Problem, Rule, registered, rule

ROOT = Path(__file__).resolve().parents[2]
CLASSES = tomllib.loads((ROOT / "mappings" / "medicine-classes.toml").read_text(encoding="utf-8"))
FOSTER = ROOT / "examples" / "pass" / "postnatal-foster-placement-diazepam-pregabalin.json"


def _nothing(record: Record, context: GateContext) -> Iterator[Problem]:
    return iter(())


@pytest.fixture
def scratch_codes() -> Iterator[list[str]]:
    """Codes registered by a test, removed afterwards so the shipped catalogue is left as it was."""
    codes: list[str] = []
    yield codes
    for code in codes:
        registered().pop(code, None)


# -- the rule registry ------------------------------------------------------------------------------------


def test_a_registered_rule_keeps_what_it_was_given(scratch_codes: list[str]) -> None:
    scratch_codes.append("MA980")
    function = rule("MA980", "scratch-rule-kept", "warning", "A scratch rule.")(_nothing)
    assert function is _nothing
    assert registered()["MA980"] == Rule("MA980", "scratch-rule-kept", "warning", "A scratch rule.", _nothing)


@pytest.mark.parametrize(
    ("code", "name"),
    [("MA98", "scratch-rule"), ("XX981", "scratch-rule"), ("MA981", "scratch"), ("MA981", "Scratch-Rule")],
)
def test_malformed_codes_and_names_are_refused(scratch_codes: list[str], code: str, name: str) -> None:
    scratch_codes.append(code)
    with pytest.raises(ValueError, match="rule codes look like MA101 and names like kebab-case-problem"):
        rule(code, name, "error", "Malformed.")
    assert code not in registered()


def test_a_code_is_never_registered_twice(scratch_codes: list[str]) -> None:
    scratch_codes.append("MA982")
    rule("MA982", "scratch-rule-first", "error", "First.")(_nothing)
    with pytest.raises(ValueError, match="MA982 is registered twice"):
        rule("MA982", "scratch-rule-second", "error", "Second.")(_nothing)
    assert registered()["MA982"].name == "scratch-rule-first"


def _documented(doc: str | None) -> Rule:
    def function(record: Record, context: GateContext) -> Iterator[Problem]:
        return iter(())

    function.__doc__ = doc
    return Rule("MA983", "scratch-rule-documented", "error", "Documented.", function)


def test_documentation_splits_into_its_fixed_sections() -> None:
    lines = [
        "A line before the first section is not part of any.",
        "",
        "What it checks:",
        "That the plan is written.",
        "Write it as follows:",
        "one line per step.",
        "",
        "Why it matters:   ",  # trailing spaces, as editors leave them
        "The baby.",
        "",
        "Example:",
        "None.",
        "",
        "Instead:",
        "Write it.",
    ]
    scratch = _documented("\n".join(lines))
    assert scratch.doc_sections() == {
        "What it checks": "That the plan is written.\nWrite it as follows:\none line per step.",
        "Why it matters": "The baby.",
        "Example": "None.",
        "Instead": "Write it.",
    }


def test_a_rule_without_documentation_has_none() -> None:
    scratch = _documented(None)
    assert scratch.doc == ""
    assert scratch.doc_sections() == {}


def test_an_unknown_rule_is_a_key_error_that_does_not_repeat_it() -> None:
    # Still a KeyError, for callers that caught one; a MedassessError, and what was asked for (which could be
    # anything a user typed) is not repeated.
    from medassess import MedassessError, UnknownRule, get_rule

    with pytest.raises(KeyError) as caught:
        get_rule("MA999")
    assert isinstance(caught.value, UnknownRule) and isinstance(caught.value, MedassessError)
    assert "MA999" not in str(caught.value) and "MA999" not in repr(caught.value)


# -- the medicine class table ----------------------------------------------------------------------------


def test_every_concern_a_class_names_is_loaded_with_its_words() -> None:
    catalogue = medicine_classes()
    assert set(catalogue.concerns) == set(CLASSES["concerns"])
    for concern_id, raw in CLASSES["concerns"].items():
        concern = catalogue.concerns[concern_id]
        assert (concern.id, concern.label, concern.prompt) == (concern_id, raw["label"], raw["prompt"])


def test_every_class_is_loaded_as_the_table_gives_it() -> None:
    catalogue = medicine_classes()
    assert list(catalogue.classes) == [c["id"] for c in CLASSES["classes"]]
    for raw in CLASSES["classes"]:
        loaded = catalogue.classes[raw["id"]]
        assert loaded.id == raw["id"] and loaded.label == raw["label"]
        assert loaded.concerns == tuple(raw["concerns"])
        assert loaded.ingredients == tuple(raw.get("ingredients", ()))
        assert loaded.codelists == tuple(raw.get("codelists", ()))
        assert loaded.review_code == raw.get("review_code")


@pytest.mark.parametrize(
    "name", ["METHADONE 1MG/ML ORAL SOLUTION", "methadone 1mg/ml oral solution", "Diazepam 5MG tablets"]
)
def test_names_are_matched_in_any_case(name: str) -> None:
    found = classify(Medicine.model_validate({"id": "m1", "name": name}))
    assert found.needs_assessment and found.matched_by == "name"


def test_medicines_needing_assessment_are_listed_in_record_order() -> None:
    record = load_record(FOSTER)
    needing = medicine_classes().needing_assessment(record)
    assert [m.id for m in needing] == [m.id for m in record.medicines if classify(m).needs_assessment]
    assert needing and len(needing) < len(record.medicines) + 1


def test_a_class_table_naming_an_unknown_concern_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mappings = tmp_path / "mappings"
    shutil.copytree(ROOT / "mappings", mappings)
    table = mappings / "medicine-classes.toml"
    text = table.read_text(encoding="utf-8")
    first: dict[str, Any] = CLASSES["classes"][0]
    concern = first["concerns"][0]
    table.write_text(text.replace(f'"{concern}"', '"no-such-concern"', 1), encoding="utf-8")
    monkeypatch.setattr(medassess.gate.classes, "data_path", lambda kind: tmp_path / kind)
    with pytest.raises(ValueError, match=r"names unknown concerns \['no-such-concern'\]"):
        medicine_classes.__wrapped__()


def test_a_local_code_that_looks_like_a_dmd_id_is_not_taken_for_one() -> None:
    # 322956002 is sodium valproate's dm+d id; under a local code system it means nothing to dm+d. (A record
    # holds only systems every export can send, so the local system is medassess's own.)
    local = Medicine.model_validate(
        {"id": "m1", "name": "Paracetamol 500mg tablets", "code": {"system": LOCAL_SYSTEM, "code": "322956002"}}
    )
    found = classify(local)
    assert (found.classes, found.concerns, found.needs_assessment, found.matched_by) == ((), (), False, "none")


@pytest.mark.parametrize("coding", [None, {"system": "https://dmd.nhs.uk", "code": "322956002"}])
def test_the_clinicians_flag_is_kept_however_the_medicine_is_matched(coding: dict[str, str] | None) -> None:
    medicine = Medicine.model_validate(
        {"id": "m1", "name": "Sodium valproate 200mg gastro-resistant tablets", "code": coding, "flagged": True}
    )
    found = classify(medicine)
    assert found.flagged is True and found.classes and found.matched_by == ("code" if coding else "name")


def test_the_settings_file_decides_the_minimum(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import medassess.gate.settings

    mappings = tmp_path / "mappings"
    mappings.mkdir()
    text = (ROOT / "mappings" / "share-gate.toml").read_text(encoding="utf-8")
    shipped = tomllib.loads(text)["min_conclusion_words"]
    (mappings / "share-gate.toml").write_text(
        text.replace(f"min_conclusion_words = {shipped}", "min_conclusion_words = 61"), encoding="utf-8"
    )
    monkeypatch.setattr(medassess.gate.settings, "data_path", lambda kind: tmp_path / kind)
    medassess.gate.settings._shipped_table.cache_clear()
    try:
        assert medassess.gate.settings.shipped_settings.__wrapped__().min_conclusion_words == 61
        assert medassess.gate.settings.GateSettings().min_conclusion_words == 61  # one source for both
    finally:
        medassess.gate.settings._shipped_table.cache_clear()


def test_every_shipped_rule_has_the_area_its_module_declares() -> None:
    """What a rule is about is data on the rule (its module's AREA), which the audit reads; the areas that
    decide "complete written conclusions" are the assessment, conclusion, medicine and authorship rules, the
    ones numbered MA1xx and MA2xx."""
    from medassess.gate.registry import OTHER_AREA, registered

    shipped = [r for r in registered().values() if r.function.__module__.startswith("medassess.gate.rules.")]
    assert len(shipped) >= 60
    assert [r.code for r in shipped if r.area is OTHER_AREA] == []
    about_conclusions = {r.code for r in shipped if r.area.written_conclusions}
    assert about_conclusions == {r.code for r in shipped if r.code.startswith(("MA1", "MA2"))}
    assert len({r.area.id for r in shipped}) == 7
