"""Human-readable XHTML for each part of the assessment, and for the whole document.

The same fragments fill the FHIR Composition section narratives and the HTML letter, so a social worker or a
foster carer without a FHIR system reads exactly what a maternity system shows. Each fragment is one
``<div xmlns="http://www.w3.org/1999/xhtml">`` that uses only the XHTML FHIR narratives allow (no scripts,
styles, forms or images) and escapes every value: clinicians' free text may hold markup, quotes or
characters XML cannot carry (those become U+FFFD in the narrative; the structured data keeps them exactly).

Each fragment takes a :class:`Style`: FHIR narratives (``FHIR_STYLE``) keep ISO 8601 dates beside the coded data
they summarise; the letter (``LETTER_STYLE``) writes dates as UK letters do ("14 June 2026", date-times in London
time) and marks every table header with its scope, for screen readers.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..record.model import (
    Assessment,
    Clinician,
    Contact,
    HumanName,
    Medicine,
    Organisation,
    Recipient,
    Record,
)
from .uk_dates import uk_date, uk_datetime

XHTML_NS = "http://www.w3.org/1999/xhtml"
_OPEN = f'<div xmlns="{XHTML_NS}">'

# Characters XML 1.0 cannot carry at all, or that FHIR narratives should not: C0 controls except tab, line
# feed and carriage return, DEL and C1 controls, and the two non-characters U+FFFE / U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
_TO_ESCAPE = re.compile("[&<>\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
"""What :func:`escape` changes: text without any of it (most text) is returned as it is, unscanned again."""

_ROLES = {
    "general-practitioner": "GP",
    "registered-midwife": "Midwife",
    "community-midwife": "Community midwife",
    "health-visitor": "Health visitor",
    "obstetrician": "Obstetrician",
    "psychiatrist": "Psychiatrist",
    "pharmacist": "Pharmacist",
    "clinical-pharmacist": "Clinical pharmacist",
    "nurse": "Nurse",
    "other": "Clinician",
}
_RECIPIENT_ROLES = {
    "maternity-unit": "Maternity unit",
    "midwife": "Midwife",
    "health-visitor": "Health visitor",
    "gp": "GP practice",
    "social-worker": "Social worker",
    "foster-carer": "Foster carer",
    "placement-provider": "Placement provider",
    "perinatal-mental-health": "Perinatal mental health team",
    "specialist": "Specialist",
    "other": "Other professional",
}
_EDD_BASIS = {
    "ultrasound-scan": "ultrasound scan",
    "last-menstrual-period": "last menstrual period",
    "clinical": "clinical estimate",
}
_FEEDING = {
    "breast": "Breastfeeding",
    "bottle": "Bottle feeding",
    "mixed": "Breast and bottle feeding",
    "not-known": "Not known",
}
_CARE_ORDER = {"none": "None", "interim": "Interim care order", "full": "Full care order"}
_DISCHARGE = {
    "home-with-parents": "Home with parents",
    "parent-and-baby-foster-placement": "Parent-and-baby foster placement",
    "foster-carer": "Foster carer",
    "parent-and-baby-unit": "Parent-and-baby unit",
    "kinship-carer": "Kinship carer",
    "other": "Other",
}
_SEDATION = {"yes": "Yes: causes drowsiness", "no": "No", "unknown": "Not known"}
_ROUTES = {"mesh": "NHS MESH", "mllp": "HL7 v2 (MLLP)", "fhir": "FHIR API", "manual": "By hand"}


@dataclass(frozen=True)
class Style:
    """How a fragment writes dates, date-times and table headers."""

    date: Callable[[dt.date], str]
    datetime: Callable[[dt.datetime], str]
    scope: bool
    """Table headers carry ``scope="col"`` / ``scope="row"``."""
    text: Callable[[str], str] = str
    """What free text becomes before it is escaped (the letter writes the ISO dates clinicians type its way)."""


_ISO_DATE_IN_TEXT = re.compile(r"(?<![0-9])([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])")


def uk_dates_in_text(text: str) -> str:
    """Free text with each ISO date that is a real calendar date (2026-05-28) written as "28 May 2026"; the
    words around it, and digit runs that are not dates (2026-13-45), stay exactly as typed."""

    def replace(match: re.Match[str]) -> str:
        try:
            return uk_date(dt.date(int(match[1]), int(match[2]), int(match[3])))
        except ValueError:
            return match[0]

    return _ISO_DATE_IN_TEXT.sub(replace, text)


FHIR_STYLE = Style(date=dt.date.isoformat, datetime=dt.datetime.isoformat, scope=False)
LETTER_STYLE = Style(date=uk_date, datetime=uk_datetime, scope=True, text=uk_dates_in_text)


def escape(text: str) -> str:
    """Text made safe for XHTML element content: markup escaped, characters XML cannot carry replaced by U+FFFD.

    Quotes stay as they are (values never go into attributes), so the narrative is already in the form every
    XML serialiser writes, and a bundle survives JSON -> XML -> JSON character for character.
    """
    if _TO_ESCAPE.search(text) is None:
        return text
    return html.escape(_NOT_XML.sub("\ufffd", text), quote=False)


_PLAIN_LINE = re.compile("[&<>\x00-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff\ud800-\udfff]")
"""What makes a value more than one line (whatever ``str.splitlines`` splits at) or in need of :func:`escape`:
a value without any of it (most values) is its own paragraph text, found in one scan."""


def _para_text(text: str, style: Style) -> str:
    if _PLAIN_LINE.search(text) is None:
        return text if style.text is str else escape(style.text(text))
    # Line breaks the clinician typed stay visible.
    lines = text.splitlines()
    if len(lines) < 2:  # most values are one line: no generator and join for them
        return escape(style.text(lines[0] if lines else ""))
    return "<br/>".join(escape(style.text(line)) for line in lines)


def _yes_no(value: bool | None) -> str:
    return "Not recorded" if value is None else ("Yes" if value else "No")


def _name(name: HumanName | None) -> str:
    return name.text() if name else ""


def _org(org: Organisation | None) -> str:
    if org is None:
        return ""
    return f"{org.name} ({org.ods_code})" if org.name else org.ods_code


def _clinician(c: Clinician | None) -> str:
    if c is None:
        return "Not recorded"
    parts = [
        _name(c.name),
        _ROLES.get(c.role or "", ""),
        f"{c.registration.body} {c.registration.number}" if c.registration else "",
        _org(c.organisation),
    ]
    return ", ".join([p for p in parts if p]) or "Not recorded"


def _contact(c: Contact) -> str:
    parts = [_name(c.name), _org(c.organisation), f"telephone {c.telephone}" if c.telephone else ""]
    return ", ".join([p for p in parts if p]) or "Not recorded"


def _rows(rows: Iterable[tuple[str, str | None]], style: Style) -> str:
    """A two-column table of label and (already plain) value; rows without a value are left out."""
    body = "".join(
        [_row_start(label, style.scope) + _para_text(value, style) + "</td></tr>" for label, value in rows if value]
    )
    return f"<table><tbody>{body}</tbody></table>" if body else ""


@functools.lru_cache(maxsize=256)
def _row_start(label: str, scope: bool) -> str:
    """A row's opening up to its value: labels are the few this module writes, so each is escaped once."""
    return f"<tr>{_th(scope, 'row')}{escape(label)}</th><td>"


