"""The assessment as a printable letter: one self-contained HTML page for people without a FHIR system.

A foster carer, a social worker or a ward without BadgerNet gets the same words the maternity system shows:
every section is the narrative XHTML the FHIR Composition carries (``_narrative``), under a letter header
that identifies the mother the way a clinical letter does (name, date of birth, NHS number, practice), with
the record's status and version, and the clinician who confirmed it as the signature.

The page is safe to open anywhere and to print: styles are inline, there are no scripts, no images and no
external URLs, every value is escaped, and the markup is well-formed XML as well as HTML5 (so it can be
checked with an XML parser). Only a record the share gate passes is rendered as a letter; a preliminary draft
(``preliminary=True``) carries "DRAFT — NOT FOR SHARING" across every page.

The letter is read by people outside the GP system, on paper and on phones. Every printed page names the
patient (name, NHS number, date of birth) and says "Page x of y", through CSS paged-media margin boxes that
WeasyPrint (``medassess render --to pdf``) and current browsers print. Dates are written one way, as UK letters
write them ("14 June 2026"; date-times in London time, "14 June 2026, 16:10"), ISO dates typed in free text
included. On a narrow screen the tables become stacked cards, so nothing scrolls sideways on a 360 px phone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import threading
from collections.abc import Iterator
from string import Template

from ...core.exceptions import ConfigurationError, MedassessError
from ...gate.engine import Shareable, passed, record_of
from ...gate.settings import GateSettings
from ...record.model import Record
from ..narrative import (
    _NOT_XML,
    DOCUMENT_TITLE,
    LETTER_STYLE,
    MEDICINE_COLUMNS,
    PRELIMINARY_NOTICE,
    RECIPIENT_COLUMNS,
    SECTIONS,
    _clinician,
    escape,
)
from ..uk_dates import uk_date

DRAFT_MARK = "DRAFT — NOT FOR SHARING"

RUNNING_NAME_LIMIT = 60
"""Characters of the patient's name in the running header; page 1 shows the whole name."""

# Screen first: a phone (360 px) reads the letter without sideways scrolling, at 16 px text; print keeps A4
# proportions in points. Colours meet WCAG AA contrast on white (NHS blue #005eb8 is 5.1:1, grey #4c6272 6.0:1).
_CSS = Template("""
html { font-family: Arial, "Liberation Sans", "Helvetica Neue", Helvetica, sans-serif; font-size: 100%;
  color: #111; background: #fff; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { max-width: 48rem; margin: 0 auto; padding: 1.5rem 1rem; line-height: 1.45; overflow-wrap: break-word; }
header { border-bottom: 2px solid #005eb8; padding-bottom: 1rem; margin-bottom: 1.25rem; }
h1 { font-size: 1.5rem; line-height: 1.2; margin: 0 0 0.75rem; color: #005eb8; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; border-bottom: 1px solid #aeb7bd; padding-bottom: 0.25rem; }
h3 { font-size: 1.0625rem; margin: 1rem 0 0.25rem; }
table { border-collapse: collapse; width: 100%; margin: 0.25rem 0 0.5rem; }
th, td { text-align: left; vertical-align: top; padding: 0.25rem 0.5rem; border: 1px solid #d8dde0; }
th { width: 30%; background: #f0f4f5; font-weight: bold; }
thead th { width: auto; }
dl.patient { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.125rem 1.25rem; margin: 0; }
dl.patient dt { font-weight: bold; }
dl.patient dd { margin: 0; }
.marking { font-weight: bold; text-transform: uppercase; letter-spacing: 0.05em; margin: 0 0 0.5rem; }
.draft-banner { border: 3px solid #d5281b; color: #b01e12; font-weight: bold; padding: 0.5rem 0.75rem;
  margin: 0 0 1rem; }
footer { border-top: 2px solid #005eb8; margin-top: 2rem; padding-top: 0.75rem; }
@media screen and (max-width: 40rem) {
  body { padding: 1rem 0.75rem; overflow-wrap: anywhere; }
  h1 { font-size: 1.375rem; }
  dl.patient { grid-template-columns: minmax(0, 1fr); }
  dl.patient dd { margin-bottom: 0.375rem; }
  /* Tables become stacked cards: one card per row, each cell under its column's name. */
  table, tbody, tr, th, td { display: block; width: auto; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  tr { border: 1px solid #d8dde0; margin: 0 0 0.5rem; }
  th, td { border: 0; }
  td:empty { display: none; }
  td::before { display: block; font-weight: bold; color: #4c6272; }
$card_labels
}
@media print {
  html { font-size: 11pt; }
  body { max-width: none; padding: 0; }
  h2, h3 { break-after: avoid-page; }
  tr, .signature { break-inside: avoid-page; }
  thead { display: table-header-group; }
}
@page { size: A4; margin: 22mm 16mm 20mm;
  @top-left { content: $running_header; font-size: 8.5pt; color: #4c6272; vertical-align: bottom;
    padding-bottom: 3mm; }
$draft_box  @bottom-left { content: $marking; font-size: 8.5pt; color: #4c6272; vertical-align: top; padding-top: 3mm; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8.5pt; color: #4c6272;
    vertical-align: top; padding-top: 3mm; }
}
""")

