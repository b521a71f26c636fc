"""The letter in a real browser: Debian's headless chromium, driven by playwright (never a downloaded browser).

On a 360 px phone no letter scrolls sideways, text stays readable and the medicines table becomes cards;
axe-core (tests/browser, installed by `npm ci`) finds no accessibility violations on a phone or a desktop;
chromium's own print puts the patient and "Page x of y" on every page. The run also draws the pictures in docs/:
page 2 of a printed (WeasyPrint) letter and the phone layout.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from pypdf import PdfReader

from medassess import load_record, render_letter_pdf
from medassess.formats.letter.letter import DRAFT_MARK, render_letter
from tests.system_deps import missing, weasyprint_or_skip

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
DOCS = ROOT / "docs"
PASSING = sorted((ROOT / "examples" / "pass").glob("*.json"))
REFUSED = ROOT / "examples" / "fail" / "valproate-no-conclusion.json"
# The letter whose pictures go in docs/: a foster placement, read by a social worker and a foster carer.
PICTURED = ROOT / "examples" / "pass" / "postnatal-foster-placement-diazepam-pregabalin.json"
LETTERS = [(p, False) for p in PASSING] + [(REFUSED, True)]
IDS = [p.stem for p in PASSING] + [f"draft-{REFUSED.stem}"]
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        missing(f"Debian's chromium is not installed at {CHROMIUM}: apt-get install -y chromium")
    if not AXE.exists():
        missing("axe-core is not installed: npm ci --prefix tests/browser")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


def _open(browser: Browser, path: Path, preliminary: bool, viewport: dict[str, int], folder: Path) -> Page:
    """The letter as a file (as a recipient opens it), in a page of the given size."""
    file = folder / f"{path.stem}{'-draft' if preliminary else ''}.html"
    file.write_bytes(render_letter(load_record(path), preliminary=preliminary))
    page = browser.new_page(viewport=viewport)  # type: ignore[arg-type]
    page.goto(file.as_uri())
    return page


def _axe_violations(page: Page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    found: list[str] = page.evaluate(
        """async () => (await axe.run(document)).violations.map(
            v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)"""
    )
    return found


@pytest.mark.parametrize(("path", "preliminary"), LETTERS, ids=IDS)
def test_no_sideways_scroll_and_readable_text_on_a_360px_phone(
    browser: Browser, path: Path, preliminary: bool, tmp_path: Path
) -> None:
    page = _open(browser, path, preliminary, PHONE, tmp_path)
    try:
        scroll, client = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert client == 360
        assert scroll <= client, f"the letter is {scroll} px wide on a {client} px screen"
        # Every element that shows text does so at 14 px or more (body text is 16 px).
        smallest = page.evaluate(
            """() => Math.min(...[...document.body.querySelectorAll('*')]
                .filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
                .map(e => parseFloat(getComputedStyle(e).fontSize)))"""
        )
        assert smallest >= 14
        # The medicines table is a stack of cards, each cell labelled with its column.
        rows = page.evaluate(
            """() => [...document.querySelectorAll('#medicines tbody tr')].map(r => [
                getComputedStyle(r).display,
                getComputedStyle(r.cells[0], '::before').content])"""
        )
        assert rows and all(row == ["block", '"Medicine"'] for row in rows)
    finally:
        page.close()


def test_the_desktop_layout_keeps_the_medicines_table(browser: Browser, tmp_path: Path) -> None:
    page = _open(browser, PICTURED, False, DESKTOP, tmp_path)
    try:
        assert page.evaluate("getComputedStyle(document.querySelector('#medicines tbody tr')).display") == "table-row"
        assert page.evaluate("getComputedStyle(document.querySelector('#medicines thead')).position") == "static"
    finally:
        page.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize(("path", "preliminary"), LETTERS, ids=IDS)
def test_axe_finds_no_accessibility_violations(
    browser: Browser, path: Path, preliminary: bool, viewport: dict[str, int], tmp_path: Path
) -> None:
    page = _open(browser, path, preliminary, viewport, tmp_path)
    try:
        assert _axe_violations(page) == []
    finally:
        page.close()


def test_axe_is_really_checking(browser: Browser, tmp_path: Path) -> None:
    # The same run on a letter with its language and a header's scope removed, and pale text, finds them.
    page = _open(browser, PICTURED, False, PHONE, tmp_path)
    try:
        page.evaluate(
            """() => { document.documentElement.removeAttribute('lang');
                       document.querySelector('h1').style.color = '#ddd'; }"""
        )
        found = " ".join(_axe_violations(page))
        assert "html-has-lang" in found and "color-contrast" in found
    finally:
        page.close()


@pytest.mark.parametrize(("path", "preliminary"), [(PICTURED, False), (REFUSED, True)], ids=["final", "draft"])
def test_chromium_prints_the_patient_and_page_number_on_every_page(
    browser: Browser, path: Path, preliminary: bool, tmp_path: Path
) -> None:
    # Recipients print the HTML letter from their browser too: its @page margin boxes hold there as well.
    record = load_record(path)
    nhs = record.mother.nhs_number
    page = _open(browser, path, preliminary, DESKTOP, tmp_path)
    try:
        pdf = page.pdf(prefer_css_page_size=True)
    finally:
        page.close()
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"NHS number {nhs[:3]} {nhs[3:6]} {nhs[6:]}" in text, f"page {number}"
        assert record.mother.name.text() in text, f"page {number}"
        assert f"Page {number} of {len(pages)}" in text
        assert (DRAFT_MARK in text) == preliminary, f"page {number}"


def test_pictures_of_page_2_and_the_phone_layout(browser: Browser, tmp_path: Path) -> None:
    """docs/letter-page-2.png (page 2 of the PDF letter, drawn by poppler's pdftoppm) and docs/letter-phone.png
    (the top of the letter, to the end of its medicines, on a 360 px phone)."""
    weasyprint_or_skip()
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        missing("pdftoppm is not installed: apt-get install -y poppler-utils")
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(render_letter_pdf(load_record(PICTURED)))
    subprocess.run(
        [pdftoppm, "-f", "2", "-l", "2", "-r", "72", "-png", "-singlefile", str(pdf), str(tmp_path / "page-2")],
        check=True,
        timeout=120,
    )
    page_2 = (tmp_path / "page-2.png").read_bytes()
    assert page_2.startswith(b"\x89PNG")
    (DOCS / "letter-page-2.png").write_bytes(page_2)

    page = _open(browser, PICTURED, False, PHONE, tmp_path)
    try:
        bottom = page.evaluate("document.querySelector('#medicines').getBoundingClientRect().bottom + scrollY")
        phone = page.screenshot(full_page=True, clip={"x": 0, "y": 0, "width": 360, "height": bottom + 16})
    finally:
        page.close()
    assert phone.startswith(b"\x89PNG")
    (DOCS / "letter-phone.png").write_bytes(phone)