def _div(*parts: str) -> str:
    return _OPEN + "".join(parts) + "</div>"


MEDICINE_COLUMNS = ("Medicine", "Dose", "Taken by", "Prescribed by", "Dates")
RECIPIENT_COLUMNS = ("Role", "Name", "Organisation", "How it is sent")


def _head(style: Style, *labels: str) -> str:
    return _head_of(style.scope, labels)


@functools.lru_cache(maxsize=16)
def _head_of(scope: bool, labels: tuple[str, ...]) -> str:
    """A table's header row: the column labels are this module's constants, so each head is written once."""
    th = _th(scope, "col")
    return "<thead><tr>" + "".join(f"{th}{escape(label)}</th>" for label in labels) + "</tr></thead>"


def _th(scope: bool, kind: str) -> str:
    return f'<th scope="{kind}">' if scope else "<th>"


def pregnancy_xhtml(record: Record, style: Style = FHIR_STYLE) -> str:
    """Where the pregnancy is: stage, agreed EDD, gestation, delivery, infant feeding."""
    p = record.pregnancy
    edd = style.date(p.edd) if p.edd else None
    if p.edd_basis:
        edd = f"{edd or 'Not recorded'} (by {_EDD_BASIS[p.edd_basis]})"
    gestation = f"{p.gestation.weeks}+{p.gestation.days} weeks on {style.date(p.gestation.on)}" if p.gestation else None
    return _div(
        _rows(
            [
                ("Stage", "Antenatal (pregnant)" if p.stage == "antenatal" else "Postnatal (baby born)"),
                ("Agreed due date (EDD)", edd),
                ("Gestation", gestation),
                ("Delivery date", style.date(p.delivery_date) if p.delivery_date else None),
                ("Infant feeding", _FEEDING[p.infant_feeding] if p.infant_feeding else None),
            ],
            style,
        )
    )


