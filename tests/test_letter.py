"""The printable letter: golden pages per example, self-contained, escaped, well-formed; and `medassess render`."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import orjson
import pytest
import tinycss2
from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type stubs

from medassess import Record, load_record
from medassess.cli import main
from medassess.core.safe_xml import parse_xml
from medassess.formats.letter.letter import DRAFT_MARK, render_letter

GOLDEN = Path(__file__).parent / "golden" / "letter"
PASSING = sorted((Path(__file__).resolve().parent.parent / "examples" / "pass").glob("*.json"))
UPDATE = os.environ.get("MEDASSESS_UPDATE_GOLDEN") == "1"
XHTML = "{http://www.w3.org/1999/xhtml}"
HOSTILE = (
    '</td></tr></table><script>alert("x")</script><img src="http://evil.example/x.png"/> & &amp; \'quoted\' '
    "\u202eright-to-left\u202c 漢字 مرحبا 😀 tab\there\r\nnew line \x9b\x7f end"
)


def _page(letter: bytes) -> etree._Element:
    """The letter parsed as XML (it is polyglot XHTML); the HTML5 doctype is the only thing stripped."""
    assert letter.startswith(b"<!DOCTYPE html>\n")
    return parse_xml(letter.removeprefix(b"<!DOCTYPE html>\n"), source="letter")


def _record_data(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = orjson.loads(path.read_bytes())
    return data


@pytest.mark.parametrize("path", PASSING, ids=[p.stem for p in PASSING])
def test_letter_matches_golden_file(path: Path) -> None:
    letter = render_letter(load_record(path))
    golden = GOLDEN / f"{path.stem}.html"
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(letter)
    assert golden.exists(), f"no golden letter for {path.name}: run with MEDASSESS_UPDATE_GOLDEN=1 and review it"
    assert letter == golden.read_bytes()


@pytest.mark.parametrize("path", PASSING, ids=[p.stem for p in PASSING])
def test_letter_is_self_contained_and_well_formed(path: Path) -> None:
    record = load_record(path)
    letter = render_letter(record, preliminary=True)
    root = _page(letter)
    assert root.tag == f"{XHTML}html"
    assert not re.search(rb"<script|\bsrc\s*=|\bhref\s*=|url\(|@import|<link|<img|<iframe|<object", letter)
    assert b"http://" not in letter.replace(b'xmlns="http://www.w3.org/1999/xhtml"', b"")
    assert b"https://" not in letter
    # A letter identifies the mother as clinical letters do, and every section of the narrative is there.
    text = "".join(root.itertext())
    nhs = record.mother.nhs_number
    assert f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}" in text
    assert record.mother.name.text() in text
    assert [s.get("id") for s in root.iter(f"{XHTML}section")] == [
        "pregnancy",
        "medicines",
        "assessments",
        "conclusion",
        "safeguarding",
        "recipients",
    ]


def test_draft_is_marked_and_final_is_not(passing_examples: list[Path]) -> None:
    record = load_record(passing_examples[0])
    draft, final = render_letter(record, preliminary=True), render_letter(record)
    assert draft.count(DRAFT_MARK.encode()) == 2  # banner and title; the watermark is drawn by the stylesheet
    watermarks = [
        _strings(d.value)
        for rule in _style(draft)
        if rule.type == "qualified-rule" and rule.prelude[0].serialize() == "body"
        for d in tinycss2.parse_blocks_contents(rule.content, skip_whitespace=True, skip_comments=True)
        if d.type == "declaration" and d.lower_name == "content"
    ]
    assert watermarks == [DRAFT_MARK]
    assert b"DRAFT" not in final


def test_signature_names_the_attesting_clinician(passing_examples: list[Path]) -> None:
    record = load_record(passing_examples[0])
    assert record.attestation is not None and record.attestation.by.name is not None
    footer = _page(render_letter(record)).find(f".//{XHTML}footer")
    assert footer is not None
    signature = "".join(footer.itertext())
    assert signature.startswith("Confirmed complete and correct by " + record.attestation.by.name.text())
    unattested = Record.model_validate({**_record_data(passing_examples[0]), "attestation": None})
    # The gate refuses an unattested record, so only a draft of it can be printed.
    footer = _page(render_letter(unattested, preliminary=True)).find(f".//{XHTML}footer")
    assert footer is not None
    assert "Not yet confirmed" in "".join(footer.itertext())


def test_hostile_free_text_is_escaped_everywhere(passing_examples: list[Path]) -> None:
    data = _record_data(passing_examples[0])
    data["overall_conclusion"]["text"] = HOSTILE * 200  # very long, too
    data["mother"]["name"]["family"] = HOSTILE
    data["medicines"][0]["dose"] = HOSTILE
    letter = render_letter(Record.model_validate(data), preliminary=True)
    root = _page(letter)
    assert not root.findall(f".//{XHTML}script") and not root.findall(f".//{XHTML}img")
    # The markup arrives as text: its angle brackets escaped, so no tag opens (quotes in text need no escaping).
    assert b"<script" not in letter and b"<img" not in letter and b"&lt;img" in letter
    text = "".join(root.itertext())
    # What the letter shows is the clinician's text itself: markup as characters, controls as U+FFFD.
    shown = HOSTILE.replace("\x9b", "\ufffd").replace("\x7f", "\ufffd").replace("\r\n", "")
    assert shown * 2 in text  # line breaks become <br/>, which itertext() skips
    assert "漢字 مرحبا 😀" in text


def test_render_cli_refuses_before_writing_and_draft_renders(tmp_path: Path, capsysbinary: Any) -> None:
    refused = Path(__file__).resolve().parent.parent / "examples" / "fail" / "valproate-no-conclusion.json"
    out = tmp_path / "letter.html"
    assert main(["render", str(refused), "--to", "html", "--out", str(out)]) == 1
    assert not out.exists()
    assert main(["render", str(refused), "--to", "html", "--out", str(out), "--draft"]) == 0
    assert DRAFT_MARK.encode() in out.read_bytes()


def test_render_cli_writes_a_folder_or_stdout(tmp_path: Path, capsysbinary: Any) -> None:
    folder = PASSING[0].parent
    assert main(["render", str(folder), "--out", f"{tmp_path}/letters/"]) == 0
    assert sorted(p.name for p in (tmp_path / "letters").iterdir()) == [f"{p.stem}.html" for p in PASSING]
    capsysbinary.readouterr()
    assert main(["render", str(PASSING[0])]) == 0
    assert capsysbinary.readouterr().out == render_letter(load_record(PASSING[0]))


def test_render_cli_unusable_input_exits_2_with_nothing_written(tmp_path: Path, capsys: Any) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"record_id": ')
    assert main(["render", str(PASSING[0]), str(bad), "--out", f"{tmp_path}/out/"]) == 2
    assert not (tmp_path / "out").exists()
    assert main(["render", str(PASSING[0]), str(PASSING[1])]) == 2
    assert "--out" in capsys.readouterr().err


def test_render_cli_refuses_letters_that_would_overwrite_each_other(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.json").write_bytes(PASSING[0].read_bytes())
    out = tmp_path / "out"
    assert main(["render", str(tmp_path / "a"), str(tmp_path / "b"), "--out", f"{out}/"]) == 2
    assert not out.exists()


# -- one UK date style, table headers, the running header and footer of every printed page -------------------

ISO_DATE = re.compile(rb"\d{4}-\d\d-\d\d|\d\d:\d\d:\d\d|T\d\d:\d\d")


def _style(letter: bytes) -> list[Any]:
    """The letter's stylesheet, as CSS parsers read it."""
    style = _page(letter).find(f".//{XHTML}style")
    assert style is not None and style.text is not None
    return list(tinycss2.parse_stylesheet(style.text, skip_whitespace=True, skip_comments=True))


