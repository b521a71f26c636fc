"""The template as a FHIR R4 (SDC) Questionnaire, and a record as a QuestionnaireResponse and back.

Golden Questionnaires per shipped template version live in tests/golden/questionnaire/; after an intended change
regenerate them with ``MEDASSESS_UPDATE_GOLDEN=1 pytest tests/test_questionnaire.py`` and review the diff.
The renderer itself (LHC-Forms in chromium) is tests/test_questionnaire_browser.py.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import tempfile
from pathlib import Path
from typing import Any

import orjson
import pytest
from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse
from hypothesis import HealthCheck, given, settings

import medassess
from medassess import (
    ConfigurationError,
    ReadError,
    Record,
    RecordError,
    ResponseContext,
    ShareGateRefused,
    load_record,
    read_export,
    record_from_questionnaire_response,
    record_to_json,
    to_questionnaire,
    to_questionnaire_response,
)
from medassess.cli import main
from medassess.formats.questionnaire.response import (
    questionnaire_response_json,
    response_context_from_data,
    sniff,
)
from medassess.formats.questionnaire.writer import questionnaire_json
from medassess.formats.registry import FORMATS, detect_format, get_format
from medassess.record.template import get_template, template_versions
from tests.peers import assert_peer_valid
from tests.test_fhir_read import records

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "questionnaire"
EXAMPLES = sorted((ROOT / "examples" / "pass").glob("*.json")) + sorted((ROOT / "examples" / "fail").glob("*.json"))
METHADONE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
TODAY = dt.date(2026, 3, 3)
SECRET = "Jodie-Marsh-9990001111"
"""Text planted in bad answers: no message may repeat it."""


def _response(path: Path = METHADONE) -> dict[str, Any]:
    return to_questionnaire_response(load_record(path), preliminary=True)


def _item(items: list[dict[str, Any]], link_id: str) -> dict[str, Any]:
    """The first item with this linkId, at any depth."""
    return next(n for n in _nodes(items) if n["linkId"] == link_id)


def _nodes(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [n for item in items for n in [item, *_nodes(item.get("item", []))]]


# -- the Questionnaire -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("version", template_versions())
def test_the_questionnaire_matches_its_golden_file(version: str) -> None:
    produced = questionnaire_json(get_template(version=version))
    golden = GOLDEN / f"perinatal-medication-assessment-{version}.json"
    if os.environ.get("MEDASSESS_UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(produced)
    assert golden.exists(), f"{golden} is missing: run with MEDASSESS_UPDATE_GOLDEN=1 and review it"
    assert produced == golden.read_bytes()
    assert produced == questionnaire_json(get_template(version=version))  # the same bytes every time


def test_every_shipped_version_is_valid_r4() -> None:
    # The peer validator has no SDC profiles loaded, so it checks base R4 (and ignores the SDC meta.profile).
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for version in template_versions():
            content = questionnaire_json(get_template(version=version))
            Questionnaire.model_validate(orjson.loads(content))
            files.append(Path(folder) / f"questionnaire-{version}.json")
            files[-1].write_bytes(content)
        assert_peer_valid("fhir-validate", files)
        assert_peer_valid("fhir-schema-validate", files)


@pytest.mark.parametrize("version", template_versions())
def test_items_carry_the_templates_ids_codes_options_and_mandatory_flags(version: str) -> None:
    template = get_template(version=version)
    questionnaire = to_questionnaire(template)
    assert (questionnaire["url"], questionnaire["version"]) == (
        "https://medassess.uk/fhir/Questionnaire/perinatal-medication-assessment",
        version,
    )
    nodes = _nodes(questionnaire["item"])
    assert len({n["linkId"] for n in nodes}) == len(nodes)  # linkIds are unique
    for section, item in template.items():
        node = _item(questionnaire["item"], item.id)
        assert _item(questionnaire["item"], f"section.{section.id}")["item"].count(node) == 1
        code = item.code
        expected = [{"system": template.system_uri(code), "code": code.code, "display": code.display}] if code else None
        assert node.get("code") == expected
        assert node.get("required", False) == item.mandatory
        if item.options:
            offered = [o["valueCoding"] for o in node["answerOption"]]
            assert [c["code"] for c in offered] == [o.code.code if o.code else o.value for o in item.options]
            assert all(
                c["system"] == template.system_uri(o.code) for c, o in zip(offered, item.options, strict=True) if o.code
            )
    # A local code is only ever the project's documented local code system.
    systems = {
        c["system"]
        for n in nodes
        for c in [*n.get("code", []), *(o["valueCoding"] for o in n.get("answerOption", []))]
        if "system" in c
    }
    assert systems == {medassess.SNOMED_SYSTEM, medassess.LOCAL_SYSTEM}


def test_structures_repeat_and_conditional_items_are_enabled_by_an_answer() -> None:
    items = to_questionnaire()["item"]
    assert _item(items, "section.assessment")["repeats"] is True
    assert _item(items, "medicines") | {"item": []} == {
        "linkId": "medicines", "text": _item(items, "medicines")["text"], "type": "group", "repeats": True,
        "code": _item(items, "medicines")["code"], "item": [],
    }  # fmt: skip
    assert _item(items, "recipients")["required"] is True
    assert _item(items, "record.amendment-reason")["enableWhen"] == [
        {"question": "record-status", "operator": "=", "answerCoding": {"code": "amended", "display": "amended"}}
    ]
    mailbox = _item(items, "recipients.route.mailbox")
    assert mailbox["required"] is True
    assert mailbox["enableWhen"] == [
        {"question": "recipients.route.kind", "operator": "=", "answerCoding": {"code": "mesh", "display": "mesh"}}
    ]
    assert _item(items, "conclusion")["type"] == "text" and _item(items, "medicines.name")["maxLength"] == 1000


def test_cli_prints_the_questionnaire(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["template", "--to", "questionnaire", "--version", "1.0.0"]) == 0
    assert capsysbinary.readouterr().out == questionnaire_json(get_template(version="1.0.0"))
    assert main(["template", "--to", "questionnaire"]) == 0
    assert capsysbinary.readouterr().out == questionnaire_json(get_template())


def test_cli_refuses_a_version_not_installed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["template", "--to", "questionnaire", "--version", "9.9.9"]) == 2
    err = capsys.readouterr().err
    assert "installed versions: 1.0.0, 1.1.0, 1.2.0" in err and "Traceback" not in err


# -- the QuestionnaireResponse: written and read back -----------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_every_example_round_trips_exactly(path: Path) -> None:
    record = load_record(path)
    content = orjson.dumps(to_questionnaire_response(record, preliminary=True))
    assert record_from_questionnaire_response(content) == record


def test_responses_are_valid_r4_and_name_their_questionnaire(tmp_path: Path) -> None:
    files = []
    for path in EXAMPLES:
        response = _response(path)
        QuestionnaireResponse.model_validate(response)
        template = load_record(path).template
        assert (
            response["questionnaire"]
            == f"{to_questionnaire(get_template(template.id, template.version))['url']}|{template.version}"
        )
        files.append(tmp_path / f"{path.stem}.json")
        files[-1].write_bytes(orjson.dumps(response))
    assert_peer_valid("fhir-validate", files)
    assert_peer_valid("fhir-schema-validate", files)


def test_generated_records_round_trip() -> None:
    produced: list[bytes] = []

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(records())
    def round_trip(record: Record) -> None:
        content = orjson.dumps(to_questionnaire_response(record, preliminary=True))
        assert record_from_questionnaire_response(content) == record
        if len(produced) < 8:
            produced.append(content)

    round_trip()
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for i, content in enumerate(produced):
            files.append(Path(folder) / f"generated-{i}.json")
            files[-1].write_bytes(content)
        assert_peer_valid("fhir-validate", files)


def test_the_gate_stands_before_a_final_response() -> None:
    refused = load_record(ROOT / "examples" / "fail" / "antenatal-methadone-conclusion-no-concerns.json")
    with pytest.raises(ShareGateRefused):
        to_questionnaire_response(refused, today=TODAY)
    assert to_questionnaire_response(refused, preliminary=True)["status"] == "in-progress"
    assert to_questionnaire_response(load_record(METHADONE), today=TODAY)["status"] == "completed"


def test_the_registry_reads_a_response_back_from_its_bytes(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    record = load_record(METHADONE)
    content = questionnaire_response_json(record, today=TODAY)
    assert content == FORMATS["questionnaire-response"].export(record, today=TODAY)
    with pytest.raises(ConfigurationError, match="unknown format"):
        get_format("questionnaire-response")  # what share looks formats up with: no recipient is sent one
    assert sniff(content) and detect_format(content).name == "questionnaire-response"
    assert read_export(content) == record
    exported = tmp_path / "response.json"
    exported.write_bytes(content)
    assert main(["read", str(exported)]) == 0
    assert capsysbinary.readouterr().out == record_to_json(record)


def test_a_form_fillers_response_takes_what_it_lacks_from_the_context() -> None:
    record = load_record(METHADONE)
    response = _response()
    for key in ("contained", "subject", "identifier", "authored"):
        del response[key]
    # The form left both authors out: the clinician answering is their author.
    for assessment in [i for i in response["item"] if i["linkId"] == "section.assessment"]:
        assessment["item"] = [i for i in assessment["item"] if i["linkId"] != "assessment-author"]
    recipients = _item(response["item"], "section.sharing")
    recipients["item"] = [i for i in recipients["item"] if i["linkId"] != "recipients"]
    context = ResponseContext(
        mother=record.mother,
        author=record.assessments[0].author,
        recipients=tuple(record.recipients),
        record_id=record.record_id,
        version=record.version,
        updated=record.updated,
    )
    assert record_from_questionnaire_response(response, context) == record
    with pytest.raises(ReadError, match="the patient is needed") as caught:
        record_from_questionnaire_response(response, ResponseContext(record_id="r1", version=1, updated=record.updated))
    assert caught.value.path == "QuestionnaireResponse.subject"


def test_the_response_and_the_context_must_name_the_same_patient_and_record() -> None:
    record = load_record(METHADONE)
    other = record.mother.replace(nhs_number="9990002222")
    with pytest.raises(ReadError, match="not the patient the context names"):
        record_from_questionnaire_response(_response(), ResponseContext(mother=other))
    with pytest.raises(ReadError, match="another record"):
        record_from_questionnaire_response(_response(), ResponseContext(record_id=record.record_id, version=9))


def _refused(response: dict[str, Any]) -> RecordError:
    with pytest.raises(RecordError) as caught:
        record_from_questionnaire_response(orjson.dumps(response), source="form.json")
    error = caught.value
    assert SECRET not in str(error) and all(SECRET not in f"{p.message} {p.path}" for p in error.problems)
    return error


def test_answers_the_template_does_not_allow_are_refused_where_they_are() -> None:
    response = _response()
    pregnancy = _item(response["item"], "section.pregnancy")
    _item(response["item"], "pregnancy-stage")["answer"] = [{"valueCoding": {"code": SECRET}}]
    _item(response["item"], "edd")["answer"] = [{"valueString": SECRET}]
    _item(response["item"], "child-protection-plan")["answer"] = [{"valueBoolean": True}, {"valueBoolean": False}]
    pregnancy["item"].append({"linkId": SECRET, "answer": [{"valueString": SECRET}]})
    _item(response["item"], "medicines.name")["answer"] = [{"valueInteger": 7}]
    problems = {(p.path, p.message) for p in _refused(response).problems}
    assert problems == {
        ("item(section.pregnancy).item(pregnancy-stage).answer[0]",
         "is not one of the item's options (expected one of: antenatal, postnatal)"),
        ("item(section.pregnancy).item(edd).answer[0]", "should have one value, valueDate (a date item)"),
        ("item(section.safeguarding).item(child-protection-plan)", "takes one answer"),
        (f"item(section.pregnancy).item[{len(pregnancy['item']) - 1}]",
         "is not an item of the template's Questionnaire here (unknown linkId)"),
        ("item(section.medicines).item(medicines)[0].item(medicines.name).answer[0]",
         "should have one value, valueString (a string item)"),
    }  # fmt: skip


def test_what_the_record_model_refuses_is_located_at_its_item() -> None:
    response = _response()
    _item(response["item"], "edd")["answer"] = [{"valueDate": "2026-02-30"}]
    second = [i for i in response["item"] if i["linkId"] == "section.assessment"][1]
    second["item"] = [i for i in second["item"] if i["linkId"] != "assessment.medicine-ids"]
    problems = {(p.path, p.message) for p in _refused(response).problems}
    assert problems == {
        ("item(section.pregnancy).item(edd) (record $.pregnancy.edd)", "is not a real date (expected YYYY-MM-DD)"),
        ("item(section.assessment)[1].item(assessment.medicine-ids) (record $.assessments[1].medicine_ids)",
         "is required but missing"),
    }  # fmt: skip


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"[]", "not a FHIR QuestionnaireResponse"),
        (b'{"resourceType": "Questionnaire"}', "not a FHIR QuestionnaireResponse"),
        (b'{"resourceType": "QuestionnaireResponse", "questionnaire": "http://example.org/Q|1"}', "does not name"),
        (b'{"resourceType": "QuestionnaireResponse"', "not valid JSON"),
    ],
)
def test_what_is_not_a_response_to_the_template_is_refused(content: bytes, expected: str) -> None:
    with pytest.raises(ReadError, match=expected):
        record_from_questionnaire_response(content)


def test_cli_read_refuses_a_bad_response_with_its_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    response = copy.deepcopy(_response())
    _item(response["item"], "edd")["answer"] = [{"valueString": SECRET}]
    bad = tmp_path / "response.json"
    bad.write_bytes(orjson.dumps(response))
    assert main(["read", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "item(section.pregnancy).item(edd).answer[0]" in err and SECRET not in err and "Traceback" not in err


def _form_fillers(record: Record) -> dict[str, Any]:
    """A response as a form filler makes it: the answers, authored and the Questionnaire, nothing else."""
    response = to_questionnaire_response(record, preliminary=True)
    for key in ("contained", "subject", "identifier"):
        del response[key]
    return response


def test_cli_read_takes_a_context_for_a_form_fillers_response(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    record = load_record(METHADONE)
    response = tmp_path / "response.json"
    response.write_bytes(orjson.dumps(_form_fillers(record)))
    context = tmp_path / "context.json"
    data = record.model_dump(mode="json", exclude_none=True)
    context.write_bytes(orjson.dumps({k: data[k] for k in ("mother", "record_id", "version")}))
    assert main(["read", str(response), "--context", str(context)]) == 0
    assert capsysbinary.readouterr().out == record_to_json(record)
    assert main(["read", str(response)]) == 2  # without the context, the patient and record are unknown
    assert b"the record's id and version are needed" in capsysbinary.readouterr().err


def test_cli_read_refuses_a_bad_context_with_its_place(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    response = tmp_path / "response.json"
    response.write_bytes(orjson.dumps(_form_fillers(load_record(METHADONE))))
    context = tmp_path / "context.json"
    context.write_bytes(orjson.dumps({"version": 0, SECRET: 1}))
    assert main(["read", str(response), "--context", str(context)]) == 2
    err = capsysbinary.readouterr().err.decode()
    assert "$.version: should be at least 1 (and 1 more problem)" in err and SECRET not in err
    with pytest.raises(RecordError) as caught:
        response_context_from_data({"version": 0, SECRET: 1})
    assert [p.path for p in caught.value.problems] == ["$.version", "$[unknown field 2]"]
    fhir = tmp_path / "bundle.json"
    fhir.write_bytes(medassess.to_fhir_json(load_record(METHADONE), today=TODAY))
    assert main(["read", str(fhir), "--context", str(context)]) == 2
    assert "--context is for a QuestionnaireResponse" in capsysbinary.readouterr().err.decode()


def test_the_patient_keeps_names_fhir_cannot_hold_as_they_are(tmp_path: Path) -> None:
    # Names are read, not judged: a given name of white space as FHIR sees it (a byte order mark), a prefix
    # of a no-break space and a practice name with a no-break space stay exactly as written, and the
    # contained Patient and Organization stay valid FHIR (as the FHIR document writes them).
    record = load_record(METHADONE)
    mother = record.mother
    odd = record.replace(
        mother=mother.replace(
            name=mother.name.replace(given=["\ufeff", "Anne"], prefix="\u00a0"),
            registered_practice=mother.registered_practice.replace(name="St\u00a0Mary's Surgery"),
        )
    )
    response = to_questionnaire_response(odd, preliminary=True)
    patient, practice = response["contained"][0], response["contained"][1]
    assert patient["name"][0]["given"][0] == "\ufffd" and "_given" in patient["name"][0]
    assert "_name" in practice
    assert record_from_questionnaire_response(orjson.dumps(response)) == odd
    written = tmp_path / "response.json"
    written.write_bytes(orjson.dumps(response))
    assert_peer_valid("fhir-validate", [written])
    patient["name"][0]["given"] = "Anne"  # a bare string is not a list of names: refused, located, not echoed
    with pytest.raises(ReadError) as refused:
        record_from_questionnaire_response(response)
    assert refused.value.path == "contained (the subject Patient or its practice)"
    assert "Anne" not in str(refused.value)


def test_text_fhir_cannot_hold_as_it_is_is_kept_exactly() -> None:
    record = load_record(METHADONE)
    odd = record.replace(
        medicines=[record.medicines[0].replace(dose="", name="\ufeff"), *record.medicines[1:]],
        overall_conclusion=record.overall_conclusion.replace(text=" \u00a0 ") if record.overall_conclusion else None,
    )
    response = to_questionnaire_response(odd, preliminary=True)
    name = _item(response["item"], "medicines.name")["answer"][0]
    assert name["valueString"] == "\ufffd" and "_valueString" in name  # shown readable, kept exact
    assert record_from_questionnaire_response(response) == odd
    # A form filler that kept the extension of an answer the user then changed: what the user wrote wins.
    name["valueString"] = "Methadone 1mg/ml oral solution"
    assert record_from_questionnaire_response(response).medicines[0].name == "Methadone 1mg/ml oral solution"
    name["_valueString"] = {
        "extension": [{"url": name["_valueString"]["extension"][0]["url"], "valueBase64Binary": "%"}]
    }
    problems = _refused(response).problems
    assert [p.path for p in problems] == ["item(section.medicines).item(medicines)[0].item(medicines.name).answer[0]"]
