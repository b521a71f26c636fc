"""The fifth fresh, independent batch (fresh5_cases.py) run against the share gate.

``refuse``: the gate reports at least one error, or the record model cannot read the record (it can then never
be shared). ``pass``: no error (warnings are fine).

KNOWN_WRONG lists every case the gate gets wrong today: for a false refusal, the rule that fired and the word
or phrase that tripped it; for a false pass, the rule that should have caught it. They are strict xfails: when
the gate is fixed the case starts passing, the xfail turns into a failure, and the entry must be removed.
"""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from tests.redteam.cases import CASES, PASS, REFUSE, Case, Record, load_base
from tests.redteam.fresh2_cases import F2CASES
from tests.redteam.fresh3_cases import F3CASES
from tests.redteam.fresh4_cases import F4CASES
from tests.redteam.fresh5_cases import CATEGORIES, F5CASES
from tests.redteam.fresh_cases import FCASES
from tests.redteam.good_cases import GOOD
from tests.redteam.harness import describe, verdict
from tests.redteam.hollow_cases import HCASES

KNOWN_WRONG: dict[str, str] = {
    # None today: every case of this corpus is judged as expected. Add a case the gate gets wrong here, with why.
}


def _param(case: Case) -> object:
    marks = []
    if case.name in KNOWN_WRONG:
        marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_WRONG[case.name]))
    return pytest.param(case, id=case.name, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in F5CASES])
def test_fresh5_record_verdict(case: Case) -> None:
    got, issues, parse_error = verdict(case.build())
    where = f"{case.name} [{case.category}] on {case.base}: {case.why}"
    if got == "unreadable":
        assert case.expect == REFUSE, f"{where}\n  a must-pass record did not parse: {parse_error}"
        return
    assert got == case.expect, f"{where}\n  expected {case.expect}, the gate said {got}; issues:\n{describe(issues)}"


def test_corpus_shape() -> None:
    names = Counter(c.name for c in F5CASES)
    assert not [n for n, k in names.items() if k > 1], "case names are unique"
    earlier = {c.name for c in CASES} | {c.name for c in HCASES} | {g.name for g in GOOD} | {c.name for c in FCASES}
    earlier |= {c.name for c in F2CASES} | {c.name for c in F3CASES} | {c.name for c in F4CASES}
    assert not {c.name for c in F5CASES} & earlier, "no name reused from the earlier corpora"
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", c.name) for c in F5CASES)
    assert sum(c.expect == REFUSE for c in F5CASES) >= 50
    assert sum(c.expect == PASS for c in F5CASES) >= 50
    assert {c.category for c in F5CASES} == set(CATEGORIES)
    assert set(KNOWN_WRONG) <= {c.name for c in F5CASES}, "every known-wrong entry names a case"


def _texts(data: Record) -> set[str | None]:
    out: set[str | None] = {a.get("conclusion") for a in data.get("assessments", [])}
    out.add((data.get("overall_conclusion") or {}).get("text"))
    return out


def test_no_earlier_conclusion_reused() -> None:
    """New cases, not rewordings: no conclusion text of the earlier corpora appears verbatim here."""
    earlier: set[str | None] = set()
    for c in [*CASES, *HCASES, *FCASES, *F2CASES, *F3CASES, *F4CASES]:
        earlier |= _texts(c.build())
    for g in GOOD:
        earlier |= _texts(g.build())
    for c in F5CASES:
        mine = _texts(c.build()) - _texts(load_base(c.base))
        assert not mine & earlier, f"{c.name} reuses an earlier corpus's conclusion"


@pytest.mark.parametrize("case", F5CASES, ids=lambda c: c.name)
def test_case_changes_its_example(case: Case) -> None:
    assert case.build() != load_base(case.base), f"{case.name} must change its example"
    json.dumps(case.build(), ensure_ascii=False)
