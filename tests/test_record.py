from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonschema
import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import DMD_SYSTEM, RecordError, load_record, record_from_data, record_to_json
from medassess.record.io import describe_problem
from medassess.record.schema import PUBLISHED, schema_bytes
from tests.hostile import xml_characters

ROOT = Path(__file__).resolve().parent.parent
ANTENATAL = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"


def _data() -> dict[str, Any]:
    data: dict[str, Any] = orjson.loads(ANTENATAL.read_bytes())
    return data


def _refused(data: object) -> RecordError:
    with pytest.raises(RecordError) as caught:
        record_from_data(data, source="r.json")
    return caught.value


def test_unknown_field_is_refused_at_its_path() -> None:
    data = _data()
    data["medicines"][1]["strength"] = "50 mg"
    error = _refused(data)
    # Named by position (the eighth key of the medicine), never by the key: a key can hold anything.
    assert error.path == "$.medicines[1][unknown field 8]"
    assert "unknown field" in error.message


def test_duplicate_ids_are_refused() -> None:
    data = _data()
    data["recipients"][1]["id"] = data["recipients"][0]["id"]
    error = _refused(data)
    assert error.path == "$"
    assert error.message == "recipients[1] has the same id as recipients[0]"


def test_assessment_covering_an_unknown_medicine_is_refused() -> None:
    data = _data()
    data["assessments"][0]["medicine_ids"] = ["med-diazepam"]
    error = _refused(data)
    assert error.message == "assessments[0].medicine_ids[0] names a medicine the record does not list"


def test_partner_medicine_needs_a_partner() -> None:
    data = _data()
    data["medicines"][1]["taken_by"] = "partner"
    assert "taken by the partner, but the record has no partner" in _refused(data).message
    data["partner"] = {"relationship": "The baby's father"}
    assert record_from_data(data).medicines[1].taken_by == "partner"


def test_dmd_ids_under_the_snomed_system_are_normalised() -> None:
    data = _data()
    data["medicines"][1]["code"]["system"] = "http://snomed.info/sct"
    record = record_from_data(data)
    assert record.medicines[1].code is not None and record.medicines[1].code.system == DMD_SYSTEM
    assert record_to_json(record) == record_to_json(load_record(ANTENATAL))


def test_impossible_date_and_medicine_dates_out_of_order() -> None:
    data = _data()
    data["pregnancy"]["edd"] = "2026-02-30"
    error = _refused(data)
    assert (error.path, error.message) == ("$.pregnancy.edd", "is not a real date (expected YYYY-MM-DD)")
    data = _data()
    data["medicines"][0]["last_changed"] = "2024-01-01"
    assert "last_changed is before started" in _refused(data).message


def test_a_change_after_the_stop_date_is_refused_and_one_on_or_before_it_stands() -> None:
    """A medicine cannot have its dose changed after it was stopped: one of the two dates is wrong. A change
    on the day it stopped (stopping is the last change) or before it stands."""
    data = _data()
    data["medicines"][0].update(started="2025-01-10", last_changed="2025-09-01", stopped="2025-08-31")
    error = _refused(data)
    assert (error.path, error.message) == ("$.medicines[0]", "last_changed is after stopped")
    for changed in ("2025-08-31", "2025-08-30"):
        data = _data()
        data["medicines"][0].update(started="2025-01-10", last_changed=changed, stopped="2025-08-31")
        medicine = record_from_data(data).medicines[0]
        assert medicine.last_changed is not None and medicine.stopped is not None
        assert medicine.last_changed <= medicine.stopped


def test_naive_timestamps_are_refused() -> None:
    data = _data()
    data["updated"] = "2026-03-02T16:40:00"
    error = _refused(data)
    assert error.path == "$.updated" and "UTC offset" in error.message


def test_unknown_template_version_is_refused_at_template() -> None:
    data = _data()
    data["template"]["version"] = "7.0.0"
    error = _refused(data)
    assert error.path == "$.template"
    assert "has no such version" in error.message and "1.0.0, 1.1.0, 1.2.0" in error.message
    assert "7.0.0" not in error.message  # the version asked for comes from the record: never echoed


def test_messages_never_quote_patient_data() -> None:
    data = _data()
    data["mother"]["nhs_number"] = "999000111"  # nine digits
    data["mother"]["name"]["family"] = 42
    error = _refused(data)
    assert "999000111" not in str(error) and "42" not in error.message
    assert "1 more problem" in error.message


def test_canonical_json_round_trips() -> None:
    record = load_record(ANTENATAL)
    again = record_from_data(orjson.loads(record_to_json(record)))
    assert again == record
    assert record_to_json(again) == record_to_json(record)


def test_published_json_schema_is_up_to_date() -> None:
    assert PUBLISHED.read_bytes() == schema_bytes(), (
        "docs/record.schema.json is out of date with the record model: run `python -m medassess.record.schema`"
    )


