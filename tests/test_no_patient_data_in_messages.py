"""No patient data in any message: canaries planted everywhere, inputs broken around them, every message read.

Canary patient data (tests/canaries.py: a valid NHS number, distinctive names, a sentence that quotes them) is
planted in every string of every shipped passing example, which is then exported as FHIR JSON, FHIR XML and
HL7 v2 and broken: single-byte changes around each canary, keys, elements, attributes and segments renamed
to canary text, unknown segments named by canaries, wrong types, dangling and duplicate ids. Whatever each
reader raises must be a located MedassessError (source and path, or a whole-file message) whose text, path
and source carry no canary; so must the command line's output for a failing run, and the log.

The breaks are counted and the distinct messages they reach are counted too, so a break that stopped reaching
the error paths (and so proved nothing) fails the test.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from medassess.cli import main
from tests.canaries import (
    READERS,
    SENTENCE,
    byte_changes_around_canaries,
    embedded_record_edits,
    fhir_url_edits,
    hl7_edits,
    inputs,
    json_structure_edits,
    leaked,
    located_problem,
    planted_records,
    record_edits,
    xml_name_edits,
)

SOURCE = "payload.dat"
BYTE_CHANGED = {"record-json": 2, "fhir-json": 2, "fhir-xml": 1, "hl7v2": 1}
"""How many of the planted examples get the byte changes around every canary (each gets every other break): the
slower readers get fewer, to keep the suite fast."""


def breaks(kind: str) -> Iterator[bytes]:
    """Every break of every canary-planted input of one kind."""
    for number, content in enumerate(inputs()[kind]):
        if number < BYTE_CHANGED[kind]:
            yield from byte_changes_around_canaries(content)
        if kind in ("record-json", "fhir-json"):
            yield from json_structure_edits(content)
        if kind == "record-json":
            yield from record_edits(content)
        elif kind == "fhir-json":
            yield from fhir_url_edits(content)
        elif kind == "fhir-xml":
            yield from xml_name_edits(content)
        else:
            yield from hl7_edits(content)
            yield from embedded_record_edits(content, planted_records()[number], byte_changes=number < 1)


def _read(kind: str, content: bytes) -> BaseException | None:
    try:
        READERS[kind](content, source=SOURCE)
    except Exception as exc:  # anything at all: what escapes is judged below
        return exc
    return None


@pytest.mark.parametrize("kind", READERS)
def test_no_canary_reaches_a_reader_message_or_the_log(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    problems: list[str] = []
    messages: set[str] = set()
    refused = 0
    for content in breaks(kind):
        exc = _read(kind, content)
        if exc is None:
            continue
        refused += 1
        messages.add(str(getattr(exc, "message", exc)))
        problem = located_problem(exc, SOURCE)
        if problem:
            problems.append(problem)
    assert not problems, f"{len(problems)} of {refused} refusals: " + "\n".join(sorted(set(problems))[:20])
    # The breaks must reach the error paths, and many different ones, or the test proves nothing.
    assert refused >= 200, refused
    assert len(messages) >= 12, sorted(messages)
    assert not leaked(caplog.text)


@pytest.mark.parametrize("kind", READERS)
def test_the_command_line_never_prints_a_canary_for_a_failing_run(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    """``medassess read`` (and ``validate`` for record files), in process, on a sample of the breaks."""
    caplog.set_level(logging.DEBUG)
    failing = 0
    for number, content in enumerate(breaks(kind)):
        if number % 16:
            continue
        path = tmp_path / f"input-{number}.dat"
        path.write_bytes(content)
        commands = [["read", str(path)]] + ([["validate", str(path)]] if kind == "record-json" else [])
        for command in commands:
            status = main(command)
            out, err = capsys.readouterr()
            if status == 0:
                continue  # a record read back is printed whole, canaries and all: that is the output asked for
            failing += 1
            assert not leaked(out + err), (command[0], out + err)
            assert "Traceback" not in out + err
    assert failing >= 25, failing
    assert not leaked(caplog.text)


def test_the_share_gate_names_ids_that_could_be_patient_data_by_position(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Readable records whose ids are an NHS number and names: ``validate`` reports what the gate refuses
    (exit 1) naming each medicine, assessment and recipient by its position, never by such an id."""
    for number, content in enumerate(inputs()["record-json"]):
        (tmp_path / f"planted-{number}.json").write_bytes(content)
    status = main(["validate", str(tmp_path), "--today", "2026-11-25"])
    out, err = capsys.readouterr()
    assert status == 1
    assert "medicine at medicines[0]" in out or "assessment at assessments[0]" in out
    assert not leaked(out + err), [line for line in (out + err).splitlines() if leaked(line)][:10]


def test_the_canary_check_sees_what_it_looks_for() -> None:
    """The check itself can fail: every canary, and a piece of each, is found however it is written."""
    assert leaked(SENTENCE)
    for text in ("987 650 0481", "9876-500-481", "NHS: 987650", "xaqwu", "VYJKO", "<Jyvq>", "zwyq", "pzyx"):
        assert leaked(text), text
    for text in ("line 3, column 16", "$.medicines[0][unknown field 5]", "C4365D4A24910AEFF106", "MA101"):
        assert not leaked(text), text
