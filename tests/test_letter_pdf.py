"""Letters as PDF (WeasyPrint): every page names the patient and numbers itself; `medassess render --to pdf`."""

from __future__ import annotations

import functools
import io
import logging
import re
import sys
from pathlib import Path
from typing import Any

import orjson
import pytest
from pypdf import PdfReader

import medassess
from medassess import ConfigurationError, Record, ShareGateRefused, load_record
from medassess.cli import main
from medassess.formats.letter.letter import DRAFT_MARK, letter_pdf, render_letter
from medassess.formats.narrative import _RECIPIENT_ROLES as RECIPIENT_ROLES
from tests.system_deps import weasyprint_or_skip

ROOT = Path(__file__).resolve().parent.parent
PASSING = sorted((ROOT / "examples" / "pass").glob("*.json"))
REFUSED = ROOT / "examples" / "fail" / "valproate-no-conclusion.json"
ISO = re.compile(r"\d{4}-\d\d-\d\d|\d\d:\d\d:\d\d")


@pytest.fixture(autouse=True)
def _weasyprint() -> None:
    weasyprint_or_skip()


@functools.cache
def _pdf(path: Path, preliminary: bool = False) -> bytes:
    return medassess.render_letter_pdf(load_record(path), preliminary=preliminary)


def _pages(pdf: bytes) -> list[str]:
    """Each page's text, as a PDF reader extracts it."""
    assert pdf.startswith(b"%PDF-")
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _identity(record: Record) -> tuple[str, str]:
    nhs, birth = record.mother.nhs_number, record.mother.birth_date
    return f"NHS number {nhs[:3]} {nhs[3:6]} {nhs[6:]}", f"Date of birth {birth.day} {birth:%B} {birth.year}"


@pytest.mark.parametrize("path", PASSING, ids=[p.stem for p in PASSING])
def test_every_pdf_page_names_the_patient_and_says_page_n_of_m(path: Path) -> None:
    record = load_record(path)
    pages = _pages(_pdf(path))
    nhs, birth = _identity(record)
    for number, text in enumerate(pages, start=1):
        flat = " ".join(text.split())  # the extractor breaks lines where the page does
        assert nhs in flat, f"page {number}"
        assert birth in flat, f"page {number}"
        assert " ".join(record.mother.name.text().split()) in flat, f"page {number}"
        assert f"Page {number} of {len(pages)}" in flat
        assert not ISO.search(text), f"page {number}: {ISO.search(text)}"
        assert DRAFT_MARK not in text


def test_a_long_letter_runs_to_several_pages() -> None:
    # So the per-page checks above are checks of pages after the first, not only of page 1.
    assert max(len(_pages(_pdf(path))) for path in PASSING) >= 3


def test_every_page_of_a_draft_pdf_says_it_is_a_draft() -> None:
    record = load_record(REFUSED)
    with pytest.raises(ShareGateRefused):
        medassess.render_letter_pdf(record)
    pages = _pages(_pdf(REFUSED, preliminary=True))
    nhs, _ = _identity(record)
    for number, text in enumerate(pages, start=1):
        assert DRAFT_MARK in text and nhs in " ".join(text.split()), f"page {number}"


def test_pdf_letters_are_deterministic() -> None:
    path = PASSING[0]
    assert medassess.render_letter_pdf(load_record(path)) == _pdf(path)


def test_pdf_letters_do_not_depend_on_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    # The embedded font subsets carry a "modified" time that fontTools sets from the clock unless
    # SOURCE_DATE_EPOCH (reproducible-builds.org) is set: two renders a second apart differed by those bytes.
    import time

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    letter = render_letter(load_record(PASSING[0]))
    monkeypatch.setattr(time, "time", lambda: 1_700_000_000.0)
    first = letter_pdf(letter)
    monkeypatch.setattr(time, "time", lambda: 1_900_000_000.0)
    assert letter_pdf(letter) == first


