"""The share gate's rule catalogue. See medassess._gate for the engine and the documentation format."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterator

from ._gate import GateContext, GateSettings, Problem, rule
from ._record import Record
from ._resources import data_path


@functools.cache
def shipped_settings() -> GateSettings:
    raw = tomllib.loads((data_path("mappings") / "share-gate.toml").read_text(encoding="utf-8"))
    return GateSettings(
        min_conclusion_chars=int(raw["min_conclusion_chars"]),
        placeholders=tuple(str(p).casefold() for p in raw["placeholders"]),
    )


@rule("MA001", "record-not-final", "error", "The record is a draft or marked entered-in-error.")
def record_not_final(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    The record's status is final or amended.

    Why it matters:
    A draft may still change; professionals acting on a draft may act on conclusions the clinician has
    not yet confirmed. A record entered in error must never be shared.

    Example:
    "status": "draft"

    Instead:
    Finish the record, attest it, and set the status to final (or amended for a correction).
    """
    if record.status not in ("final", "amended"):
        yield Problem(f"the record's status is {record.status}; only final or amended records are shared", "$.status")
