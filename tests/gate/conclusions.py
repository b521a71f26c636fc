"""Set-up shared by the gate tests that write a conclusion into a shipped pass example and read the errors.

Each base names an example under examples/pass and the id of the assessment whose conclusion the test replaces."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from medassess import check, record_from_data

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "pass"
TODAY = dt.date(2026, 12, 3)

METHADONE = ("antenatal-methadone-sertraline.json", "asm-methadone")
SERTRALINE = ("antenatal-methadone-sertraline.json", "asm-sertraline")
CITALOPRAM = ("antenatal-citalopram-template-1.0.0.json", "asm-citalopram")
LITHIUM = ("lithium-perinatal-mental-health.json", "asm-lithium")
SEDATIVES = ("postnatal-foster-placement-diazepam-pregabalin.json", "asm-diazepam-pregabalin")
PARTNER = ("postnatal-partner-quetiapine.json", "asm-partner-quetiapine")
VALPROATE = ("valproate-unplanned-pregnancy.json", "asm-valproate")


def conclusion_codes(where: tuple[str, str], text: str) -> set[str]:
    """The error codes anywhere in the record once the conclusion of ``where`` holds ``text``."""
    example, assessment = where
    data: dict[str, Any] = json.loads((EXAMPLES / example).read_text(encoding="utf-8"))
    index = next(i for i, a in enumerate(data["assessments"]) if a["id"] == assessment)
    data["assessments"][index]["conclusion"] = text
    return {i.code for i in check(record_from_data(data), today=TODAY) if i.severity == "error"}
