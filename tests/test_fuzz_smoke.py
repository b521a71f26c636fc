"""The fuzz harness (``python -m fuzz``, docs/security.md "Fuzzing"): a smoke run of every public reader through
the harness's own code path, which must find nothing, and proof that the harness does find each kind of
problem when a reader has it (a reader that raises KeyError, one that echoes a canary, one that accepts what
cannot be written, one whose output reads back different, one that accepts a DTD)."""

from __future__ import annotations

import logging
import random
import tomllib
from collections import Counter
from pathlib import Path

import orjson
import pytest

from fuzz import canaries
from fuzz.__main__ import main
from fuzz.harness import ReaderReport, rng_for, run_chunk, run_reader, save, shrink
from fuzz.mutators import GENERATORS, encode_json
from fuzz.oracles import CATEGORIES, LABEL, TARGETS, Export, Target, evaluate, observing
from fuzz.seeds import seeds
from medassess import (
    ReadError,
    Record,
    is_valid_nhs_number,
    parse_record,
    read_fhir_json,
    record_to_json,
    to_fhir_json,
)

ROOT = Path(__file__).resolve().parent.parent
SMOKE = dict.fromkeys(("record", "fhir-json", "fhir-xml", "hl7v2"), 1000)
"""Inputs per reader in the suite: seconds each, a few thousand in all (the long runs are on demand)."""


def _problems(report: ReaderReport) -> str:
    found = [f"[{f.category}] {f.signature} (x{f.count}): {f.detail}" for f in report.findings.values()]
    return "\n".join(found)


@pytest.mark.parametrize("reader", list(SMOKE))
def test_smoke_run_finds_nothing(reader: str) -> None:
    report = run_reader(TARGETS[reader], SMOKE[reader], seed=0)
    assert report.inputs == SMOKE[reader]
    # The mutated inputs reach both sides of every reader: some are read, most are refused.
    assert report.accepted > 0
    assert report.refused > 0
    assert {c: report.with_finding[c] for c in CATEGORIES} == dict.fromkeys(CATEGORIES, 0), _problems(report)
    assert report.harness_errors == 0, report.harness_error
    assert not report.state_changed


# -- the oracles catch what they are for ----------------------------------------------------------------------


def _seed_record() -> Record:
    return seeds().records[1]


def _fake(read, **kwargs) -> Target:  # type: ignore[no-untyped-def]
    return Target("fake", read, lambda rng: seeds().record_json()[rng.randrange(7)], **kwargs)


def _only(report: ReaderReport) -> list[str]:
    return sorted({f.category for f in report.findings.values()})


def test_a_reader_that_raises_key_error_is_uncaught() -> None:
    def read(content: bytes, source: str) -> Record:
        raise KeyError("medicines")

    report = run_chunk(_fake(read), 0, 0, 5)
    assert _only(report) == ["uncaught"]
    assert report.with_finding["uncaught"] == 5
    (finding,) = report.findings.values()
    assert finding.signature.startswith("KeyError at ")
    assert finding.data  # the input is kept for the reproducer


@pytest.mark.parametrize(
    ("error", "where"),
    [
        (ReadError(f"unknown key {canaries.GIVEN!r}", source=LABEL), "message"),
        (ReadError("unknown key", source=LABEL, path=f"$.{canaries.FAMILY}"), "path"),
        (ReadError("bad", source=f"{LABEL} ({canaries.NHS_NUMBER})"), "source"),
        # A damaged canary is still one: a flipped byte in the name, six digits of the NHS number.
        (ReadError("element unexpected", source=LABEL, path="Bundle.Quattlxbaum"), "path"),
        (ReadError("element 'Zephyrhne' unexpected", source=LABEL), "message"),
        (ReadError(f"bad value {canaries.NHS_NUMBER[2:8]}", source=LABEL), "message"),
        (ReadError("the Brindlewick is closed", source=LABEL), "message"),
    ],
)
def test_a_refusal_that_echoes_a_canary_is_a_leak(error: ReadError, where: str) -> None:
    def read(content: bytes, source: str) -> Record:
        raise error

    report = run_chunk(_fake(read), 0, 0, 3)
    assert _only(report) == ["leak"]
    (finding,) = report.findings.values()
    assert finding.signature.endswith(f" in {where}")


def test_a_canary_in_a_log_record_or_a_warning_is_a_leak() -> None:
    log = logging.getLogger("medassess.fuzz-test")

    def logs(content: bytes, source: str) -> Record:
        log.debug("reading record for %s", canaries.NAME)
        raise ReadError("not readable", source=source)

    def warns(content: bytes, source: str) -> Record:
        import warnings

        warnings.warn(f"odd date for {canaries.NHS_NUMBER}", stacklevel=1)
        raise ReadError("not readable", source=source)

    for read in (logs, warns):
        report = run_chunk(_fake(read), 0, 0, 2)
        assert _only(report) == ["leak"]
        assert next(iter(report.findings.values())).signature.endswith(" in log")


