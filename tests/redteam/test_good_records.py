"""The corpus of GOOD records (good_cases.py) run against the share gate: every one must pass.

A good record the gate refuses is a false refusal. Known ones are listed in FALSE_REFUSALS and marked
xfail(strict=True), so the suite stays green until the gate is fixed and then asks for the entry to be removed.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.redteam.cases import load_base
from tests.redteam.good_cases import FALSE_REFUSALS, GOOD, GoodCase
from tests.redteam.harness import describe, verdict


def _params() -> list[object]:
    out: list[object] = []
    for case in GOOD:
        marks = []
        if case.name in FALSE_REFUSALS:
            marks.append(pytest.mark.xfail(strict=True, reason="FALSE REFUSAL: " + FALSE_REFUSALS[case.name]))
        out.append(pytest.param(case, id=case.name, marks=marks))
    return out


@pytest.mark.parametrize("case", _params())
def test_good_record_passes(case: GoodCase) -> None:
    got, issues, parse_error = verdict(case.build())
    assert parse_error is None, f"{case.name}: record did not parse: {parse_error}"
    assert got == "pass", f"{case.name} on {case.base}: {case.why}\n  the gate refused it:\n{describe(issues)}"


def test_corpus_is_large_and_named_uniquely() -> None:
    assert len(GOOD) >= 150
    names = Counter(c.name for c in GOOD)
    assert not [n for n, k in names.items() if k > 1]
    assert set(FALSE_REFUSALS) <= set(names), "every listed false refusal is a case"


@pytest.mark.parametrize("case", GOOD, ids=lambda c: c.name)
def test_case_changes_its_example(case: GoodCase) -> None:
    assert case.build() != load_base(case.base)
