"""The gate's findings on a record do not depend on the records checked before it in the same process.

The gate remembers what it has read (phrase verdicts per clause, the medicines a text names, a judge per set of
word lists) so that a batch is fast. A memo keyed by less than what its answer depends on (a text, without the
record's medicine list) would make a record's verdict depend on which record came before it: a batch would
then be refused or shared differently from the same records one at a time. Here one sample of the red-team
records, spread over every corpus, both verdicts and the disguised twins, is checked in one order and then in
the reverse, and every finding must be the same. (Measured once over all 15,693 records of the fresh corpora in
two processes, forward and reverse: no record differed. A memo keyed by the clause alone, not its phrase
list, fails this test.)"""

from __future__ import annotations

from tests.redteam.cases import Case
from tests.redteam.harness import verdict
from tests.redteam.test_fresh_records import ALL

# Every seventh case: about 2,200 records across every corpus and category.
SAMPLE = ALL[::7]


def _findings(cases: list[Case]) -> dict[str, list[tuple[str, str, str, str]]]:
    return {c.name: sorted((i.code, i.severity, i.path, i.message) for i in verdict(c.build())[1]) for c in cases}


def test_findings_do_not_depend_on_the_records_checked_before() -> None:
    forward = _findings(SAMPLE)
    backward = _findings(SAMPLE[::-1])
    assert len(forward) == len(SAMPLE)
    assert any(forward.values())  # the sample holds refused records, so the comparison has findings to compare
    assert [name for name in forward if forward[name] != backward[name]] == []
