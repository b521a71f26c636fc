"""The share gate's engine: the three ways in (``iter_issues``/``check``, ``is_shareable``,
``require_shareable``) tested both ways, the gate's defaults for ``today`` and ``settings``, how issues are
stamped and ordered, the catalogue look-ups and the OperationOutcome; and two holes a mutation run found:
an attester without a registration (MA203) and an undated optional assessment before a dated one (MA108).
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

import medassess
from medassess import (
    Issue,
    Record,
    ShareGateRefused,
    check,
    default_settings,
    get_rule,
    is_shareable,
    iter_issues,
    load_record,
    operation_outcome,
    record_from_data,
    require_shareable,
    rules,
)
from medassess.gate.registry import RULE_CODE_SYSTEM
from medassess.gate.settings import shipped_settings

ROOT = Path(__file__).resolve().parents[2]
PASSING = sorted((ROOT / "examples" / "pass").glob("*.json"))
FAILING = sorted((ROOT / "examples" / "fail").glob("*.json"))
EXPECTED: dict[str, Any] = tomllib.loads((ROOT / "examples" / "expected.toml").read_text(encoding="utf-8"))["fail"]
COMPLETE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
TODAY = dt.date(2026, 3, 10)

Data = dict[str, Any]


def complete() -> Data:
    data: Data = json.loads(COMPLETE.read_text(encoding="utf-8"))
    return data


def errors(record: Record, today: dt.date | None = TODAY) -> list[tuple[str, str]]:
    return [(i.code, i.path) for i in check(record, today=today) if i.severity == "error"]


def _warnings_only() -> Record:
    """The complete record with its neonatal withdrawal plan left out: MA110 (a warning, for each assessment of
    a medicine that can cause withdrawal), and nothing else."""
    data = complete()
    del data["assessments"][0]["impact_on_baby"]["neonatal_withdrawal_plan"]
    return record_from_data(data)


# -- is_shareable, both ways ------------------------------------------------------------------------------


def test_every_example_is_tried() -> None:
    assert len(PASSING) >= 5 and len(FAILING) >= 10
    assert {p.name for p in FAILING} == set(EXPECTED)


@pytest.mark.parametrize("path", PASSING, ids=[p.stem for p in PASSING])
def test_a_shareable_example_is_shareable(path: Path) -> None:
    assert is_shareable(load_record(path)) is True


@pytest.mark.parametrize("path", FAILING, ids=[p.stem for p in FAILING])
def test_a_failing_example_is_not_shareable(path: Path) -> None:
    assert is_shareable(load_record(path)) is False


def test_warnings_alone_do_not_block_sharing() -> None:
    record = _warnings_only()
    issues = check(record, today=TODAY)
    assert [(i.code, i.severity) for i in issues] == [("MA110", "warning")] * 2
    assert is_shareable(record, today=TODAY) is True
    assert list(require_shareable(record, today=TODAY).warnings) == issues


@pytest.mark.parametrize("path", FAILING, ids=[p.stem for p in FAILING])
def test_one_error_among_warnings_blocks_sharing(path: Path) -> None:
    record = load_record(path)
    issues = check(record)
    assert any(i.severity == "error" for i in issues)
    assert is_shareable(record) is False


# -- require_shareable -------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", FAILING, ids=[p.stem for p in FAILING])
def test_require_shareable_raises_with_every_issue(path: Path) -> None:
    record = load_record(path)
    with pytest.raises(ShareGateRefused) as caught:
        require_shareable(record, source=str(path))
    refusal = caught.value
    assert list(refusal.issues) == check(record)
    codes = sorted({i.code for i in refusal.issues if i.severity == "error"})
    assert codes == sorted(EXPECTED[path.name]["codes"])
    count = sum(i.severity == "error" for i in refusal.issues)
    assert refusal.message == (
        f"refused by the share gate: {count} error{'s' if count > 1 else ''} ({', '.join(codes)})"
    )
    assert refusal.source == str(path)
    assert refusal.exit_status == 1


def test_require_shareable_names_one_error_in_the_singular_and_several_in_the_plural() -> None:
    data = complete()
    data["status"] = "draft"
    with pytest.raises(ShareGateRefused, match=r"^refused by the share gate: 1 error \(MA001\)$"):
        require_shareable(record_from_data(data), today=TODAY)
    del data["attestation"]
    with pytest.raises(ShareGateRefused, match=r"^refused by the share gate: 2 errors \(MA001, MA002\)$"):
        require_shareable(record_from_data(data), today=TODAY)


def test_require_shareable_returns_the_record_with_no_warnings_for_a_clean_record() -> None:
    record = load_record(COMPLETE)
    passed = require_shareable(record, today=TODAY)
    assert (passed.record, passed.today, passed.warnings) == (record, TODAY, ())


# -- the gate's today and settings -------------------------------------------------------------------------


def test_today_defaults_to_the_real_date() -> None:
    data = complete()
    real_today = dt.date.today()
    data["overall_conclusion"]["date"] = real_today.isoformat()
    assert ("MA206", "$.overall_conclusion.date") not in errors(record_from_data(data), today=None)
    data["overall_conclusion"]["date"] = (real_today + dt.timedelta(days=1)).isoformat()
    assert ("MA206", "$.overall_conclusion.date") in errors(record_from_data(data), today=None)


def test_settings_default_to_the_shipped_ones() -> None:
    assert default_settings() == shipped_settings()
    data = complete()
    # the watch held by someone: "the baby is observed" beside the line alone is watching by no one (MA103)
    data["assessments"][0]["conclusion"] = "Methadone continues; the midwife observes the baby."
    record = record_from_data(data)
    assert ("MA104", "$.assessments[0].conclusion") in errors(record)
    assert check(record, today=TODAY) == check(record, today=TODAY, settings=shipped_settings())
    lenient = dataclasses.replace(shipped_settings(), min_conclusion_words=1, min_specific_words=0)
    assert errors(record) != []
    assert [i for i in check(record, today=TODAY, settings=lenient) if i.severity == "error"] == []
    assert is_shareable(record, today=TODAY, settings=lenient) is True
    assert is_shareable(record, today=TODAY) is False


# -- how issues are made -----------------------------------------------------------------------------------


def test_issues_carry_their_rules_code_name_and_severity_in_code_order() -> None:
    data = complete()
    data["status"] = "draft"
    del data["assessments"][0]["impact_on_baby"]["neonatal_withdrawal_plan"]
    del data["lawful_basis"]
    del data["medicines"][0]["code"]  # the methadone written without its dm+d code: MA118
    issues = list(iter_issues(record_from_data(data), today=TODAY))
    assert [(i.code, i.name, i.severity, i.path) for i in issues] == [
        ("MA001", "record-not-final", "error", "$.status"),
        ("MA110", "neonatal-withdrawal-plan-missing", "warning",
         "$.assessments[0].impact_on_baby.neonatal_withdrawal_plan"),
        ("MA110", "neonatal-withdrawal-plan-missing", "warning",
         "$.assessments[1].impact_on_baby.neonatal_withdrawal_plan"),
        ("MA118", "concerning-medicine-uncoded", "warning", "$.medicines[0].code"),
        ("MA401", "lawful-basis-missing", "error", "$.lawful_basis"),
    ]  # fmt: skip
    assert issues[0].message == "the record's status is draft; only final or amended records are shared"
    assert issues[0].as_dict() == {
        "code": "MA001",
        "name": "record-not-final",
        "severity": "error",
        "message": "the record's status is draft; only final or amended records are shared",
        "path": "$.status",
    }


def test_the_catalogue_is_in_code_order_and_found_by_code_or_name() -> None:
    codes = [r.code for r in rules()]
    assert codes == sorted(codes) and len(codes) == len(set(codes))
    assert get_rule("MA203").name == "registration-missing"
    assert get_rule("ma203") is get_rule("MA203")
    assert get_rule("registration-missing") is get_rule("MA203")
    with pytest.raises(KeyError):
        get_rule("MA999")
    with pytest.raises(KeyError):
        get_rule("Registration-Missing")


def test_operation_outcome_has_one_issue_per_finding() -> None:
    issue = Issue("MA001", "record-not-final", "error", "the record's status is draft", "$.status")
    assert operation_outcome([issue]) == {
        "resourceType": "OperationOutcome",
        "issue": [
            {
                "severity": "error",
                "code": "business-rule",
                "details": {
                    "coding": [{"system": RULE_CODE_SYSTEM, "code": "MA001", "display": "record-not-final"}],
                    "text": "the record's status is draft",
                },
                "expression": ["$.status"],
            }
        ],
    }
    assert operation_outcome([]) == {
        "resourceType": "OperationOutcome",
        "issue": [
            {"severity": "information", "code": "informational", "details": {"text": "The share gate found no issues."}}
        ],
    }


# -- MA203: every accountable signer has a registration, both ways -----------------------------------------


def test_an_attester_without_a_registration_is_refused() -> None:
    data = complete()
    del data["attestation"]["by"]["registration"]
    assert errors(record_from_data(data)) == [("MA203", "$.attestation.by.registration")]
    message = next(i.message for i in check(record_from_data(data), today=TODAY) if i.code == "MA203")
    assert message == "the author of the attestation has no professional registration"


@pytest.mark.parametrize(
    ("part", "path"),
    [
        ("assessments.0.author", "$.assessments[0].author.registration"),
        ("assessments.1.author", "$.assessments[1].author.registration"),
        ("overall_conclusion.author", "$.overall_conclusion.author.registration"),
        ("attestation.by", "$.attestation.by.registration"),
    ],
)
def test_each_required_signer_without_a_registration_is_refused_at_its_path(part: str, path: str) -> None:
    data = complete()
    node: Any = data
    for step in part.split("."):
        node = node[int(step)] if isinstance(node, list) else node[step]
    del node["registration"]
    assert errors(record_from_data(data)) == [("MA203", path)]


def test_registered_signers_pass_ma203() -> None:
    assert "MA203" not in {code for code, _ in errors(load_record(COMPLETE))}


def test_an_optional_assessments_author_needs_no_registration() -> None:
    data = complete()
    data["medicines"].append({"id": "med-paracetamol", "name": "Paracetamol 500mg tablets"})
    author = copy.deepcopy(data["assessments"][0]["author"])
    del author["registration"]
    data["assessments"].append(
        {
            "id": "asm-paracetamol",
            "medicine_ids": ["med-paracetamol"],
            "conclusion": "Paracetamol at the usual dose is safe in pregnancy and while breastfeeding.",
            "author": author,
            "date": "2026-03-02",
        }
    )
    assert errors(record_from_data(data)) == []


# -- MA108: one undated part does not switch the rule off for the parts after it ---------------------------


def _with_undated_optional_assessment_first(data: Data) -> Data:
    data["medicines"].append({"id": "med-paracetamol", "name": "Paracetamol 500mg tablets"})
    data["assessments"].insert(
        0,
        {
            "id": "asm-paracetamol",
            "medicine_ids": ["med-paracetamol"],
            "conclusion": "Paracetamol at the usual dose is safe in pregnancy and while breastfeeding.",
        },
    )
    return data


def test_an_undated_optional_assessment_before_a_dated_one_leaves_ma108_on() -> None:
    data = _with_undated_optional_assessment_first(complete())
    data["medicines"][0]["last_changed"] = "2026-03-05"  # methadone increased after it was assessed
    found = errors(record_from_data(data))
    assert found == [("MA108", "$.assessments[1].date"), ("MA108", "$.overall_conclusion.date")]


def test_an_undated_optional_assessment_is_not_itself_stale() -> None:
    data = _with_undated_optional_assessment_first(complete())
    data["medicines"][-1]["started"] = "2026-03-01"
    assert errors(record_from_data(data)) == []


def test_ma108_names_each_stale_part_after_an_undated_one() -> None:
    data = _with_undated_optional_assessment_first(complete())
    data["medicines"][1]["started"] = "2026-03-04"  # sertraline started after everything was written
    data["medicines"][1]["last_changed"] = None
    found = errors(record_from_data(data))
    assert found == [("MA108", "$.assessments[2].date"), ("MA108", "$.overall_conclusion.date")]


# -- each way in judges as of the caller's today, with the caller's settings -------------------------------

def test_each_way_in_judges_as_of_the_day_it_is_given() -> None:
    record = load_record(COMPLETE)  # assessed and attested on 2026-03-02
    early = dt.date(2026, 3, 1)
    assert is_shareable(record) is True and is_shareable(record, today=early) is False
    assert all(i.severity == "warning" for i in require_shareable(record).warnings)
    with pytest.raises(ShareGateRefused):
        require_shareable(record, today=early)


def test_each_way_in_judges_with_the_settings_it_is_given() -> None:
    data = complete()
    # the watch held by someone: "observe the baby" beside the line alone is watching by no one (MA103)
    data["assessments"][0]["conclusion"] = "Methadone continues; the midwife observes the baby."
    record = record_from_data(data)
    lenient = dataclasses.replace(shipped_settings(), min_conclusion_words=1, min_specific_words=0)
    assert all(i.severity == "warning" for i in require_shareable(record, today=TODAY, settings=lenient).warnings)
    with pytest.raises(ShareGateRefused):
        require_shareable(record, today=TODAY)
    strict = dataclasses.replace(shipped_settings(), min_conclusion_words=100_000)
    with pytest.raises(ShareGateRefused):
        require_shareable(load_record(COMPLETE), today=TODAY, settings=strict)
    assert is_shareable(load_record(COMPLETE), today=TODAY, settings=strict) is False


# -- a pointer is a placeholder only where a conclusion belongs ---------------------------------------------


def test_a_recommendation_to_see_someone_is_not_a_placeholder() -> None:
    # "See ..." standing in for a conclusion points elsewhere; as a recommendation it is an instruction.
    data = complete()
    data["assessments"][0]["recommendations"] = (
        "See the baby at home within 48 hours of discharge. Do not stop methadone without the drug service."
    )
    assert errors(record_from_data(data)) == []
    data["assessments"][0]["conclusion"] = "See letter from the drug service."
    assert errors(record_from_data(data)) == [("MA103", "$.assessments[0].conclusion")]


# -- near misses and absent parts for the rules the first mutation run left alive --------------------------


def test_an_assessment_with_no_author_at_all_is_refused_at_the_author() -> None:
    data = complete()
    del data["assessments"][0]["author"]
    issues = [(i.code, i.path, i.message) for i in check(record_from_data(data), today=TODAY)]
    assert ("MA201", "$.assessments[0].author", "assessment asm-methadone has no author") in issues


def test_an_undated_overall_conclusion_is_named_as_such() -> None:
    data = complete()
    del data["overall_conclusion"]["date"]
    issues = [(i.code, i.path, i.message) for i in check(record_from_data(data), today=TODAY)]
    assert ("MA205", "$.overall_conclusion.date", "the overall conclusion has no date") in issues


def test_safe_sleep_written_in_the_assessment_is_enough() -> None:
    data = complete()
    data["safeguarding"]["safe_sleep_advice_given"] = None
    assert "MA111" not in {i.code for i in check(record_from_data(data), today=TODAY)}


def test_a_sedating_medicine_assessed_without_any_impact_on_the_mother_lacks_safe_sleep() -> None:
    data = complete()
    data["safeguarding"]["safe_sleep_advice_given"] = None
    del data["assessments"][0]["impact_on_mother"]
    found = [i.path for i in check(record_from_data(data), today=TODAY) if i.code == "MA111"]
    assert found == ["$.assessments[0].impact_on_mother.safe_sleep"]


def test_a_bottle_fed_baby_needs_no_breastfeeding_advice() -> None:
    data = complete()
    data["pregnancy"]["infant_feeding"] = "bottle"
    for assessment in data["assessments"]:
        del assessment["impact_on_baby"]["breastfeeding"]
    assert "MA112" not in {i.code for i in check(record_from_data(data), today=TODAY)}
    data["pregnancy"]["infant_feeding"] = "mixed"
    found = [(i.code, i.path) for i in check(record_from_data(data), today=TODAY) if i.code in {"MA112", "MA122"}]
    # Methadone's conclusion speaks of breastfeeding, so only its item is missing (the MA112 prompt); nothing in
    # sertraline's assessment does, so that is an unanswered concern (MA122), reported once.
    assert sorted(found) == [
        ("MA112", "$.assessments[0].impact_on_baby.breastfeeding"),
        ("MA122", "$.assessments[1].impact_on_baby.breastfeeding"),
    ]


def test_an_assessment_with_no_impact_on_the_baby_at_all_is_refused_not_a_crash() -> None:
    data = complete()
    del data["assessments"][1]["impact_on_baby"]
    found = {(i.code, i.path) for i in check(record_from_data(data), today=TODAY)}
    assert ("MA105", "$.assessments[1].impact_on_baby.summary") in found
    assert ("MA122", "$.assessments[1].impact_on_baby.breastfeeding") in found


def test_an_optional_assessment_first_leaves_the_later_ones_required() -> None:
    data = _with_undated_optional_assessment_first(complete())
    data["assessments"][2]["recommendations"] = "Nil."
    assert errors(record_from_data(data)) == [("MA106", "$.assessments[2].recommendations")]


def test_why_a_medicine_needs_assessment_is_said_in_the_message() -> None:
    data = complete()
    data["partner"] = {"relationship": "partner"}
    data["medicines"] += [
        {"id": "med-flagged", "name": "Ferrous fumarate 210mg tablets", "flagged": True},
        {"id": "med-partner-diazepam", "name": "Diazepam 5mg tablets", "taken_by": "partner"},
        {"id": "med-co-codamol", "name": "Codeine with diazepam, for this test only"},
    ]
    messages = [i.message for i in check(record_from_data(data), today=TODAY) if i.code == "MA101"]
    labels = {c.id: c.label for c in medassess.medicine_classes().classes.values()}
    assert messages == [
        "medicine med-flagged needs a written assessment (flagged by the clinician), and no assessment covers it",
        "the partner's medicine med-partner-diazepam needs a written assessment "
        f"({labels['benzodiazepine-z-drug']}), and no assessment covers it",
        "medicine med-co-codamol needs a written assessment "
        f"({', '.join(c.label for c in medassess.classify(record_from_data(data).medicines[-1]).classes)}), "
        "and no assessment covers it",
    ]
    assert len(medassess.classify(record_from_data(data).medicines[-1]).classes) > 1


def test_the_overall_conclusion_is_named_in_messages_about_it() -> None:
    data = complete()
    data["overall_conclusion"]["text"] = "-"
    [issue] = [i for i in check(record_from_data(data), today=TODAY) if i.code == "MA103"]
    assert issue.message == "the overall conclusion is a placeholder, not a written conclusion"
    data["overall_conclusion"]["text"] = " "
    [issue] = [i for i in check(record_from_data(data), today=TODAY) if i.code == "MA107"]
    assert (issue.path, issue.message) == ("$.overall_conclusion.text", "the overall conclusion has no text")


def test_a_partners_invalid_nhs_number_is_refused_at_the_partner() -> None:
    data = complete()
    data["partner"] = {"relationship": "partner", "nhs_number": "9990001112"}
    [issue] = [i for i in check(record_from_data(data), today=TODAY) if i.code == "MA003"]
    assert issue.path == "$.partner.nhs_number"
    assert issue.message.startswith("the partner's NHS number is not valid: ")


def test_every_author_who_is_not_the_gp_is_named_by_role() -> None:
    data = complete()
    elsewhere = {"ods_code": "Y90400", "name": "Hampton General Maternity Unit"}
    for who, role in (
        (data["assessments"][0]["author"], "obstetrician"),
        (data["assessments"][1]["author"], "psychiatrist"),
        (data["overall_conclusion"]["author"], "obstetrician"),
        (data["attestation"]["by"], "obstetrician"),
    ):
        who.update(role=role, organisation=elsewhere)
    [issue] = [i for i in check(record_from_data(data), today=TODAY) if i.code == "MA303"]
    assert issue.message == (
        "an author is not the GP (obstetrician, psychiatrist), and the GP does not receive the record"
    )
