"""What the audit's figures mean and how they print, shared by the text and the HTML report.

The report (:mod:`medassess.audit.report`) computes the figures; this module and :mod:`medassess.audit.html`
sit below it, so the report can render itself without either importing the other back.
"""

from __future__ import annotations

UNKNOWN = "unknown"
"""Practice and month of the group that counts unusable files."""

DEFINITIONS: tuple[tuple[str, str], ...] = (
    (
        "group",
        "Records are grouped by the mother's registered practice (ODS code) and by month: the month of the "
        "overall conclusion's date, or, when it has none, of the record's last update (UK time).",
    ),
    (
        "records",
        "Each record_id counts once, at its highest version found, unless that version is entered in error "
        "(see entered_in_error); older versions and repeated copies are counted as superseded files. Files "
        "that cannot be read as records are counted as unusable, in the 'unknown' group.",
    ),
    (
        "entered_in_error",
        "Records whose highest version found has status entered-in-error. They were withdrawn and are not real "
        "records: each is counted here, in the group of that version, and left out of every other figure "
        "(records, needing assessment, complete, shared, days, rule failures). The latest version wins: a "
        "record that was final and later entered in error counts as withdrawn, and its earlier versions as "
        "superseded; a record entered in error and then replaced by a higher final or amended version counts "
        "as that version.",
    ),
    (
        "needing_assessment",
        "Records with at least one medicine needing a written assessment (a high-risk class, or flagged by "
        "the clinician). Percentages, days and rule failures are of these records.",
    ),
    (
        "complete",
        "Complete written conclusions: the share gate (checked as of the report's date) finds no error from "
        "rules MA1xx (assessments and conclusions) or MA2xx (authorship).",
    ),
    (
        "shared",
        "Shared with every required recipient: the record lists at least one recipient, and the ledger shows "
        "each of them a delivery of this record version with status sent or acknowledged.",
    ),
    (
        "median_days_to_share",
        "Over fully shared records with an overall conclusion date: days from that date to the day the last "
        "required recipient was first sent it (UK calendar). Records whose sending time is unknown are left out.",
    ),
    (
        "top_rule_failures",
        "Share-gate error codes by the number of records needing assessment that fail them (a record counts "
        "once per rule).",
    ),
)


def figure(value: float | None, suffix: str = "") -> str:
    if value is None:
        return "-"
    return f"{value:g}{suffix}"


def count_and_percent(count: int | None, percent: float | None) -> str:
    return "-" if count is None else f"{count} ({figure(percent, '%')})"
