"""BadgerNet-style payloads from the command line: `export --to badgernet-find|badgernet-write`.

The find Parameters and the write transaction come out of `export` byte for byte as the library makes them
(the golden files of tests/test_badgernet.py), pass the peer FHIR validators, are made only for what the
share gate passes, and take the pregnancy's Patient from the maternity system's answer (checked to be about
the record's mother) or from its id, for one record at a time. docs/badgernet.md's example is regenerated
and compared, so it shows what medassess writes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import orjson
import pytest

from medassess import ConfigurationError, ReadError, ShareGateRefused, load_record
from medassess.cli import main
from medassess.formats.badgernet import example
from medassess.formats.badgernet.payloads import BREAK_GLASS_REASON, dumps, found_pregnancy_id
from medassess.formats.registry import EXCHANGES, FORMATS, Format, detect_format, export_format, get_format, register
from tests.peers import assert_peer_valid

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "badgernet"
PASSING = sorted((ROOT / "examples" / "pass").glob("*.json"))
FAILING = sorted((ROOT / "examples" / "fail").glob("*.json"))
ANTENATAL = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
TODAY = ["--today", "2026-11-25"]
PREGNANCY = "preg-123"


def _export(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["export", *argv, *TODAY])
    out, err = capsys.readouterr()
    return status, out, err


def _found(record_path: Path = ANTENATAL, **patient: Any) -> dict[str, Any]:
    answer = example.found_answer(load_record(record_path), PREGNANCY)
    answer["entry"][0]["resource"].update(patient)
    return answer


def _save(folder: Path, data: Any, name: str = "found.json") -> Path:
    path = folder / name
    path.write_bytes(dumps(data))
    return path


def _patient_data(record_path: Path) -> list[str]:
    """What of the record's mother no message may hold."""
    mother = load_record(record_path).mother
    return [mother.nhs_number, mother.birth_date.isoformat(), mother.name.family, *mother.name.given]


def _has_edd(path: Path) -> bool:
    return load_record(path).pregnancy.edd is not None


# --- what export writes ------------------------------------------------------------------------------------


def test_the_find_is_exported_as_the_library_makes_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _export(capsys, str(ANTENATAL), "--to", "badgernet-find", "--out", str(tmp_path))
    assert status == 0, err
    written = Path(out.strip())
    assert written.name == "c9f4b2e0-5d1a-4e8b-9a57-1f3c2d6e7a01-v1.find-pregnancy.json"
    assert written.read_bytes() == (GOLDEN / "find-pregnancy-parameters.json").read_bytes()
    parameters = orjson.loads(written.read_bytes())
    assert parameters["parameter"][-1] == {"name": "break-glass-reason", "valueString": BREAK_GLASS_REASON}


def test_the_write_is_exported_against_the_pregnancy_id_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [str(ANTENATAL), "--to", "badgernet-write", "--pregnancy-patient-id", PREGNANCY, "--out", str(tmp_path)]
    status, out, err = _export(capsys, *argv)
    assert status == 0, err
    written = Path(out.strip())
    assert written.name == "c9f4b2e0-5d1a-4e8b-9a57-1f3c2d6e7a01-v1.pregnancy-write.json"
    assert written.read_bytes() == (GOLDEN / "pregnancy-write.json").read_bytes()


def test_the_write_takes_the_pregnancy_from_the_saved_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = _save(tmp_path, _found())
    argv = [str(ANTENATAL), "--to", "badgernet-write", "--pregnancy-found", str(found), "--out", str(tmp_path / "o")]
    status, out, err = _export(capsys, *argv)
    assert status == 0, err
    assert Path(out.strip()).read_bytes() == (GOLDEN / "pregnancy-write.json").read_bytes()


def test_an_answer_without_a_birth_date_is_enough(tmp_path: Path) -> None:
    found = _found()
    del found["entry"][0]["resource"]["birthDate"]
    assert found_pregnancy_id(dumps(found), load_record(ANTENATAL), source="found.json") == PREGNANCY