def _margin_boxes(letter: bytes) -> dict[str, list[Any]]:
    """Each @page margin box (top-left, bottom-right, ...) and the tokens of its ``content``."""
    boxes: dict[str, list[Any]] = {}
    for rule in _style(letter):
        if rule.type != "at-rule" or rule.lower_at_keyword != "page" or rule.content is None:
            continue
        for box in tinycss2.parse_blocks_contents(rule.content, skip_whitespace=True, skip_comments=True):
            if box.type != "at-rule" or box.content is None:
                continue
            for decl in tinycss2.parse_blocks_contents(box.content, skip_whitespace=True, skip_comments=True):
                if decl.type == "declaration" and decl.lower_name == "content":
                    boxes[box.lower_at_keyword] = [t for t in decl.value if t.type != "whitespace"]
    return boxes


def _strings(tokens: list[Any]) -> str:
    return "".join(t.value for t in tokens if t.type == "string")


@pytest.mark.parametrize("path", PASSING, ids=[p.stem for p in PASSING])
def test_letter_has_no_iso_dates(path: Path) -> None:
    record = load_record(path)
    for letter in (render_letter(record), render_letter(record, preliminary=True)):
        assert not ISO_DATE.search(letter), ISO_DATE.search(letter)


def test_letter_dates_are_uk_style_in_london_time(passing_examples: list[Path]) -> None:
    data = _record_data(passing_examples[0])
    data["updated"] = "2026-06-14T23:30:00+00:00"  # 00:30 on 15 June in London (BST)
    data["attestation"]["at"] = "2026-06-14T15:10:00+00:00"
    data["mother"]["birth_date"] = "1990-05-01"
    record = Record.model_validate(data)
    text = "".join(_page(render_letter(record, preliminary=True)).itertext())
    assert "14 June 2026, 16:10" in text
    assert "Date15 June 2026" in text  # the letter's date is the London date of the last update
    assert "Date of birth1 May 1990" in text
    assert "Confirmed complete and correct by" in text and "on 14 June 2026." in text