# A draft's watermark is decoration, drawn by CSS (repeated on every printed page as a fixed box): the banner
# under the heading and the top of every printed page say the same in text, in colours that can be read.
_DRAFT_CSS = Template("""
body::before { content: $mark; position: fixed; top: 45%; left: 0; right: 0; text-align: center;
  transform: rotate(-35deg); font-size: 3.5rem; font-weight: bold; color: rgba(213, 40, 27, 0.16);
  pointer-events: none; z-index: 10; }
@media print { body::before { font-size: 54pt; color: rgba(213, 40, 27, 0.22); } }
""")


def css_string(text: str) -> str:
    """``text`` as a quoted CSS string that nothing in it can end: every character but ASCII letters, digits
    and spaces is written as a hex escape (so quotes, backslashes, ``</style>`` and line breaks are inert), and
    characters XML cannot carry become U+FFFD first, as in the rest of the letter."""
    out = []
    for char in _NOT_XML.sub("\ufffd", text):
        out.append(char if (char.isascii() and char.isalnum()) or char == " " else f"\\{ord(char):x} ")
    return '"' + "".join(out) + '"'


def _nhs_number(number: str) -> str:
    """The NHS number as it is printed on letters: 3-3-4 digits."""
    return f"{number[:3]} {number[3:6]} {number[6:]}"


def _marking(record: Record) -> str:
    if record.safeguarding.safeguarding_relevant:
        return "Confidential: restricted safeguarding information"
    return "Confidential"


def _stylesheet(record: Record, draft: bool) -> str:
    m = record.mother
    name = m.name.text()
    if len(name) > RUNNING_NAME_LIMIT:
        name = name[: RUNNING_NAME_LIMIT - 1] + "…"
    running = f"{name} · NHS number {_nhs_number(m.nhs_number)} · Date of birth {uk_date(m.birth_date)}"
    labels = [
        f"  #{section} td:nth-child({i})::before {{ content: {css_string(label)}; }}"
        for section, columns in (("medicines", MEDICINE_COLUMNS), ("recipients", RECIPIENT_COLUMNS))
        for i, label in enumerate(columns, start=1)
    ]
    draft_box = (
        f"  @top-right {{ content: {css_string(DRAFT_MARK)}; font-size: 9pt; font-weight: bold; color: #b01e12;\n"
        "    vertical-align: bottom; padding-bottom: 3mm; }\n"
        if draft
        else ""
    )
    css = _CSS.substitute(
        card_labels="\n".join(labels),
        running_header=css_string(running),
        draft_box=draft_box,
        marking=css_string(_marking(record)),
    )
    if draft:
        css += _DRAFT_CSS.substitute(mark=css_string(DRAFT_MARK))
    return css


