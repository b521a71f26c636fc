"""The audit as one self-contained HTML page: inline CSS and SVG bar charts drawn here.

The page loads nothing (no scripts, fonts, images or style sheets from anywhere), so it can be emailed or
opened on a locked-down NHS desktop. It is well-formed XML as well as HTML, and every value is escaped.
Charts repeat their numbers as text, so colour is never the only way to read them.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape
from itertools import groupby
from typing import TYPE_CHECKING

from .figures import DEFINITIONS, UNKNOWN, count_and_percent, figure

if TYPE_CHECKING:  # types only: the report imports this module to render itself
    from .report import AuditReport, GroupStats

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;margin:2rem auto;max-width:72rem;
padding:0 1rem;color:#212b32;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:2px solid #d8dde0}
.meta{color:#4c6272}
.cards{display:flex;flex-wrap:wrap;gap:1rem;margin:1.2rem 0}
.card{border:1px solid #d8dde0;border-left:6px solid #005eb8;padding:.6rem 1rem;min-width:11rem}
.card b{display:block;font-size:1.6rem}
table{border-collapse:collapse;margin:.8rem 0;font-variant-numeric:tabular-nums}
th,td{border:1px solid #d8dde0;padding:.3rem .6rem;text-align:right}
td{white-space:nowrap}
th:first-child,td:first-child,td.text{text-align:left}
thead th{background:#f0f4f5}
.legend span{display:inline-block;margin-right:1.2rem}
.swatch{display:inline-block;width:.9rem;height:.9rem;vertical-align:middle;margin-right:.3rem}
svg text{font-size:11px;fill:#212b32}
dt{font-weight:bold;margin-top:.6rem}
"""

_COMPLETE_COLOUR = "#005eb8"
_SHARED_COLOUR = "#007f3b"
_BAR, _GAP, _LEFT, _TOP, _PLOT_HEIGHT = 26, 18, 44, 16, 160
_MONTH_LABEL_WIDTH = 56
"""Room a month label (e.g. 2026-03 at 11px) needs under its bars, so neighbouring labels never touch."""


def report_to_html(report: AuditReport) -> str:
    """The audit report as a complete HTML page."""
    return "".join(_page(report))


def _page(report: AuditReport) -> Iterator[str]:
    title = f"Perinatal medication assessment audit, as of {report.today.isoformat()}"
    yield '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8"/>\n'
    yield '<meta name="viewport" content="width=device-width, initial-scale=1"/>\n'
    yield f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
    yield f"<h1>{escape(title)}</h1>\n"
    sharing = "sharing audited against the ledger" if report.sharing_audited else "no ledger: sharing not audited"
    yield (
        f'<p class="meta">Files read {report.files_read}; unusable {report.unusable_files}; '
        f"superseded {report.superseded_files}; {escape(sharing)}. Records entered in error "
        f"{report.totals.entered_in_error}: withdrawn, left out of every other figure.</p>\n"
    )
    yield from _cards(report.totals)
    practices = [g for g in report.groups if g.practice != UNKNOWN]
    yield "<h2>By practice and month</h2>\n"
    yield from _legend(report.sharing_audited)
    for practice, rows in groupby(practices, key=lambda g: g.practice):
        months = list(rows)
        yield f"<h3>Practice {escape(practice)}</h3>\n"
        yield from _chart(practice, months, report.sharing_audited)
        yield from _table(months)
    yield "<h2>All practices</h2>\n"
    yield from _table([*report.groups, report.totals])
    yield "<h2>Most frequent rule failures</h2>\n"
    yield from _failures(report)
    yield "<h2>Notes</h2>\n<dl>\n"
    for key, text in DEFINITIONS:
        yield f"<dt>{escape(key)}</dt><dd>{escape(text)}</dd>\n"
    yield "</dl>\n</body>\n</html>\n"


def _cards(totals: GroupStats) -> Iterator[str]:
    cards = (
        ("records needing assessment", str(totals.needing_assessment)),
        ("complete written conclusions", figure(totals.complete_percent, "%")),
        ("shared with every recipient", figure(totals.shared_percent, "%")),
        ("median days, conclusion to sharing", figure(totals.median_days_to_share)),
        ("records entered in error, not counted", str(totals.entered_in_error)),
    )
    yield '<div class="cards">\n'
    for label, value in cards:
        yield f'<div class="card"><b>{escape(value)}</b>{escape(label)}</div>\n'
    yield "</div>\n"