@pytest.mark.parametrize("path", PASSING, ids=[p.stem for p in PASSING])
def test_every_table_header_says_what_it_heads(path: Path) -> None:
    root = _page(render_letter(load_record(path)))
    headers = list(root.iter(f"{XHTML}th"))
    assert headers
    for th in headers:
        in_head = th.getparent().getparent().tag == f"{XHTML}thead"
        assert th.get("scope") == ("col" if in_head else "row")


@pytest.mark.parametrize("path", PASSING, ids=[p.stem for p in PASSING])
def test_every_printed_page_names_the_patient_and_its_page_number(path: Path) -> None:
    record = load_record(path)
    boxes = _margin_boxes(render_letter(record))
    nhs = record.mother.nhs_number
    birth = record.mother.birth_date
    assert _strings(boxes["top-left"]) == (
        f"{record.mother.name.text()} · NHS number {nhs[:3]} {nhs[3:6]} {nhs[6:]} · "
        f"Date of birth {birth.day} {birth:%B} {birth.year}"
    )
    footer = [(t.type, t.value if t.type == "string" else t.serialize()) for t in boxes["bottom-right"]]
    assert footer == [
        ("string", "Page "),
        ("function", "counter(page)"),
        ("string", " of "),
        ("function", "counter(pages)"),
    ]
    assert "top-right" not in boxes  # only a draft says anything there


def test_a_draft_says_so_at_the_top_of_every_printed_page(passing_examples: list[Path]) -> None:
    boxes = _margin_boxes(render_letter(load_record(passing_examples[0]), preliminary=True))
    assert _strings(boxes["top-right"]) == DRAFT_MARK


def test_hostile_name_in_the_running_header_stays_a_string(passing_examples: list[Path]) -> None:
    data = _record_data(passing_examples[0])
    data["mother"]["name"]["family"] = '"; } @page { @top-left { content: "x" } } </style><script>' + HOSTILE[:40]
    record = Record.model_validate(data)
    letter = render_letter(record, preliminary=True)
    boxes = _margin_boxes(letter)  # the page still parses as XML and its stylesheet as CSS
    shown = record.mother.name.text().replace("\x9b", "\ufffd").replace("\x7f", "\ufffd")
    assert len(shown) > 60  # so the running header shortens it; page 1 shows it whole
    assert _strings(boxes["top-left"]).startswith(shown[:59] + "… · NHS number ")
    assert b"<script" not in letter


def test_every_date_a_record_can_hold_is_written_the_uk_way(passing_examples: list[Path]) -> None:
    # Dates the shipped examples leave out are written the same way: a completed course's end, a planned end,
    # a child protection plan's end, the lawful basis's date.
    data = _record_data(passing_examples[0])
    data["medicines"][0].update({"started": "2025-01-02", "stopped": "2026-03-04", "status": "completed"})
    data["medicines"].append({**data["medicines"][0], "id": "planned-end", "stopped": "2026-12-31", "status": "active"})
    data["safeguarding"]["child_protection_plan_ended"] = "2025-11-30"
    data.setdefault("lawful_basis", {"basis": "consent"})["recorded_on"] = "2026-02-01"
    letter = render_letter(Record.model_validate(data), preliminary=True)
    assert not ISO_DATE.search(letter), ISO_DATE.search(letter)
    text = "".join(_page(letter).itertext())
    for shown in ("started 2 January 2025", "completed 4 March 2026", "planned end 31 December 2026"):
        assert shown in text
    assert "30 November 2025" in text and "1 February 2026" in text