def _header(record: Record, draft: bool) -> str:
    m = record.mother
    practice = m.registered_practice
    marking = _marking(record)
    rows = [
        ("Patient", m.name.text()),
        ("Date of birth", uk_date(m.birth_date)),
        ("NHS number", _nhs_number(m.nhs_number)),
        ("Registered GP practice", f"{practice.name} ({practice.ods_code})" if practice.name else practice.ods_code),
        ("Date", uk_date(record.updated)),  # the London date of the last update
        ("Record", f"{record.record_id}, version {record.version} ({record.status})"),
    ]
    items = "".join(f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>" for label, value in rows)
    banner = f'<p class="draft-banner">{escape(DRAFT_MARK)}. {escape(PRELIMINARY_NOTICE)}</p>' if draft else ""
    return (
        f'<header><p class="marking">{escape(marking)}</p>{banner}<h1>{escape(DOCUMENT_TITLE)}</h1>'
        f'<dl class="patient">{items}</dl></header>'
    )


def _signature(record: Record) -> str:
    attestation = record.attestation
    if attestation is None:
        text = "Not yet confirmed as complete and correct by a clinician."
    else:
        text = f"Confirmed complete and correct by {_clinician(attestation.by)} on {uk_date(attestation.at)}."
    return f'<footer><p class="signature">{escape(text)}</p></footer>'


def render_letter(
    subject: Shareable | Record,
    *,
    preliminary: bool = False,
    today: dt.date | None = None,
    settings: GateSettings | None = None,
) -> bytes:
    """The record as a self-contained, printable HTML5 letter (UTF-8 bytes, deterministic), from a record that
    has passed the share gate: ``subject`` is a :class:`Shareable` (taken as it is) or a :class:`Record`, which
    the gate then judges once, as of ``today`` with ``settings``: raises ShareGateRefused when it finds errors.

    ``preliminary=True`` skips the gate to let a clinician review a draft: every printed page then says
    "DRAFT — NOT FOR SHARING" (a watermark, a banner under the heading, the top margin of every printed page
    and the page title browsers print), so a printout cannot be taken for the final letter.
    """
    record = record_of(subject) if preliminary else passed(subject, today=today, settings=settings).record
    sections = "".join(
        f'<section id="{key}"><h2>{escape(title)}</h2>{function(record, LETTER_STYLE)}</section>'
        for key, title, function in SECTIONS
    )
    # Browsers print the title in each page's margin, so a draft says so there too.
    title = f"{DRAFT_MARK + ': ' if preliminary else ''}{DOCUMENT_TITLE}: {record.record_id} version {record.version}"
    page = (
        '<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB">\n<head>\n'
        '<meta charset="utf-8"/>\n<meta name="viewport" content="width=device-width, initial-scale=1"/>\n'
        '<meta name="robots" content="noindex"/>\n'
        f"<title>{escape(title)}</title>\n<style>{_stylesheet(record, preliminary)}</style>\n</head>\n<body>\n"
        f"{_header(record, preliminary)}\n"
        f"<main>\n{sections}\n</main>\n{_signature(record)}\n</body>\n</html>\n"
    )
    return page.encode("utf-8")


_PDF_NEEDS = (
    "PDF letters need WeasyPrint and the pango library: pip install 'medassess[pdf]', and on Debian "
    "apt-get install libpango-1.0-0 libpangoft2-1.0-0"
)


_FONT_EPOCH = "946684800"
"""The time written into the embedded font subsets (2000-01-01T00:00:00Z): fontTools stamps each subset it
saves with the clock unless SOURCE_DATE_EPOCH is set (reproducible-builds.org), so without a fixed time two
renders of one letter a second apart differ. A site's own SOURCE_DATE_EPOCH is honoured."""
_EPOCH_LOCK = threading.Lock()


@contextlib.contextmanager
def _fixed_font_time() -> Iterator[None]:
    """SOURCE_DATE_EPOCH set to :data:`_FONT_EPOCH` while WeasyPrint subsets the fonts, unless already set."""
    with _EPOCH_LOCK:
        if "SOURCE_DATE_EPOCH" in os.environ:
            yield
            return
        os.environ["SOURCE_DATE_EPOCH"] = _FONT_EPOCH
        try:
            yield
        finally:
            os.environ.pop("SOURCE_DATE_EPOCH", None)


def _no_fetching(url: str) -> dict[str, object]:
    """The letter is self-contained; WeasyPrint is never allowed to fetch anything (no file, no network)."""
    raise ValueError("medassess letters fetch nothing")


def letter_pdf(letter: bytes, *, source: str | None = None) -> bytes:
    """An HTML letter from :func:`render_letter` as PDF bytes (A4, deterministic), printed by WeasyPrint.

    WeasyPrint's log is switched off while it works: its warnings quote the document (and so could quote
    patient data). Any failure is a :class:`MedassessError` naming only what failed (``source`` is the record's
    file, for the message), never the letter's content.
    """
    try:
        import weasyprint  # type: ignore[import-untyped]
        from weasyprint.logger import LOGGER, PROGRESS_LOGGER  # type: ignore[import-untyped]
    except (ImportError, OSError):  # OSError: WeasyPrint is installed but cannot load pango
        raise ConfigurationError(_PDF_NEEDS, source=source) from None
    loggers = (LOGGER, PROGRESS_LOGGER)
    was_disabled = [logger.disabled for logger in loggers]
    for logger in loggers:
        logger.disabled = True
    try:
        html = weasyprint.HTML(string=letter.decode("utf-8"), base_url=None, url_fetcher=_no_fetching)
        with _fixed_font_time():
            pdf = html.write_pdf()
    except Exception as exc:  # a third-party renderer: whatever it raises may quote the letter
        raise MedassessError(f"the PDF letter could not be made ({type(exc).__name__})", source=source) from None
    finally:
        for logger, disabled in zip(loggers, was_disabled, strict=True):
            logger.disabled = disabled
    if not isinstance(pdf, bytes):
        raise MedassessError("the PDF letter could not be made (no bytes)", source=source)
    return pdf


def render_letter_pdf(
    subject: Shareable | Record,
    *,
    preliminary: bool = False,
    today: dt.date | None = None,
    settings: GateSettings | None = None,
) -> bytes:
    """The record as a printable A4 PDF letter (bytes), from a record that has passed the share gate, exactly as
    :func:`render_letter` (a :class:`Shareable` or a :class:`Record`; ``ShareGateRefused`` for a refused
    record; ``preliminary=True`` for a draft marked on every page). Every page names the patient (name, NHS
    number, date of birth) and says "Page x of y".

    Needs the ``pdf`` extra (WeasyPrint) and Debian's pango (``libpango-1.0-0``, ``libpangoft2-1.0-0``);
    without them it raises ``ConfigurationError`` saying so.
    """
    return letter_pdf(render_letter(subject, preliminary=preliminary, today=today, settings=settings))