def _legend(sharing_audited: bool) -> Iterator[str]:
    yield '<p class="legend">'
    yield f'<span><i class="swatch" style="background:{_COMPLETE_COLOUR}"></i>% complete written conclusions</span>'
    if sharing_audited:
        yield f'<span><i class="swatch" style="background:{_SHARED_COLOUR}"></i>% shared with every recipient</span>'
    yield "</p>\n"


def _chart(practice: str, months: list[GroupStats], sharing_audited: bool) -> Iterator[str]:
    """Grouped bars per month: % complete and (with a ledger) % shared, each labelled with its value."""
    series = [("complete", _COMPLETE_COLOUR)] + ([("shared", _SHARED_COLOUR)] if sharing_audited else [])
    slot = max(len(series) * _BAR, _MONTH_LABEL_WIDTH) + _GAP
    width = _LEFT + slot * len(months) + _GAP
    height = _TOP + _PLOT_HEIGHT + 40
    label = f"Practice {practice}: percentage complete and shared, by month"
    yield (
        f'<svg role="img" aria-label="{escape(label)}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}">\n<title>{escape(label)}</title>\n'
    )
    for tick in (0, 25, 50, 75, 100):
        y = _y(tick)
        yield f'<line x1="{_LEFT}" y1="{y}" x2="{width}" y2="{y}" stroke="#d8dde0"/>'
        yield f'<text x="{_LEFT - 6}" y="{y + 4}" text-anchor="end">{tick}%</text>\n'
    for index, group in enumerate(months):
        x0 = _LEFT + _GAP + index * slot + (slot - _GAP - len(series) * _BAR) / 2
        for offset, (kind, colour) in enumerate(series):
            percent = group.complete_percent if kind == "complete" else group.shared_percent
            count = group.complete if kind == "complete" else group.shared
            x = x0 + offset * _BAR
            text = f"{group.month}: {kind} {figure(percent, '%')} ({count} of {group.needing_assessment})"
            if percent is not None:
                y = _y(percent)
                yield (
                    f'<rect x="{x}" y="{y}" width="{_BAR - 2}" height="{round(_y(0) - y, 1)}" fill="{colour}">'
                    f"<title>{escape(text)}</title></rect>"
                )
            yield (
                f'<text x="{x + (_BAR - 2) / 2:g}" y="{_y(percent or 0) - 3}" text-anchor="middle">'
                f"{escape(figure(percent))}</text>\n"
            )
        centre = x0 + len(series) * _BAR / 2
        yield f'<text x="{centre:g}" y="{_y(0) + 16}" text-anchor="middle">{escape(group.month)}</text>\n'
    yield "</svg>\n"


def _y(percent: float) -> float:
    return round(_TOP + _PLOT_HEIGHT * (1 - percent / 100), 1)


def _table(groups: list[GroupStats]) -> Iterator[str]:
    yield (
        "<table>\n<thead><tr><th>practice</th><th>month</th><th>records</th><th>needing assessment</th>"
        "<th>complete</th><th>shared</th><th>median days to share</th><th>unusable files</th>"
        "<th>entered in error</th></tr></thead>\n<tbody>\n"
    )
    for g in groups:
        cells = (
            g.records,
            g.needing_assessment,
            count_and_percent(g.complete, g.complete_percent),
            count_and_percent(g.shared, g.shared_percent),
            figure(g.median_days_to_share),
            g.unusable_files,
            g.entered_in_error,
        )
        yield f"<tr><td>{escape(g.practice)}</td><td class=\"text\">{escape(g.month)}</td>"
        yield "".join(f"<td>{escape(str(c))}</td>" for c in cells) + "</tr>\n"
    yield "</tbody>\n</table>\n"


def _failures(report: AuditReport) -> Iterator[str]:
    rows = [g for g in (report.totals, *report.groups) if g.top_rule_failures]
    if not rows:
        yield "<p>No share-gate errors in records needing assessment.</p>\n"
        return
    yield "<table>\n<thead><tr><th>practice</th><th>month</th><th>rule</th><th>records</th></tr></thead>\n<tbody>\n"
    for g in rows:
        for rule in g.top_rule_failures:
            yield (
                f'<tr><td>{escape(g.practice)}</td><td class="text">{escape(g.month)}</td>'
                f'<td class="text">{escape(rule.code)} {escape(rule.name)}</td><td>{rule.records}</td></tr>\n'
            )
    yield "</tbody>\n</table>\n"
