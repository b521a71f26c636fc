"""docs/rules.md, the share gate's rule catalogue, generated from the registry so it cannot drift.

Regenerate with ``python -m medassess.gate.catalogue`` (a test fails when the file is out of date).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..record.io import write_atomic
from .engine import rules
from .registry import DOC_SECTIONS

_RANGES = (
    ("MA0", "The record: status, identity, pregnancy, template"),
    ("MA1", "Assessments and conclusions"),
    ("MA2", "Who wrote them, and when"),
    ("MA3", "Who receives the record"),
    ("MA4", "The lawful basis for sharing"),
)


def catalogue_markdown() -> str:
    """The catalogue as Markdown: a summary table, then each rule's full documentation."""
    catalogue = rules()
    lines = [
        "# Share gate rules",
        "",
        "Generated from `medassess/gate/rules/` by `python -m medassess.gate.catalogue`; do not edit by hand.",
        "`medassess rules CODE` prints one rule. Errors refuse sharing; warnings are shown and do not block.",
        "",
        "| Code | Name | Severity | Summary |",
        "| --- | --- | --- | --- |",
    ]
    lines += [f"| [{r.code}](#{r.code.lower()}-{r.name}) | {r.name} | {r.severity} | {r.summary} |" for r in catalogue]
    for prefix, title in _RANGES:
        in_range = [r for r in catalogue if r.code.startswith(prefix)]
        if not in_range:
            continue
        lines += ["", f"## {prefix}xx: {title}"]
        for r in in_range:
            lines += ["", f"### {r.code} {r.name}", "", f"*{r.severity}*. {r.summary}"]
            for heading, text in r.doc_sections().items():
                lines += ["", f"**{heading}:**", "", text]
    return "\n".join(lines) + "\n"


def main() -> int:
    target = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
    write_atomic(target, catalogue_markdown().encode("utf-8"))
    sys.stdout.write(f"wrote {target} ({len(rules())} rules, sections {', '.join(DOC_SECTIONS)})\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