def test_json_schema_accepts_the_examples_and_refuses_what_the_model_refuses() -> None:
    schema = orjson.loads(PUBLISHED.read_bytes())
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for path in sorted((ROOT / "examples" / "pass").glob("*.json")):
        assert not list(validator.iter_errors(orjson.loads(path.read_bytes()))), path.name
    bad = copy.deepcopy(_data())
    bad["mother"]["favourite_colour"] = "green"
    assert not validator.is_valid(bad)
    bad = copy.deepcopy(_data())
    bad["recipients"][0]["route"] = {"kind": "fax", "number": "01632 960000"}
    assert not validator.is_valid(bad)


_TEXT = st.text(xml_characters, min_size=1, max_size=200).filter(lambda t: t.strip())


@settings(max_examples=60, deadline=None)
@given(conclusion=_TEXT, family=_TEXT, dose=_TEXT)
def test_hostile_free_text_round_trips_exactly(conclusion: str, family: str, dose: str) -> None:
    data = _data()
    data["assessments"][0]["conclusion"] = conclusion
    data["mother"]["name"]["family"] = family
    data["medicines"][0]["dose"] = dose
    record = record_from_data(data)
    again = record_from_data(orjson.loads(record_to_json(record)))
    assert again == record
    assert again.assessments[0].conclusion == conclusion
    assert (again.mother.name.family, again.medicines[0].dose) == (family, dose)


@settings(max_examples=60, deadline=None)
@given(text=st.text(st.characters(exclude_categories=["Cs"]), max_size=40))
def test_errors_never_quote_the_offending_value(text: str) -> None:
    value = f"§{text}"  # the marker keeps a value from matching the message's own words by chance
    data = _data()
    data["mother"]["nhs_number"] = value
    data["pregnancy"]["edd"] = value
    with pytest.raises(RecordError) as caught:
        record_from_data(data, source="r.json")
    assert "§" not in str(caught.value)
    assert caught.value.path == "$.mother.nhs_number"


def test_every_payload_format_a_recipient_may_ask_for_is_registered() -> None:
    # A recipient format the tool cannot build would only fail at share time.
    from typing import get_args

    from medassess.formats.registry import FORMATS
    from medassess.record.model import PayloadFormat

    # A QuestionnaireResponse is read back and exported, but opens a form rather than being sent.
    assert set(get_args(PayloadFormat)) == {name for name, fmt in FORMATS.items() if fmt.recipients}
    assert {name for name, fmt in FORMATS.items() if not fmt.recipients} == {"questionnaire-response"}


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d["medicines"][0].update(id="-x"), "an id is 1 to 64 letters, digits, '.' or '-', starting with"),
        (lambda d: d["mother"]["name"].update(family="  "), "must not be blank"),
        (lambda d: d["medicines"][0].update(started="2025-02-01", stopped="2025-01-01"), "stopped is before started"),
        (lambda d: d["medicines"][0].update(started="2025-12-02"), "last_changed is before started"),
        (
            lambda d: d["medicines"][0].update(started="2025-01-02", last_changed="2025-03-02", stopped="2025-03-01"),
            "last_changed is after stopped",
        ),
        (lambda d: d.update(updated="2026-03-02T10:15:00"), "needs a UTC offset, e.g. 2026-03-02T10:15:00+00:00"),
        (lambda d: d["medicines"][0].update(taken_by="partner"), "a medicine is taken by the partner, but the record"),
        (lambda d: d.update(updated="2026-03-02T10:15:00+15:00"), "needs a UTC offset in whole minutes from -12:59"),
        (lambda d: d["mother"]["name"].update(family="Marsh\x0bExample"), "holds a character XML cannot carry"),
        (lambda d: d["medicines"][1]["code"].update(system="urn:x"), "is not a code system a medicine can be sent in"),
        (lambda d: d["medicines"][1]["code"].update(code="123"), "a dm+d or SNOMED CT id is 6 to 18 digits"),
    ],
)
def test_the_models_own_texts_are_passed_on(edit: Any, message: str) -> None:
    """Each of the record model's validator texts is one the reader knows and passes on (see _io._OWN_TEXTS)."""
    data = _data()
    edit(data)
    assert _refused(data).message.startswith(message)


def test_validator_and_library_texts_that_could_quote_a_value_are_replaced() -> None:
    """A validator text the reader does not know (a new one, or one that quotes the value) is never passed on,
    nor is pydantic's text for a tag it did not expect, which quotes the tag."""
    quoting = {"type": "value_error", "loc": ("x",), "msg": "Value error, Jodie Marsh", "ctx": {"error": "Jodie Marsh"}}
    assert describe_problem(quoting) == "is not a valid value here"
    tag = {"type": "union_tag_invalid", "loc": (), "msg": "Input tag 'Jodie' found using 'kind' does not match",
           "ctx": {"discriminator": "'kind'", "tag": "Jodie", "expected_tags": "'mesh', 'mllp'"}}  # fmt: skip
    assert "Jodie" not in describe_problem(tag)
    unknown = {"type": "some_future_type", "loc": (), "msg": "Input 'Jodie' is wrong", "ctx": {"value": "Jodie"}}
    assert describe_problem(unknown) == "is not a valid value here"