def _medicine_row(m: Medicine, style: Style) -> str:
    who = "Mother" if m.taken_by == "mother" else "Partner"
    if m.prescriber is None:
        prescriber = ""
    else:
        prescriber = _org(m.prescriber.organisation) or (
            "GP practice" if m.prescriber.kind == "gp-practice" else "Another organisation"
        )
    end_label = {"completed": "completed", "active": "planned end"}.get(m.status or "", "stopped")
    dates = "; ".join(
        [
            f"{label} {style.date(d)}"
            for label, d in (("started", m.started), ("dose last changed", m.last_changed), (end_label, m.stopped))
            if d
        ]
        + ([f"{m.status}, date not known"] if m.status in ("completed", "stopped") and m.stopped is None else [])
    )
    needs = " (flagged for a written assessment)" if m.flagged else ""
    if m.not_of_concern_reason is not None:
        needs += f" (not a medicine of concern: {m.not_of_concern_reason})"
    cells = [m.name + needs, m.dose or "", who, prescriber, dates]
    return "<tr><td>" + "</td><td>".join([_para_text(c, style) for c in cells]) + "</td></tr>"


def medicines_xhtml(record: Record, style: Style = FHIR_STYLE) -> str:
    """Every medicine, who takes it, the dose and who prescribes it."""
    if not record.medicines:
        return _div("<p>No medicines recorded.</p>")
    head = _head(style, *MEDICINE_COLUMNS)
    body = "".join(_medicine_row(m, style) for m in record.medicines)
    return _div(f"<table>{head}<tbody>{body}</tbody></table>")


def _assessment(names_by_id: dict[str, str], a: Assessment, style: Style) -> str:
    names = ", ".join(names_by_id[mid] for mid in a.medicine_ids)
    mother, baby = a.impact_on_mother, a.impact_on_baby
    table = _rows(
        [
            ("Causes drowsiness (sedation)", _SEDATION[mother.sedation] if mother and mother.sedation else None),
            ("Effect on caring for the baby", mother.parenting_capacity if mother else None),
            ("Safe sleep", mother.safe_sleep if mother else None),
            ("Effect on the baby", baby.summary if baby else None),
            ("Neonatal withdrawal plan", baby.neonatal_withdrawal_plan if baby else None),
            ("Breastfeeding", baby.breastfeeding if baby else None),
            ("Recommendations", a.recommendations),
            ("Conclusion", a.conclusion),
            ("Assessed by", _clinician(a.author)),
            ("Date", style.date(a.date) if a.date else None),
            ("Pre-conception advice", "Yes: given before this pregnancy" if a.pre_conception else None),
        ],
        style,
    )
    return f"<h3>{escape(names)}</h3>{table}"


def assessments_xhtml(record: Record, style: Style = FHIR_STYLE) -> str:
    """Each clinician's written assessment of the medicines it covers."""
    if not record.assessments:
        return _div("<p>No written assessments recorded.</p>")
    # By id once: looking each covered medicine up in the list would make a long record quadratic.
    names_by_id = {m.id: m.name for m in record.medicines}
    return _div(*(_assessment(names_by_id, a, style) for a in record.assessments))


def conclusion_xhtml(record: Record, style: Style = FHIR_STYLE) -> str:
    """The overall written conclusion, who reached it, and who attested the record."""
    c = record.overall_conclusion
    rows: list[tuple[str, str | None]] = []
    if c is not None:
        rows += [
            ("Conclusion", c.text or "Not written"),
            ("By", _clinician(c.author)),
            ("Date", style.date(c.date) if c.date else None),
        ]
    if record.amendment_reason is not None:
        rows.append(("What changed in this version", record.amendment_reason))
    if record.attestation is not None:
        rows.append(
            (
                "Confirmed complete and correct by",
                f"{_clinician(record.attestation.by)} at {style.datetime(record.attestation.at)}",
            )
        )
    return _div(_rows(rows, style) or "<p>No overall conclusion recorded.</p>")


