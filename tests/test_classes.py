"""Which medicines need a written assessment: by dm+d code list, by ingredient name, or by flag."""

from __future__ import annotations

import csv
import tomllib
from pathlib import Path

import pytest

from medassess import Medicine, classify, medicine_classes
from medassess.record.codesystems import DMD_SYSTEM, LOCAL_SYSTEM, SNOMED_SYSTEM
from tests.peers import SHARED

ROOT = Path(__file__).resolve().parent.parent


def med(name: str, code: str | None = None, system: str = DMD_SYSTEM, **kw: object) -> Medicine:
    coding = {"system": system, "code": code, "display": name} if code else None
    return Medicine.model_validate({"id": "m1", "name": name, "code": coding, **kw})


@pytest.mark.parametrize(
    ("name", "code", "klass"),
    [
        ("Sodium valproate 200mg gastro-resistant tablets", "322956002", "teratogenic"),
        ("Topiramate 25mg tablets", "323029005", "teratogenic"),
        ("Pregabalin 75mg capsules", "415167006", "gabapentinoid"),
        ("Pregabalin 75mg capsules", "42135711000001109", "gabapentinoid"),
        ("Diazepam 2mg tablets", "321196004", "benzodiazepine-z-drug"),
        ("Diazepam 2mg tablets", "42128111000001101", "benzodiazepine-z-drug"),
        ("Zopiclone 7.5mg tablets", "42139411000001100", "dependence-forming"),  # via its predecessor id
        ("Codeine 30mg tablets", "42010411000001105", "opioid"),
        ("Sertraline 50mg tablets", "321959007", "antidepressant"),
        ("Sertraline 50mg tablets", "39704111000001102", "antidepressant"),
        ("Olanzapine 10mg tablets", "42275511000001103", "antipsychotic"),
    ],
)
def test_verified_dmd_codes_classify_by_code(name: str, code: str, klass: str) -> None:
    result = classify(med(name, code))
    assert result.matched_by == "code"
    assert klass in {c.id for c in result.classes}
    assert result.needs_assessment


def test_old_and_reissued_vmp_ids_classify_the_same() -> None:
    old = classify(med("Sertraline 50mg tablets", "321959007"))
    new = classify(med("Sertraline 50mg tablets", "39704111000001102"))
    assert [c.id for c in old.classes] == [c.id for c in new.classes]


def test_snomed_system_uri_for_dmd_is_accepted_and_normalised() -> None:
    m = med("Diazepam 2mg tablets", "42128111000001101", system=SNOMED_SYSTEM)
    assert m.code is not None and m.code.system == DMD_SYSTEM
    assert classify(m).matched_by == "code"


@pytest.mark.parametrize(
    ("name", "klass"),
    [
        ("Methadone 1mg/ml oral solution", "opioid-substitution"),
        ("Buprenorphine 8mg sublingual tablets", "opioid-substitution"),
        ("Lithium carbonate 400mg modified-release tablets", "lithium"),
        ("Priadel 200mg modified-release tablets", "lithium"),
        ("Lamotrigine 100mg tablets", "antiepileptic"),
        ("Isotretinoin 20mg capsules", "teratogenic"),
        ("Promethazine 25mg tablets", "sedating"),
    ],
)
def test_products_without_a_listed_code_fall_back_to_ingredient_name(name: str, klass: str) -> None:
    result = classify(med(name))
    assert result.matched_by == "name"
    assert klass in {c.id for c in result.classes}


def test_name_fallback_also_covers_a_local_code() -> None:
    result = classify(med("Methadone 1mg/ml oral solution", "methadone-oral-solution", system=LOCAL_SYSTEM))
    assert result.matched_by == "name"


def test_name_matching_is_whole_word() -> None:
    # "lithium" inside another word must not match.
    assert not classify(med("Dilithiumcrystal cream")).needs_assessment


@pytest.mark.parametrize(
    "name", ["Paracetamol 500mg tablets", "Lactulose 3.3g/5ml oral solution", "Folic acid 5mg tablets"]
)
def test_low_risk_medicines_need_no_assessment(name: str) -> None:
    result = classify(med(name))
    assert not result.needs_assessment and result.matched_by == "none"


def test_a_flagged_medicine_needs_assessment_whatever_its_class() -> None:
    result = classify(med("Paracetamol 500mg tablets", flagged=True))
    assert result.needs_assessment and result.matched_by == "flag"


def test_concerns_of_opioid_substitution() -> None:
    concerns = classify(med("Methadone 1mg/ml oral solution")).concerns
    assert {"neonatal-withdrawal", "sedation-safe-sleep", "breastfeeding", "relapse-if-stopped"} <= set(concerns)


def test_every_class_codelist_exists_and_every_review_code_is_verified() -> None:
    raw = tomllib.loads((ROOT / "mappings" / "medicine-classes.toml").read_text())
    snomed_csv = SHARED / "reference" / "codes" / "snomed_codes.csv"
    verified = {row["concept_id"] for row in csv.DictReader(snomed_csv.open())}
    for cls in raw["classes"]:
        for name in cls["codelists"]:
            assert (ROOT / "mappings" / "codelists" / name).is_file(), name
        if "review_code" in cls:
            assert cls["review_code"] in verified, cls["id"]
    assert medicine_classes().classes  # the table loads


def test_every_codelist_is_used_by_a_class() -> None:
    used = {name for cls in medicine_classes().classes.values() for name in cls.codelists}
    shipped = {p.name for p in (ROOT / "mappings" / "codelists").glob("*.csv")}
    assert shipped == used
