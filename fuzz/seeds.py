"""Valid starting inputs for every reader: the shipped passing examples with canaries planted, exported.

Each example record gets the canary name as the mother's (and any partner's) name, the canary NHS number as
hers, canary ids for a medicine, an assessment and a recipient (the ids are structural: they link
assessments to medicines and become FHIR identifiers and HL7 v2 observation sub-ids), the canary sentence in
several free-text answers and the NHS number inside a dose; and fields and text the examples do not use, so
the readers' paths for those are reached too. The planted records are then written with the
library's own mapping, without the share gate (the fuzz inputs are about reading, and a planted record is
not meant to pass the gate): FHIR JSON and XML both as final documents and as preliminary drafts, HL7 v2
under the default and the example ORU^R01 site profile. So every reader starts from inputs it accepts.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import orjson

from medassess import Record, SiteProfile, default_site_profile, load_site_profile, record_from_data
from medassess.formats.fhir.writer import dumps, unchecked_bundle
from medassess.formats.fhir.xml import json_to_xml
from medassess.formats.hl7v2.writer import build

from . import canaries

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "pass").glob("*.json"))
ORU_PROFILE = ROOT / "mappings" / "hl7v2" / "example-trust-oru.toml"


def _append(holder: dict[str, Any], key: str, text: str) -> None:
    if isinstance(holder.get(key), str):
        holder[key] = f"{holder[key]} {text}"


def plant(data: dict[str, Any], index: int = 0) -> dict[str, Any]:
    """A copy of a record's JSON with the canaries planted in free-text and structural positions."""
    data = copy.deepcopy(data)
    data["record_id"] = f"{canaries.FAMILY}-{data['record_id']}"[:64]
    mother = data["mother"]
    mother["nhs_number"] = canaries.NHS_NUMBER
    mother["name"] = {"given": [canaries.GIVEN], "family": canaries.FAMILY}
    if "partner" in data:
        data["partner"]["name"] = {"given": [canaries.GIVEN], "family": canaries.FAMILY}
        data["partner"]["nhs_number"] = canaries.NHS_NUMBER
    medicine_id = canaries.IDS[0]
    old = data["medicines"][0]["id"]
    data["medicines"][0]["id"] = medicine_id
    data["medicines"][-1]["dose"] = f"{data['medicines'][-1]['dose']} (ref {canaries.NHS_NUMBER})"
    for assessment in data.get("assessments", []):
        assessment["medicine_ids"] = [medicine_id if m == old else m for m in assessment["medicine_ids"]]
    if data.get("assessments"):
        first = data["assessments"][0]
        first["id"] = canaries.IDS[2]
        _append(first, "recommendations", canaries.SENTENCE)
    if data.get("recipients"):
        data["recipients"][0]["id"] = canaries.IDS[1]
    if "overall_conclusion" in data:
        _append(data["overall_conclusion"], "text", canaries.SENTENCE)
    if "sleeping_arrangements" in data["safeguarding"]:
        data["safeguarding"]["sleeping_arrangements"] = canaries.SENTENCE
    if "lawful_basis" in data:
        _append(data["lawful_basis"], "justification", canaries.SENTENCE)
    _rarely_written(data, index)
    return data


def _rarely_written(data: dict[str, Any], index: int) -> None:
    """Fields and text the examples do not use, so the readers' paths for them are reached too: text FHIR
    cannot hold as a string (empty, whitespace only, other Unicode spaces: ``exact-text`` and ``empty-text``
    extensions, text/plain attachments), a stopped, flagged medicine with a no-concern reason, an assessment
    with pre-conception advice and an empty part, a clinically estimated due date (every other example, so the
    others keep theirs)."""
    last = data["medicines"][-1]
    if last.get("started"):
        last["stopped"] = last.get("last_changed") or last["started"]
    last["flagged"] = True
    last["not_of_concern_reason"] = f"{canaries.SENTENCE}\u2028Reviewed."
    first = data["medicines"][0]
    first["name"] = first["name"].replace(" ", "\u00a0", 1)
    assessments = data.get("assessments") or []
    if assessments:
        assessments[0]["pre_conception"] = True
        assessments[0].setdefault("impact_on_mother", {})["safe_sleep"] = "   "
        assessments[-1]["impact_on_baby"] = {}
        assessments[-1]["recommendations"] = ""
    if data["pregnancy"].get("edd") and index % 2 == 0:
        data["pregnancy"]["edd_basis"] = "clinical"
    if "sleeping_arrangements" in data["safeguarding"]:
        data["safeguarding"]["sleeping_arrangements"] = f"{canaries.SENTENCE}\u00a0{canaries.NAME}"


@dataclass(frozen=True)
class Seeds:
    """The planted records and their exports, each list in the same example order."""

    data: list[dict[str, Any]]
    """The planted records as JSON data (what the record mutator starts from)."""
    records: list[Record]
    bundles: list[dict[str, Any]]
    """FHIR document Bundles as JSON data: each record final, then each as a preliminary draft."""
    profiles: list[SiteProfile]
    messages: list[bytes]
    """HL7 v2 messages: each record under each profile."""

    def record_json(self) -> list[bytes]:
        return [orjson.dumps(d) for d in self.data]

    def fhir_json(self) -> list[bytes]:
        return [dumps(b) for b in self.bundles]

    def fhir_xml(self) -> list[bytes]:
        return [json_to_xml(b) for b in self.bundles]


@cache
def seeds() -> Seeds:
    data = [plant(orjson.loads(path.read_bytes()), i) for i, path in enumerate(EXAMPLES)]
    records = [record_from_data(d, source=f"seed {i}") for i, d in enumerate(data)]
    bundles = [unchecked_bundle(r, preliminary=p) for p in (False, True) for r in records]
    profiles = [default_site_profile(), load_site_profile(ORU_PROFILE)]
    messages = [build(r, p) for p in profiles for r in records]
    return Seeds(data, records, bundles, profiles, messages)