def safeguarding_xhtml(record: Record, style: Style = FHIR_STYLE) -> str:
    """The safeguarding context: plans and orders, social worker, discharge (where to, and with whom), sleeping
    arrangements."""
    s = record.safeguarding
    partner = record.partner
    partner_text = None
    if partner is not None:
        partner_text = ", ".join(p for p in (_name(partner.name), partner.relationship or "") if p) or "Recorded"
    return _div(
        _rows(
            [
                ("Child protection plan", _yes_no(s.child_protection_plan)),
                (
                    "Child protection plan ended",
                    style.date(s.child_protection_plan_ended) if s.child_protection_plan_ended else None,
                ),
                ("Care order", _CARE_ORDER[s.care_order] if s.care_order else "Not recorded"),
                ("Looked after", _yes_no(s.looked_after)),
                ("Social worker", _contact(s.social_worker) if s.social_worker else None),
                ("Baby discharged to", _DISCHARGE[s.discharge_to] if s.discharge_to else None),
                ("Where and with whom (discharge)", s.discharge_details),
                ("Safe sleep advice given", _yes_no(s.safe_sleep_advice_given)),
                ("Sleeping arrangements", s.sleeping_arrangements),
                ("Partner", partner_text),
                ("Restricted (safeguarding relevant)", _yes_no(s.safeguarding_relevant)),
            ],
            style,
        )
    )


def _recipient(r: Recipient, style: Style) -> str:
    route = ""
    if r.route is not None:
        route = _ROUTES.get(r.route.kind, r.route.kind)
        route += f": {r.route.description}" if r.route.kind == "manual" else ""
    cells = [_RECIPIENT_ROLES[r.role], _name(r.name), _org(r.organisation), route]
    return "<tr><td>" + "</td><td>".join([_para_text(c, style) for c in cells]) + "</td></tr>"


def recipients_xhtml(record: Record, style: Style = FHIR_STYLE) -> str:
    """Who must receive the record, how, and the lawful basis for sharing it."""
    parts = []
    if record.recipients:
        head = _head(style, *RECIPIENT_COLUMNS)
        parts.append(f"<table>{head}<tbody>{''.join(_recipient(r, style) for r in record.recipients)}</tbody></table>")
    else:
        parts.append("<p>No recipients recorded.</p>")
    basis = record.lawful_basis
    if basis is not None:
        label = "With the mother's consent" if basis.basis == "consent" else "Without consent, to safeguard a child"
        parts.append(
            _rows(
                [
                    ("Lawful basis for sharing", label),
                    ("Justification", basis.justification),
                    ("Recorded on", style.date(basis.recorded_on) if basis.recorded_on else None),
                ],
                style,
            )
        )
    return _div(*parts)


SECTIONS: tuple[tuple[str, str, Callable[[Record, Style], str]], ...] = (
    ("pregnancy", "Pregnancy", pregnancy_xhtml),
    ("medicines", "Medicines", medicines_xhtml),
    ("assessments", "Clinicians' assessments", assessments_xhtml),
    ("conclusion", "Overall conclusion", conclusion_xhtml),
    ("safeguarding", "Safeguarding context", safeguarding_xhtml),
    ("recipients", "Who receives this record", recipients_xhtml),
)
"""(key, heading, function) for each part of the assessment, in document order."""

DOCUMENT_TITLE = "Perinatal medication assessment"
PRELIMINARY_NOTICE = "DRAFT FOR REVIEW ONLY: not a final assessment and not to be shared or acted on."


def mark_preliminary(div: str) -> str:
    """A fragment with the draft notice as its first paragraph."""
    return div.replace(_OPEN, f"{_OPEN}<p><b>{escape(PRELIMINARY_NOTICE)}</b></p>", 1)


def document_xhtml(record: Record, *, preliminary: bool = False, style: Style = FHIR_STYLE) -> str:
    """The whole assessment as one XHTML ``div``: who it is about, then every section under its heading."""
    m = record.mother
    notice = f"<p><b>{escape(PRELIMINARY_NOTICE)}</b></p>" if preliminary else ""
    header = _rows(
        [
            ("Mother", m.name.text()),
            ("NHS number", m.nhs_number),
            ("Date of birth", style.date(m.birth_date)),
            ("Registered GP practice", _org(m.registered_practice)),
            (
                "Record",
                f"{record.record_id} version {record.version} ({record.status}), "
                f"updated {style.datetime(record.updated)}",
            ),
        ],
        style,
    )
    body = "".join(f"<h2>{escape(title)}</h2>{function(record, style)}" for _, title, function in SECTIONS)
    return _div(f"<h1>{escape(DOCUMENT_TITLE)}</h1>", notice, header, body)
