"""The hollow-record corpus (hollow_cases.py) run against the share gate.

``refuse``: the gate reports at least one error, or the record model cannot read the record at all (it can then
never be shared; those cases are counted and kept few). ``pass``: no error (warnings are fine).

KNOWN_WRONG lists every case the gate gets wrong today, each with the rule that should have caught it and the
text or field that fooled it. They are strict xfails: when the gate is fixed the case starts passing, the xfail
turns into a failure, and the entry must be removed.
"""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from tests.redteam.cases import CASES, PASS, REFUSE, Case, load_base
from tests.redteam.harness import describe, verdict
from tests.redteam.hollow_cases import CATEGORIES, HCASES

KNOWN_WRONG: dict[str, str] = {
    "unlisted-doxycycline": "MA101 via the medicine classes (teratogen / antiepileptic / sedating medicine not in any class): 'Doxycycline 100mg capsules' (tetracycline, contraindicated in pregnancy): of concern but maybe in no list; unassessed and marked not of concern",
    "attr-role-other": "MA204/MA209/MA210 (attribution): role 'other' with a GMC number: no accountable role",
    "dates-updated-before-assessment": "MA015 warns (not a refusal): an update time older than the record's content is a stale save, and refusing it would block records whose conclusions are not in doubt",
    "copy-synonyms-swapped": "MA121 (conclusion copied between medicines): the methadone conclusion with every other word swapped for a synonym, pasted under sertraline",
}


def _param(case: Case) -> object:
    marks = []
    if case.name in KNOWN_WRONG:
        marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_WRONG[case.name]))
    return pytest.param(case, id=case.name, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in HCASES])
def test_hollow_record_verdict(case: Case) -> None:
    got, issues, parse_error = verdict(case.build())
    where = f"{case.name} [{case.category}] on {case.base}: {case.why}"
    if got == "unreadable":
        assert case.expect == REFUSE, f"{where}\n  a must-pass record did not parse: {parse_error}"
        return
    assert got == case.expect, f"{where}\n  expected {case.expect}, the gate said {got}; issues:\n{describe(issues)}"


def test_corpus_shape() -> None:
    names = Counter(c.name for c in HCASES)
    assert not [n for n, k in names.items() if k > 1], "case names are unique"
    assert not {c.name for c in HCASES} & {c.name for c in CASES}, "no name reused from the first corpus"
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", c.name) for c in HCASES)
    assert sum(c.expect == REFUSE for c in HCASES) >= 150
    assert sum(c.expect == PASS for c in HCASES) >= 30
    assert {c.category for c in HCASES} == set(CATEGORIES)
    assert set(KNOWN_WRONG) <= {c.name for c in HCASES}, "every known-wrong entry names a case"


def test_no_first_corpus_text_reused() -> None:
    """New cases, not rewordings: no conclusion text of the first corpus appears verbatim here."""
    first: set[str | None] = set()
    for c in CASES:
        data = c.build()
        first.update(a.get("conclusion") for a in data.get("assessments", []))
        first.add((data.get("overall_conclusion") or {}).get("text"))
    shipped: set[str | None] = set()
    for c in HCASES:
        base = load_base(c.base)
        shipped.update(a.get("conclusion") for a in base.get("assessments", []))
        shipped.add((base.get("overall_conclusion") or {}).get("text"))
    first -= shipped
    for c in HCASES:
        data = c.build()
        mine = {a.get("conclusion") for a in data.get("assessments", [])}
        mine.add((data.get("overall_conclusion") or {}).get("text"))
        assert not (mine - shipped) & first, f"{c.name} reuses a first-corpus conclusion"


@pytest.mark.parametrize("case", HCASES, ids=lambda c: c.name)
def test_case_changes_its_example(case: Case) -> None:
    assert case.build() != load_base(case.base), f"{case.name} must change its example"
    json.dumps(case.build(), ensure_ascii=False)
