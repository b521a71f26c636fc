"""The assessment as a printable letter: one self-contained HTML page for people without a FHIR system.

A foster carer, a social worker or a ward without BadgerNet gets the same words the maternity system shows:
every section is the narrative XHTML the FHIR Composition carries (``_narrative``), under a letter header
that identifies the mother the way a clinical letter does (name, date of birth, NHS number, practice), with
the record's status and version, and the clinician who confirmed it as the signature.

The page is safe to open anywhere and to print: styles are inline, there are no scripts, no images and no
external URLs, every value is escaped, and the markup is well-formed XML as well as HTML5 (so it can be
checked with an XML parser). Only a record the share gate passes is rendered as a letter; a preliminary draft
(``preliminary=True``) carries "DRAFT — NOT FOR SHARING" across every page.
"""

from __future__ import annotations

import datetime as dt

from ._narrative import DOCUMENT_TITLE, PRELIMINARY_NOTICE, SECTIONS, _clinician, escape
from ._record import Record
from .gate.engine import require_shareable
from .gate.settings import GateSettings

DRAFT_MARK = "DRAFT — NOT FOR SHARING"

_CSS = """
@page { size: A4; margin: 16mm 16mm 18mm; }
html { font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; font-size: 11pt; color: #111; }
body { max-width: 180mm; margin: 0 auto; padding: 8mm 0; line-height: 1.4; }
header { border-bottom: 2px solid #005eb8; padding-bottom: 4mm; margin-bottom: 5mm; }
h1 { font-size: 17pt; margin: 0 0 3mm; color: #005eb8; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1px solid #aeb7bd; padding-bottom: 1mm; }
h3 { font-size: 11pt; margin: 4mm 0 1mm; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm; }
th, td { text-align: left; vertical-align: top; padding: 1mm 2mm; border: 1px solid #d8dde0; }
th { width: 30%; background: #f0f4f5; font-weight: bold; }
thead th { width: auto; }
dl.patient { display: grid; grid-template-columns: max-content auto; gap: 0.5mm 5mm; margin: 0; }
dl.patient dt { font-weight: bold; }
dl.patient dd { margin: 0; }
.marking { font-weight: bold; text-transform: uppercase; letter-spacing: 0.05em; margin: 0 0 2mm; }
.draft-banner { border: 3px solid #d5281b; color: #d5281b; font-weight: bold; padding: 2mm 3mm; margin: 0 0 4mm; }
.watermark { position: fixed; top: 45%; left: 0; right: 0; text-align: center; transform: rotate(-35deg);
  font-size: 54pt; font-weight: bold; color: rgba(213, 40, 27, 0.16); pointer-events: none; z-index: 10; }
footer { border-top: 2px solid #005eb8; margin-top: 8mm; padding-top: 3mm; }
@media print {
  body { max-width: none; padding: 0; }
  h2, h3 { break-after: avoid-page; }
  tr, .signature { break-inside: avoid-page; }
  thead { display: table-header-group; }
  .watermark { color: rgba(213, 40, 27, 0.22); }
}
"""


def _nhs_number(number: str) -> str:
    """The NHS number as it is printed on letters: 3-3-4 digits."""
    return f"{number[:3]} {number[3:6]} {number[6:]}"


def _long_date(value: dt.date) -> str:
    return f"{value.day} {value:%B %Y}"


def _header(record: Record, draft: bool) -> str:
    m = record.mother
    practice = m.registered_practice
    marking = (
        "Confidential: restricted safeguarding information"
        if record.safeguarding.safeguarding_relevant
        else "Confidential"
    )
    rows = [
        ("Patient", m.name.text()),
        ("Date of birth", _long_date(m.birth_date)),
        ("NHS number", _nhs_number(m.nhs_number)),
        ("Registered GP practice", f"{practice.name} ({practice.ods_code})" if practice.name else practice.ods_code),
        ("Date", _long_date(record.updated.date())),
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
        text = f"Confirmed complete and correct by {_clinician(attestation.by)} on {_long_date(attestation.at.date())}."
    return f'<footer><p class="signature">{escape(text)}</p></footer>'


def render_letter(
    record: Record,
    *,
    preliminary: bool = False,
    today: dt.date | None = None,
    settings: GateSettings | None = None,
) -> bytes:
    """The record as a self-contained, printable HTML5 letter (UTF-8 bytes, deterministic), after the share
    gate: raises ShareGateRefused when the gate (as of ``today``, with ``settings``) finds errors.

    ``preliminary=True`` skips the gate to let a clinician review a draft: every printed page then says
    "DRAFT — NOT FOR SHARING" (a watermark, a banner under the heading, and the page title browsers print in
    the margin), so a printout cannot be taken for the final letter.
    """
    if not preliminary:
        require_shareable(record, today=today, settings=settings)
    sections = "".join(
        f'<section id="{key}"><h2>{escape(title)}</h2>{function(record)}</section>' for key, title, function in SECTIONS
    )
    watermark = f'<div class="watermark" aria-hidden="true">{escape(DRAFT_MARK)}</div>' if preliminary else ""
    # Browsers print the title in each page's margin, so a draft says so there too.
    title = f"{DRAFT_MARK + ': ' if preliminary else ''}{DOCUMENT_TITLE}: {record.record_id} version {record.version}"
    page = (
        '<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB">\n<head>\n'
        '<meta charset="utf-8"/>\n<meta name="viewport" content="width=device-width, initial-scale=1"/>\n'
        '<meta name="robots" content="noindex"/>\n'
        f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"{watermark}{_header(record, preliminary)}\n"
        f"<main>\n{sections}\n</main>\n{_signature(record)}\n</body>\n</html>\n"
    )
    return page.encode("utf-8")
