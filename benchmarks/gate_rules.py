"""Where the share gate's time goes: each rule's share of a distinct record's check, through the public API.

    python -m benchmarks.gate_rules [--records 300] [--top 15]

``check`` runs over ``--records`` distinct records (the shipped examples, each with its own free texts, so no
memo of one record serves the next); each registered rule is timed as it runs (its findings drawn in full), and
the rules are listed by time per record, with the whole check's time per record beside them. A rule that reads
a text first pays for the analyses the rules after it share (the gate memoises them per text), so a rule's
figure is what its reading costs in this order, not alone. A new reading that costs much more than the rest
shows here first: a pattern that opens with a run of characters is tried from every position of a text.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from collections import defaultdict
from collections.abc import Iterator

from medassess import Record, check
from medassess.gate.registry import GateContext, Problem, RuleFunction, registered

from ._records import records


def _timed(code: str, function: RuleFunction, spent: defaultdict[str, float]) -> RuleFunction:
    def timed(record: Record, context: GateContext) -> Iterator[Problem]:
        start = time.perf_counter()
        found = list(function(record, context))
        spent[code] += time.perf_counter() - start
        return iter(found)

    return timed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.gate_rules", description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--records", type=int, default=300)
    parser.add_argument("--top", type=int, default=15)
    options = parser.parse_args(argv if argv is not None else sys.argv[1:])
    warm = records(20, distinct=True, first=900_000)
    measured = records(options.records, distinct=True, first=800_000)
    for record in warm:  # word lists, lexicons and patterns load on first use: not a record's cost
        check(record)
    rules = registered()
    saved = dict(rules)
    spent: defaultdict[str, float] = defaultdict(float)
    try:
        for code, rule in saved.items():
            rules[code] = dataclasses.replace(rule, function=_timed(code, rule.function, spent))
        start = time.perf_counter()
        for record in measured:
            check(record)
        whole = time.perf_counter() - start
    finally:
        rules.update(saved)
    per_record = 1000 / len(measured)
    print(f"records: {len(measured)} distinct; the whole check: {whole * per_record:.2f} ms per record")
    print(f"{'rule':<8}{'ms/record':>10}{'share':>8}")
    for code, seconds in sorted(spent.items(), key=lambda item: -item[1])[: options.top]:
        print(f"{code:<8}{seconds * per_record:>10.3f}{seconds / whole:>8.0%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
