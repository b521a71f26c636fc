from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from medassess import (
    LOCAL_SYSTEM,
    SNOMED_SYSTEM,
    TemplateError,
    get_template,
    medicine_classes,
    parse_template,
    template_versions,
)
from tests.peers import SHARED

ROOT = Path(__file__).resolve().parent.parent
SNOMED_REFERENCE = SHARED / "reference" / "codes" / "snomed_codes.csv"

MINIMAL = """
id = "perinatal-medication-assessment"
version = "9.0.0"
title = "Test"
description = "A minimal template"
changes = "none"

[systems]
snomed = "http://snomed.info/sct"

[[sections]]
id = "pregnancy"
title = "Pregnancy"

  [[sections.items]]
  id = "edd"
  prompt = "Agreed estimated date of delivery"
  consultation_section = "Examination"
  code = { system = "snomed", code = "161714006", display = "Estimated date of delivery" }
  value_type = "date"
  path = "pregnancy.edd"
  required_when = "antenatal"

  [[sections.items]]
  id = "delivery-date"
  prompt = "Date of delivery"
  consultation_section = "Examination"
  value_type = "date"
  path = "pregnancy.delivery_date"
"""


def _snomed_terms() -> dict[str, str]:
    with SNOMED_REFERENCE.open(encoding="utf-8", newline="") as handle:
        return {row["concept_id"]: row["term"] for row in csv.DictReader(handle)}


def test_minimal_template_parses() -> None:
    template = parse_template(MINIMAL, source="t.toml")
    assert [i.id for _, i in template.items()] == ["edd", "delivery-date"]


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        (('path = "pregnancy.delivery_date"', 'path = "pregnancy.delivered_on"'),
         "$.sections[0].items[1] (item 'delivery-date')", "'delivered_on' is not a field"),
        (('system = "snomed"', 'system = "read"'),
         "$.sections[0].items[0] (item 'edd')", "code system 'read' is not declared in [systems]"),
        (('"date"\n  path = "pregnancy.delivery', '"when"\n  path = "pregnancy.delivery'),
         "$.sections[0].items[1].value_type", "(item 'delivery-date')"),
        (('"date"\n  path = "pregnancy.delivery', '"text"\n  path = "pregnancy.delivery'),
         "$.sections[0].items[1] (item 'delivery-date')", "does not hold a text answer (a str)"),
        (('id = "delivery-date"', 'id = "edd"'),
         "$.sections[0].items[1] (item 'edd')", "item id 'edd' is used twice"),
        (('required_when = "antenatal"', 'required_when = "antenatal"\n  mandatory = true'),
         "$.sections[0].items[0]", "either mandatory or required_when"),
    ],
    ids=[
        "bad-path", "undeclared-system", "unknown-value-type", "path-of-another-type", "duplicate-id",
        "mandatory-and-conditional",
    ],
)
def test_loader_errors_name_the_item(change: tuple[str, str], path: str, words: str) -> None:
    old, new = change
    assert old in MINIMAL
    with pytest.raises(TemplateError) as caught:
        parse_template(MINIMAL.replace(old, new, 1), source="t.toml")
    error = caught.value
    assert error.source == "t.toml"
    assert error.path == path
    assert words in str(error)


def test_malformed_toml_is_a_located_template_error() -> None:
    with pytest.raises(TemplateError, match="not valid TOML") as caught:
        parse_template(MINIMAL + "\n[[sections", source="t.toml")
    assert caught.value.source == "t.toml"


def test_every_shipped_version_loads_and_each_adds_to_the_last() -> None:
    assert template_versions() == ["1.0.0", "1.1.0", "1.2.0"]
    first, second, third = (get_template(version=v) for v in ("1.0.0", "1.1.0", "1.2.0"))
    assert get_template() == third
    items = [{i.id for _, i in t.items()} for t in (first, second, third)]
    assert items[1] - items[0] == {"partner", "sleeping-arrangements"}
    assert items[2] - items[1] == {"discharge-details"}
    assert items[0] <= items[1] <= items[2]


def test_1_2_0_asks_where_the_baby_goes_when_discharged_to_other() -> None:
    item = get_template(version="1.2.0").item("discharge-details")
    assert (item.path, item.value_type, item.required_when) == (
        "safeguarding.discharge_details", "text", "discharged-to-other"
    )
    assert item.code is not None and item.code.system == "local"  # no verified SNOMED CT concept: never invented


