"""JSON Schemas of what the commands print with ``--format json``, published in docs/schemas/.

Every command's JSON is one envelope (:func:`medassess.cli._output.envelope_head`): ``schema`` (its name and
version, ``medassess-<command>/<n>``), ``command``, ``medassess`` (the version that wrote it), ``items`` (one
per file, delivery or rule), ``summary`` (counts, and the exit status), and ``error`` when the run stopped on
one (a usage error, a configuration that cannot be read, no record files), with the items written before it.
What each item and summary holds is below, per command; a consumer can rely on the keys listed here.
Regenerate the published files after a change (a test fails until they match):

    python -m medassess.cli.schemas
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import orjson

from ..record.io import write_atomic
from ._output import envelope_head

PUBLISHED = Path(__file__).resolve().parents[2] / "docs" / "schemas"
BASE_ID = "https://medassess.uk/schema/cli/"

_TEXT = {"type": "string"}
_TEXT_OR_NULL = {"type": ["string", "null"]}
_COUNT = {"type": "integer", "minimum": 0}
_COUNTS = {"type": "object", "additionalProperties": _COUNT}
_EXIT = {"type": "integer", "enum": [0, 1, 2, 130]}
_ISSUE = {
    "type": "object",
    "required": ["code", "name", "severity", "message", "path", "location", "fix"],
    "properties": {
        "code": {"type": "string", "pattern": "^MA[0-9]{3}$"},
        "name": _TEXT,
        "severity": {"enum": ["error", "warning", "information"]},
        "message": _TEXT,
        "path": {"type": "string", "pattern": "^\\$"},
        "location": _TEXT,
        "fix": _TEXT,
    },
}


def _obj(required: dict[str, Any], optional: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"type": "object", "required": sorted(required), "properties": {**required, **(optional or {})}}


_ITEMS: dict[str, dict[str, Any]] = {
    "validate": _obj(
        {
            "file": _TEXT,
            "record_id": {"type": ["string", "null"], "description": "the record's id when it is a UUID"},
            "record_version": {"type": ["integer", "null"]},
            "status": {"enum": ["passed", "refused", "unusable"]},
            "issues": {"type": "array", "items": _ISSUE},
        },
        {"error": _obj({"source": _TEXT_OR_NULL, "path": _TEXT, "message": _TEXT})},
    ),
    "share": _obj(
        {
            "file": _TEXT,
            "record_id": _TEXT,
            "record_version": {"type": "integer"},
            "recipient_id": _TEXT,
            "recipient_role": _TEXT,
            "transport": _TEXT_OR_NULL,
            "format": _TEXT_OR_NULL,
            "status": {"enum": ["pending", "sent", "acknowledged", "unknown", "failed", "rejected", "not-sent"]},
            "message_id": _TEXT_OR_NULL,
            "detail": _TEXT_OR_NULL,
            "sent_now": {"type": "boolean"},
        },
        {"attempt_outcome": {"enum": ["pending", "sent", "acknowledged", "unknown", "failed", "rejected", None]}},
    ),
    "ledger": _obj(
        {
            "record_id": _TEXT,
            "record_version": {"type": "integer"},
            "recipient_id": _TEXT,
            "recipient_role": _TEXT,
            "transport": _TEXT,
            "format": _TEXT,
            "status": {"enum": ["pending", "sent", "acknowledged", "unknown", "failed", "rejected"]},
            "attempt": {"type": "integer", "minimum": 1},
            "message_id": _TEXT_OR_NULL,
            "payload_sha256": _TEXT_OR_NULL,
        }
    ),
    "rules": _obj(
        {
            "code": {"type": "string", "pattern": "^MA[0-9]{3}$"},
            "name": _TEXT,
            "severity": {"enum": ["error", "warning"]},
            "area": _TEXT,
            "summary": _TEXT,
            "fix": _TEXT,
            "sections": _obj({}, {key: _TEXT for key in ("checks", "why", "example", "instead")}),
        }
    ),
}
_NUMBER_OR_NULL = {"type": ["number", "null"]}
_GROUP = _obj(
    {
        "practice": _TEXT,
        "month": {"type": "string", "pattern": "^([0-9]{4}-[0-9]{2}|all|unknown)$"},
        "records": _COUNT,
        "needing_assessment": _COUNT,
        "complete": _COUNT,
        "complete_percent": _NUMBER_OR_NULL,
        "shared": {"type": ["integer", "null"], "minimum": 0},
        "shared_percent": _NUMBER_OR_NULL,
        "median_days_to_share": _NUMBER_OR_NULL,
        "records_with_days": _COUNT,
        "unusable_files": _COUNT,
        "entered_in_error": _COUNT,
        "top_rule_failures": {
            "type": "array",
            "items": _obj({"code": {"type": "string", "pattern": "^MA[0-9]{3}$"}, "name": _TEXT, "records": _COUNT}),
        },
    }
)
_ITEMS["audit"] = _GROUP
_SUMMARIES: dict[str, dict[str, Any]] = {
    "audit": _obj(
        {
            "today": {"type": "string", "format": "date"},
            "sharing_audited": {"type": "boolean"},
            "files": _obj({"read": _COUNT, "unusable": _COUNT, "superseded": _COUNT}),
            "totals": _GROUP,
            "exit_status": _EXIT,
        }
    ),
    "validate": _obj(
        {
            "passed": _COUNT,
            "refused": _COUNT,
            "unusable": _COUNT,
            "files": _COUNT,
            "warnings": _COUNT,
            "skipped": _COUNT,
            "by_rule": _COUNTS,
            "exit_status": _EXIT,
        }
    ),
    "share": _obj(
        {
            "files": _COUNT,
            "shared_with_everyone": _COUNT,
            "not_yet_with_everyone": _COUNT,
            "refused": _COUNT,
            "unusable": _COUNT,
            "deliveries": _COUNTS,
            "exit_status": _EXIT,
        }
    ),
    "ledger": _obj({"deliveries": _COUNT, "by_status": _COUNTS, "exit_status": _EXIT}),
    "rules": _obj({"rules": _COUNT, "exit_status": _EXIT}),
}
COMMANDS = tuple(_ITEMS)
"""The commands with a ``--format json``: each follows the envelope."""


def output_schema(command: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``medassess <command> --format json``: a completed run, or one that
    stopped on an error (then ``summary`` holds only the exit status, and ``items`` what was done before)."""
    head = {
        "schema": {"const": envelope_head(command)["schema"]},
        "command": {"const": command},
        "medassess": _TEXT,
    }
    # A run that stopped on an error keeps the items it wrote before stopping.
    items = {"type": "array", "items": _ITEMS[command]}
    stopped = _obj({**head, "items": items, "summary": _obj({"exit_status": _EXIT})})
    stopped["required"] = sorted([*stopped["required"], "error"])
    stopped["properties"]["error"] = _obj({"source": _TEXT_OR_NULL, "path": _TEXT_OR_NULL, "message": _TEXT})
    completed = _obj({**head, "items": items, "summary": _SUMMARIES[command]})
    if command == "audit":  # what each figure means, beside the figures
        completed["properties"]["definitions"] = {"type": "object", "additionalProperties": _TEXT}
        completed["required"] = sorted([*completed["required"], "definitions"])
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{BASE_ID}{command}.schema.json",
        "title": f"medassess {command} --format json",
        "oneOf": [completed, stopped],
    }


def schema_bytes(command: str) -> bytes:
    return orjson.dumps(output_schema(command), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


def main(argv: list[str] | None = None) -> int:
    folder = Path(argv[0]) if argv else PUBLISHED
    for command in COMMANDS:
        write_atomic(folder / f"{command}.schema.json", schema_bytes(command))
    print(f"wrote {len(COMMANDS)} schemas to {folder}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
