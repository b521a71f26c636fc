"""Limits before work: every reader refuses input past a limit before it spends memory or time on it.

Each limit is tested both ways on a real export (or record): set to exactly what the document holds, it is
read; one less, it is refused with a located message that names the limit and the variable that sets it,
and nothing from the input. The facts (depth, values and keys, longest string, entries, segments) are
worked out here independently of medassess.core.limits. Peak memory is measured in tests/test_limits_memory.py.
"""

from __future__ import annotations

import builtins
import contextlib
import io
import os
import re
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type stubs

from medassess import (
    ConfigurationError,
    InputError,
    Limits,
    OutcomeUnknown,
    ReadError,
    Record,
    RecordError,
    TemplateError,
    default_site_profile,
    get_template,
    load_config,
    load_record,
    load_site_profile,
    load_template,
    parse_record,
    read_fhir_json,
    read_fhir_xml,
    read_hl7v2,
    to_fhir_json,
    to_fhir_xml,
    to_hl7v2,
)
from medassess.cli import main
from medassess.core.limits import CEILINGS, SNIFF_BYTES, amount, read_bounded, setting
from medassess.formats.fhir.writer import sniff as sniff_json
from medassess.formats.fhir.xml import sniff as sniff_xml
from medassess.formats.fhir.xml import xml_to_json
from medassess.formats.registry import detect_format
from medassess.record.io import record_to_json
from medassess.transports.fhir_rest import FhirClient

ROOT = Path(__file__).resolve().parent.parent
METHADONE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
RECORD = load_record(METHADONE)
RECORD_JSON = METHADONE.read_bytes()
PAYLOADS = {"fhir-json": to_fhir_json(RECORD), "fhir-xml": to_fhir_xml(RECORD), "hl7v2": to_hl7v2(RECORD)}
PATIENT_DATA = ("9990001111", "Jodie", "Marsh-Example", "1996-08-14")
BASE = "https://spine.example.nhs.uk/fhir/R4"


def _refused_for_another_reason(read: Callable[[], object]) -> None:
    """``read`` passes the limits and is refused for what the input holds (it is not a medassess document)."""
    with pytest.raises(InputError) as caught:
        read()
    assert "(the limit, " not in str(caught.value)


def _assert_refusal_is_located_and_quotes_nothing(
    error: InputError, name: str, value: int, *, whole: bool = False
) -> None:
    """The refusal names the file and where (unless it is about the ``whole`` file: its size), the limit's
    value and variable, and nothing from the input."""
    text = str(error)
    assert error.source, text
    assert error.path if not whole else error.message.startswith("the file is larger than"), text
    assert re.search(rf"\b{re.escape(amount(name, value))} [^(]*\(the limit, {setting(name)}\)", text), text
    for quoted in PATIENT_DATA:
        assert quoted not in text


# -- the facts, worked out independently --------------------------------------------------------------------


def _json_facts(content: bytes) -> dict[str, int]:
    data = orjson.loads(content)

    def depth(node: Any) -> int:
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else None
        return 0 if children is None else 1 + max((depth(c) for c in children), default=0)

    def nodes(node: Any) -> int:
        if isinstance(node, dict):
            return 1 + len(node) + sum(nodes(v) for v in node.values())
        if isinstance(node, list):
            return 1 + sum(nodes(v) for v in node)
        return 1

    strings = re.findall(rb'"((?:[^"\\]|\\.)*)"', content)
    facts = {"depth": depth(data), "nodes": nodes(data), "string_bytes": max(len(s) for s in strings)}
    if isinstance(data, dict) and isinstance(data.get("entry"), list):
        facts["bundle_entries"] = len(data["entry"])
    return facts


def _xml_facts(content: bytes) -> dict[str, int]:
    root = etree.fromstring(content)
    elements = list(root.iter(etree.Element))
    texts = [t for e in elements for t in (e.text, e.tail) if t is not None]
    values = [v for e in elements for v in e.attrib.values()]
    return {
        "depth": max(sum(1 for _ in e.iterancestors()) + 1 for e in elements),
        "nodes": sum(1 + len(e.attrib) for e in elements),
        "string_bytes": max(len(s.encode()) for s in texts + values),
        "bundle_entries": len(root.findall("{http://hl7.org/fhir}entry")),
    }


