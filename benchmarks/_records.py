"""The records the export benchmarks time: the shipped passing examples in turn, each with its own record id.

The examples are few, so a run repeats each one's free texts hundreds of times, and the share gate keeps the
analysis of a text it has met (bounded memos keyed by the text: what a real stream of records benefits from
only when texts recur, as a standard phrase does). Timed on repeated texts the gate would look faster than
it is on distinct records, so ``distinct=True`` gives every record free texts of its own: each written answer
with the record's number appended in brackets, which leaves every word, and so every verdict, as it was and
makes each text one the gate has not met. Medicine names and doses are left as they are, as real records
share them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from medassess import Record, check, parse_record

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "pass").glob("*.json"))

_ASSESSMENT_TEXTS = ("recommendations", "conclusion")
_IMPACT_TEXTS = {
    "impact_on_mother": ("parenting_capacity", "safe_sleep"),
    "impact_on_baby": ("summary", "neonatal_withdrawal_plan", "breastfeeding"),
}


def _numbered(holder: dict[str, Any] | None, keys: tuple[str, ...], number: int) -> None:
    for key in keys:
        if holder is not None and isinstance(holder.get(key), str) and holder[key].strip():
            holder[key] = f"{holder[key]} ({number})"


def _distinct(data: dict[str, Any], number: int) -> dict[str, Any]:
    """The record's data with each free text its own (see the module's documentation)."""
    for assessment in data.get("assessments") or []:
        _numbered(assessment, _ASSESSMENT_TEXTS, number)
        for part, keys in _IMPACT_TEXTS.items():
            _numbered(assessment.get(part), keys, number)
    for medicine in data.get("medicines") or []:
        _numbered(medicine, ("not_of_concern_reason",), number)
    _numbered(data.get("overall_conclusion"), ("text",), number)
    _numbered(data.get("lawful_basis"), ("justification",), number)
    return data


def records(count: int, *, distinct: bool, first: int = 0) -> list[Record]:
    """``count`` records: the examples in turn, each with its own record id, and with ``distinct`` each with
    its own free texts, numbered from ``first`` (a benchmark repeating its rounds gives each round records
    numbered apart, so no round meets texts an earlier one left in the gate's memos). The gate's verdict on
    each is checked to be its example's (same issue codes)."""
    raw = [p.read_bytes() for p in EXAMPLES]
    found = []
    for i in range(count):
        data: dict[str, Any] = orjson.loads(raw[i % len(raw)])
        data["record_id"] = f"bench-{first + i:06d}"
        if distinct:
            data = _distinct(data, 1000 + first + i)
        found.append(parse_record(orjson.dumps(data)))
    for i, record in enumerate(found[: len(raw)]):
        example = parse_record(raw[i])
        if [x.code for x in check(record)] != [x.code for x in check(example)]:
            raise SystemExit(f"{EXAMPLES[i].name}: the gate judges the benchmark's copy otherwise; not comparable")
    return found


SHARD = 1000
"""Records per folder in a generated tree: folders of a thousand, as a practice's export might come."""


def write_folder(folder: Path, count: int, *, prefix: str, distinct: bool = False) -> None:
    """``count`` record files under ``folder`` for the command-line benchmarks: the examples in turn, each with
    its own record id (``<prefix>-NNNNNN``), one in ten saved as a draft (so the share gate refuses it), in
    ``shard-NNN`` folders of :data:`SHARD`. With ``distinct`` each record has free texts of its own (as
    :func:`records` gives them); without, the examples' texts recur on every seventh record or so."""
    for index in range(count):
        # A fresh copy of the example each time: _distinct rewrites the nested texts in place.
        data: dict[str, Any] = orjson.loads(EXAMPLES[index % len(EXAMPLES)].read_bytes())
        if distinct:
            data = _distinct(data, 1000 + index)
        data["record_id"] = f"{prefix}-{index:06d}"
        if index % 10 == 9:
            data["status"] = "draft"
        shard = folder / f"shard-{index // SHARD:03d}"
        shard.mkdir(exist_ok=True)
        (shard / f"record-{index:06d}.json").write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2))
