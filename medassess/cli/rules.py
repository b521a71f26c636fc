"""List the share gate's rules, or explain one.

`medassess rules` prints the catalogue, one rule a line: code, name, severity, summary.
`medassess rules MA101` (or the rule's name) prints what the rule checks, why it matters,
an example of what it refuses, and what to do instead. Codes are stable and never reused.
"""

from __future__ import annotations

import argparse
import sys
import textwrap

from ..core.exceptions import InputError
from ..gate.engine import get_rule, rules
from ..gate.registry import Rule
from ._output import add_format_argument, write_envelope


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("rule", nargs="?", metavar="CODE", help="a rule code (e.g. MA001) or name to explain")
    add_format_argument(parser)


SECTION_KEYS = {"What it checks": "checks", "Why it matters": "why", "Example": "example", "Instead": "instead"}
"""Stable JSON keys for the documentation's sections, whatever their headings say."""


def _as_dict(rule: Rule) -> dict[str, object]:
    return {
        "code": rule.code,
        "name": rule.name,
        "severity": rule.severity,
        "area": rule.area.id,
        "summary": rule.summary,
        "fix": rule.fix,
        "sections": {SECTION_KEYS[heading]: body for heading, body in rule.doc_sections().items()},
    }


def run(args: argparse.Namespace) -> int:
    if args.rule is None:
        catalogue = rules()
        if args.format == "json":
            write_envelope("rules", [_as_dict(r) for r in catalogue], {"rules": len(catalogue), "exit_status": 0})
            return 0
        name_width = max((len(r.name) for r in catalogue), default=0)
        for r in catalogue:
            sys.stdout.write(f"{r.code}  {r.name:<{name_width}}  {r.severity:<7}  {r.summary}\n")
        return 0
    try:
        rule = get_rule(args.rule)
    except KeyError:
        raise InputError(
            "no share-gate rule has that code or name; `medassess rules` lists them all", source="command line"
        ) from None
    if args.format == "json":
        write_envelope("rules", [_as_dict(rule)], {"rules": 1, "exit_status": 0})
        return 0
    out = sys.stdout
    out.write(f"{rule.code} {rule.name} ({rule.severity})\n\n{rule.summary}\n")
    for heading, body in rule.doc_sections().items():
        out.write(f"\n{heading}:\n{textwrap.indent(body, '  ')}\n")
    return 0
