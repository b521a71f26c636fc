"""The record's JSON Schema, generated from the pydantic model and published as docs/record.schema.json.

Integrators validate records with it in any language before handing them to medassess. The model is the
source of truth; regenerate the published file after changing it:

    python -m medassess.record.schema
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import orjson

from ..core.layouts import RECORD_JSON
from .io import write_atomic
from .model import Record

SCHEMA_ID = f"https://medassess.uk/schema/record/layout-{RECORD_JSON.written}/record.schema.json"
"""The schema's ``$id`` names the record layout it describes (``schema_version``; docs/compatibility.md)."""
PUBLISHED = Path(__file__).resolve().parents[2] / "docs" / "record.schema.json"


def record_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a record, as pydantic generates it for validation input."""
    schema = Record.model_json_schema(mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def schema_bytes() -> bytes:
    """The schema as the published file holds it: indented, keys sorted, so diffs are readable."""
    return orjson.dumps(record_schema(), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


def main(argv: list[str] | None = None) -> int:
    target = Path(argv[0]) if argv else PUBLISHED
    write_atomic(target, schema_bytes())
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