def _hl7v2_facts(content: bytes) -> dict[str, int]:
    return {
        "hl7v2_segments": len([line for line in re.split(rb"\r\n|\r|\n", content) if line]),
        "nodes": sum(content.count(c) for c in (b"|", b"~", b"^")),
    }


FACTS = {
    "record": _json_facts(RECORD_JSON),
    "fhir-json": _json_facts(PAYLOADS["fhir-json"]),
    "fhir-xml": _xml_facts(PAYLOADS["fhir-xml"]),
    "hl7v2": _hl7v2_facts(PAYLOADS["hl7v2"]),
}
READERS: dict[str, Callable[..., Record]] = {
    "record": parse_record,
    "fhir-json": read_fhir_json,
    "fhir-xml": read_fhir_xml,
    "hl7v2": read_hl7v2,
}
CONTENT = {"record": RECORD_JSON, **PAYLOADS}


def test_the_facts_are_what_the_defaults_leave_headroom_over() -> None:
    defaults = Limits()
    for facts in FACTS.values():
        for name, value in facts.items():
            assert value * 5 <= getattr(defaults, name), (name, value)


def test_docs_security_lists_every_limit_with_its_variable_default_and_ceiling() -> None:
    text = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(\w+)` \| `(\w+)` \| ([^|]+) \| ([^|]+) \|", text, re.M)
    assert [name for name, *_ in rows] == list(CEILINGS)
    for name, variable, default, ceiling in rows:
        assert variable == setting(name)
        assert default.strip() == amount(name, getattr(Limits(), name))
        assert ceiling.strip() == amount(name, CEILINGS[name])


# -- every limit, both ways ---------------------------------------------------------------------------------

EXACT = [
    (kind, name, counted)
    for kind in ("record", "fhir-json", "fhir-xml", "hl7v2")
    for name in FACTS[kind]
    # "counted": the string limit set below the input's size, so the JSON is scanned token by token and the
    # XML counted as it is built; otherwise the cheap bounds decide for depth and entries.
    for counted in ((False,) if kind == "hl7v2" or name == "string_bytes" else (False, True))
]


@pytest.mark.parametrize(("kind", "name", "counted"), EXACT, ids=[f"{k}-{n}{'-counted' * c}" for k, n, c in EXACT])
def test_a_limit_at_what_the_input_holds_reads_it_and_one_less_refuses_it(kind: str, name: str, counted: bool) -> None:
    facts, content, reader = FACTS[kind], CONTENT[kind], READERS[kind]
    base = {"string_bytes": facts["string_bytes"]} if counted else {}
    assert reader(content, source="in", limits=Limits(**{**base, name: facts[name]})) == RECORD
    error = RecordError if kind == "record" else ReadError
    with pytest.raises(error) as caught:
        reader(content, source="in", limits=Limits(**{**base, name: facts[name] - 1}))
    _assert_refusal_is_located_and_quotes_nothing(caught.value, name, facts[name] - 1)


@pytest.mark.parametrize("kind", ["record", "fhir-json", "fhir-xml", "hl7v2"])
def test_the_byte_limit_is_exact(kind: str) -> None:
    content = CONTENT[kind]
    name = "record_bytes" if kind == "record" else "payload_bytes"
    assert READERS[kind](content, source="in", limits=Limits(**{name: len(content)})) == RECORD
    with pytest.raises(InputError) as caught:
        READERS[kind](content, source="in", limits=Limits(**{name: len(content) - 1}))
    _assert_refusal_is_located_and_quotes_nothing(caught.value, name, len(content) - 1, whole=True)


def test_an_hl7v2_field_repetition_past_the_string_limit_is_refused_with_its_segment() -> None:
    message = b"MSH|^~\\&|MEDASSESS\rPID|1\rOBX|1|TX|||" + b"x" * 300 + b"~" + b"y" * 10 + b"\r"
    _refused_for_another_reason(lambda: read_hl7v2(message, source="m.hl7", limits=Limits(string_bytes=300)))
    with pytest.raises(ReadError) as caught:
        read_hl7v2(message, source="m.hl7", limits=Limits(string_bytes=299))
    assert caught.value.path == "segment #3"
    _assert_refusal_is_located_and_quotes_nothing(caught.value, "string_bytes", 299)


def test_a_last_segment_without_its_terminator_is_counted_too() -> None:
    message = PAYLOADS["hl7v2"].rstrip(b"\r")
    segments = FACTS["hl7v2"]["hl7v2_segments"]
    assert message.count(b"\r") == segments - 1
    assert read_hl7v2(message, source="in", limits=Limits(hl7v2_segments=segments)) == RECORD
    with pytest.raises(ReadError) as caught:
        read_hl7v2(message, source="in", limits=Limits(hl7v2_segments=segments - 1))
    _assert_refusal_is_located_and_quotes_nothing(caught.value, "hl7v2_segments", segments - 1)


def _nested(depth: int, disguise: bytes) -> bytes:
    """A JSON array ``depth`` levels deep, each level holding a string that looks like brackets."""
    content = b"[]"
    for _ in range(depth - 1):
        content = b"[" + disguise + b"," + content + b"]"
    return content


@pytest.mark.parametrize(
    "disguise",
    [b'"]]]"', b'"[[[["', b'"\\"]]"', b'"a\\\\"', b'"\\\\\\"}}"', b'"\\u005d"', b'"}{]["'],
    ids=["closing", "opening", "escaped-quote", "escaped-backslash", "both-escapes", "unicode-escape", "mixed"],
)
@pytest.mark.parametrize("counted", [False, True], ids=["bounded", "counted"])
def test_brackets_inside_strings_neither_hide_nor_add_depth(disguise: bytes, counted: bool) -> None:
    content = _nested(20, disguise)
    base = {"string_bytes": 16} if counted else {}
    # At the limit the depth passes and the record is refused for what it is (a list, not an object).
    with pytest.raises(RecordError, match="holds a list"):
        parse_record(content, source="in", limits=Limits(depth=20, **base))
    with pytest.raises(RecordError) as caught:
        parse_record(content, source="in", limits=Limits(depth=19, **base))
    _assert_refusal_is_located_and_quotes_nothing(caught.value, "depth", 19)


HIDDEN_DEPTH = {
    # Strings whose brackets would pair up with the real ones if strings were not set aside: 7 levels that
    # look like 1.
    "balanced": b'["]",["]",["]",[[[[]]]],"["],"["],"["]',
    # ... and whose escaped quotes would make a string end early (or late) if escapes were not read first.
    "escaped-quote": b'["\\"]",[[[[[[]]]]]]]',
    "escaped-backslash": b'["\\\\",[[[[[[]]]]]],"\\\\"]',
}


@pytest.mark.parametrize("content", HIDDEN_DEPTH.values(), ids=HIDDEN_DEPTH.keys())
def test_depth_hidden_by_brackets_and_escapes_in_strings_is_still_found(content: bytes) -> None:
    assert _json_facts(content)["depth"] == 7
    with pytest.raises(RecordError, match="holds a list"):
        parse_record(content, source="in", limits=Limits(depth=7))
    with pytest.raises(RecordError) as caught:
        parse_record(content, source="in", limits=Limits(depth=6))
    _assert_refusal_is_located_and_quotes_nothing(caught.value, "depth", 6)


def test_every_key_counts_as_a_value_and_keys_are_read_as_json_reads_them() -> None:
    keys = b'{"a": 1, "b": [2, 3], "\\u0065ntry": []}'  # 1 object, 3 keys, 5 values under them
    _refused_for_another_reason(lambda: parse_record(keys, source="in", limits=Limits(nodes=9)))
    with pytest.raises(RecordError) as caught:
        parse_record(keys, source="in", limits=Limits(nodes=8))
    _assert_refusal_is_located_and_quotes_nothing(caught.value, "nodes", 8)


def test_values_are_counted_exactly_where_the_cheap_bound_is_tight() -> None:
    content = b'[[1, 2], {"a": 3}, "b"]'  # no comma, colon or bracket inside a string: the bound is the count
    assert _json_facts(content)["nodes"] == 8
    _refused_for_another_reason(lambda: parse_record(content, source="in", limits=Limits(nodes=8)))
    with pytest.raises(RecordError) as caught:
        parse_record(content, source="in", limits=Limits(nodes=7))
    _assert_refusal_is_located_and_quotes_nothing(caught.value, "nodes", 7)


def test_an_escaped_entry_key_is_counted_like_any_other() -> None:
    bundle = b'{"resourceType": "Bundle", "type": "document", "\\u0065ntry": [' + b",".join([b"{}"] * 30) + b"]}"
    counted = Limits(bundle_entries=29, string_bytes=16)
    with pytest.raises(ReadError) as caught:
        read_fhir_json(bundle, source="b.json", limits=counted)
    thirtieth = bundle.index(b"[") + 1 + 29 * len(b"{},")  # where the entry past the limit starts
    assert caught.value.path == f"Bundle.entry[29] (line 1, column {thirtieth + 1})"
    with pytest.raises(ReadError) as caught:
        read_fhir_json(bundle, source="b.json", limits=Limits(bundle_entries=29))
    assert caught.value.path == "Bundle.entry"
    _refused_for_another_reason(
        lambda: read_fhir_json(bundle, source="b.json", limits=Limits(bundle_entries=30, string_bytes=16))
    )


def test_one_element_with_more_attributes_than_the_limit_is_refused_before_it_is_built() -> None:
    attributes = b" ".join(b'a%d="x"' % i for i in range(100))
    document = b'<Bundle xmlns="http://hl7.org/fhir" ' + attributes + b"/>"
    # 100 attributes and the namespace declaration: 101 things shaped like attributes.
    _refused_for_another_reason(lambda: read_fhir_xml(document, source="a.xml", limits=Limits(nodes=101)))
    with pytest.raises(ReadError, match="more than 100 attributes") as caught:
        read_fhir_xml(document, source="a.xml", limits=Limits(nodes=100))
    _assert_refusal_is_located_and_quotes_nothing(caught.value, "nodes", 100)


@pytest.mark.parametrize("where", ["attribute", "text"])
def test_an_xml_string_is_measured_in_utf8_bytes(where: str) -> None:
    text = "é" * 100  # 200 bytes
    xhtml = "http://www.w3.org/1999/xhtml"
    inner = f'<id value="{text}"/>' if where == "attribute" else f"<text><div xmlns='{xhtml}'>{text}</div></text>"
    document = f'<Patient xmlns="http://hl7.org/fhir">{inner}</Patient>'.encode()
    _refused_for_another_reason(lambda: read_fhir_xml(document, source="p.xml", limits=Limits(string_bytes=200)))
    with pytest.raises(ReadError) as caught:
        read_fhir_xml(document, source="p.xml", limits=Limits(string_bytes=199))
    _assert_refusal_is_located_and_quotes_nothing(caught.value, "string_bytes", 199)


def test_a_100000_entry_bundle_is_refused_by_the_entry_limit_in_either_format() -> None:
    entries = Limits().bundle_entries
    json_bundle = b'{"resourceType":"Bundle","type":"document","entry":[' + b",".join([b"{}"] * 100_000) + b"]}"
    xml_bundle = b'<Bundle xmlns="http://hl7.org/fhir"><type value="document"/>' + b"<entry/>" * 100_000 + b"</Bundle>"
    for content in (json_bundle, xml_bundle):
        assert len(content) < Limits().payload_bytes  # the entry limit refuses it, not its size
        with pytest.raises(ReadError) as caught:
            detect_format(content).read(content, source="big")
        assert caught.value.path is not None and caught.value.path.startswith(f"Bundle.entry[{entries}]")
        _assert_refusal_is_located_and_quotes_nothing(caught.value, "bundle_entries", entries)


def test_limits_on_reading_never_stop_a_record_being_written(monkeypatch: pytest.MonkeyPatch) -> None:
    longest = (FACTS["fhir-xml"]["string_bytes"], FACTS["fhir-json"]["string_bytes"])  # a narrative, in each
    monkeypatch.setenv("MEDASSESS_MAX_STRING_BYTES", str(min(longest) - 1))
    assert to_fhir_xml(RECORD) == PAYLOADS["fhir-xml"]  # its narratives are parsed to be written
    assert to_fhir_json(RECORD) == PAYLOADS["fhir-json"]
    for read, content in ((read_fhir_xml, PAYLOADS["fhir-xml"]), (read_fhir_json, PAYLOADS["fhir-json"])):
        with pytest.raises(ReadError, match="MEDASSESS_MAX_STRING_BYTES"):
            read(content, source="in")  # the receiver's limit still holds on reading
    monkeypatch.setenv("MEDASSESS_MAX_STRING_BYTES", str(max(longest)))
    assert read_fhir_xml(PAYLOADS["fhir-xml"]) == read_fhir_json(PAYLOADS["fhir-json"]) == RECORD


# -- the configuration of the limits -----------------------------------------------------------------------


@pytest.mark.parametrize("name", list(CEILINGS))
def test_each_limit_is_settable_up_to_its_ceiling_and_no_further(name: str) -> None:
    variable = setting(name)
    assert getattr(Limits.from_environment({variable: str(CEILINGS[name])}), name) == CEILINGS[name]
    assert getattr(Limits.from_environment({variable: " 1 "}), name) == 1
    assert getattr(Limits.from_environment({variable: ""}), name) == getattr(Limits(), name)
    for refused in (str(CEILINGS[name] + 1), "0", "-5", "ten", "1e3"):
        with pytest.raises(ConfigurationError) as caught:
            Limits.from_environment({variable: refused})
        assert caught.value.source == variable
        # What is expected, and nothing of what was given.
        assert (
            caught.value.message == f"should be a whole number from 1 to {amount(name, CEILINGS[name])} (its ceiling)"
        )
    with pytest.raises(ConfigurationError):
        Limits(**{name: CEILINGS[name] + 1})
    with pytest.raises(ConfigurationError):
        Limits(**{name: True})


def test_the_depth_ceiling_keeps_the_readers_recursion_safe() -> None:
    deepest = CEILINGS["depth"]
    inner = b'<extension url="u">' * (deepest - 1) + b"</extension>" * (deepest - 1)
    patient = xml_to_json(
        b'<Patient xmlns="http://hl7.org/fhir">' + inner + b"</Patient>", limits=Limits(depth=deepest)
    )
    levels, node = 1, patient
    while "extension" in node:
        levels, node = levels + 1, node["extension"][0]
    assert levels == deepest


def test_a_limit_set_in_the_environment_reaches_the_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "bundle.json"
    exported.write_bytes(PAYLOADS["fhir-json"])
    monkeypatch.setenv("MEDASSESS_MAX_BUNDLE_ENTRIES", str(FACTS["fhir-json"]["bundle_entries"] - 1))
    assert main(["read", str(exported)]) == 2
    assert "MEDASSESS_MAX_BUNDLE_ENTRIES" in capsys.readouterr().err
    monkeypatch.setenv("MEDASSESS_MAX_BUNDLE_ENTRIES", "1000000")
    assert main(["read", str(exported)]) == 2
    assert "MEDASSESS_MAX_BUNDLE_ENTRIES: should be a whole number from 1 to 20,000" in capsys.readouterr().err


# -- reading: stat first, then never more than one byte past the limit --------------------------------------


class _Unreadable:
    """An open file whose size can be taken but whose bytes must not be read."""

    def __init__(self, path: Any, mode: str) -> None:
        self._file = builtins.open(path, mode)  # noqa: SIM115 - closed by __exit__, as a file is

    def fileno(self) -> int:
        return self._file.fileno()

    def tell(self) -> int:
        return self._file.tell()

    def read(self, size: int = -1) -> bytes:
        raise AssertionError("an oversized regular file was read")

    def __enter__(self) -> _Unreadable:
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()


def test_a_file_past_the_limit_is_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sparse = tmp_path / "huge.json"
    with sparse.open("wb") as handle:
        handle.truncate(1024**3)  # a 1 GiB hole: no disk, and no memory unless it is read
    monkeypatch.setattr("medassess.core.limits.open", _Unreadable, raising=False)
    with pytest.raises(RecordError) as caught:
        load_record(sparse)
    _assert_refusal_is_located_and_quotes_nothing(caught.value, "record_bytes", Limits().record_bytes, whole=True)
    at_limit = tmp_path / "at-limit.json"
    at_limit.write_bytes(RECORD_JSON)
    with pytest.raises(AssertionError, match="was read"):  # one within the limit is read
        load_record(at_limit, limits=Limits(record_bytes=len(RECORD_JSON)))


class _Growing(io.BytesIO):
    """A handle on a regular file of ``size`` bytes that holds ``data`` by the time it is read."""

    def __init__(self, data: bytes, fd: int) -> None:
        super().__init__(data)
        self._fd = fd

    def fileno(self) -> int:
        return self._fd


def test_a_file_that_grows_after_its_size_is_taken_is_read_no_further_than_the_limit(tmp_path: Path) -> None:
    small = tmp_path / "small"
    small.write_bytes(b"x" * 10)
    with small.open("rb") as real:
        grown = _Growing(b"y" * 1000, real.fileno())
        with pytest.raises(RecordError, match="is larger than 100 bytes"):
            read_bounded(grown, 100, name="record_bytes", error=RecordError, source="grown")
        assert grown.tell() == 101
        just = _Growing(b"y" * 100, real.fileno())
        assert read_bounded(just, 100, name="record_bytes", error=RecordError, source="grown") == b"y" * 100


@contextlib.contextmanager
def _fifo_with(folder: Path, content: bytes) -> Iterator[Path]:
    """A named pipe that a writer fills with ``content``: it has no size to take."""
    fifo = folder / "pipe.json"
    os.mkfifo(fifo)

    def write() -> None:
        try:
            with fifo.open("wb") as handle:
                handle.write(content)
        except BrokenPipeError:
            pass  # the reader stopped at its limit, as it should

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    try:
        yield fifo
    finally:
        writer.join(timeout=10)
        fifo.unlink()


def test_a_named_pipe_cannot_pass_the_stat(tmp_path: Path) -> None:
    padded = RECORD_JSON + b" " * 1000
    with _fifo_with(tmp_path, padded) as fifo:
        assert load_record(fifo, limits=Limits(record_bytes=len(padded))) == RECORD
    with _fifo_with(tmp_path, padded + b" " * 10_000_000) as fifo, pytest.raises(RecordError) as caught:
        load_record(fifo, limits=Limits(record_bytes=len(padded)))
    _assert_refusal_is_located_and_quotes_nothing(caught.value, "record_bytes", len(padded), whole=True)


def test_a_record_on_standard_input_is_validated_within_the_limit(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MEDASSESS_MAX_RECORD_BYTES", str(len(RECORD_JSON)))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(RECORD_JSON)))
    assert main(["validate", "-", "--today", "2026-03-02"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1 file: 1 passed, 0 refused by the share gate, 0 unusable"


def test_an_export_on_standard_input_is_read_within_the_limit(
    monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    monkeypatch.setenv("MEDASSESS_MAX_PAYLOAD_BYTES", str(len(PAYLOADS["fhir-xml"])))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAYLOADS["fhir-xml"])))
    assert main(["read", "-"]) == 0
    assert capsysbinary.readouterr().out == record_to_json(RECORD)


@pytest.mark.parametrize(
    ("command", "name"), [("validate", "record_bytes"), ("read", "payload_bytes")], ids=["validate", "read"]
)
def test_standard_input_one_byte_past_the_limit_is_refused_after_reading_no_more(
    command: str, name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(setting(name), "1000")
    stdin = io.TextIOWrapper(io.BytesIO(b" " * 1001 + b"x" * 1_000_000))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main([command, "-"]) == 2
    out, err = capsys.readouterr()
    assert f"<stdin>: the file is larger than 1,000 bytes (the limit, {setting(name)})" in out + err
    assert stdin.buffer.tell() == 1001
    assert "Traceback" not in out + err


# -- sniffing looks at a bounded head, in linear time --------------------------------------------------------

PATHOLOGICAL = {
    "bundle-tags": b"<Bundle " * (SNIFF_BYTES // 8),
    "bundle-tags-closed": b"<Bundle>" * (SNIFF_BYTES // 8),
    "namespace-prefixes": b"<Bundle" + b" xmlns:a" * (SNIFF_BYTES // 8),
    "prefix-dots": b"<Bundle xmlns:" + b"a." * (SNIFF_BYTES // 2),
    "open-comments": b"<!--" * (SNIFF_BYTES // 4),
    "open-instructions": b"<?" * (SNIFF_BYTES // 2),
    "declarations": b"<!x>" * (SNIFF_BYTES // 4),
    "json-keys": b"{" + b'"resourceType":' * (SNIFF_BYTES // 15),
    "json-spaces": b"{" + b' "resourceType" ' * (SNIFF_BYTES // 16),
}


@pytest.mark.parametrize("head", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_a_pathological_head_is_no_format_and_nothing_past_the_head_changes_that(head: bytes) -> None:
    assert len(head) >= SNIFF_BYTES - 16
    claim = b'<Bundle xmlns="http://hl7.org/fhir"/>{"resourceType":"Bundle"}'
    for content in (head, head + claim):
        assert not sniff_xml(content) and not sniff_json(content)
        with pytest.raises(ReadError, match="not a recognised export format"):
            detect_format(content, source="head")


@pytest.mark.parametrize("kind", ["fhir-json", "fhir-xml"])
def test_a_format_is_recognised_only_from_its_head(kind: str) -> None:
    content = PAYLOADS[kind]
    if kind == "fhir-json":
        padding = b"{" + b" " * (SNIFF_BYTES - 1)
        late, early = padding + content[1:], b"{" + b" " * 100 + content[1:]
    else:
        comment = b"<!--" + b"x" * SNIFF_BYTES + b"-->"
        late, early = comment + content, b"<!-- x -->" + content
    assert detect_format(early).name == kind
    with pytest.raises(ReadError, match="not a recognised export format"):
        detect_format(late)


def test_a_bundle_with_a_document_type_is_still_taken_as_fhir_xml_so_the_dtd_is_named() -> None:
    subset = b"".join(b'<!ENTITY e%d "x>y">\n' % i for i in range(400))
    content = b"<?xml version='1.0'?>\n<!-- c -->\n<!DOCTYPE Bundle [\n" + subset + b"]>\n" + PAYLOADS["fhir-xml"]
    assert len(content) < SNIFF_BYTES
    with pytest.raises(ReadError, match="XML with a DTD is refused"):
        detect_format(content).read(content)


def test_json_is_parsed_once_from_sniff_to_record(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    loads = orjson.loads

    def counted(content: Any) -> Any:
        calls.append(len(content))
        return loads(content)

    monkeypatch.setattr(orjson, "loads", counted)
    content = PAYLOADS["fhir-json"]
    assert detect_format(content).read(content) == RECORD
    assert calls == [len(content)]
    calls.clear()
    assert load_record(METHADONE) == RECORD
    assert calls == [len(RECORD_JSON)]


# -- configuration files -------------------------------------------------------------------------------------


def test_a_config_file_past_the_limit_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "site.toml"
    config.write_text('[share]\ndefault_format = "hl7v2"\n')
    size = config.stat().st_size
    assert load_config(config, environ={"MEDASSESS_MAX_CONFIG_BYTES": str(size)}).share.default_format == "hl7v2"
    with pytest.raises(ConfigurationError) as caught:
        load_config(config, environ={"MEDASSESS_MAX_CONFIG_BYTES": str(size - 1)})
    assert f"the file is larger than {size - 1} bytes (the limit, MEDASSESS_MAX_CONFIG_BYTES)" in str(caught.value)


def test_a_site_profile_or_template_past_the_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    profile = ROOT / "mappings" / "hl7v2" / "default.toml"
    template = sorted((ROOT / "templates").glob("*.toml"))[-1]
    for path, loader, error in (
        (profile, load_site_profile, ConfigurationError),
        (template, load_template, TemplateError),
    ):
        size = path.stat().st_size
        monkeypatch.setenv("MEDASSESS_MAX_CONFIG_BYTES", str(size))
        loader(path)
        monkeypatch.setenv("MEDASSESS_MAX_CONFIG_BYTES", str(size - 1))
        with pytest.raises(error, match="MEDASSESS_MAX_CONFIG_BYTES"):
            loader(path)


def test_the_config_limit_is_for_files_a_site_names_not_medassess_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDASSESS_MAX_CONFIG_BYTES", "1")
    get_template.cache_clear()
    default_site_profile.cache_clear()
    try:
        assert load_record(METHADONE) == RECORD  # its template is read whatever the limit
        assert to_hl7v2(RECORD) == PAYLOADS["hl7v2"]  # and so is the shipped site profile
    finally:
        get_template.cache_clear()
        default_site_profile.cache_clear()
    for path, loader, error in (
        (sorted((ROOT / "templates").glob("*.toml"))[-1], load_template, TemplateError),
        (ROOT / "mappings" / "hl7v2" / "default.toml", load_site_profile, ConfigurationError),
    ):
        with pytest.raises(error, match="MEDASSESS_MAX_CONFIG_BYTES"):
            loader(path)  # the same files, named as a site's own


def test_toml_nested_past_pythons_recursion_is_refused_not_a_traceback(tmp_path: Path) -> None:
    deep = tmp_path / "deep.toml"
    deep.write_text("a = " + "[" * 5000 + "]" * 5000 + "\n")
    shallow = tmp_path / "shallow.toml"
    shallow.write_text("a = " + "[" * 50 + "]" * 50 + "\n")
    for loader, error in (
        (load_config, ConfigurationError),
        (load_site_profile, ConfigurationError),
        (load_template, TemplateError),
    ):
        with pytest.raises(error, match="nested too deeply"):
            loader(deep)
        with pytest.raises(error) as caught:
            loader(shallow)  # read, and refused for what it holds
        assert "nested too deeply" not in str(caught.value)


# -- answers from receivers ----------------------------------------------------------------------------------


class _Server:
    """A FHIR server that answers every request with ``body``: whole (with its Content-Length) or streamed
    in two chunks (chunked, no length to check first)."""

    def __init__(self, body: bytes, *, streamed: bool = False, headers: dict[str, str] | None = None) -> None:
        self.body, self.streamed, self.headers = body, streamed, headers or {}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        half = len(self.body) // 2
        content = iter([self.body[:half], self.body[half:]]) if self.streamed else self.body
        return httpx.Response(201, content=content, headers={"Content-Type": "application/fhir+json", **self.headers})


@pytest.mark.parametrize("streamed", [False, True], ids=["with-length", "streamed"])
def test_a_fhir_answer_is_read_no_further_than_the_limit(streamed: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    answer = orjson.dumps({"resourceType": "Patient", "id": "p1"})
    padded = answer + b" " * (1000 - len(answer))
    monkeypatch.setenv("MEDASSESS_MAX_RESPONSE_BYTES", "1000")
    server = _Server(padded, streamed=streamed)
    with FhirClient(BASE, transport=httpx.MockTransport(server)) as client:
        assert client.create({"resourceType": "Patient"})["id"] == "p1"
    assert server.requests[0].headers["Accept-Encoding"] == "identity"
    server = _Server(padded + b" ", streamed=streamed)
    with FhirClient(BASE, transport=httpx.MockTransport(server)) as client, pytest.raises(OutcomeUnknown) as caught:
        client.create({"resourceType": "Patient"})  # the answer came but was not read: the server may have acted
    assert str(caught.value).startswith(
        f"{BASE.rsplit('/fhir', 1)[0]}: POST /fhir/R4/Patient: the answer is larger than 1,000 bytes "
        "(the limit, MEDASSESS_MAX_RESPONSE_BYTES)"
    )


def test_a_compressed_fhir_answer_is_refused_since_it_would_inflate_past_the_limit() -> None:
    server = _Server(b"\x1f\x8b", headers={"Content-Encoding": "gzip"})
    with FhirClient(BASE, transport=httpx.MockTransport(server)) as client, pytest.raises(OutcomeUnknown) as caught:
        client.create({"resourceType": "Patient"})
    assert "the answer is compressed though it was asked for uncompressed" in str(caught.value)
