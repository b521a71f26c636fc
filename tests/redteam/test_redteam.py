"""The red-team corpus run against the share gate: each case's verdict must be the one the specification asks.

``refuse``: the gate reports at least one error. ``pass``: the gate reports no error (warnings are fine). A record
the model cannot even read is not a refusal, except in the few cases marked as being about input the model
itself must reject.

Before trusting any verdict, the corpus is checked against itself: enough cases, every category both ways, every
case a real mutation of its example, and every must-pass conclusion naming the medicines it covers.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

import pytest

from tests.redteam.cases import BASES, CASES, CATEGORIES, MEDICINE_TERMS, PASS, REFUSE, Case, load_base
from tests.redteam.disguise import plain
from tests.redteam.harness import describe, verdict


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_gate_verdict(case: Case) -> None:
    got, issues, parse_error = verdict(case.build())
    where = f"{case.name} [{case.category}] on {case.base}: {case.why}"
    if got == "unreadable":
        if case.expect == REFUSE and case.parse_reject_ok:
            return
        pytest.fail(f"{where}\n  expected {case.expect}, but the record did not parse: {parse_error}")
    assert got == case.expect, (
        f"{where}\n  expected {case.expect}, the gate said {got}; issues:\n{describe(issues)}"
    )


# ------------------------------------------------------------------------------------------------------------
# The corpus checked against itself.


def test_corpus_is_large_and_every_category_goes_both_ways() -> None:
    assert len(CASES) >= 170
    names = Counter(c.name for c in CASES)
    assert not [n for n, k in names.items() if k > 1], "case names are unique"
    assert {c.category for c in CASES} == set(CATEGORIES)
    for category in CATEGORIES:
        expects = {c.expect for c in CASES if c.category == category}
        assert expects == {REFUSE, PASS}, f"{category} has cases both ways"
    assert {c.base for c in CASES} <= set(BASES)
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", c.name) for c in CASES)
    parse_level = [c.name for c in CASES if c.parse_reject_ok]
    assert len(parse_level) <= 3, "parse-level refusals stay rare"
    assert all(c.expect == REFUSE for c in CASES if c.parse_reject_ok)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_case_changes_its_example(case: Case) -> None:
    built = case.build()
    if not case.base_may_match:
        assert built != load_base(case.base), f"{case.name} must change its example"
    json.dumps(built)  # still plain JSON


def _names(text: str, terms: frozenset[str]) -> bool:
    words = set(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", plain(text)))
    return any(term in words for term in terms)


def _terms(medicine: dict[str, Any]) -> frozenset[str]:
    name = plain(medicine["name"])
    found = [terms for key, terms in MEDICINE_TERMS.items() if key in name]
    assert found, f"the corpus has no terms for medicine {medicine['name']!r}: add it to MEDICINE_TERMS"
    return frozenset().union(*found)


@pytest.mark.parametrize("case", [c for c in CASES if c.expect == PASS], ids=lambda c: c.name)
def test_must_pass_conclusions_name_what_they_cover(case: Case) -> None:
    """A must-pass case is only fair if its conclusions name every medicine they cover; the overall conclusion
    covers every medicine any assessment covers."""
    data = case.build()
    medicines = {m["id"]: m for m in data.get("medicines", [])}
    covered: set[str] = set()
    for a in data.get("assessments", []):
        covered.update(a["medicine_ids"])
        for mid in a["medicine_ids"]:
            assert _names(a.get("conclusion") or "", _terms(medicines[mid])), (
                f"{case.name}: the conclusion of {a['id']} does not name {medicines[mid]['name']!r}"
            )
    text = (data.get("overall_conclusion") or {}).get("text") or ""
    for mid in sorted(covered):
        assert _names(text, _terms(medicines[mid])), (
            f"{case.name}: the overall conclusion does not name {medicines[mid]['name']!r}"
        )


@pytest.mark.parametrize("stem", BASES)
def test_shipped_example_passes(stem: str) -> None:
    """Every case starts from a shipped pass example; if the example itself is refused, no pass case from it
    can mean anything."""
    got, issues, parse_error = verdict(load_base(stem))
    assert got == PASS, f"{stem}: {got} {parse_error or ''}\n{describe(issues)}"