def test_unknown_version_is_a_template_error() -> None:
    with pytest.raises(TemplateError, match=re.escape("installed versions: 1.0.0, 1.1.0, 1.2.0")):
        get_template(version="0.9.0")


def _template_codes() -> list[tuple[str, str, str, str]]:
    """("version item-id", system uri, code, display) for every code in every shipped template."""
    found = []
    for version in template_versions():
        template = get_template(version=version)
        for _, item in template.items():
            for code in [item.code, *(o.code for o in item.options)]:
                if code is not None:
                    found.append((f"{version} {item.id}", template.system_uri(code), code.code, code.display))
    return found


def test_every_snomed_code_is_verified_with_its_term() -> None:
    terms = _snomed_terms()
    snomed = [c for c in _template_codes() if c[1] == SNOMED_SYSTEM]
    assert snomed
    for where, _, code, display in snomed:
        assert code in terms, f"{where}: SNOMED CT {code} is not in the verified reference codes"
        term = re.sub(r" \([a-z ]+\)$", "", terms[code])
        assert display == term, f"{where}: display {display!r} differs from the verified term {term!r}"


def test_every_class_review_code_is_verified() -> None:
    terms = _snomed_terms()
    for cls in medicine_classes().classes.values():
        if cls.review_code is not None:
            assert cls.review_code in terms, f"class {cls.id}: review code {cls.review_code} is not verified"


def test_every_code_system_is_snomed_or_local() -> None:
    assert {system for _, system, _, _ in _template_codes()} == {SNOMED_SYSTEM, LOCAL_SYSTEM}


def test_every_local_code_is_documented_for_a_terminologist() -> None:
    documented = (ROOT / "docs" / "local-codes.md").read_text(encoding="utf-8")
    assert LOCAL_SYSTEM in documented
    rows = {m.group(1): m.group(2).strip() for m in re.finditer(r"^\| `([^`]+)` \|([^|]+)\|", documented, re.M)}
    for where, system, code, display in _template_codes():
        if system == LOCAL_SYSTEM:
            assert code in rows, f"{where}: local code {code!r} is missing from docs/local-codes.md"
            assert rows[code] == display, f"{where}: docs/local-codes.md gives {code!r} another display"


def test_every_fhir_mapping_code_is_verified_with_its_term() -> None:
    # mappings/fhir-codes.toml is the FHIR document's code table: the same facts rule applies there.
    import csv
    import tomllib

    raw = tomllib.loads((ROOT / "mappings" / "fhir-codes.toml").read_text(encoding="utf-8"))
    snomed = _snomed_terms()
    with (SHARED / "reference" / "codes" / "sds_jobrole_codes.csv").open(encoding="utf-8") as handle:
        job_roles = {row["concept_id"]: row["term"] for row in csv.DictReader(handle)}
    # HL7's own code systems are checked against the R4 definitions the peer validator ships (independent of us).
    definitions = ROOT / ".peer-validators" / "node_modules" / "@medplum" / "definitions" / "dist" / "fhir" / "r4"
    hl7 = {
        e["resource"]["url"]: {c["code"]: c.get("display") for c in e["resource"].get("concept", ())}
        for e in json.loads((definitions / "valuesets.json").read_text(encoding="utf-8"))["entry"]
        if e["resource"]["resourceType"] == "CodeSystem"
    }
    empty_reasons = hl7[raw["systems"]["list-empty-reason"]]
    verified = {"snomed": snomed, "sds-job-role": job_roles, "list-empty-reason": empty_reasons}
    not_codes = ("systems", "sections", "extensions")
    entries = [(f"{table}.{key}", entry) for table, rows in raw.items() if table not in not_codes
               for key, entry in rows.items()]
    assert entries
    for where, entry in entries:
        if entry["system"] == "local":
            continue
        terms = verified[entry["system"]]
        assert entry["code"] in terms, f"{where}: {entry['code']} is not in the verified reference codes"
        term = re.sub(r" \([a-z ]+\)$", "", terms[entry["code"]])
        assert entry["display"] == term, f"{where}: display {entry['display']!r} differs from {term!r}"
