"""Run the shipped example records through the share gate and explain what passes, what fails and why.

The examples are invented but realistic cases (antenatal opioid substitution, a baby discharged to a foster
placement under an interim care order, valproate, lithium, nothing concerning, ...). Records under pass/
must be shareable; records under fail/ must be refused, with the rule codes listed in expected.toml.

Exit status: 0 when every example behaves as expected, 1 otherwise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TextIO

from .. import examples
from ..core.exceptions import InputError
from ..gate.classes import classify
from ..record.io import load_record
from ..record.model import Record
from ._output import add_today_argument, plural
from ._status import EXIT_OK, EXIT_REFUSED
from .validate import FileResult, check_file


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    add_today_argument(parser)


@dataclass(frozen=True, slots=True)
class Expectation:
    """What a failing example must be refused for, and what it shows."""

    codes: tuple[str, ...] = ()
    description: str = ""


def _expectations() -> dict[str, Expectation]:
    """examples/expected.toml: under ``[fail]``, each failing example's file name with exactly the share-gate
    error codes it must be refused for, either as a list or as a table with ``codes`` and a ``description``."""
    try:
        path = examples.path("expected.toml")
    except InputError:
        return {}
    raw: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    found: dict[str, Expectation] = {}
    for name, entry in raw.get("fail", {}).items():
        if isinstance(entry, list):
            found[name] = Expectation(tuple(entry))
        elif isinstance(entry, dict):
            found[name] = Expectation(tuple(entry.get("codes", ())), str(entry.get("description", "")))
    return found


def _label(value: str) -> str:
    return value.replace("-", " ")


def describe(record: Record) -> Iterator[str]:
    """What an example record is about, in a few lines a safeguarding lead can read. Names no one."""
    pregnancy = record.pregnancy
    stage: str = pregnancy.stage
    if pregnancy.gestation is not None and stage == "antenatal":
        stage += f", {pregnancy.gestation.weeks}+{pregnancy.gestation.days} weeks"
    if pregnancy.delivery_date is not None:
        stage += f", delivered {pregnancy.delivery_date.isoformat()}"
    yield f"{stage}; captured with template {record.template.version}"
    needing: list[str] = []
    others: list[str] = []
    for medicine in record.medicines:
        found = classify(medicine)
        whose = " (partner)" if medicine.taken_by == "partner" else ""
        if found.needs_assessment:
            why = ", ".join(c.label for c in found.classes) or "flagged by the clinician"
            needing.append(f"{medicine.name}{whose} [{why}]")
        else:
            others.append(medicine.name + whose)
    if needing:
        yield "needs a written assessment: " + "; ".join(needing)
    if others:
        yield "no written assessment needed: " + "; ".join(others)
    safeguarding = record.safeguarding
    context = []
    if safeguarding.child_protection_plan:
        context.append("child protection plan")
    if safeguarding.child_protection_plan_ended:
        context.append(f"child protection plan ended {safeguarding.child_protection_plan_ended.isoformat()}")
    if safeguarding.care_order in ("interim", "full"):
        context.append(f"{safeguarding.care_order} care order")
    if context:
        yield "safeguarding: " + "; ".join(context)
    if safeguarding.discharge_to:
        yield f"baby discharged to: {_label(safeguarding.discharge_to)}"
    if record.recipients:
        yield "shared with: " + ", ".join(_label(r.role) for r in record.recipients)


def _issue_lines(result: FileResult) -> Iterator[str]:
    for line in result.lines():
        # The file name is already the heading; each line keeps its path and code.
        yield line.removeprefix(f"{result.file}: ")


def _report(out: TextIO, verdict: str, name: str, details: Iterator[str]) -> None:
    out.write(f"  {verdict:<8} {name}\n")
    for line in details:
        out.write(f"           {line}\n")


def run(args: argparse.Namespace) -> int:
    today: dt.date = args.today or dt.date.today()
    expectations = _expectations()
    out = sys.stdout
    out.write(f"The shipped example records through the share gate, as of {today.isoformat()}.\n")
    out.write("`medassess rules CODE` explains any rule code below.\n")
    unexpected: list[str] = []

    out.write("\nComplete records: each must pass, so it can be shared.\n")
    passing = [examples.path(name) for name in examples.names("pass")]
    for path in passing:
        result = check_file(path, today=today)
        ok = result.status == "passed"
        if not ok:
            unexpected.append(f"pass/{path.name} was {result.status}")
        details = [*describe(load_record(path))] if result.status != "unusable" else []
        _report(out, "PASS" if ok else result.status.upper(), path.name, iter([*details, *_issue_lines(result)]))

    failing = [examples.path(name) for name in examples.names("fail")]
    if failing:
        out.write("\nIncomplete records: the share gate must refuse each, for the reasons shown.\n")
    for path in failing:
        result = check_file(path, today=today)
        expected = expectations.get(path.name, Expectation())
        raised = sorted({i.code for i in result.issues if i.severity == "error"})
        details = [expected.description] if expected.description else []
        if result.status != "refused":
            unexpected.append(f"fail/{path.name} was {result.status}")
            details.append("NOT AS EXPECTED: the share gate should have refused it")
        elif expected.codes and raised != sorted(expected.codes):
            wanted = ", ".join(sorted(expected.codes))
            unexpected.append(f"fail/{path.name} was refused for {', '.join(raised)}, expected {wanted}")
            details.append(f"NOT AS EXPECTED: expected exactly {wanted}")
        _report(out, "REFUSED" if result.status == "refused" else result.status.upper(), path.name,
                iter([*details, *_issue_lines(result)]))

    total = len(passing) + len(failing)
    if unexpected:
        out.write(f"\n{plural(len(unexpected), 'example')} of {total} did not behave as expected:\n")
        out.writelines(f"  {line}\n" for line in unexpected)
        return EXIT_REFUSED
    out.write(
        f"\nAll {total} examples behave as expected: {len(passing)} complete records pass, "
        f"{len(failing)} incomplete ones are refused.\n"
    )
    return EXIT_OK
