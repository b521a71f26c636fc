"""The second fresh, independent batch (fresh2_cases.py) run against the share gate.

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
from tests.redteam.fresh2_cases import CATEGORIES, F2CASES
from tests.redteam.fresh_cases import FCASES
from tests.redteam.good_cases import GOOD
from tests.redteam.harness import describe, verdict
from tests.redteam.hollow_cases import HCASES

KNOWN_WRONG: dict[str, str] = {
    # False refusals: MA127 reads a drowsiness word as her present state where the clause says it is past,
    # absent or answered "no" in form shorthand (its negation list lacks these).
    "s2-sert-drowsiness-settled": "false refusal: MA127 fired on 'Some drowsiness in the first fortnight ... that "
                                  "has settled' (drowsiness that has passed; 'settled' is not read as a negation)",
    "s2-cital-previously-drowsy": "false refusal: MA127 fired on 'Previously drowsy on 40 mg in 2024' (history on "
                                  "an earlier dose; 'previously' is not read as past)",
    "s2-sert-drowsiness-nil": "false refusal: MA127 fired on 'Drowsiness: nil.' ('nil' is not read as a negation)",
    "s2-cital-drowsy-question-no": "false refusal: MA127 fired on 'Drowsy? No.' (the answer 'No' after the "
                                   "question mark is not read with 'Drowsy')",
    "s2-lith-drowsiness-resolved": "false refusal: MA127 fired on 'Drowsiness resolved within a week of the 2025 "
                                   "dose change' ('resolved' is not read as a negation)",
    "s2-sert-stopped-feeling-sleepy": "false refusal: MA127 fired on 'She stopped feeling sleepy after the first "
                                      "two weeks' ('stopped' is not read as a negation)",
    "s2-cital-sedation-absent": "false refusal: MA127 fired on 'Sedation: absent.' ('absent' is not read as a "
                                "negation)",
    # False refusals: MA120 reads a medicine named as history as one she takes now (no cue for these wordings).
    "h2-meth-trial-of-pregabalin": "false refusal: MA120 fired on 'She had a trial of pregabalin for anxiety in "
                                   "2023' ('had a trial of' is not a history cue)",
    "h2-sert-was-on-citalopram": "false refusal: MA120 fired on 'She was on citalopram before this pregnancy' "
                                 "('was on' is not a history cue)",
    "h2-meth-never-prescribed-pregabalin": "false refusal: MA120 fired on 'She has never been prescribed "
                                           "pregabalin' ('never' is cancelled by the resume word 'prescribed')",
    "h2-cital-sertraline-tried-first": "false refusal: MA120 fired on 'Sertraline was tried first in 2023' ('was "
                                       "tried' is not a history cue)",
    "h2-val-took-lamotrigine-before": "false refusal: MA120 fired on 'She took lamotrigine before 2019' (the past "
                                      "'took' is not a history cue)",
    # False passes: MA127 should refuse sedation "no" beside an affirmed drowsiness, but a negation elsewhere in
    # the same comma-joined sentence ("so she is not to ...", "so she does not ...") shields it.
    "x2-cital-bom-groggy": "false pass: MA127 should refuse 'Groggy until midday, so she is not to bath the baby "
                           "alone' beside sedation 'no' (the plain text passes too: 'not' and 'baby' in the "
                           "consequence clause shield 'Groggy'; the BOMs are not the cause)",
    "x2-sert-drowsy-so-does-not-drive": "false pass: MA127 should refuse 'Drowsy after each dose, so she does not "
                                        "drive' beside sedation 'no' ('not' in the consequence shields 'Drowsy')",
}


def _param(case: Case) -> object:
    marks = []
    if case.name in KNOWN_WRONG:
        marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_WRONG[case.name]))
    return pytest.param(case, id=case.name, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in F2CASES])
def test_fresh2_record_verdict(case: Case) -> None:
    got, issues, parse_error = verdict(case.build())
    where = f"{case.name} [{case.category}] on {case.base}: {case.why}"
    if got == "unreadable":
        assert case.expect == REFUSE, f"{where}\n  a must-pass record did not parse: {parse_error}"
        return
    assert got == case.expect, f"{where}\n  expected {case.expect}, the gate said {got}; issues:\n{describe(issues)}"


def test_corpus_shape() -> None:
    names = Counter(c.name for c in F2CASES)
    assert not [n for n, k in names.items() if k > 1], "case names are unique"
    earlier = {c.name for c in CASES} | {c.name for c in HCASES} | {g.name for g in GOOD} | {c.name for c in FCASES}
    assert not {c.name for c in F2CASES} & earlier, "no name reused from the earlier corpora"
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", c.name) for c in F2CASES)
    assert sum(c.expect == REFUSE for c in F2CASES) >= 60
    assert sum(c.expect == PASS for c in F2CASES) >= 70
    assert {c.category for c in F2CASES} == set(CATEGORIES)
    assert set(KNOWN_WRONG) <= {c.name for c in F2CASES}, "every known-wrong entry names a case"


def _texts(data: Record) -> set[str | None]:
    out: set[str | None] = {a.get("conclusion") for a in data.get("assessments", [])}
    out.add((data.get("overall_conclusion") or {}).get("text"))
    return out


def test_no_earlier_conclusion_reused() -> None:
    """New cases, not rewordings: no conclusion text of the earlier corpora appears verbatim here."""
    earlier: set[str | None] = set()
    for c in [*CASES, *HCASES, *FCASES]:
        earlier |= _texts(c.build())
    for g in GOOD:
        earlier |= _texts(g.build())
    for c in F2CASES:
        mine = _texts(c.build()) - _texts(load_base(c.base))
        assert not mine & earlier, f"{c.name} reuses an earlier corpus's conclusion"


@pytest.mark.parametrize("case", F2CASES, ids=lambda c: c.name)
def test_case_changes_its_example(case: Case) -> None:
    assert case.build() != load_base(case.base), f"{case.name} must change its example"
    json.dumps(case.build(), ensure_ascii=False)