def test_a_break_glass_reason_of_the_practices_own_is_sent(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reason = "Shared under the local perinatal information sharing agreement"
    argv = [str(ANTENATAL), "--to", "badgernet-find", "--break-glass-reason", reason, "--out", str(tmp_path)]
    status, out, err = _export(capsys, *argv)
    assert status == 0, err
    parameters = orjson.loads(Path(out.strip()).read_bytes())
    assert parameters["parameter"][-1] == {"name": "break-glass-reason", "valueString": reason}


def test_every_passing_example_exports_payloads_the_peer_validators_accept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with_edd = [p for p in PASSING if _has_edd(p)]
    assert with_edd and len(with_edd) < len(PASSING)  # some are after birth, with no agreed EDD to look up by
    status, out, err = _export(capsys, *map(str, with_edd), "--to", "badgernet-find", "--out", str(tmp_path / "find"))
    assert status == 0, err
    files = [Path(line) for line in out.splitlines()]
    assert len(files) == len(with_edd)
    for index, path in enumerate(PASSING):
        found = _save(tmp_path, _found(path), f"found-{index}.json")
        files.append(found)
        argv = [str(path), "--to", "badgernet-write", "--pregnancy-found", str(found), "--out", str(tmp_path / "write")]
        status, out, err = _export(capsys, *argv)
        assert status == 0, (path.name, err)
        written = Path(out.strip())
        bundle = orjson.loads(written.read_bytes())
        assert bundle["type"] == "transaction" and f"Patient/{PREGNANCY}" in written.read_text()
        files.append(written)
    assert_peer_valid("fhir-validate", files)
    assert_peer_valid("fhir-schema-validate", files)


def test_a_record_with_no_agreed_edd_has_no_single_pregnancy_to_find(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    after_birth = next(p for p in PASSING if not _has_edd(p))
    status, out, err = _export(capsys, str(after_birth), "--to", "badgernet-find", "--out", str(tmp_path))
    assert (status, out) == (2, "")
    assert f"{after_birth}: $.pregnancy.edd: the agreed EDD is needed" in err
    assert not any(fragment in err for fragment in _patient_data(after_birth))


@pytest.mark.parametrize(
    "patient",
    [
        {"identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9434765919"}]},
        {"identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9990001111"},
                        {"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9434765919"}]},
        {"identifier": []},
        {"birthDate": "1996-08-15"},
    ],
)  # fmt: skip
def test_an_answer_about_another_woman_is_never_written_against(patient: dict[str, Any]) -> None:
    # HZ-10: an answer saved beside the wrong record names another pregnancy; the write is refused, not made.
    with pytest.raises(ReadError) as caught:
        found_pregnancy_id(dumps(_found(**patient)), load_record(ANTENATAL), source="found.json")
    assert caught.value.source == "found.json" and (caught.value.path or "").startswith("Bundle.entry.resource.")
    assert not any(fragment in caught.value.located() for fragment in [*_patient_data(ANTENATAL), "9434765919"])


def test_a_pregnancy_goes_with_one_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # HZ-10: one pregnancy id given for a folder would file every record's assessment in one pregnancy.
    found = _save(tmp_path, _found())
    for given in (["--pregnancy-found", str(found)], ["--pregnancy-patient-id", PREGNANCY]):
        argv = [str(ROOT / "examples" / "pass"), "--to", "badgernet-write", *given, "--out", str(tmp_path / "out")]
        status, out, err = _export(capsys, *argv)
        assert (status, out) == (2, "") and "names one pregnancy, so it goes with one record" in err
    assert not (tmp_path / "out").exists()