def test_render_cli_writes_pdf_files(tmp_path: Path, capsysbinary: Any) -> None:
    out = tmp_path / "letter.pdf"
    assert main(["render", str(REFUSED), "--to", "pdf", "--out", str(out)]) == 1
    assert not out.exists()
    assert main(["render", str(REFUSED), "--to", "pdf", "--out", str(out), "--draft"]) == 0
    assert out.read_bytes() == _pdf(REFUSED, preliminary=True)
    assert not [p for p in tmp_path.iterdir() if p.name != "letter.pdf"]  # written atomically: no leftovers
    folder = tmp_path / "in"
    folder.mkdir()
    for path in PASSING[:2]:
        (folder / path.name).write_bytes(path.read_bytes())
    assert main(["render", str(folder), "--to", "pdf", "--out", f"{tmp_path}/letters/"]) == 0
    assert sorted(p.name for p in (tmp_path / "letters").iterdir()) == [f"{p.stem}.pdf" for p in PASSING[:2]]
    assert (tmp_path / "letters" / f"{PASSING[0].stem}.pdf").read_bytes() == _pdf(PASSING[0])
    capsysbinary.readouterr()
    assert main(["render", str(PASSING[0]), "--to", "pdf"]) == 0
    assert capsysbinary.readouterr().out == _pdf(PASSING[0])


def test_render_cli_bad_input_is_located_and_exits_2(tmp_path: Path, capsys: Any) -> None:
    bad = tmp_path / "bad.json"
    data = orjson.loads(PASSING[0].read_bytes())
    data["mother"]["nhs_number"] = "not a number"
    bad.write_bytes(orjson.dumps(data))
    assert main(["render", str(bad), "--to", "pdf", "--out", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"medassess: {bad}: $.mother.nhs_number")
    assert "Traceback" not in err and "not a number" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_a_renderer_failure_is_an_error_without_patient_data(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: Any
) -> None:
    import weasyprint  # type: ignore[import-untyped]  # weasyprint ships no type hints

    record = load_record(PASSING[0])
    name = record.mother.name.text()

    def fail(*args: Any, **kwargs: Any) -> bytes:
        raise ValueError(f"could not lay out {name}")

    monkeypatch.setattr(weasyprint.HTML, "write_pdf", fail)
    out = tmp_path / "letter.pdf"
    assert main(["render", str(PASSING[0]), "--to", "pdf", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"medassess: {PASSING[0]}: ") and "PDF" in err
    assert name not in err and record.mother.nhs_number not in err and "Traceback" not in err
    assert not out.exists()


def test_weasyprint_logs_nothing_from_the_letter(caplog: pytest.LogCaptureFixture, capfd: Any) -> None:
    # WeasyPrint's warnings quote the declarations it ignores (WeasyPrint 70: "Ignored `colour: ...`"), so a
    # letter whose stylesheet it could not read would put its words in the log. Nothing it says may get out.
    letter = render_letter(load_record(PASSING[0])).replace(
        b"<style>", b"<style>p { colour: Megan-Smith-9990004404; } @media screen and (max-width: 1px) { }"
    )
    with caplog.at_level(logging.DEBUG):
        pdf = letter_pdf(letter)
    assert len(_pages(pdf)) >= 1
    logged = caplog.text + "".join(capfd.readouterr())
    assert "Megan-Smith" not in logged and "max-width" not in logged
    # WeasyPrint's own loggers are left as they were found.
    assert not logging.getLogger("weasyprint").disabled


def test_print_wraps_narrow_columns_between_words_not_inside_them() -> None:
    # The recipients table's narrow first column once broke "Maternity" into "Maternit" and "y" on paper.
    path = ROOT / "examples" / "pass" / "postnatal-foster-placement-diazepam-pregabalin.json"
    record = load_record(path)
    words = set(" ".join(_pages(_pdf(path))).split())
    labels = [RECIPIENT_ROLES[r.role] for r in record.recipients]
    assert "Maternity unit" in labels
    for label in labels:
        assert set(label.split()) <= words, label


def test_without_weasyprint_the_cli_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: Any
) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # as if the pdf extra were not installed
    with pytest.raises(ConfigurationError, match=r"pip install 'medassess\[pdf\]'"):
        medassess.render_letter_pdf(load_record(PASSING[0]))
    out = tmp_path / "letter.pdf"
    assert main(["render", str(PASSING[0]), "--to", "pdf", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "medassess[pdf]" in err and "libpango-1.0-0" in err and "Traceback" not in err
    assert not out.exists()
