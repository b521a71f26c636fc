"""Every failure of every reader is a located MedassessError: property tests over broken inputs.

Each reader (record JSON, FHIR JSON, FHIR XML, HL7 v2) gets inputs that were valid (the passing examples with
canary patient data planted everywhere, exported) and then broken by hypothesis: up to four byte edits
(replace, insert, delete), half of them next to a canary, on top of a valid input or of one already broken
structurally (a key, element, attribute or segment renamed to canary text; a wrong type; a dangling id; an
embedded record HL7 v2 cannot express). Whatever escapes must be a MedassessError carrying the file name given
as its source and a path (or be one of the whole-file messages listed in tests/canaries.py, which have no place
inside the file to point to), and no canary may be in it.
"""

from __future__ import annotations

import functools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medassess import MappingError, ReadError, read_hl7v2
from tests.canaries import (
    BYTES,
    READERS,
    canary_spans,
    embedded_record_edits,
    fhir_url_edits,
    hl7_edits,
    inputs,
    json_structure_edits,
    located_problem,
    planted_records,
    record_edits,
    xml_name_edits,
)

SOURCE = "in/the-file.dat"


@functools.cache
def _starts(kind: str) -> tuple[bytes, ...]:
    """Valid inputs of a kind, and a sample of their structural breaks, to break further."""
    valid = inputs()[kind]
    structural: list[bytes] = []
    for number, content in enumerate(valid[:3]):
        if kind == "record-json":
            structural += [*json_structure_edits(content), *record_edits(content)]
        elif kind == "fhir-json":
            structural += [*json_structure_edits(content), *fhir_url_edits(content)]
        elif kind == "fhir-xml":
            structural += list(xml_name_edits(content))
        else:
            structural += [
                *hl7_edits(content),
                *embedded_record_edits(content, planted_records()[number], byte_changes=False),
            ]
    return (*valid, *structural[::3])


@st.composite
def _broken(draw: st.DrawFn, kind: str) -> bytes:
    content = draw(st.sampled_from(_starts(kind)))
    spans = canary_spans(content)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        if not content:
            break
        if bool(spans) and draw(st.booleans()):  # only draws when there are spans, as `spans and ...` would
            start, end = draw(st.sampled_from(spans))
            at = min(draw(st.integers(min_value=max(start - 2, 0), max_value=end + 1)), len(content) - 1)
        else:
            at = draw(st.integers(min_value=0, max_value=len(content) - 1))
        new = draw(st.one_of(st.sampled_from(BYTES), st.binary(min_size=1, max_size=3)))
        how = draw(st.sampled_from(("replace", "insert", "delete")))
        if how == "replace":
            content = content[:at] + new + content[at + 1 :]
        elif how == "insert":
            content = content[:at] + new + content[at:]
        else:
            content = content[:at] + content[at + 1 :]
    return content


def _check(kind: str, content: bytes) -> None:
    try:
        READERS[kind](content, source=SOURCE)
    except Exception as exc:  # judged below: only a located MedassessError may come out
        problem = located_problem(exc, SOURCE)
        assert problem is None, problem


PROPERTY = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


@PROPERTY
@given(st.data())
def test_record_json_reader_fails_only_with_located_errors(data: st.DataObject) -> None:
    _check("record-json", data.draw(_broken("record-json")))


@PROPERTY
@given(st.data())
def test_fhir_json_reader_fails_only_with_located_errors(data: st.DataObject) -> None:
    _check("fhir-json", data.draw(_broken("fhir-json")))


@PROPERTY
@given(st.data())
def test_fhir_xml_reader_fails_only_with_located_errors(data: st.DataObject) -> None:
    _check("fhir-xml", data.draw(_broken("fhir-xml")))


@PROPERTY
@given(st.data())
def test_hl7v2_reader_fails_only_with_located_errors(data: st.DataObject) -> None:
    _check("hl7v2", data.draw(_broken("hl7v2")))


def test_a_carried_record_with_characters_outside_base64_is_a_located_read_error() -> None:
    """base64 refuses a character outside ASCII with a plain ValueError, not binascii.Error (found by the
    property above): the reader says where, as for any other broken base64."""
    message = inputs()["hl7v2"][0]
    start = message.index(b"^Base64^") + len(b"^Base64^")
    broken = message[:start] + "é".encode() + message[start:]
    with pytest.raises(ReadError) as caught:
        read_hl7v2(broken, source=SOURCE)
    assert caught.value.path is not None and caught.value.path.startswith("OBX-5(#")
    assert "base64" in caught.value.message
    assert located_problem(caught.value, SOURCE) is None


def test_an_embedded_record_hl7v2_cannot_express_is_a_located_read_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """The HL7 v2 reader maps the record it carries back to a message. A record with no HL7 v2 form (a medicine
    coded in a system the message names no CWE-3 for) raised a bare MappingError with no file or place; the
    record model now refuses such a code (one validation), but should mapping fail for any reason the reader says
    so as a ReadError at the OBX that carries the record."""

    def unmappable(*args: object, **kwargs: object) -> bytes:
        raise MappingError("a code system has no HL7 v2 coding system name in the site profile")

    monkeypatch.setattr("medassess.formats.hl7v2.reader.build", unmappable)
    with pytest.raises(ReadError) as caught:
        read_hl7v2(inputs()["hl7v2"][0], source=SOURCE)
    assert not isinstance(caught.value, MappingError)
    assert caught.value.source == SOURCE
    assert caught.value.path is not None and caught.value.path.startswith("OBX-5(#")
    assert "cannot express" in caught.value.message
    assert located_problem(caught.value, SOURCE) is None


@pytest.mark.parametrize("kind", READERS)
def test_the_located_check_can_fail(kind: str) -> None:
    """The judge itself: an error without a path, with another source, or of another type is caught."""
    assert located_problem(ReadError("broken", source=SOURCE), SOURCE) == "no path: 'broken'"
    assert located_problem(ReadError("broken", source="other", path="$"), SOURCE) is not None
    assert located_problem(MappingError("broken", path="$"), SOURCE) is not None
    assert located_problem(KeyError("x"), SOURCE) == "KeyError escaped"
    assert located_problem(ReadError("the file is empty", source=SOURCE), SOURCE) is None
    assert inputs()[kind]  # every reader has inputs to break