def test_an_exception_python_can_only_print_is_uncaught() -> None:
    class Finaliser:
        def __del__(self) -> None:
            raise RecursionError("maximum recursion depth exceeded")

    def read(content: bytes, source: str) -> Record:
        Finaliser()  # dropped at once: its __del__ raises, and Python prints "Exception ignored in ..."
        raise ReadError("not readable", source=source)

    report = run_chunk(_fake(read), 0, 0, 2)
    assert _only(report) == ["uncaught"]
    assert next(iter(report.findings.values())).signature.startswith("RecursionError ignored by Python at ")


def test_a_harness_bug_is_counted_not_hidden() -> None:
    def generate(rng: object) -> bytes:
        raise IndexError("mutator bug")

    report = run_chunk(Target("fake", lambda content, source: _seed_record(), generate), 0, 0, 3)
    assert report.harness_errors == 3
    assert "IndexError: mutator bug" in report.harness_error
    assert report.failed


def test_a_clean_refusal_is_not_a_finding() -> None:
    def read(content: bytes, source: str) -> Record:
        raise ReadError("is not a field of this record (unknown field)", source=source, path="$.mother.name")

    report = run_chunk(_fake(read), 0, 0, 5)
    assert report.refused == 5
    assert report.findings == {}


def test_every_seed_is_read_and_written_without_a_finding() -> None:
    s = seeds()
    inputs = {
        "record": s.record_json(),
        "fhir-json": s.fhir_json(),
        "fhir-xml": s.fhir_xml(),
        "hl7v2": s.messages,
    }
    with observing() as observer:
        for reader, contents in inputs.items():
            for content in contents:
                outcome = evaluate(TARGETS[reader], content, observer)
                assert outcome.status == "accepted", reader
                assert outcome.findings == [], [f.detail for f in outcome.findings]


def test_accepting_a_record_no_writer_can_write_is_not_exportable() -> None:
    broken = _seed_record().model_copy(update={"mother": None})
    report = run_chunk(_fake(lambda content, source: broken), 0, 0, 2)
    # Record JSON writes it (without the mother), but reading that back is refused: a round-trip problem.
    assert _only(report) == ["not-exportable", "round-trip"]
    writers = {f.export for f in report.findings.values() if f.category == "not-exportable"}
    assert {"fhir-json", "fhir-xml", "hl7v2", "badgernet", "letter"} <= writers


def test_output_that_reads_back_different_is_a_round_trip_problem() -> None:
    def read_back(content: bytes) -> Record:
        return read_fhir_json(content).model_copy(update={"version": 99})

    exports = (Export("fhir-json", lambda r: to_fhir_json(r, preliminary=True), read_back),)
    report = run_chunk(_fake(lambda content, source: parse_record(content)), 0, 0, 3, exports=exports)
    assert _only(report) == ["round-trip"]
    (finding,) = report.findings.values()
    assert finding.signature == "fhir-json: reads back different at $.version"


def test_output_its_reader_refuses_is_a_round_trip_problem() -> None:
    def read_back(content: bytes) -> Record:
        raise ReadError("refused")

    exports = (Export("record-json", record_to_json, read_back),)
    report = run_chunk(_fake(lambda content, source: parse_record(content)), 0, 0, 2, exports=exports)
    assert _only(report) == ["round-trip"]


def test_accepting_a_dtd_is_a_finding() -> None:
    must_refuse = TARGETS["fhir-xml"].must_refuse
    record = _seed_record()
    target = Target(
        "fake-xml",
        lambda content, source: record,
        lambda rng: b'<?xml version="1.0"?><!DOCTYPE Bundle [<!ENTITY a "b">]><Bundle xmlns="http://hl7.org/fhir"/>',
        must_refuse=must_refuse,
    )
    report = run_chunk(target, 0, 0, 1, exports=())
    assert _only(report) == ["must-refuse"]
    assert must_refuse(b'<?xml version="1.0"?>\n<Bundle xmlns="http://hl7.org/fhir"/>') is None
    assert must_refuse(b'<?xml version="1.0"?><?xml-stylesheet href="x"?><Bundle/>') == "a processing instruction"


# -- the parts --------------------------------------------------------------------------------------------------


def test_canaries() -> None:
    assert is_valid_nhs_number(canaries.NHS_NUMBER)
    assert not canaries.NHS_NUMBER.startswith("999")  # not the examples' test range
    assert canaries.find("fuzz-input: $.mother.name.given[0]: should be text") is None
    assert canaries.find("element 'Bundle' is not in the FHIR namespace (line 3)") is None
    assert canaries.find("QUATTLEBAUM") == "QUATTL"
    with pytest.raises(ValueError, match="no valid check digit"):
        canaries.nhs_number("000000006")  # 6 x 2 = 12: check digit 10, no such NHS number


