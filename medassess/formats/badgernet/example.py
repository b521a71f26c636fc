"""The example exchange in docs/badgernet.md, made from a shipped example by the code that makes real ones.

``python -m medassess.formats.badgernet.example`` rewrites the generated parts of docs/badgernet.md (each
between ``<!-- generated:NAME -->`` and ``<!-- /generated:NAME -->``); a test regenerates them and compares,
so the page shows what medassess writes today, never what it once wrote.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import orjson

from ...core.exceptions import MappingError
from ...record.identifiers import NHS_NUMBER_SYSTEM
from ...record.io import load_record, write_atomic
from ...record.model import Record
from .payloads import BREAK_GLASS_REASON, dumps, find_pregnancy_json, found_pregnancy_id, pregnancy_write_json

__all__ = ["EXAMPLE", "PREGNANCY_PATIENT_ID", "example_exchange", "found_answer", "main", "render"]

EXAMPLE = "pass/antenatal-methadone-sertraline.json"
"""The shipped example the page's exchange is made from."""
PREGNANCY_PATIENT_ID = "preg-123"
"""The pregnancy Patient's logical id in the example answer (a maternity system's own id)."""
_SERVER = "https://maternity.example.org/fhir/R4"
_DOC = Path(__file__).resolve().parents[3] / "docs" / "badgernet.md"
_BLOCK = re.compile(r"(<!-- generated:(?P<name>[a-z-]+) -->\n).*?(<!-- /generated:(?P=name) -->)", re.DOTALL)


def found_answer(record: Record, pregnancy_patient_id: str = PREGNANCY_PATIENT_ID) -> dict[str, Any]:
    """An answer to ``$find-pregnancy`` as a maternity system gives it for the record's mother: a searchset
    Bundle holding the one pregnancy's Patient, which carries her NHS number and date of birth."""
    patient = {
        "resourceType": "Patient",
        "id": pregnancy_patient_id,
        "identifier": [{"system": NHS_NUMBER_SYSTEM, "value": record.mother.nhs_number}],
        "birthDate": record.mother.birth_date.isoformat(),
    }
    return {
        "resourceType": "Bundle",
        "type": "searchset",
        "total": 1,
        "entry": [
            {
                "fullUrl": f"{_SERVER}/Patient/{pregnancy_patient_id}",
                "resource": patient,
                "search": {"mode": "match"},
            }
        ],
    }


def example_exchange() -> dict[str, bytes]:
    """The find request, the maternity system's answer and the write, as files, for the shipped example."""
    from ...examples import path

    record = load_record(path(EXAMPLE))
    find = find_pregnancy_json(record, break_glass_reason=BREAK_GLASS_REASON)
    found = dumps(found_answer(record))
    pregnancy = found_pregnancy_id(found, record, source="found")
    return {"find": find, "found": found, "write": pregnancy_write_json(record, pregnancy_patient_id=pregnancy)}


def _json_block(content: bytes) -> str:
    return "```json\n" + content.decode("utf-8") + "```\n"


def _write_table(write: dict[str, Any]) -> str:
    """Each entry of the transaction: what it creates and whether it points at the pregnancy Patient."""
    pregnancy = f"Patient/{PREGNANCY_PATIENT_ID}"
    lines = ["| # | request | refers to the pregnancy Patient |", "|---|---|---|"]
    for number, entry in enumerate(write["entry"], start=1):
        request = entry["request"]
        points = "yes" if f'"reference":"{pregnancy}"' in orjson.dumps(entry["resource"]).decode() else ""
        lines.append(f"| {number} | `{request['method']} {request['url']}` | {points} |")
    return "\n".join(lines) + "\n"


def _one_entry(write: dict[str, Any], resource_type: str) -> bytes:
    for entry in write["entry"]:
        if entry["resource"]["resourceType"] == resource_type:
            return dumps(entry)
    raise MappingError(f"the example write has no {resource_type}", path="Bundle.entry")


def generated_parts() -> dict[str, str]:
    """The page's generated parts, by name."""
    exchange = example_exchange()
    write = orjson.loads(exchange["write"])
    return {
        "find": _json_block(exchange["find"]),
        "found": _json_block(exchange["found"]),
        "write-entries": _write_table(write),
        "write-medication": _json_block(_one_entry(write, "MedicationStatement")),
    }


def render(text: str) -> str:
    """``text`` (the page) with every generated part made afresh; a part the code does not make is an error."""
    parts = generated_parts()
    seen: set[str] = set()

    def fill(match: re.Match[str]) -> str:
        name = match["name"]
        if name not in parts:
            raise MappingError("names a part the example does not make", source=str(_DOC), path=name)
        seen.add(name)
        return match[1] + parts[name] + match[3]

    result = _BLOCK.sub(fill, text)
    if missing := sorted(set(parts) - seen):
        raise MappingError(f"has no place for {', '.join(missing)}", source=str(_DOC))
    return result


def main() -> int:
    write_atomic(_DOC, render(_DOC.read_text(encoding="utf-8")).encode("utf-8"))
    sys.stdout.write(f"wrote {_DOC}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