# --- the share gate ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("to", ["badgernet-find", "badgernet-write"])
def test_what_the_gate_refuses_is_neither_looked_up_nor_written(
    to: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for path in FAILING:
        extra = ["--pregnancy-patient-id", PREGNANCY] if to == "badgernet-write" else []
        status, out, err = _export(capsys, str(path), "--to", to, *extra, "--out", str(tmp_path))
        assert (status, out) == (1, ""), path.name
        assert f"medassess: {path}: refused by the share gate; nothing written" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", sorted(EXCHANGES))
@pytest.mark.parametrize("path", FAILING, ids=[p.stem for p in FAILING])
def test_the_writers_judge_a_plain_record_first(name: str, path: Path) -> None:
    with pytest.raises(ShareGateRefused):
        EXCHANGES[name].export(
            load_record(path), options={"pregnancy_patient_id": PREGNANCY} if "write" in name else {}
        )


# --- unusable input: exit 2, located, nothing echoed --------------------------------------------------------

BAD_ID = "Patient/9990001111"
OTHER_NHS = "9434765919"


def _case(tmp_path: Path, case: str) -> tuple[list[str], str]:
    """The arguments of one misuse and the start of the located error it gives."""
    out = ["--out", str(tmp_path / "out")]
    write = [str(ANTENATAL), "--to", "badgernet-write", *out]
    if case == "write-without-pregnancy":
        return write, "medassess: --to badgernet-write: needs the pregnancy's Patient"
    if case == "id-for-another-format":
        return [str(ANTENATAL), "--to", "fhir-json", "--pregnancy-patient-id", PREGNANCY, *out], (
            "medassess: --pregnancy-patient-id: is for --to badgernet-write only, not fhir-json"
        )
    if case == "found-for-the-find":
        found = _save(tmp_path, _found())
        return [str(ANTENATAL), "--to", "badgernet-find", "--pregnancy-found", str(found), *out], (
            "medassess: --pregnancy-found: is for --to badgernet-write only, not badgernet-find"
        )
    if case == "reason-for-the-write":
        return [*write, "--pregnancy-patient-id", PREGNANCY, "--break-glass-reason", "why"], (
            "medassess: --break-glass-reason: is for --to badgernet-find only"
        )
    if case == "blank-reason":
        return [str(ANTENATAL), "--to", "badgernet-find", "--break-glass-reason", "  ", *out], (
            "medassess: --break-glass-reason: should say why"
        )
    if case == "not-a-logical-id":
        return [
            *write,
            "--pregnancy-patient-id",
            BAD_ID,
        ], "medassess: --pregnancy-patient-id: should be a FHIR logical id"
    if case == "several-records":
        return [str(PASSING[0]), str(PASSING[1]), *write, "--pregnancy-patient-id", PREGNANCY], (
            "medassess: --pregnancy-patient-id: names one pregnancy, so it goes with one record; 3 record files"
        )
    if case == "a-folder-of-records":
        found = _save(tmp_path, _found())
        return [str(ROOT / "examples" / "pass"), *write[1:], "--pregnancy-found", str(found)], (
            f"medassess: {found}: names one pregnancy, so it goes with one record"
        )
    if case == "answer-about-another-woman":
        found = _save(
            tmp_path, _found(identifier=[{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": OTHER_NHS}])
        )
        return [*write, "--pregnancy-found", str(found)], (
            f"medassess: {found}: Bundle.entry.resource.identifier: the pregnancy Patient must carry this record's"
        )
    if case == "answer-without-her-nhs-number":
        found = _save(tmp_path, _found(identifier=[]))
        return [*write, "--pregnancy-found", str(found)], f"medassess: {found}: Bundle.entry.resource.identifier:"
    if case == "answer-with-another-birth-date":
        found = _save(tmp_path, _found(birthDate="1990-01-01"))
        return [*write, "--pregnancy-found", str(found)], f"medassess: {found}: Bundle.entry.resource.birthDate:"
    if case == "answer-with-two-pregnancies":
        answer = _found()
        answer["entry"].append({"resource": {**answer["entry"][0]["resource"], "id": "preg-124"}})
        found = _save(tmp_path, answer)
        return [*write, "--pregnancy-found", str(found)], (
            f"medassess: {found}: Bundle.entry: expected exactly one pregnancy Patient, found 2"
        )
    if case == "answer-with-none":
        found = _save(tmp_path, {"resourceType": "Bundle", "type": "searchset", "total": 0})
        return [*write, "--pregnancy-found", str(found)], f"medassess: {found}: Bundle.entry: expected exactly one"
    if case == "answer-not-json":
        found = tmp_path / "found.json"
        found.write_bytes(b"HTTP/1.1 404 Not Found 9990001111")
        return [*write, "--pregnancy-found", str(found)], f"medassess: {found}: is not JSON"
    if case == "answer-not-a-bundle":
        found = _save(tmp_path, {"resourceType": "OperationOutcome", "issue": []})
        return [*write, "--pregnancy-found", str(found)], f"medassess: {found}: resourceType: expected a FHIR Bundle"
    if case == "answer-missing":
        found = tmp_path / "missing.json"
        return [*write, "--pregnancy-found", str(found)], f"medassess: {found}: cannot be read"
    if case == "draft":
        return [*write, "--pregnancy-patient-id", PREGNANCY, "--preliminary"], (
            "medassess: --preliminary: a preliminary (draft) export is made as FHIR only"
        )
    raise AssertionError(case)


CASES = [
    "write-without-pregnancy",
    "id-for-another-format",
    "found-for-the-find",
    "reason-for-the-write",
    "blank-reason",
    "not-a-logical-id",
    "several-records",
    "a-folder-of-records",
    "answer-about-another-woman",
    "answer-without-her-nhs-number",
    "answer-with-another-birth-date",
    "answer-with-two-pregnancies",
    "answer-with-none",
    "answer-not-json",
    "answer-not-a-bundle",
    "answer-missing",
    "draft",
]


@pytest.mark.parametrize("case", CASES)
def test_unusable_input_is_located_exit_2_and_never_echoed(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv, expected = _case(tmp_path, case)
    status, out, err = _export(capsys, *argv)
    assert (status, out) == (2, ""), err
    assert expected in err, err
    assert "Traceback" not in err
    for value in [*_patient_data(ANTENATAL), BAD_ID, OTHER_NHS, "1990-01-01", "404 Not Found"]:
        assert value not in err, (case, value)
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_an_answer_and_an_id_are_not_both_taken(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = _save(tmp_path, _found())
    argv = ["--to", "badgernet-write", "--pregnancy-found", str(found), "--pregnancy-patient-id", PREGNANCY]
    assert main(["export", str(ANTENATAL), *argv, "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "not allowed with argument" in err and PREGNANCY not in err


# --- write-only: never read back, never a recipient's format -------------------------------------------------


def test_an_exported_payload_is_not_read_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for to, extra in [("badgernet-find", []), ("badgernet-write", ["--pregnancy-patient-id", PREGNANCY])]:
        status, out, err = _export(capsys, str(ANTENATAL), "--to", to, *extra, "--out", str(tmp_path))
        assert status == 0, err
        written = out.strip()
        assert main(["read", written]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"medassess: {written}: ")
        assert not any(fragment in err for fragment in _patient_data(ANTENATAL))


@pytest.mark.parametrize("name", ["badgernet-find", "badgernet-write"])
def test_exchange_payloads_are_write_only(name: str) -> None:
    fmt = export_format(name)
    assert fmt is EXCHANGES[name] and name not in FORMATS
    assert (fmt.reader, fmt.sniffer, fmt.drafts) == (None, None, False)
    content = (GOLDEN / ("pregnancy-write.json" if "write" in name else "find-pregnancy-parameters.json")).read_bytes()
    with pytest.raises(ReadError) as caught:
        fmt.read(content, source="x.json")
    assert caught.value.source == "x.json" and "never read back" in caught.value.message
    assert not fmt.sniff(content)
    if name == "badgernet-write":  # a Bundle: offered to the Bundle reader, which refuses it with a reason
        assert detect_format(content).name == "fhir-json"
    else:
        with pytest.raises(ReadError, match="not a recognised export format"):
            detect_format(content)
    with pytest.raises(ConfigurationError, match="unknown format"):
        get_format(name)  # what share and send look formats up with: no recipient is sent one


def test_a_format_is_either_read_back_or_an_exchange() -> None:
    half = Format("x", ".x", "x/x", writer=".x:x", reader=".x:x", sniffer=None)
    with pytest.raises(ValueError, match="no reader and no sniffer"):
        register(half, exchange=True)
    with pytest.raises(ValueError):
        register(Format("y", ".y", "y/y", writer=".y:y", reader=None, sniffer=None))
    assert "x" not in EXCHANGES and "y" not in FORMATS


@pytest.mark.parametrize("name", sorted(EXCHANGES))
def test_exchange_payloads_are_not_addressed_to_a_recipient(name: str) -> None:
    record = load_record(ANTENATAL)
    with pytest.raises(ConfigurationError) as caught:
        EXCHANGES[name].export(record, recipient=record.recipients[0].id, today=dt.date(2026, 11, 25))
    assert caught.value.path == "recipient"


def test_the_write_needs_a_pregnancy_after_the_gate() -> None:
    with pytest.raises(ConfigurationError) as caught:
        EXCHANGES["badgernet-write"].export(load_record(ANTENATAL), today=dt.date(2026, 11, 25))
    assert caught.value.path == "pregnancy_patient_id"


# --- docs/badgernet.md -----------------------------------------------------------------------------------------


def test_the_documented_exchange_is_what_medassess_writes() -> None:
    doc = ROOT / "docs" / "badgernet.md"
    text = doc.read_text(encoding="utf-8")
    assert example.render(text) == text, "run: python -m medassess.formats.badgernet.example"
    exchange = example.example_exchange()
    assert exchange["find"] == (GOLDEN / "find-pregnancy-parameters.json").read_bytes()
    assert exchange["write"] == (GOLDEN / "pregnancy-write.json").read_bytes()
    for part in ("find", "found"):
        assert exchange[part].decode() in text


def test_the_documented_answer_passes_the_peer_validators(tmp_path: Path) -> None:
    found = tmp_path / "found.json"
    found.write_bytes(example.example_exchange()["found"])
    assert_peer_valid("fhir-validate", [found])
    assert_peer_valid("fhir-schema-validate", [found])


def test_a_page_missing_a_generated_part_is_refused() -> None:
    text = (ROOT / "docs" / "badgernet.md").read_text(encoding="utf-8")
    broken = text.replace("<!-- generated:found -->", "").replace("<!-- /generated:found -->", "")
    with pytest.raises(Exception, match="has no place for found"):
        example.render(broken)


def test_the_readme_points_to_the_page() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## What goes out", 1)[1].split("\n## ", 1)[0]
    assert "[docs/badgernet.md](docs/badgernet.md)" in section
    assert "export --to badgernet-find" in section