def test_seeds_carry_the_canaries_everywhere() -> None:
    s = seeds()
    for content in [*s.record_json(), *s.fhir_json(), *s.fhir_xml(), *s.messages]:
        for needle in (canaries.NHS_NUMBER, canaries.GIVEN, canaries.FAMILY, "Brindlewick"):
            assert needle.encode() in content


def test_inputs_are_reproducible_one_by_one() -> None:
    for reader, generate in GENERATORS.items():
        first = [generate(rng_for(7, reader, i)) for i in range(20)]
        assert first == [generate(rng_for(7, reader, i)) for i in range(20)]
        assert len(set(first)) > 10  # and they differ


def test_the_mutators_reach_what_they_are_for() -> None:
    xml = [GENERATORS["fhir-xml"](rng_for(0, "fhir-xml", i)) for i in range(400)]
    assert any(b"<!DOCTYPE" in x for x in xml)
    assert any(b"<Zephyrine" in x or b"<Quattlebaum" in x for x in xml)
    assert any(b'encoding="UTF-16"' in x for x in xml)
    hl7 = [GENERATORS["hl7v2"](rng_for(0, "hl7v2", i)) for i in range(400)]
    assert any(any(line.startswith(w.encode()) for w in canaries.WORDS) for x in hl7 for line in x.split(b"\r"))
    unknown_escapes = (b"\\Zephyrine\\", b"\\Xzz\\", b"\\H\\", b"\\.br\\", b"\\C2842\\")
    assert any(e in x for x in hl7 for e in unknown_escapes)
    records = [GENERATORS["record"](rng_for(0, "record", i)) for i in range(400)]
    assert any(b'"Zephyrine":' in r or b'"Quattlebaum":' in r for r in records)  # a key named by a canary
    assert any(b"+14:01" in r or b"-14:01" in r or b"+23:59" in r for r in records)
    assert any(len(r) > 100_000 for r in records)


def test_a_tree_nested_past_orjsons_depth_is_still_written() -> None:
    deep: list[object] = []
    inner = deep
    for _ in range(400):  # 800 levels: orjson reads 1024 but writes only 255
        inner.append({"a": [], "b": "\u00e9"})
        inner = inner[0]["a"]  # type: ignore[index]
    written = encode_json(random.Random(0), deep)
    assert orjson.loads(written) == deep


def test_parallel_runs_count_the_same_as_one_process() -> None:
    one = run_reader(TARGETS["record"], 60, seed=3, jobs=1)
    two = run_reader(TARGETS["record"], 60, seed=3, jobs=2)
    assert (one.inputs, one.accepted, one.refused) == (two.inputs, two.accepted, two.refused)
    assert one.with_finding == two.with_finding
    assert Counter({s: f.count for s, f in one.findings.items()}) == Counter(
        {s: f.count for s, f in two.findings.items()}
    )


def test_a_finding_is_shrunk_and_saved(tmp_path: Path) -> None:
    def read(content: bytes, source: str) -> Record:
        if b"Quattlebaum" in content:
            raise KeyError("family")
        raise ReadError("refused", source=source)

    report = run_chunk(_fake(read), 0, 0, 1)
    (finding,) = report.findings.values()
    small = shrink(_fake(read), finding, seconds=20)
    assert b"Quattlebaum" in small
    assert len(small) < len(finding.data) // 10
    path = save(finding, small, tmp_path, seed=0)
    assert path.read_bytes() == small
    assert path.with_suffix(".original").read_bytes() == finding.data
    assert "python -m fuzz fake --replay" in path.with_suffix(".txt").read_text()


def test_the_command_replays_saved_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = tmp_path / "seed.json"
    seed.write_bytes(seeds().record_json()[0])
    refused = tmp_path / "empty-object.json"
    refused.write_bytes(b"{}")
    assert main(["record", "--replay", str(seed), str(refused)]) == 0
    out = capsys.readouterr().out
    assert f"{seed}: accepted" in out
    assert f"{refused}: refused" in out


def test_the_command_fails_on_a_finding(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def read(content: bytes, source: str) -> Record:
        raise KeyError("x")

    monkeypatch.setitem(TARGETS, "record", _fake(read))
    assert main(["record", "--n", "3", "--out", str(tmp_path), "--shrink-seconds", "0"]) == 1
    assert list((tmp_path / "fake").glob("uncaught-*.input"))


def test_the_wheel_does_not_ship_the_harness() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    wheel = config["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert wheel["packages"] == ["medassess"]
    assert not any(path.startswith("fuzz") for path in wheel.get("force-include", {}))
    assert "fuzz" in config["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]  # the suite needs it
